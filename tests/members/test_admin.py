"""The members list answers staff questions: filters and accent-blind search."""

import pytest

from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db


def _slugs(response):
    return [member.slug for member in response.context["cl"].result_list]


def _members():
    JurisdictionFactory(
        slug="penalolen", name_en="Peñalolén", name_es="Peñalolén", country="CL"
    )
    JurisdictionFactory(
        slug="state-of-mexico",
        name_en="State of Mexico",
        name_es="Estado de México",
        country="MX",
        kind="state",
        member_since=2016,
        status="withdrawn",
    )
    JurisdictionFactory(
        slug="bogota", name_en="Bogotá", name_es="Bogotá", country="CO", region="europe"
    )


@pytest.mark.parametrize(
    "term", ["penalolen", "PEÑALOLÉN", "peñalolen", "Penalolen", "chile"]
)
def test_search_ignores_case_and_accents(admin_client, term):
    _members()

    response = admin_client.get("/admin/members/jurisdiction/", {"q": term})

    assert _slugs(response) == ["penalolen"]


@pytest.mark.parametrize("term", ["estado de mexico", "State of Mexico", "méxico"])
def test_search_covers_both_languages(admin_client, term):
    _members()

    response = admin_client.get("/admin/members/jurisdiction/", {"q": term})

    assert _slugs(response) == ["state-of-mexico"]


@pytest.mark.parametrize(
    "params,slugs",
    [
        ({"country": "MX"}, ["state-of-mexico"]),
        ({"kind__exact": "state"}, ["state-of-mexico"]),
        ({"status__exact": "withdrawn"}, ["state-of-mexico"]),
        ({"member_since": "2016"}, ["state-of-mexico"]),
        ({"region__exact": "europe"}, ["bogota"]),
        ({"is_published__exact": "1"}, ["bogota", "penalolen", "state-of-mexico"]),
    ],
)
def test_filters(admin_client, params, slugs):
    _members()

    response = admin_client.get("/admin/members/jurisdiction/", params)

    assert sorted(_slugs(response)) == slugs


def test_country_filter_offers_only_countries_in_use_by_name(admin_client):
    _members()

    response = admin_client.get(
        "/admin/members/jurisdiction/", HTTP_ACCEPT_LANGUAGE="es"
    )

    country_filter = next(
        spec for spec in response.context["cl"].filter_specs if spec.title == "país"
    )
    assert [c["display"] for c in country_filter.choices(response.context["cl"])] == [
        "Todo",
        "Chile",
        "Colombia",
        "México",
    ]


def test_list_sorts_names_in_the_staff_members_language(admin_client):
    JurisdictionFactory(
        slug="state-of-mexico", name_en="State of Mexico", name_es="Estado de México"
    )
    JurisdictionFactory(slug="rosario", name_en="Rosario", name_es="Rosario")

    english = admin_client.get("/admin/members/jurisdiction/")
    spanish = admin_client.get(
        "/admin/members/jurisdiction/", HTTP_ACCEPT_LANGUAGE="es"
    )

    assert _slugs(english) == ["rosario", "state-of-mexico"]
    assert _slugs(spanish) == ["state-of-mexico", "rosario"]


def test_autocomplete_finds_members_without_accents(admin_client):
    _members()

    response = admin_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "reforms",
            "model_name": "reform",
            "field_name": "jurisdictions",
            "term": "bogota",
        },
    )

    assert [r["text"] for r in response.json()["results"]] == ["Bogotá"]
