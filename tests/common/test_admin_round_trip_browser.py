"""Round trips are exact: what staff type is what the public sees.

With the demo content, a curator opens the change form of one record of every
model registered in the admin (read from the registry, so a model added later is
covered), presses Save without touching anything, and nothing moves: the database
rows (the record, its inline records and its links), its edit history and the
admin's action log, the content stamp, the record's public page in every language
and its API answer, byte for byte. In the English and the Spanish admin.

And a highlight list typed in a real textarea (the browser sends ``\\r\\n``) is
stored with ``\\n`` and shown as separate items.
"""

import re
import urllib.error
import urllib.request

import pytest
from axes.models import AccessFailureLog
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connections, models
from django.urls import reverse
from django.utils import translation

from common.caching.stamp import content_stamp
from common.db.model_fields import concrete_fields, many_to_many_fields
from common.db.text import NormalisedTextMixin
from events.models import Meeting
from ogplocal.api import router
from tests.browser_checks import PageWatch
from tests.factories import JoinRequestFactory
from themes.models import Theme

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-curator-passphrase"
LOCALES = {"en": "en-GB", "es": "es-ES"}
NO_PROBLEMS = {
    "console errors": [],
    "page errors": [],
    "CSP violations": [],
    "failed requests": [],
}


@pytest.fixture
def site(live_server, django_user_model):
    call_command("load_demo_content", verbosity=0)
    django_user_model.objects.create_superuser("curator", "c@example.org", PASSWORD)
    # The demo holds no personal data: one join request, its message in lines.
    JoinRequestFactory(
        message="Hola.\n\nQuisiera sumarme al círculo.\nGracias.",
        staff_notes="Llamar el lunes.\nEnviar la guía.",
        circles=[Theme.objects.filter(is_local_circle=True).order_by("slug").first()],
    )
    # The failure log is off in settings (AXES_ENABLE_ACCESS_FAILURE_LOG): an
    # entry as axes would write it, so that its change form is saved too.
    AccessFailureLog.objects.create(
        username="nobody",
        ip_address="127.0.0.1",
        user_agent="Mozilla/5.0",
        http_accept="text/html",
        path_info="/admin/login/",
    )
    yield live_server
    # The browser's greenlet holds its own database connection: close it, or
    # PostgreSQL cannot drop the test database.
    connections.close_all()


@pytest.fixture
def curator_page(browser, site):
    """``curator_page(lang)``: a logged-in admin page in a browser speaking
    ``lang``. A wrong password first, so the lockout records exist too."""
    contexts = []

    def open_page(lang):
        context = browser.new_context(
            locale=LOCALES[lang], viewport={"width": 1280, "height": 900}
        )
        contexts.append(context)
        watch = PageWatch(context.new_page(), site.url)
        page = watch.page
        for username, password in (("nobody", "wrong-password"), ("curator", PASSWORD)):
            page.goto(f"{site.url}/admin/login/?next=/admin/")
            page.locator("#id_username").fill(username)
            page.locator("#id_password").fill(password)
            with page.expect_navigation():
                page.locator("#login-form [type=submit]").click()
        assert page.url == f"{site.url}/admin/"
        assert page.locator("html").get_attribute("lang") == lang
        return watch

    yield open_page
    for context in contexts:
        context.close()


# ---------------------------------------------------------------------------
# What a record is, everywhere it shows
# ---------------------------------------------------------------------------


def multiline_text_length(record):
    return sum(
        len(getattr(record, field.attname) or "")
        for field in concrete_fields(type(record))
        if isinstance(field, NormalisedTextMixin)
    )


def record_to_save(model):
    """The record with the most multi-line text (the meeting with its highlights
    and programme), the first one where there is none."""
    records = list(model._default_manager.order_by("pk"))
    assert records, f"{model._meta.label} has no record to save"
    return max(records, key=multiline_text_length)


def inline_records(model_admin, record):
    """The records the change form edits inline, by the key that links them."""
    found = []
    for inline in model_admin.inlines:
        for field in inline.model._meta.get_fields():
            if isinstance(field, models.ForeignKey) and field.related_model is type(
                record
            ):
                found += inline.model._default_manager.filter(**{field.name: record})
    return found


def rows(record):
    """Every column of the record and of its many-to-many link rows."""
    model = type(record)
    snapshot = {"row": list(model._default_manager.filter(pk=record.pk).values())}
    for field in many_to_many_fields(model):
        through = field.remote_field.through
        snapshot[field.name] = list(
            through._default_manager.filter(**{field.m2m_field_name(): record}).values()
        )
    return snapshot


