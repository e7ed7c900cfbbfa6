"""Translated fields: every language by default, one with ?lang or Accept-Language."""

import pytest

from common.http.request_language import accepted_languages
from tests.api_helpers import get_json
from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

THEME = "/api/v1/themes/open-data/"


@pytest.fixture
def theme():
    return ThemeFactory(
        slug="open-data",
        name_en="Open Data",
        name_es="Datos abiertos",
        description_en="Data anyone can use.",
        description_es="",
    )


def test_without_a_language_every_translation_is_an_object(client, theme):
    response, data = get_json(client, THEME)
    assert data["name"] == {"en": "Open Data", "es": "Datos abiertos"}
    assert data["description"] == {"en": "Data anyone can use.", "es": ""}
    assert "fallback_fields" not in data
    assert response["Content-Language"] == "en, es"
    assert response["Vary"] == "Accept, Accept-Language, origin, Accept-Encoding"


def test_lang_collapses_to_strings_and_lists_fallbacks(client, theme):
    response, data = get_json(client, THEME, {"lang": "es"})
    assert data["name"] == "Datos abiertos"
    assert data["description"] == "Data anyone can use."
    assert data["fallback_fields"] == ["description"]
    assert response["Content-Language"] == "es"


def test_english_never_falls_back(client, theme):
    response, data = get_json(client, THEME, {"lang": "en"})
    assert (data["name"], data["description"]) == ("Open Data", "Data anyone can use.")
    assert data["fallback_fields"] == []
    assert response["Content-Language"] == "en"


def test_empty_in_every_language_is_not_a_fallback(client, theme):
    theme.description_en = ""
    theme.save()
    response, data = get_json(client, THEME, {"lang": "es"})
    assert data["description"] == ""
    assert data["fallback_fields"] == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("es", "Datos abiertos"),
        ("es-AR,es;q=0.9,en;q=0.8", "Datos abiertos"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "Open Data"),
        ("fr", {"en": "Open Data", "es": "Datos abiertos"}),
        ("*", {"en": "Open Data", "es": "Datos abiertos"}),
    ],
)
def test_accept_language_applies_without_lang(client, theme, header, expected):
    response, data = get_json(client, THEME, HTTP_ACCEPT_LANGUAGE=header)
    assert data["name"] == expected


def test_lang_wins_over_accept_language(client, theme):
    response, data = get_json(client, THEME, {"lang": "en"}, HTTP_ACCEPT_LANGUAGE="es")
    assert data["name"] == "Open Data"
    response, data = get_json(client, THEME, {"lang": "all"}, HTTP_ACCEPT_LANGUAGE="es")
    assert data["name"] == {"en": "Open Data", "es": "Datos abiertos"}


@pytest.mark.parametrize("value", ["ES", "es-MX"])
def test_lang_accepts_any_case_and_regional_variants(client, theme, value):
    response, data = get_json(client, THEME, {"lang": value})
    assert data["name"] == "Datos abiertos"


@pytest.mark.parametrize("value", ["fr", "", "spanish"])
def test_unknown_lang_is_a_400_naming_the_parameter(client, theme, value):
    response, data = get_json(client, THEME, {"lang": value})
    assert response.status_code == 400
    assert data == {
        "lang": [f"“{value}” is not an available language. Choose one of: all, en, es."]
    }


def test_errors_speak_the_requested_language(client, theme):
    response, data = get_json(client, "/api/v1/themes/", {"lang": "es", "kind": "x"})
    assert response.status_code == 400
    assert response["Content-Language"] == "es"
    assert data == {
        "kind": ["Escoja una opción válida. x no es una de las opciones disponibles."]
    }


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("es", ["es"]),
        ("fr;q=0.5, es", ["es", "fr"]),
        ("en;q=0.3, es;q=0.7, *;q=0.1", ["es", "en", "*"]),
        ("es-MX, en;q=0", ["es-MX"]),
        ("es;q=abc, en", ["en"]),
        ("es;q=2", []),
        (" , ;q=1,", []),
        ("", []),
    ],
)
def test_accept_language_is_read_most_wanted_first(header, expected):
    assert accepted_languages(header) == expected
