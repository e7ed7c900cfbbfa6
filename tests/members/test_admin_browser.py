"""An Editor at work in the admin, in a real browser: the Spanish name of a member
corrected in the Spanish tab reaches the Spanish public page; "View on site" opens
the public page, and for a draft a preview only staff can see."""

import json

import pytest

from members.models import Jurisdiction
from tests.browser_checks import PageWatch
from tests.conftest import EDITOR_PASSWORD
from tests.factories import JurisdictionFactory
from tests.screenshots import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NO_PROBLEMS = {
    "console errors": [],
    "page errors": [],
    "CSP violations": [],
    "failed requests": [],
}
DRAFT_BANNER = "Draft – not public Only staff can see this page until it is published."


@pytest.fixture
def buenos_aires(db):
    return JurisdictionFactory(
        slug="buenos-aires",
        name_en="City of Buenos Aires",
        name_es="Ciudad de Buenos Aires",
    )


@pytest.fixture
def draft(db):
    return JurisdictionFactory(
        slug="villa-nueva",
        name_en="Villa Nueva",
        name_es="Villa Nueva",
        is_published=False,
    )


@pytest.fixture
def watched(browser, site):
    """``watched()``: a page in a fresh browser context (English, like the staff
    member's browser), watched for console errors, CSP violations and failed
    requests."""
    contexts = []

    def open_page():
        context = browser.new_context(
            locale="en-GB", viewport={"width": 1280, "height": 900}
        )
        contexts.append(context)
        return PageWatch(context.new_page(), site.url)

    yield open_page
    for context in contexts:
        context.close()


def log_in(watch, shot=None):
    """Through the admin's own login form (django-axes counts every attempt)."""
    page = watch.page
    watch.visit("/admin/login/?next=/admin/")
    page.get_by_label("Username:").fill("editora")
    page.get_by_label("Password:").fill(EDITOR_PASSWORD)
    if shot:
        shot("login")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{watch.base_url}/admin/")
    assert page.locator("#user-tools strong").inner_text() == "EDITORA"


def test_editor_changes_the_spanish_name_and_the_spanish_page_shows_it(
    site, watched, screenshots, settings, editor, buenos_aires
):
    # Public pages are cached, as in production: the edit must reach them anyway.
    settings.RESPONSE_CACHE = True
    visitor = watched()
    visitor.visit("/es/members/buenos-aires/")
    assert visitor.page.locator("h1").inner_text() == "Ciudad de Buenos Aires"

    staff = watched()
    page = staff.page
    steps = iter(range(1, 100))

    def shot(name, on=page):
        save_screenshot(on, screenshots / f"{next(steps):02d}-{name}.png")

    log_in(staff, shot)
    shot("admin-index")

    staff.visit(f"/admin/members/jurisdiction/{buenos_aires.pk}/change/")
    assert page.locator("#id_name_en").is_visible() is True
    assert page.locator("#id_name_es").is_visible() is False
    shot("change-form-english-tab")

    page.locator('[role=tab][aria-controls="tab_id_name_es"]').click()
    assert page.locator("#id_name_en").is_visible() is False
    assert page.get_by_label("Name:").and_(
        page.locator("#id_name_es")
    ).input_value() == ("Ciudad de Buenos Aires")
    page.locator("#id_name_es").fill("Ciudad Autónoma de Buenos Aires")
    shot("spanish-tab-name-changed")

    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{site.url}/admin/members/jurisdiction/")
    assert page.locator(".messagelist .success").inner_text() == (
        "The member “City of Buenos Aires” was changed successfully."
    )
    shot("saved")

    buenos_aires.refresh_from_db()
    assert (buenos_aires.name_en, buenos_aires.name_es) == (
        "City of Buenos Aires",
        "Ciudad Autónoma de Buenos Aires",
    )
    assert buenos_aires.history.latest().history_user == editor

    # The public, anonymous visitor: the new Spanish name, the English one as it was.
    visitor.visit("/es/members/buenos-aires/")
    assert visitor.page.locator("h1").inner_text() == "Ciudad Autónoma de Buenos Aires"
    assert visitor.page.title().startswith("Ciudad Autónoma de Buenos Aires")
    shot("public-spanish-page", on=visitor.page)
    visitor.visit("/en/members/buenos-aires/")
    assert visitor.page.locator("h1").inner_text() == "City of Buenos Aires"
    shot("public-english-page", on=visitor.page)

    for watch in (staff, visitor):
        problems = watch.problems()
        assert problems == NO_PROBLEMS, json.dumps(problems, indent=1)


def test_view_on_site_opens_the_public_page_and_previews_a_draft_for_staff_only(
    site, watched, screenshots, editor, buenos_aires, draft
):
    staff = watched()
    page = staff.page
    steps = iter(range(1, 100))

    def shot(name, on=page):
        save_screenshot(on, screenshots / f"{next(steps):02d}-{name}.png")

    log_in(staff)

    # A published member: the public page, as anyone sees it.
    staff.visit(f"/admin/members/jurisdiction/{buenos_aires.pk}/change/")
    shot("published-change-form")
    page.get_by_role("link", name="View on site").click()
    page.wait_for_url(f"{site.url}/en/members/buenos-aires/")
    assert page.locator("h1").inner_text() == "City of Buenos Aires"
    assert page.locator(".draft-banner").count() == 0
    shot("published-on-site")

    # A draft: the staff member sees the page, marked as a draft and not indexed.
    staff.visit(f"/admin/members/jurisdiction/{draft.pk}/change/")
    assert page.get_by_label("Published").is_checked() is False
    shot("draft-change-form")
    with page.expect_navigation(url=f"{site.url}/en/members/villa-nueva/") as opened:
        page.get_by_role("link", name="View on site").click()
    assert opened.value.status == 200
    assert page.locator("h1").inner_text() == "Villa Nueva"
    assert page.get_by_role("note").inner_text() == DRAFT_BANNER
    assert page.locator('meta[name="robots"]').get_attribute("content") == "noindex"
    shot("draft-preview-for-staff")

    # Anyone else: no such page.
    visitor = watched()
    visitor.visit("/en/members/villa-nueva/", status=404)
    visitor.visit("/es/members/villa-nueva/", status=404)
    shot("draft-for-the-public", on=visitor.page)
    assert Jurisdiction.objects.get(slug="villa-nueva").is_published is False

    for watch in (staff, visitor):
        problems = watch.problems()
        assert problems == NO_PROBLEMS, json.dumps(problems, indent=1)