def history(record):
    """Edit-history versions and admin log entries of the record."""
    versions = record.history.count() if hasattr(record, "history") else None
    log = LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(record),
        object_id=str(record.pk),
    ).count()
    return versions, log


def public_paths(record):
    """The record's public page in every language (its own page, or the page it
    is shown on, without the #fragment)."""
    if not hasattr(record, "get_absolute_url"):
        return []
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(record.get_absolute_url().split("#")[0])
    return paths


def api_paths(record):
    """The record's API detail answers, found in the router's registry."""
    paths = []
    for prefix, viewset, basename in router.registry:
        if viewset.queryset.model is not type(record) or not hasattr(
            viewset, "retrieve"
        ):
            continue
        kwargs = {viewset.lookup_field: getattr(record, viewset.lookup_field)}
        # Nested routes name their parent: meetings/(?P<meeting_slug>…)/sessions.
        for parent in re.findall(r"\(\?P<(\w+)_slug>", prefix):
            kwargs[f"{parent}_slug"] = getattr(record, parent).slug
        paths.append(reverse(f"api:{basename}-detail", kwargs=kwargs))
        paths.append(paths[-1] + "?lang=es")
    return paths


def fetch(url):
    """Status, ETag and body of an anonymous GET."""
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.headers.get("ETag"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("ETag"), error.read()


def everything_about(record, model_admin, base_url):
    related = inline_records(model_admin, record)
    stamp = content_stamp()
    return {
        "rows": [rows(item) for item in (record, *related)],
        "history": [history(item) for item in (record, *related)],
        "content stamp": (stamp.version, stamp.changed_at),
        "pages": {
            path: fetch(base_url + path)
            for item in (record, *related)
            for path in (*public_paths(item), *api_paths(item))
        },
    }


def registered_models():
    return sorted(
        (
            (model, admin.site.get_model_admin(model))
            for model in apps.get_models()
            if admin.site.is_registered(model)
        ),
        key=lambda item: item[0]._meta.label,
    )


# ---------------------------------------------------------------------------
# The tests
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_saving_every_change_form_unchanged_changes_nothing(site, curator_page, lang):
    watch = curator_page(lang)
    page = watch.page
    saved = []
    for model, model_admin in registered_models():
        record = record_to_save(model)
        before = everything_about(record, model_admin, site.url)
        change_url = reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_change",
            args=[record.pk],
        )
        watch.visit(change_url)
        with page.expect_navigation() as sent:
            page.locator("input[name=_save]").click()

        assert sent.value.status == 200
        assert page.locator(".errornote, .errorlist").all_inner_texts() == []
        assert page.url == site.url + reverse(
            f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"
        )
        after = everything_about(record, model_admin, site.url)
        assert after == before, model._meta.label
        saved.append(model._meta.label)

    assert saved == [model._meta.label for model, _admin in registered_models()]
    assert "events.Meeting" in saved and "circles.JoinRequest" in saved
    assert watch.problems() == NO_PROBLEMS


def test_lines_typed_in_a_textarea_are_stored_with_newlines_and_shown_apart(
    site, curator_page
):
    watch = curator_page("en")
    page = watch.page
    meeting = Meeting.objects.get(slug="open-americas-2022")
    watch.visit(reverse("admin:events_meeting_change", args=[meeting.pk]))
    page.locator("#id_highlights_en").fill(
        "Eight reforms were showcased.  \n\nPeers from 15 countries met."
    )
    page.locator("#id_sources").fill(
        "https://www.opengovpartnership.org/a/\nhttps://www.opengovpartnership.org/b/"
    )
    with (
        page.expect_request(lambda request: request.method == "POST") as posted,
        page.expect_navigation() as sent,
    ):
        page.locator("input[name=_continue]").click()
    assert sent.value.status == 200
    # The browser sent every line break as CR LF, as HTML's form rules say.
    assert "showcased.++%0D%0A%0D%0APeers" in posted.value.post_data

    meeting.refresh_from_db()
    assert meeting.highlights_en == (
        "Eight reforms were showcased.\n\nPeers from 15 countries met."
    )
    assert meeting.sources == (
        "https://www.opengovpartnership.org/a/\nhttps://www.opengovpartnership.org/b/"
    )
    watch.visit("/en/meetings/open-americas-2022/")
    highlights = page.locator("section[aria-labelledby=highlights-heading] li")
    assert highlights.all_inner_texts() == [
        "Eight reforms were showcased.",
        "Peers from 15 countries met.",
    ]
    assert page.locator(".provenance .sources li").count() == 2
    assert watch.problems() == NO_PROBLEMS
