"""The admin is usable with a screen reader and a keyboard, in both languages: axe
finds no serious or critical violation on any admin screen at 1280 px — the index,
every registered model's list, add form and change form (inlines included), its
history, its spreadsheet import and export, the password change, the login and
the lockout screen.

Every screen's counts (serious and critical nodes, all nodes, per rule) are
written to test-artifacts/axe-admin-<lang>.json for the record."""

import contextlib
import json

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.core.management import call_command
from django.db import connections
from django.test import RequestFactory
from django.urls import NoReverseMatch, reverse

from events.models import Meeting
from tests.browser_checks import axe_violations
from tests.factories import JoinRequestFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-curator-passphrase"
ARTIFACTS = settings.BASE_DIR / "test-artifacts"
SEVERE = {"serious", "critical"}
# Accept-Language of the staff member's browser, for the screens shown before
# anyone signs in.
LOCALES = {"en": "en-GB", "es": "es-ES"}


@pytest.fixture
def site(live_server):
    yield live_server
    # The browser's greenlet holds its own database connection: close it, or
    # PostgreSQL cannot drop the test database.
    connections.close_all()


@pytest.fixture
def curator(django_user_model):
    return django_user_model.objects.create_superuser(
        "curator", email="curator@example.org", password=PASSWORD
    )


def admin_screens(user):
    """Every admin address to check, in a stable order: the index, then per
    registered model its list, add form (when it may add), the change form and
    history of one record, and its import and export screens when it has them."""
    request = RequestFactory().get("/")
    request.user = user
    paths = [reverse("admin:index"), reverse("admin:password_change")]
    # The meeting with the full programme: the sessions inline at its largest.
    records = {Meeting: Meeting.objects.get(slug="open-americas-2022")}
    for model in apps.get_models():
        if not admin.site.is_registered(model):
            continue
        model_admin = admin.site.get_model_admin(model)
        info = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        paths.append(reverse(f"{info}_changelist"))
        if model_admin.has_add_permission(request):
            paths.append(reverse(f"{info}_add"))
        record = records.get(model) or model._default_manager.order_by("pk").first()
        if record is not None:
            paths.append(reverse(f"{info}_change", args=[record.pk]))
            paths.append(reverse(f"{info}_history", args=[record.pk]))
        for screen in ("import", "export"):
            with contextlib.suppress(NoReverseMatch):
                paths.append(reverse(f"{info}_{screen}"))
    return paths


def check(page, path, found):
    violations = axe_violations(page)
    found[path] = {
        "severe": sum(v["nodes"] for v in violations if v["impact"] in SEVERE),
        "total": sum(v["nodes"] for v in violations),
        "violations": violations,
    }


def lock_out(page, base_url, username):
    """Fail the login form until django-axes locks the account out."""
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        page.goto(f"{base_url}/admin/login/?next=/admin/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill("not-the-password")
        page.locator("#login-form [type=submit]").click()
        page.wait_for_load_state()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_admin_screen_passes_axe(site, browser, curator, lang):
    call_command("load_demo_content", verbosity=0)
    JoinRequestFactory(name="Ana Pérez", email="ana@example.org")
    found = {}
    # bypass_csp: axe is injected by the test, whatever policy the site sets.
    context = browser.new_context(
        bypass_csp=True, locale=LOCALES[lang], viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()

    page.goto(f"{site.url}/admin/login/?next=/admin/")
    check(page, "/admin/login/", found)
    lock_out(page, site.url, "nobody")
    check(page, "/admin/login/ (locked out)", found)

    context.clear_cookies()
    page.goto(f"{site.url}/admin/login/?next=/admin/")
    page.locator("#id_username").fill("curator")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    page.wait_for_url(f"{site.url}/admin/")
    for path in admin_screens(curator):
        response = page.goto(f"{site.url}{path}")
        assert (path, response.status) == (path, 200)
        check(page, path, found)
    context.close()

    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"axe-admin-{lang}.json").write_text(
        json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8"
    )
    severe = {
        path: [v for v in result["violations"] if v["impact"] in SEVERE]
        for path, result in found.items()
        if result["severe"]
    }
    assert severe == {}, json.dumps(severe, indent=1)
