"""A person fills the join form in Spanish in a real browser (Debian's chromium)."""

import pytest
from django.core import mail
from django.db import connections

from circles.models import JoinRequest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser):
    context = browser.new_context(
        locale="es-419", viewport={"width": 1280, "height": 900}
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def screenshot(page, screenshots):
    def take(name):
        page.screenshot(path=str(screenshots / f"{name}.png"), full_page=True)

    return take


def test_join_form_in_spanish_error_then_confirmation(
    live_server, page, screenshot, climate, inclusion, settings
):
    try:
        # A person takes longer than this; the default (3 s) would only slow the test.
        settings.CIRCLES_MIN_FILL_SECONDS = 0.5
        page.goto(f"{live_server.url}/es/circles/climate-action/")
        assert page.locator("h1").inner_text() == "Acción climática"
        screenshot("01-formulario")

        page.get_by_label("Su nombre").fill("Ana Pérez")
        page.get_by_label("Correo electrónico").fill("ana.perez@")
        page.get_by_label("Organización").fill("Municipalidad de Rosario")
        page.get_by_label("Gobierno local").check()
        page.get_by_label("Inclusión").check()
        page.get_by_label("Mensaje (opcional)").fill("Queremos sumarnos.")
        page.get_by_label("Acepto que OGP Local guarde estos datos").check()
        page.get_by_role("button", name="Enviar mi solicitud").click()

        error = page.locator("#id_email_error")
        error.wait_for()
        assert error.inner_text() == (
            "Escriba un correo electrónico válido, como nombre@ejemplo.org."
        )
        assert (
            page.get_by_label("Correo electrónico").get_attribute("aria-invalid")
            == "true"
        )
        assert page.get_by_label("Su nombre").input_value() == "Ana Pérez"
        assert JoinRequest.objects.count() == 0
        screenshot("02-error-en-el-correo")

        page.get_by_label("Correo electrónico").fill("ana.perez@example.org")
        page.get_by_role("button", name="Enviar mi solicitud").click()
        page.wait_for_url("**/es/circles/join/thanks/?r=*")
        assert page.locator("h1").inner_text() == "Gracias"
        assert page.locator("main ul").first.inner_text().split("\n") == [
            "Acción climática",
            "Inclusión",
        ]
        screenshot("03-confirmacion")

        stored = JoinRequest.objects.get()
        assert (stored.name, stored.language, stored.message) == (
            "Ana Pérez",
            "es",
            "Queremos sumarnos.",
        )
        assert [message.subject for message in mail.outbox] == [
            "Recibimos su solicitud para sumarse a los Círculos Locales de OGP",
            f"New Local Circles join request #{stored.pk}",
        ]
    finally:
        # The test body runs in playwright's greenlet, whose context holds its own
        # database connection: close it, or PostgreSQL cannot drop the test database.
        connections.close_all()
