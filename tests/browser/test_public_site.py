"""The public site in a real browser: the visitor's main path and accessibility."""

import json
from pathlib import Path

import pytest

from tests.screenshots import save_screenshot

pytestmark = pytest.mark.browser

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

PAGE_TYPES = [
    "/{lang}/",
    "/{lang}/members/",
    "/{lang}/members/?country=ZZ&q=cordoba",
    "/{lang}/members/penalolen/",
    "/{lang}/meetings/",
    "/{lang}/meetings/open-americas-2022/",
    "/{lang}/reforms/",
    "/{lang}/reforms/?meeting=open-americas-2022",
    "/{lang}/reforms/penalolen-co-creation-lessons/",
    "/{lang}/themes/",
    "/{lang}/themes/climate-action/",
    "/{lang}/circles/",
    "/{lang}/circles/inclusion/",
    "/{lang}/commitments/",
    "/{lang}/commitments/ARCMD0001/",
    "/{lang}/action-plans/mendoza-2021-2023/",
    "/{lang}/members/ontario/",
    "/{lang}/privacy/",
    "/{lang}/about/",
    "/{lang}/about/contact/",
    "/{lang}/about/accessibility/",
    "/{lang}/about/privacy/",
    "/{lang}/open-data/",
    "/{lang}/no-such-page/",
]
# A desktop, a common phone and the narrowest phone still in use.
WIDTHS = [1280, 375, 320]


def test_home_to_a_member_in_spanish_without_javascript(
    demo_site, browser, screenshots
):
    # No page needs JavaScript: the whole path runs with it turned off.
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()

    page.goto(f"{demo_site.url}/en/")
    assert page.locator("h1").inner_text() == "OGP Local Directory"
    save_screenshot(page, screenshots / "1-home.png")

    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Members"
    ).click()
    page.wait_for_url("**/en/members/")
    assert page.locator("#results-heading").inner_text() == "132 members (showing 1–20)"
    save_screenshot(page, screenshots / "2-directory.png")

    page.get_by_label("Country").select_option("CL")
    page.get_by_role("button", name="Show results").click()
    # The form sends every field; the address keeps only the filter in use, and
    # the page opens at the results.
    page.wait_for_url(f"{demo_site.url}/en/members/?country=CL#results")
    assert page.locator("#results-heading").inner_text() == "2 members"
    assert page.locator("[data-result]").evaluate_all(
        "cards => cards.map(card => card.dataset.result)"
    ) == ["maipu", "penalolen"]
    save_screenshot(page, screenshots / "3-filtered-by-country.png")

    page.get_by_role("link", name="Peñalolén").click()
    page.wait_for_url("**/en/members/penalolen/")
    assert page.locator("h1").inner_text() == "Peñalolén"
    assert page.locator("#reforms-heading").inner_text() == "Reforms"
    save_screenshot(page, screenshots / "4-member.png")

    page.get_by_role("navigation", name="Language").get_by_role(
        "link", name="español"
    ).click()
    page.wait_for_url("**/es/members/penalolen/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Peñalolén"
    assert page.locator("#reforms-heading").inner_text() == "Reformas"
    assert (
        page.get_by_role(
            "link", name="Aprendizajes de Peñalolén al cocrear su plan de acción"
        ).count()
        == 1
    )
    save_screenshot(page, screenshots / "5-member-in-spanish.png")

    # The back button returns to the filtered directory, its state in the URL.
    page.go_back()
    page.go_back()
    page.wait_for_url(f"{demo_site.url}/en/members/?country=CL#results")
    assert page.get_by_label("Country").input_value() == "CL"
    context.close()


def serious_violations(page):
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "targets": [node["target"] for node in violation["nodes"]][:12],
        }
        for violation in result["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_page_type_fits_the_screen_and_passes_axe(
    demo_site, browser, screenshots, lang, width
):
    """No serious or critical axe violation, and no sideways scrolling: the
    navigation wraps rather than running off a phone's screen."""
    # bypass_csp: axe is injected by the test, whatever policy the site sets.
    context = browser.new_context(
        bypass_csp=True, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    found, overflowing = {}, {}
    for number, template in enumerate(PAGE_TYPES, start=1):
        path = template.format(lang=lang)
        page.goto(f"{demo_site.url}{path}")
        save_screenshot(page, screenshots / f"{number:02d}.png")
        page_width = page.evaluate("document.documentElement.scrollWidth")
        if page_width > width:
            overflowing[path] = page_width
        violations = serious_violations(page)
        if violations:
            found[path] = violations
    context.close()
    assert overflowing == {}
    assert found == {}, json.dumps(found, indent=1)


@pytest.mark.parametrize("width", [1280, 375])
def test_api_documentation_passes_axe(demo_site, browser, width):
    """Partners read /api/v1/docs/ too: it names its language and has no serious
    or critical axe violation, at a desktop and a phone width."""
    context = browser.new_context(
        bypass_csp=True, viewport={"width": width, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{demo_site.url}/api/v1/docs/", wait_until="networkidle")
    page.wait_for_selector(".swagger-ui .info .title")
    # Open one operation, so its code samples and controls are checked too.
    page.locator(".opblock-summary").first.click()
    page.wait_for_selector(".opblock-body")
    assert page.evaluate("document.documentElement.lang") == "en"
    violations = serious_violations(page)
    context.close()
    assert violations == [], json.dumps(violations, indent=1)
