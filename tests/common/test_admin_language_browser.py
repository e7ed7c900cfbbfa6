"""A staff member whose browser asks for English chooses Español in the admin, in a
real browser: every admin page follows, signing out and in again keeps it, and
choosing English brings it back."""

import pytest

from tests.conftest import EDITOR_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def choose(page, language):
    page.locator("#admin-language").select_option(label=language)
    page.locator("#language-chooser button").click()
    page.wait_for_load_state()


def sign_in(page, base_url, button):
    page.locator("#id_username").fill("editora")
    page.locator("#id_password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name=button).click()
    page.wait_for_url(f"{base_url}/admin/")


def test_chosen_language_applies_everywhere_and_outlives_the_session(
    site, browser, editor, screenshots
):
    context = browser.new_context(
        locale="en-GB", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(f"{site.url}/admin/login/?next=/admin/")
    assert page.locator("html").get_attribute("lang") == "en"

    # Chosen on the sign-in page, before signing in.
    choose(page, "Español")
    assert page.url == f"{site.url}/admin/login/?next=/admin/"
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_label("Idioma de la administración").input_value() == "es"
    page.screenshot(path=screenshots / "01-sign-in-es.png")
    sign_in(page, site.url, "Iniciar sesión")
    assert page.locator("#site-name").inner_text() == (
        "Administración del Directorio de OGP Local"
    )

    # Another page.
    page.goto(f"{site.url}/admin/members/jurisdiction/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("#content h1").inner_text() == "Seleccione miembro a modificar"

    # Signed out and in again: still Spanish.
    page.get_by_role("button", name="Cerrar sesión").click()
    page.goto(f"{site.url}/admin/login/?next=/admin/")
    assert page.locator("html").get_attribute("lang") == "es"
    sign_in(page, site.url, "Iniciar sesión")
    page.screenshot(path=screenshots / "02-index-es.png")
    cookie = next(c for c in context.cookies() if c["name"] == "django_language")
    assert (cookie["value"], cookie["path"]) == ("es", "/admin/")

    # The public site keeps taking its language from the address.
    page.goto(f"{site.url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    # And back to English, from any admin page, staying on it.
    page.goto(f"{site.url}/admin/members/jurisdiction/")
    choose(page, "English")
    assert page.url == f"{site.url}/admin/members/jurisdiction/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("#content h1").inner_text() == "Select member to change"
    page.screenshot(path=screenshots / "03-list-en.png")
    context.close()
