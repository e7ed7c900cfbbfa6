"""Every page type, public and admin, in a real browser under the site's
Content-Security-Policy: each answer carries the policy, and nothing is refused,
no script fails, no request fails."""

import csv
import io
import json
import re

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.db import connections
from django.utils import translation
from playwright.sync_api import expect

from events.models import Meeting
from members.models import Jurisdiction
from ogplocal.roles import EDITORS
from reforms.models import Reform
from tests.browser_checks import PageWatch
from tests.common.test_security import CSP, directives
from tests.screenshots import save_screenshot
from themes.models import Theme

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PUBLIC_PAGES = [
    ("/{lang}/", 200),
    ("/{lang}/members/", 200),
    ("/{lang}/members/?region=americas&q=rosario", 200),
    ("/{lang}/members/penalolen/", 200),
    ("/{lang}/meetings/", 200),
    ("/{lang}/meetings/open-americas-2022/", 200),
    ("/{lang}/reforms/", 200),
    ("/{lang}/reforms/?meeting=open-americas-2022", 200),
    ("/{lang}/reforms/penalolen-co-creation-lessons/", 200),
    ("/{lang}/themes/", 200),
    ("/{lang}/themes/climate-action/", 200),
    ("/{lang}/circles/", 200),
    ("/{lang}/circles/climate-action/", 200),
    ("/{lang}/privacy/", 200),
    ("/{lang}/no-such-page/", 404),
]
NO_PROBLEMS = {
    "console errors": [],
    "page errors": [],
    "CSP violations": [],
    "failed requests": [],
}
PASSWORD = "correct-horse-battery-staple"
SELECT_ALL = {"en": "Select all", "es": "Seleccionar todo"}


@pytest.fixture
def site(live_server):
    call_command("load_demo_content", verbosity=0)
    yield live_server
    # The browser's greenlet holds its own database connection: close it, or
    # PostgreSQL cannot drop the test database.
    connections.close_all()


@pytest.fixture
def watched(browser, site):
    """``watched(lang)``: a fresh browser context speaking ``lang``, its page
    watched for console errors, CSP violations and failed requests."""
    contexts = []

    def open_page(lang):
        context = browser.new_context(
            locale={"en": "en-GB", "es": "es-419"}[lang],
            viewport={"width": 1280, "height": 900},
        )
        contexts.append(context)
        return PageWatch(context.new_page(), site.url)

    yield open_page
    for context in contexts:
        context.close()


def assert_site_policy(response):
    assert directives(response.headers["content-security-policy"]) == CSP


@pytest.mark.parametrize("lang", ["en", "es"])
def test_public_pages_work_under_the_policy(site, watched, screenshots, settings, lang):
    settings.CIRCLES_MIN_FILL_SECONDS = 0.2
    watch = watched(lang)
    page = watch.page
    for number, (template, status) in enumerate(PUBLIC_PAGES, start=1):
        path = template.format(lang=lang)
        response = watch.visit(path, status=status)
        assert_site_policy(response)
        save_screenshot(page, screenshots / f"{number:02d}.png")

    # The join form, sent with a mistake and then right, on the circle's page.
    watch.visit(f"/{lang}/circles/climate-action/")
    page.locator("#id_name").fill("Ana Pérez")
    page.locator("#id_email").fill("ana.perez@")
    page.locator("#id_organisation").fill("Municipalidad de Rosario")
    page.locator("input[name=sector]").first.check()
    page.locator("#id_consent").check()
    with page.expect_navigation() as sent:
        page.locator(".join-form button[type=submit]").click()
    assert sent.value.status == 200
    assert_site_policy(sent.value)
    assert page.locator("#id_email_error").count() == 1
    save_screenshot(page, screenshots / "16-join-form-error.png")

    page.locator("#id_email").fill("ana.perez@example.org")
    with page.expect_navigation() as sent:
        page.locator(".join-form button[type=submit]").click()
    assert sent.value.status == 200
    assert_site_policy(sent.value)
    assert page.url.startswith(f"{site.url}/{lang}/circles/join/thanks/")
    save_screenshot(page, screenshots / "17-join-form-sent.png")

    # The link mailed to confirm it: its page, then the button.
    link = re.search(
        r"http://\S+(/\w+/circles/join/confirm/\S+/)", mail.outbox[-1].body
    )
    response = watch.visit(link.group(1))
    assert_site_policy(response)
    with page.expect_navigation() as sent:
        page.locator("main form button[type=submit]").click()
    assert sent.value.status == 200
    assert_site_policy(sent.value)
    assert page.url == f"{site.url}/{lang}/circles/join/confirmed/"
    save_screenshot(page, screenshots / "18-join-request-confirmed.png")

    problems = watch.problems()
    assert problems == NO_PROBLEMS, json.dumps(problems, indent=1)


