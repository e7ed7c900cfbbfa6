"""The pages that say whose site this is: about, contact, accessibility, privacy,
open data and API, and the footer that links them from every page."""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation

from common.http.errors import error_page
from members.enums import MembershipStatus
from tests.circles.helpers import page_text
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

EXAMPLE_NOTE = {
    "en": "(an example address: this copy of the site has no real contact set)",
    "es": "(dirección de ejemplo: esta copia del sitio no tiene un contacto real)",
}
FOOTER_LINKS = {
    "en": [
        ("/en/about/", "About"),
        ("/en/about/contact/", "Contact"),
        ("/en/about/accessibility/", "Accessibility"),
        ("/en/about/privacy/", "Privacy"),
        ("/en/open-data/", "Open data and API"),
    ],
    "es": [
        ("/es/about/", "Acerca del directorio"),
        ("/es/about/contact/", "Contacto"),
        ("/es/about/accessibility/", "Accesibilidad"),
        ("/es/about/privacy/", "Privacidad"),
        ("/es/open-data/", "Datos abiertos y API"),
    ],
}
FOOTER = re.compile(r'<footer class="site-footer">(.*?)</footer>', re.S)
LINK = re.compile(r'<a href="([^"]+)"[^>]*>([^<]+)</a>')


def footer_links(html):
    footer = FOOTER.search(html)
    assert footer, "the page has no site footer"
    return LINK.findall(footer.group(1))[:5]


def h1(response):
    return re.search(r"<h1>(.*?)</h1>", response.content.decode(), re.S).group(1)


def count(response, name):
    found = re.search(rf'data-count="{name}">(\d+)<', response.content.decode())
    return int(found.group(1))


@pytest.fixture
def directory():
    """Three current members, one that withdrew, a draft; two reforms; a meeting."""
    JurisdictionFactory.create_batch(3)
    JurisdictionFactory(status=MembershipStatus.WITHDRAWN)
    JurisdictionFactory(is_published=False)
    ReformFactory.create_batch(2)
    ReformFactory(is_published=False)
    MeetingFactory()


