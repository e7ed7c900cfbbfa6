"""A member's accountability record in a real browser, in Spanish: from the
member page to a plan, to a commitment, to the review document its rating
comes from. No JavaScript needed; no page overflows a phone's width."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.browser.test_public_site import serious_violations
from tests.plans.records import make_record
from tests.screenshots import save_screenshot

pytestmark = pytest.mark.browser

OGP = "https://www.opengovpartnership.org"


def spanish(message):
    with translation.override("es"):
        return gettext(message)


@pytest.fixture
def record_site(browser, transactional_db, live_server):
    make_record()
    return live_server


def test_member_to_plan_to_commitment_to_its_review_in_spanish(
    record_site, browser, screenshots
):
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    # The review document lives on OGP's site: answer for it here, offline.
    opened = []

    def ogp_document(route):
        opened.append(route.request.url)
        route.fulfill(
            status=200,
            content_type="text/html; charset=utf-8",
            body="<!doctype html><title>Informe</title><h1>Informe</h1>",
        )

    context.route(f"{OGP}/**", ogp_document)

    page.goto(f"{record_site.url}/es/members/penalolen/")
    assert page.locator("html").get_attribute("lang") == "es"
    plans = page.locator("section[aria-labelledby=plans-heading]")
    assert plans.locator("[data-commitment]").evaluate_all(
        "items => items.map(item => item.dataset.commitment)"
    ) == ["CLPLN0001", "CLPLN0002"]
    assert page.locator("[data-commitment=CLPLN0002] .completion").inner_text() == (
        spanish("Completion: Not yet reviewed")
    )
    assert page.locator("#completion-chart-title").count() == 1
    save_screenshot(page, screenshots / "1-member.png")

    page.get_by_role("link", name="Plan de acción de Peñalolén 2021–2023").click()
    page.wait_for_url("**/es/action-plans/penalolen-2021-2023/")
    assert page.locator("h1").inner_text() == "Plan de acción de Peñalolén 2021–2023"
    assert page.get_by_text("31 de agosto de 2021").count() == 1
    save_screenshot(page, screenshots / "2-plan.png")

    page.get_by_role("link", name="Datos presupuestarios abiertos").click()
    page.wait_for_url("**/es/commitments/CLPLN0001/")
    assert page.locator("h1").inner_text() == "Datos presupuestarios abiertos"
    review = page.locator("section[aria-labelledby=review-heading]")
    assert (
        review.locator("[data-review=completion] dd").inner_text().split()
        == (
            f"{spanish('Substantial')} ({spanish('review document:')} "
            "Peñalolén End of Commitment Report (en inglés) )"
        ).split()
    )
    save_screenshot(page, screenshots / "3-commitment.png")

    review.locator("[data-review=verifiable]").get_by_role(
        "link", name="Informe de inicio de Peñalolén"
    ).click()
    page.wait_for_url(f"{OGP}/documents/penalolen-inception/")
    assert opened == [f"{OGP}/documents/penalolen-inception/"]
    assert page.locator("h1").inner_text() == "Informe"
    context.close()


PAGES = [
    "/{lang}/",
    "/{lang}/members/penalolen/",
    "/{lang}/action-plans/penalolen-2021-2023/",
    "/{lang}/commitments/",
    "/{lang}/commitments/CLPLN0001/",
    "/{lang}/commitments/CLPLN0002/",
    "/{lang}/reforms/budget-portal/",
]


WIDER_THAN_THE_SCREEN = """
[...document.querySelectorAll("body *")]
  // Inside a drawing, the drawing's own frame clips (the map's outline).
  .filter(element => !element.parentElement.closest("svg"))
  .filter(element => element.getBoundingClientRect().right > window.innerWidth + 0.5)
  .map(element => element.tagName.toLowerCase() + "." + element.className)
  .slice(0, 5)
"""


@pytest.mark.parametrize("lang", ["en", "es"])
def test_plan_pages_fit_a_phone_and_pass_axe(record_site, browser, screenshots, lang):
    context = browser.new_context(
        bypass_csp=True, viewport={"width": 375, "height": 800}
    )
    page = context.new_page()
    overflowing, violations = {}, {}
    for number, template in enumerate(PAGES, start=1):
        path = template.format(lang=lang)
        page.goto(f"{record_site.url}{path}")
        save_screenshot(page, screenshots / f"{number:02d}.png")
        wide = page.evaluate(WIDER_THAN_THE_SCREEN)
        if wide:
            overflowing[path] = wide
        found = serious_violations(page)
        if found:
            violations[path] = found
    context.close()
    assert overflowing == {}
    assert violations == {}
