import datetime

import pytest
from django.utils import translation

from members.filters import JurisdictionFilter
from members.selectors import jurisdiction_list
from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory
from tests.querying import filter_errors, filtered_slugs

pytestmark = pytest.mark.django_db


def slugs(params):
    return filtered_slugs(JurisdictionFilter, jurisdiction_list(), params)


@pytest.fixture
def members():
    return {
        "penalolen": JurisdictionFactory(
            slug="penalolen",
            name_en="Peñalolén",
            name_es="Peñalolén",
            country="CL",
            member_since=2020,
        ),
        "state-of-mexico": JurisdictionFactory(
            slug="state-of-mexico",
            name_en="State of Mexico",
            name_es="Estado de México",
            country="MX",
            kind="state",
            member_since=2020,
        ),
        "nuevo-leon": JurisdictionFactory(
            slug="nuevo-leon",
            name_en="Nuevo León",
            name_es="Nuevo León",
            country="MX",
            kind="state",
            member_since=2022,
        ),
        "madrid": JurisdictionFactory(
            slug="madrid",
            name_en="Madrid",
            name_es="Madrid",
            country="ES",
            region="europe",
            member_since=2016,
        ),
        "mexico-city": JurisdictionFactory(
            slug="mexico-city",
            name_en="Mexico City",
            name_es="Ciudad de México",
            country="MX",
            status="withdrawn",
            member_since=2020,
        ),
    }


@pytest.mark.parametrize("query", ["penalolen", "PEÑALOLÉN", "Peñalolén", "peñalolen"])
def test_search_ignores_case_and_accents(members, query):
    assert slugs({"q": query}) == ["penalolen"]


def test_search_finds_the_spanish_name(members):
    assert slugs({"q": "estado de mexico"}) == ["state-of-mexico"]


def test_search_words_must_all_match(members):
    assert slugs({"q": "mexico city"}) == ["mexico-city"]


def test_search_finds_country_names_in_both_languages(members):
    assert slugs({"q": "méxico"}) == ["mexico-city", "nuevo-leon", "state-of-mexico"]
    assert slugs({"q": "espana"}) == ["madrid"]


def test_filter_by_region(members):
    assert slugs({"region": "europe"}) == ["madrid"]


def test_filter_by_country_any_case(members):
    assert slugs({"country": "mx"}) == ["mexico-city", "nuevo-leon", "state-of-mexico"]
    assert slugs({"country": ["CL", "ES"]}) == ["madrid", "penalolen"]


def test_filter_by_kind(members):
    assert slugs({"kind": "state"}) == ["nuevo-leon", "state-of-mexico"]


def test_filter_by_member_since_exact_and_range(members):
    assert slugs({"member_since": "2022"}) == ["nuevo-leon"]
    assert slugs({"member_since_min": "2017", "member_since_max": "2020"}) == [
        "mexico-city",
        "penalolen",
        "state-of-mexico",
    ]


def test_filter_by_status(members):
    assert slugs({"status": "withdrawn"}) == ["mexico-city"]


def test_filter_by_theme_of_published_reforms(members):
    justice = ThemeFactory(slug="justice")
    ReformFactory(jurisdictions=[members["state-of-mexico"]], themes=[justice])
    ReformFactory(
        jurisdictions=[members["madrid"]], themes=[justice], is_published=False
    )
    ReformFactory(
        jurisdictions=[members["state-of-mexico"], members["penalolen"]],
        themes=[justice],
    )
    assert slugs({"theme": "justice"}) == ["penalolen", "state-of-mexico"]


def test_filter_by_updated_since(members):
    assert slugs({"updated_since": "2000-01-01T00:00:00Z"}) == sorted(members)
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    assert slugs({"updated_since": f"{tomorrow}T00:00:00Z"}) == []


def test_ordering_by_name_uses_the_active_language(members):
    with translation.override("es"):
        assert slugs({"ordering": "name"}) == [
            "mexico-city",
            "state-of-mexico",
            "madrid",
            "nuevo-leon",
            "penalolen",
        ]
    assert slugs({"ordering": "-member_since,name"}) == [
        "nuevo-leon",
        "mexico-city",
        "penalolen",
        "state-of-mexico",
        "madrid",
    ]


def test_drafts_never_appear(members):
    JurisdictionFactory(slug="draft", name_en="Peñalolén draft", is_published=False)
    assert slugs({"q": "penalolen"}) == ["penalolen"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"region": "atlantis"}, "region"),
        ({"country": "XX"}, "country"),
        ({"kind": "empire"}, "kind"),
        ({"member_since": "soon"}, "member_since"),
        ({"status": "asleep"}, "status"),
        ({"updated_since": "yesterday"}, "updated_since"),
        ({"ordering": "password"}, "ordering"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_bad_values_are_reported_on_their_field(params, field):
    assert filter_errors(JurisdictionFilter, jurisdiction_list(), params) == [field]


@pytest.mark.parametrize(
    "search",
    ["municipalidad de rosario", "Rosario de Santa Fe", "santa fe", "CDMX", "cdmx"],
)
def test_search_finds_members_by_local_and_other_names(search):
    JurisdictionFactory(
        slug="rosario",
        name_en="Rosario",
        name_es="Rosario",
        local_name="Municipalidad de Rosario",
        other_names="Rosario de Santa Fe",
    )
    JurisdictionFactory(
        slug="mexico-city",
        name_en="Mexico City",
        name_es="Ciudad de México",
        other_names="CDMX\nDistrito Federal",
    )
    expected = ["mexico-city"] if "cdmx" in search.lower() else ["rosario"]

    assert slugs({"q": search}) == expected


def test_search_finds_members_by_the_themes_of_their_public_reforms():
    theme = ThemeFactory(name_en="Open Data", name_es="Datos abiertos")
    justice = ThemeFactory(name_en="Justice", name_es="Justicia")
    madrid = JurisdictionFactory(slug="madrid")
    quito = JurisdictionFactory(slug="quito")
    ReformFactory(jurisdictions=[madrid], themes=[theme])
    ReformFactory(jurisdictions=[quito], themes=[justice], is_published=False)

    assert slugs({"q": "datos abiertos"}) == ["madrid"]
    assert slugs({"q": "open data"}) == ["madrid"]
    assert slugs({"q": "justicia"}) == []


def test_saving_other_names_keeps_the_names_for_suggestions():
    member = JurisdictionFactory(
        name_en="Bogotá",
        name_es="Bogotá",
        local_name="Alcaldía Mayor de Bogotá D.C.",
    )
    member.other_names = "Santafé de Bogotá\n\nBogotá"
    member.save(update_fields=["other_names"])

    member.refresh_from_db()
    assert member.names_text == (
        "bogota\nalcaldia mayor de bogota d.c.\nsantafe de bogota"
    )
    assert member.other_name_list == ["Santafé de Bogotá", "Bogotá"]