def changelist_paths():
    """Every changelist of the admin, from its registry (a model added later is
    covered without touching this test)."""
    return sorted(
        f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        for model in admin.site._registry
    )


def members_spreadsheet():
    """The members as the import expects them (one column per language), from
    the database: importing it changes nothing."""
    columns = ["slug", "name_en", "name_es", "country", "kind", "region"]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for member in Jurisdiction.objects.order_by("slug")[:3]:
        writer.writerow([getattr(member, column) for column in columns])
    return out.getvalue().encode()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_admin_works_under_the_policy(
    site, watched, screenshots, django_user_model, lang
):
    django_user_model.objects.create_superuser("curator", "c@example.org", PASSWORD)
    member = Jurisdiction.objects.get(slug="penalolen")
    reform = Reform.objects.get(slug="penalolen-co-creation-lessons")
    meeting = Meeting.objects.get(slug="open-americas-2022")
    theme = Theme.objects.exclude(reforms=reform).order_by("slug").first()
    translate = Permission.objects.get(codename="translate_jurisdiction")
    with translation.override(lang):
        theme_label = str(theme)
        translate_label = str(translate)
    watch = watched(lang)
    page = watch.page
    shots = iter(range(1, 100))

    def shot(name):
        save_screenshot(page, screenshots / f"{next(shots):02d}-{name}.png")

    def check(response):
        assert response.status == 200
        assert_site_policy(response)

    # The login page, and logging in through it (the real form, django-axes on).
    check(watch.visit("/admin/login/?next=/admin/"))
    shot("login")
    page.locator("#id_username").fill("curator")
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation() as sent:
        page.locator("#login-form [type=submit]").click()
    check(sent.value)
    assert page.url == f"{site.url}/admin/"
    shot("index")

    for path in changelist_paths():
        check(watch.visit(path))
        shot(path.strip("/").replace("/", "-"))
    # A changelist with a search, a filter and the date drill-down.
    check(watch.visit("/admin/events/meeting/?q=americas&start_date__year=2022"))
    shot("meetings-filtered")

    # Add forms: slugs are filled from the name as staff type (prepopulate.js).
    check(watch.visit("/admin/members/jurisdiction/add/"))
    # The tab of the staff member's language opens first; the slug follows English.
    page.locator('[role=tab][aria-controls="tab_id_name_en"]').click()
    page.locator("#id_name_en").press_sequentially("Villa Nueva")
    assert page.locator("#id_slug").input_value() == "villa-nueva"
    shot("member-add")

    # A change form with language tabs: both tabs, then the whole-form switch.
    check(watch.visit(f"/admin/members/jurisdiction/{member.pk}/change/"))
    page.locator('[role=tab][aria-controls="tab_id_name_es"]').click()
    assert page.locator("#id_name_es").is_visible()
    assert not page.locator("#id_name_en").is_visible()
    shot("member-spanish-tab")
    page.locator('[role=tab][aria-controls="tab_id_name_en"]').click()
    assert page.locator("#id_name_en").is_visible()
    page.locator("#modeltranslation-main-switch").select_option("1")
    assert (
        page.locator("#id_name_es").is_visible(),
        page.locator("#id_summary_es").is_visible(),
    ) == (True, True)

    # Autocomplete (select2 over the admin's JSON view) on a reform; then save.
    check(watch.visit(f"/admin/reforms/reform/{reform.pk}/change/"))
    page.locator('[role=tab][aria-controls="tab_id_title_es"]').click()
    page.locator("#id_themes + .select2").click()
    page.locator("#id_themes + .select2 .select2-search__field").fill(theme.name_en)
    # The list narrows once the admin's autocomplete view has answered.
    options = page.locator("#select2-id_themes-results .select2-results__option")
    expect(options).to_have_text([theme_label])
    shot("reform-autocomplete")
    options.first.click()
    with page.expect_navigation() as sent:
        page.locator("input[name=_continue]").click()
    check(sent.value)
    assert page.locator(".messagelist .success").count() == 1
    assert theme.slug in set(reform.themes.values_list("slug", flat=True))
    shot("reform-saved")

    # A meeting with its sessions inline: add one, with its own tabs and
    # autocomplete widgets made on the fly.
    check(watch.visit(f"/admin/events/meeting/{meeting.pk}/change/"))
    sessions = page.locator("#sessions-group .inline-related:not(.empty-form)")
    before = sessions.count()
    page.locator("#sessions-group .add-row a").click()
    assert sessions.count() == before + 1
    # The date picker of the admin's calendar widget.
    page.locator("#id_start_date ~ .datetimeshortcuts a[id^=calendarlink]").click()
    assert (
        page.locator(".calendarbox").evaluate_all(
            "boxes => boxes.filter(box => box.checkVisibility()).length"
        )
        == 1
    )
    shot("meeting-session-added")
    page.keyboard.press("Escape")

    # A list action: the action bar, the row boxes, the confirmation message.
    check(watch.visit("/admin/members/jurisdiction/"))
    page.locator("input.action-select").first.check()
    page.locator("select[name=action]").select_option("publish")
    with page.expect_navigation() as sent:
        page.locator("button[name=index]").click()
    check(sent.value)
    assert page.locator(".messagelist .success").count() == 1
    shot("members-action-done")

    # The delete confirmation, and the group form's two-list permission chooser.
    check(watch.visit(f"/admin/members/jurisdiction/{member.pk}/delete/"))
    shot("member-delete-confirmation")
    editors = Group.objects.get(name=EDITORS)
    check(watch.visit(f"/admin/auth/group/{editors.pk}/change/"))
    page.locator("#id_permissions_input").press_sequentially("translate member")
    expect(page.locator("#id_permissions_from option")).to_have_text([translate_label])
    shot("group-permissions")

    # Spreadsheets: the import form, its dry-run preview, and the export form.
    check(watch.visit("/admin/members/jurisdiction/import/"))
    shot("import")
    page.locator("#id_import_file").set_input_files(
        files=[
            {
                "name": "members.csv",
                "mimeType": "text/csv",
                "buffer": members_spreadsheet(),
            }
        ]
    )
    page.locator("#id_format").select_option(label="csv")
    with page.expect_navigation() as sent:
        page.locator("form[enctype='multipart/form-data'] [type=submit]").click()
    check(sent.value)
    assert page.locator("input[name=confirm]").count() == 1
    shot("import-preview")
    check(watch.visit("/admin/members/jurisdiction/export/"))
    fields = page.locator(".selectable-field-export-row input[type=checkbox]")
    page.get_by_label(SELECT_ALL[lang]).uncheck()
    assert fields.evaluate_all("boxes => boxes.filter(box => box.checked).length") == 0
    page.get_by_label(SELECT_ALL[lang]).check()
    assert fields.evaluate_all("boxes => boxes.every(box => box.checked)") is True
    shot("export")

    # History: the list of versions and one version's restore form.
    check(watch.visit(f"/admin/reforms/reform/{reform.pk}/history/"))
    shot("history")
    version = reform.history.order_by("history_date").first()
    check(
        watch.visit(f"/admin/reforms/reform/{reform.pk}/history/{version.history_id}/")
    )
    shot("history-version")

    problems = watch.problems()
    assert problems == NO_PROBLEMS, json.dumps(problems, indent=1)


def test_the_watch_sees_what_the_policy_refuses(site, watched):
    """The empty lists above mean something: the same watch, on a home page with
    an inline script, style and event handler slipped in and its stylesheet
    missing, reports each."""
    watch = watched("en")
    page = watch.page

    def slip_in_inline_code(route):
        response = route.fetch()
        body = response.text().replace(
            "</main>",
            '<script>document.title = "x";</script>'
            '<p style="color: red" onclick="void 0">x</p></main>',
        )
        route.fulfill(response=response, body=body)

    page.route(f"{site.url}/en/", slip_in_inline_code)
    page.route("**/static/css/site.css", lambda route: route.fulfill(status=404))
    assert_site_policy(watch.visit("/en/"))

    problems = watch.problems()
    assert sorted(line.split(" at ")[0] for line in problems["CSP violations"]) == [
        "/en/: script-src-attr blocked inline",
        "/en/: script-src-elem blocked inline",
        "/en/: style-src-attr blocked inline",
    ]
    assert len(problems["console errors"]) == 4  # the three, and the stylesheet
    assert problems["failed requests"] == ["/en/: GET /static/css/site.css 404"]
    assert problems["page errors"] == []
