"""A request's language is decided once, by one function, for pages, the API,
exports and errors; the serializers read it from their context."""

import json

import pytest
from django.test import RequestFactory
from django.utils import translation

from common.api.languages import Texts
from common.api.links import Links
from common.http.errors import server_error
from common.http.request_language import RequestLanguage, request_language
from tests.factories import ThemeFactory
from themes.api import ThemeSerializer

factory = RequestFactory()


def decided(path, **headers):
    return request_language(factory.get(path, headers=headers))


# -- pages: the address's language, else what LocaleMiddleware would choose ----


def test_a_page_speaks_the_language_of_its_address():
    assert decided("/es/members/", accept_language="en") == RequestLanguage("es", "es")


def test_an_address_without_a_language_speaks_the_browsers():
    assert decided("/sitemap.xml", accept_language="es-MX,en;q=0.5") == (
        RequestLanguage("es", "es")
    )
    assert decided("/sitemap.xml") == RequestLanguage("en", "en")


def test_the_language_cookie_counts_for_an_address_without_a_language():
    request = factory.get("/robots.txt", headers={"accept-language": "en"})
    request.COOKIES["django_language"] = "es"
    assert request_language(request) == RequestLanguage("es", "es")


# -- the API: ?lang=, else Accept-Language, else every language ----------------


@pytest.mark.parametrize(
    ("query", "header", "expected"),
    [
        ("", "", RequestLanguage("en", None)),
        ("", "es", RequestLanguage("es", "es")),
        ("", "fr, es;q=0.8", RequestLanguage("es", "es")),
        ("?lang=es", "en", RequestLanguage("es", "es")),
        ("?lang=es-MX", "", RequestLanguage("es", "es")),
        ("?lang=all", "es", RequestLanguage("en", None)),
        ("?lang=ALL", "", RequestLanguage("en", None)),
        ("?lang=xx", "es", RequestLanguage("es", None, refused="xx")),
        ("?lang=", "", RequestLanguage("en", None, refused="")),
        # Refused as a repeated parameter: spoken in the browser's language.
        ("?lang=en&lang=es", "es", RequestLanguage("es", "es")),
    ],
)
def test_the_api_speaks_lang_else_the_browsers_language(query, header, expected):
    assert decided(f"/api/v1/themes/{query}", accept_language=header) == expected


def test_more_parameters_than_django_reads_leave_the_browsers_language():
    query = "&".join(f"p{n}=1" for n in range(1001))
    assert decided(f"/api/v1/themes/?{query}&lang=en", accept_language="es") == (
        RequestLanguage("es", "es")
    )


def test_the_decision_is_made_once_and_kept_on_the_request():
    request = factory.get("/api/v1/themes/?lang=es")
    first = request_language(request)
    request.META["HTTP_ACCEPT_LANGUAGE"] = "en"
    request.GET = request.GET.copy()
    request.GET["lang"] = "en"
    assert request_language(request) is first
    assert request.language is first


def test_the_refusal_names_the_value_and_the_choices_in_the_active_language():
    language = RequestLanguage("es", None, refused="xx")
    with translation.override("es"):
        assert str(language.refusal()) == (
            "«xx» no es un idioma disponible. Elija uno de estos: all, en, es."
        )


# -- errors speak the decided language, wherever they are answered -------------


def test_an_api_500_speaks_the_lang_the_request_asked_for():
    request = factory.get("/api/v1/themes/?lang=es", headers={"accept-language": "en"})
    response = server_error(request)
    assert response.status_code == 500
    assert json.loads(response.content)["detail"] == (
        "Se produjo un error en el servidor."
    )


@pytest.mark.django_db
def test_the_api_language_is_active_for_the_whole_request(client):
    ThemeFactory(slug="open-data")
    response = client.get("/api/v1/themes/nothing/?lang=es")
    assert response.status_code == 404
    assert response.json() == {"detail": "No encontrado."}
    assert response["Content-Language"] == "es"


# -- serializers read the language from their context, nothing else ------------


@pytest.mark.django_db
def test_a_serializer_reads_the_language_from_its_context_only():
    theme = ThemeFactory(
        slug="open-data",
        name_en="Open Data",
        name_es="Datos abiertos",
        description_en="Data anyone can use.",
        description_es="",
    )
    context = {"links": Links(factory.get("/")), "expand": frozenset()}

    spanish = ThemeSerializer(theme, context={**context, "texts": Texts("es")}).data
    every = ThemeSerializer(theme, context={**context, "texts": Texts()}).data

    assert (spanish["name"], spanish["description"]) == (
        "Datos abiertos",
        "Data anyone can use.",
    )
    assert spanish["fallback_fields"] == ["description"]
    assert every["name"] == {"en": "Open Data", "es": "Datos abiertos"}
    assert "fallback_fields" not in every
