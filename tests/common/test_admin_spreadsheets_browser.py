"""The import screen in a real browser at 1280 px, in English and Spanish (the
browser's Accept-Language): the form with its templates and columns, a file with
problems, and the preview of a valid file. None scrolls the page sideways, and
none has a serious or critical axe violation."""

import json

import pytest

from tests.browser.test_public_site import serious_violations
from tests.common.test_admin_spreadsheets import PENALOLEN, ROSARIO, _csv
from tests.conftest import EDITOR_PASSWORD
from tests.screenshots import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTH = 1280
IMPORT = "/admin/members/jurisdiction/import/"
HEADINGS = {
    "en": ("Start from a template", "Nothing was imported: 1 problem to correct"),
    "es": (
        "Empiece con una plantilla",
        "No se importó nada: 1 problema por corregir",
    ),
}
# A long summary in every cell that takes text: the preview must wrap it.
LONG = "A city on the Paraná; " * 30
VALID = _csv(ROSARIO.replace("A city on the Paraná.", LONG.strip()), PENALOLEN)
BAD = _csv(ROSARIO, PENALOLEN.replace(",municipality,", ",Barrio,"))


def _upload(page, content):
    page.locator("#id_import_file").set_input_files(
        files=[{"name": "members.csv", "mimeType": "text/csv", "buffer": content}]
    )
    page.locator("#id_format").select_option(label="csv")
    with page.expect_navigation():
        page.locator("form[enctype='multipart/form-data'] [type=submit]").click()


@pytest.mark.parametrize(("lang", "locale"), [("en", "en-GB"), ("es", "es-ES")])
def test_the_import_screens_fit_1280px_and_pass_axe(
    site, browser, screenshots, editor, lang, locale
):
    # bypass_csp: axe is injected by the test, whatever policy the site sets.
    context = browser.new_context(
        locale=locale, bypass_csp=True, viewport={"width": WIDTH, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{site.url}/admin/login/?next={IMPORT}")
    page.locator("#id_username").fill("editora")
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    with page.expect_navigation():
        page.locator("#login-form [type=submit]").click()
    found, widths = {}, {}

    def check(name):
        save_screenshot(page, screenshots / f"{name}.png")
        widths[name] = page.evaluate("document.documentElement.scrollWidth")
        violations = serious_violations(page)
        if violations:
            found[name] = violations

    start, problems = HEADINGS[lang]
    assert page.locator("#import-templates-heading").inner_text() == start
    assert page.locator(".import-template-links a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    ) == [f"{IMPORT}template.csv", f"{IMPORT}template.xlsx"]
    check("1-form")

    _upload(page, BAD)
    assert page.locator("#import-problems-heading").inner_text() == problems
    cells = page.locator(".import-problems tbody tr").first.locator("td")
    assert cells.evaluate_all("cells => cells.map(c => c.innerText)")[:3] == [
        "3",
        {"en": "Type of government", "es": "Tipo de gobierno"}[lang],
        "Barrio",
    ]
    check("2-problems")

    _upload(page, VALID)
    assert page.locator("input[name=confirm]").count() == 1
    box = page.locator(".import-preview").locator("xpath=..")
    assert box.evaluate("box => box.clientWidth") <= WIDTH
    check("3-preview")
    context.close()

    assert widths == {"1-form": WIDTH, "2-problems": WIDTH, "3-preview": WIDTH}
    assert found == {}, json.dumps(found, indent=1)
