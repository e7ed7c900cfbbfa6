"""Public pages fit every screen: nothing clipped, cut or broken inside a word at a
small phone, a common phone and a laptop, in both languages; and after a filter
form is sent, a phone shows the results first."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

FIT_CHECKS = (Path(__file__).parent / "fit_checks.js").read_text(encoding="utf-8")

# Every kind of public page, each list without and with filters (long option
# labels selected, so a select too narrow for its choice shows).
PAGES = [
    "/{lang}/",
    "/{lang}/members/",
    "/{lang}/members/?region=americas&kind=capital-district&member_since=2016"
    "&ordering=-member_since",
    "/{lang}/members/?q=zzzz",
    "/{lang}/members/?page=3",
    "/{lang}/members/penalolen/",
    "/{lang}/members/ontario/",
    "/{lang}/members/buenos-aires/",
    "/{lang}/meetings/",
    "/{lang}/meetings/?when=past&region=africa-middle-east",
    "/{lang}/meetings/open-americas-2022/",
    "/{lang}/reforms/",
    "/{lang}/reforms/?meeting=open-americas-2022&theme=sustainable-development-goals",
    "/{lang}/reforms/penalolen-co-creation-lessons/",
    "/{lang}/themes/",
    "/{lang}/themes/?kind=local-circle",
    "/{lang}/themes/climate-action/",
    "/{lang}/circles/",
    "/{lang}/circles/inclusion/",
    "/{lang}/commitments/",
    "/{lang}/commitments/?jurisdiction=state-of-mexico&plan_status=in-implementation",
    "/{lang}/commitments/ARCMD0001/",
    "/{lang}/action-plans/mendoza-2021-2023/",
    "/{lang}/privacy/",
    "/{lang}/no-such-page/",
]
NOT_FOUND = {"/{lang}/no-such-page/"}
# The narrowest phone still in use, a common phone, a laptop.
WIDTHS = [320, 375, 1280]


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_type_shows_all_its_text_at(demo_site, browser, width):
    """No text overflows or is clipped, no select hides its choice, no word is
    broken inside, the page never scrolls sideways, and chart labels stay inside
    their chart — on every kind of page, in English and Spanish."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    failures = []
    for lang in ["en", "es"]:
        for template in PAGES:
            path = template.format(lang=lang)
            response = page.goto(f"{demo_site.url}{path}")
            assert (path, response.status) == (
                path,
                404 if template in NOT_FOUND else 200,
            )
            failures += [
                f"{path} | {width}px | {lang} | {found['check']} | "
                f"{found['selector']} | {found['text']!r}"
                for found in page.evaluate(FIT_CHECKS)
            ]
    context.close()
    assert failures == [], "\n".join(failures)


# Each list page with one filter a phone user would pick, and the count it gives.
FILTERED = [
    ("/es/members/", "Región", "americas", "42 miembros (se muestran del 1 al 20)"),
    ("/en/meetings/", "Region", "americas", "1 meeting"),
    ("/en/reforms/", "Theme", "open-data", "2 reforms"),
    ("/es/themes/", "Tipo", "local-circle", "6 temas"),
    ("/en/commitments/", "Member", "mendoza", "1 commitment"),
]


def test_after_sending_filters_a_phone_shows_the_results_first(demo_site, browser):
    """On a 375 px phone the filter form is taller than the screen: sent, the page
    opens at the results, their count on the first screen (at its top when the
    page is long enough to scroll there)."""
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 375, "height": 667}
    )
    page = context.new_page()
    shown = []
    for path, label, value, _count in FILTERED:
        page.goto(f"{demo_site.url}{path}")
        page.get_by_label(label, exact=True).select_option(value)
        page.locator("form.filters button[type=submit]").click()
        page.wait_for_url("**#results")
        heading = page.locator("#results-heading")
        top, bottom = heading.evaluate(
            "element => [element.getBoundingClientRect().top,"
            " element.getBoundingClientRect().bottom]"
        )
        # Sub-pixel rounding may put the heading a fraction above the edge.
        shown.append((path, heading.inner_text(), top > -1 and bottom <= 667))
    context.close()
    assert shown == [(path, count, True) for path, _label, _value, count in FILTERED]
