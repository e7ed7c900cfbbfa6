"""Closest names for a search that found nothing (common.db.suggestions)."""

import pytest
from django.db import connection

from common.db.suggestions import closest_names
from members.models import Jurisdiction
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="pg_trgm word similarity needs PostgreSQL; SQLite uses difflib",
)


@pytest.fixture
def members():
    for slug, name, local_name in [
        ("bogota", "Bogotá", "Alcaldía Mayor de Bogotá D.C."),
        ("sao-paulo", "São Paulo", "Prefeitura de São Paulo"),
        ("santa-catarina", "Santa Catarina", "Estado de Santa Catarina"),
        ("contagem", "Contagem", "Prefeitura Municipal de Contagem"),
        ("osasco", "Osasco", "Prefeitura de Osasco"),
    ]:
        JurisdictionFactory(
            slug=slug, name_en=name, name_es=name, local_name=local_name
        )


def closest(query):
    return [m.slug for m in closest_names(Jurisdiction.objects.all(), query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bogata", ["bogota"]),
        ("BOGATÁ", ["bogota"]),
        ("sao paolo", ["sao-paulo"]),
        ("Sao Paolo", ["sao-paulo"]),
        ("alcaldia mayor de bogata", ["bogota"]),
        ("osaco", ["osasco"]),
        ("zzzz", []),
        ("", []),
        ("   ", []),
    ],
)
def test_closest_names_on_this_database(members, query, expected):
    assert closest(query) == expected


def test_closest_names_read_one_query(members, django_assert_num_queries):
    with django_assert_num_queries(1):
        closest("bogata")


@on_postgresql
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sao paolo", [("sao-paulo", 0.54)]),
        # Word for word, "santa" is closer than "sao": one name, not both.
        ("santa paolo", [("santa-catarina", 0.5)]),
    ],
)
def test_postgresql_ranks_by_strict_trigram_word_similarity(members, query, expected):
    suggested = closest_names(Jurisdiction.objects.all(), query)
    assert [(m.slug, round(m.name_similarity, 2)) for m in suggested] == expected


@on_postgresql
def test_migrations_created_the_trigram_extension():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchall() == [("pg_trgm",)]
