"""The theme glossary of search (common.search_glossary): published theme
names in every language, read at most once per request and remembered under the
content stamp."""

import pytest
from django.test import RequestFactory

from common.search_glossary import search_glossary, term_groups
from tests.factories import ThemeFactory
from themes.models import Theme

OPEN_DATA = ("datos abiertos", "open data")
GLOSSARY = {
    "open data": OPEN_DATA,
    "datos abiertos": OPEN_DATA,
    "open data portal": ("open data portal", "portal de datos abiertos"),
    "portal de datos abiertos": ("open data portal", "portal de datos abiertos"),
    "justicia": ("justice", "justicia"),
    "justice": ("justice", "justicia"),
}


@pytest.fixture
def themes(db):
    ThemeFactory(slug="open-data", name_en="Open Data", name_es="Datos abiertos")
    ThemeFactory(
        slug="citizen-participation",
        name_en="Citizen Participation",
        name_es="Participación  Ciudadana",
    )
    # Named alike in both languages: nothing to say in another.
    ThemeFactory(slug="lgbtqia", name_en="LGBTQIA+", name_es="LGBTQIA+")
    # No Spanish name yet: nothing to say in another language either.
    ThemeFactory(slug="innovation", name_en="Innovation", name_es="")
    ThemeFactory(slug="secret", name_en="Secret", name_es="Secreto", is_published=False)


def test_the_glossary_holds_each_published_themes_names_folded(themes):
    assert search_glossary() == {
        "open data": OPEN_DATA,
        "datos abiertos": OPEN_DATA,
        "citizen participation": ("citizen participation", "participacion ciudadana"),
        "participacion ciudadana": (
            "citizen participation",
            "participacion ciudadana",
        ),
    }


def test_the_glossary_reads_the_languages_settings_name(themes, settings):
    settings.LANGUAGES = [("en", "English")]

    assert search_glossary() == {}


def test_a_theme_sharing_a_name_joins_the_names_of_both(db):
    ThemeFactory(slug="participation", name_en="Participation", name_es="Participación")
    ThemeFactory(
        slug="civic-participation",
        name_en="Civic Participation",
        name_es="Participación",
    )

    assert search_glossary()["participacion"] == (
        "civic participation",
        "participacion",
        "participation",
    )


def test_publishing_a_theme_adds_its_names_from_the_next_read(themes):
    assert "secreto" not in search_glossary()
    secret = Theme.objects.get(slug="secret")
    secret.is_published = True
    secret.save()

    assert search_glossary()["secreto"] == ("secret", "secreto")


def test_a_warm_glossary_costs_only_the_content_stamp(
    themes, django_assert_num_queries
):
    with django_assert_num_queries(2):  # the content stamp and the names
        search_glossary()
    with django_assert_num_queries(1):  # the content stamp
        assert search_glossary()["open data"] == OPEN_DATA


def test_a_request_reads_the_glossary_once_even_when_the_cache_is_down(
    themes, settings, django_assert_num_queries
):
    settings.CACHES = {
        "default": {"BACKEND": "tests.common.failing_cache.FailingCache"}
    }
    first, second = RequestFactory().get("/"), RequestFactory().get("/")

    with django_assert_num_queries(2):  # the content stamp and the names
        search_glossary(first)
        assert search_glossary(first)["datos abiertos"] == OPEN_DATA
    with django_assert_num_queries(2):  # nothing kept: the next request reads again
        assert search_glossary(second)["datos abiertos"] == OPEN_DATA


def test_a_run_of_words_naming_a_theme_matches_as_its_name_in_any_language():
    assert term_groups(["portal", "datos", "abiertos"], GLOSSARY) == [
        (("portal",),),
        (("datos", "abiertos"), ("open", "data")),
    ]


def test_words_that_are_only_part_of_a_name_stay_words():
    assert term_groups(["datos"], GLOSSARY) == [(("datos",),)]
    assert term_groups(["abiertos", "datos"], GLOSSARY) == [
        (("abiertos",),),
        (("datos",),),
    ]


def test_the_longest_name_from_the_left_wins():
    assert term_groups(["open", "data", "portal", "justicia"], GLOSSARY) == [
        (("open", "data", "portal"), ("portal", "de", "datos", "abiertos")),
        (("justice",), ("justicia",)),
    ]


def test_without_a_glossary_every_word_stands_alone():
    assert term_groups(["datos", "abiertos"], {}) == [(("datos",),), (("abiertos",),)]