# ---- Each page, in both languages -------------------------------------------


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/en/about/", "About the directory"),
        ("/es/about/", "Acerca del directorio"),
        ("/en/about/contact/", "Contact"),
        ("/es/about/contact/", "Contacto"),
        ("/en/about/accessibility/", "Accessibility statement"),
        ("/es/about/accessibility/", "Declaración de accesibilidad"),
        ("/en/about/privacy/", "Site privacy notice"),
        ("/es/about/privacy/", "Aviso de privacidad del sitio"),
        ("/en/open-data/", "Open data and API"),
        ("/es/open-data/", "Datos abiertos y API"),
    ],
)
def test_each_page_answers_with_its_heading_in_its_language(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert h1(response) == heading
    assert f'<html lang="{path[1:3]}">' in response.content.decode()


@pytest.mark.parametrize("language", ["en", "es"])
def test_about_page_counts_what_the_home_page_counts(client, directory, language):
    home = client.get(f"/{language}/")
    about = client.get(f"/{language}/about/")
    names = ("members", "meetings", "reforms")
    assert [count(about, name) for name in names] == [4, 1, 2]
    assert [count(about, name) for name in names] == [count(home, n) for n in names]
    coverage = {
        "en": "The directory lists 3 of OGP Local's more than 150 members. It also "
        "lists 1 former member that has withdrawn.",
        "es": "El directorio recoge 3 de los más de 150 miembros de OGP Local. "
        "También recoge 1 antiguo miembro que se retiró.",
    }[language]
    assert coverage in page_text(about)
    assert coverage in page_text(home)


def test_about_page_names_no_curator_unless_one_is_set(client, settings):
    settings.SITE_PUBLISHER = ""
    text = page_text(client.get("/en/about/"))
    assert (
        "The directory is curated by its editors, from OGP's public pages and the "
        "other public sources each record cites." in text
    )


def test_about_page_and_footer_name_the_configured_curator(client, settings):
    settings.SITE_PUBLISHER = "Civic Data Office"
    settings.SITE_PUBLISHER_URL = "https://civic-data.example.org/"
    html = client.get("/es/about/").content.decode()
    assert (
        'El directorio lo mantiene <a href="https://civic-data.example.org/" '
        'rel="external">Civic Data Office</a>, a partir de las páginas públicas de '
        "OGP y de las demás fuentes públicas que cita cada registro." in html
    )
    assert (
        '<strong>Directorio de OGP Local</strong> · mantenido por <a href="https://'
        'civic-data.example.org/" rel="external">Civic Data Office</a>' in html
    )


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(
    "path", ["about/contact/", "about/accessibility/", "about/privacy/"]
)
def test_contact_address_is_the_configured_one(client, settings, language, path):
    settings.SITE_CONTACT_EMAIL = "editors@directory.example.org"
    response = client.get(f"/{language}/{path}")
    assert (
        '<a href="mailto:editors@directory.example.org" data-contact="site">'
        "editors@directory.example.org</a>" in response.content.decode()
    )
    assert EXAMPLE_NOTE[language] in page_text(response)


def test_a_real_contact_address_is_not_marked_as_an_example(client, settings):
    settings.SITE_CONTACT_EMAIL = "editors@ogp-local.org"
    text = page_text(client.get("/es/about/contact/"))
    assert "editors@ogp-local.org" in text
    assert EXAMPLE_NOTE["es"] not in text


def test_contact_page_sends_circle_requests_to_the_circle_pages(client):
    html = client.get("/en/about/contact/").content.decode()
    assert (
        'choose a circle on the <a href="/en/circles/">Local Circles</a> page and '
        "fill in its form." in html
    )
    assert '<a href="/en/privacy/">Local Circles privacy notice</a>' in html


@pytest.mark.parametrize(
    ("language", "statement"),
    [
        (
            "en",
            [
                "The directory aims to meet the Web Content Accessibility Guidelines "
                "(WCAG) 2.2 at level AA.",
                "at screen widths of 1280, 375, 320 pixels",
                "This statement was written on December 7, 2026.",
            ],
        ),
        (
            "es",
            [
                "El directorio pretende cumplir las Pautas de Accesibilidad para el "
                "Contenido Web (WCAG) 2.2 en el nivel AA.",
                "con anchos de pantalla de 1280, 375, 320 píxeles",
                "Esta declaración se redactó el 7 de diciembre de 2026.",
            ],
        ),
    ],
)
def test_accessibility_statement_says_standard_testing_and_date(
    client, language, statement
):
    text = page_text(client.get(f"/{language}/about/accessibility/"))
    assert [sentence for sentence in statement if sentence not in text] == []


def test_privacy_notice_names_the_cookies_the_settings_set(client, settings):
    html = client.get("/en/about/privacy/").content.decode()
    for name in (
        settings.CSRF_COOKIE_NAME,
        settings.SESSION_COOKIE_NAME,
        settings.LANGUAGE_COOKIE_NAME,
        "messages",
    ):
        assert f"<dt><code>{name}</code></dt>" in html
    assert "It ends when the browser is closed, or after 8 hours." in page_text(
        client.get("/en/about/privacy/")
    )
    assert '<a href="/en/privacy/">privacy notice</a>' in html


@pytest.mark.parametrize(
    "path", ["/en/", "/en/members/", "/en/about/", "/en/open-data/"]
)
def test_reading_a_page_sets_no_cookie_as_the_privacy_notice_says(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert dict(response.cookies) == {}


# ---- Open data and API ------------------------------------------------------


def test_open_data_page_links_every_download_the_api_offers(client):
    html = client.get("/es/open-data/").content.decode()
    downloads = re.findall(r'data-download="([^"]+)"', html)
    assert downloads == [
        "/api/v1/jurisdictions/?format=csv",
        "/api/v1/jurisdictions/?format=geojson&amp;lang=es",
        "/api/v1/themes/?format=csv",
        "/api/v1/reforms/?format=csv",
        "/api/v1/meetings/?format=csv",
        "/api/v1/meetings/?format=ics&amp;lang=es",
        "/api/v1/sessions/?format=csv",
        "/api/v1/sessions/?format=ics&amp;lang=es",
        "/api/v1/action-plans/?format=csv",
        "/api/v1/commitments/?format=csv",
        "/api/v1/documents/?format=csv",
    ]
    for address in ("/api/v1/", "/api/v1/docs/", "/api/v1/docs/redoc/"):
        assert f'<a href="{address}">' in html
    assert '<a href="/api/v1/schema/?format=json">' in html


def test_every_download_on_the_open_data_page_answers(client):
    ThemeFactory()
    html = client.get("/en/open-data/").content.decode()
    for address in re.findall(r'data-download="([^"]+)"', html):
        response = client.get(address.replace("&amp;", "&"))
        assert response.status_code == 200, address


def test_open_data_page_renders_the_guide_with_its_tables(client):
    html = client.get("/en/open-data/").content.decode()
    assert html.count("<table>") == 3
    assert '<h3 id="guide-resources">Resources</h3>' in html
    assert "<th>Path</th>" in html
    assert "| Path |" not in html
    assert '<a href="#guide-errors" lang="en">Errors</a>' in html


def test_guide_on_a_spanish_page_is_marked_as_english(client):
    html = client.get("/es/open-data/").content.decode()
    assert '<small class="fallback-hint">(disponible solo en inglés)</small>' in html
    assert '<div class="guide-text" lang="en">' in html
    assert '<h2 id="guide">Guía de la API</h2>' in html


def test_old_guide_address_leads_to_the_page(client):
    english = client.get("/api/v1/guide/")
    spanish = client.get("/api/v1/guide/", headers={"accept-language": "es"})
    assert english.status_code == spanish.status_code == 302
    assert english["Location"] == "/en/open-data/#guide"
    assert spanish["Location"] == "/es/open-data/#guide"
    assert "Accept-Language" in spanish["Vary"]
    assert client.get(english["Location"]).status_code == 200


@pytest.mark.parametrize(
    ("path", "link"),
    [
        ("/api/v1/docs/", '<a href="/en/open-data/" class="back-to-site">'),
        ("/api/v1/docs/redoc/", '<a href="/en/open-data/" class="back-to-site">'),
    ],
)
def test_api_docs_link_back_to_the_site(client, path, link):
    html = client.get(path).content.decode()
    assert link in html
    assert '<a href="/en/">OGP Local Directory</a>' in html


# ---- The footer on every kind of page ------------------------------------------


@pytest.mark.parametrize("language", ["en", "es"])
def test_footer_links_on_every_kind_of_page(client, language):
    member = JurisdictionFactory(slug="rosario")
    ThemeFactory(slug="open-data")
    ReformFactory(slug="open-budget", jurisdictions=[member])
    MeetingFactory(slug="open-americas-2022")
    paths = [
        "/",
        "/members/",
        "/members/rosario/",
        "/meetings/open-americas-2022/",
        "/reforms/open-budget/",
        "/themes/open-data/",
        "/circles/",
        "/privacy/",
        "/commitments/",
        "/about/",
        "/open-data/",
        "/no-such-page/",
    ]
    found = {}
    for path in paths:
        response = client.get(f"/{language}{path}")
        found[path] = footer_links(response.content.decode())
    assert found == dict.fromkeys(paths, FOOTER_LINKS[language])


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("template_name", ["400.html", "500.html", "503.html"])
def test_footer_links_on_the_standalone_error_pages(language, template_name):
    request = RequestFactory().get(f"/{language}/members/")
    response = error_page(
        request,
        status=500,
        template_name=template_name,
        request_id="0" * 32,
        message="",
    )
    assert footer_links(response.content.decode()) == FOOTER_LINKS[language]


def test_footer_marks_the_page_it_is_on(client):
    html = client.get("/en/about/accessibility/").content.decode()
    assert (
        '<a href="/en/about/accessibility/" aria-current="page">Accessibility</a>'
        in html
    )


def test_new_pages_are_reached_in_the_other_language(client):
    html = client.get("/es/about/privacy/").content.decode()
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/about/'
        'privacy/">' in html
    )
    with translation.override("en"):
        assert (
            '<a href="/en/about/privacy/" hreflang="en" lang="en">English</a>' in html
        )
