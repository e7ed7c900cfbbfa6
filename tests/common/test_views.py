"""The error pages speak the visitor's language."""

import pytest
from django.test import RequestFactory

from common.http.errors import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "title", "lang"),
    [
        ("/en/members/nowhere/", "Page not found", "en"),
        ("/es/members/nowhere/", "Página no encontrada", "es"),
        ("/es/no-such-page/", "Página no encontrada", "es"),
    ],
)
def test_404_page_in_the_language_of_the_address(client, path, title, lang):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 404
    assert f"<h1>{title}</h1>" in html
    assert f'<html lang="{lang}">' in html


@pytest.mark.parametrize(
    ("path", "title", "lang"),
    [
        ("/en/members/", "Something went wrong", "en"),
        ("/es/members/", "Algo salió mal", "es"),
    ],
)
def test_500_page_in_the_language_of_the_address(path, title, lang):
    request = RequestFactory().get(path)
    response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert f"<h1>{title}</h1>" in html
    assert f'<html lang="{lang}">' in html
    assert f'<a href="/{lang}/">' in html


def test_500_page_outside_a_language_prefix_uses_the_browsers_language():
    request = RequestFactory().get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="es")
    html = server_error(request).content.decode()
    assert "<h1>Algo salió mal</h1>" in html


def test_the_project_uses_the_500_handler():
    from ogplocal import urls

    assert urls.handler500 == "common.http.errors.server_error"
