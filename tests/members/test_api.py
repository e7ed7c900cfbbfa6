import datetime
import json
from decimal import Decimal

import pytest

from members.models import Jurisdiction
from tests.api_helpers import body, csv_rows, get_json, result_slugs
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/api/v1/jurisdictions/"


@pytest.fixture
def members():
    open_data = ThemeFactory(slug="open-data")
    meeting = MeetingFactory(slug="open-americas-2022")
    rosario = JurisdictionFactory(
        slug="rosario",
        name_en="Rosario",
        name_es="Rosario",
        local_name="Municipalidad de Rosario",
        other_names="Rosario de Santa Fe\nCiudad de Rosario",
        country="AR",
        subdivision="AR-S",
        member_since=2020,
    )
    penalolen = JurisdictionFactory(
        slug="penalolen",
        name_en="Peñalolén",
        name_es="Peñalolén",
        country="CL",
        member_since=2020,
        summary_es="",
        latitude=None,
        longitude=None,
    )
    nuevo_leon = JurisdictionFactory(
        slug="nuevo-leon",
        name_en="Nuevo León",
        name_es="Nuevo León",
        country="MX",
        kind="state",
        member_since=2022,
    )
    madrid = JurisdictionFactory(
        slug="madrid",
        name_en="Madrid",
        name_es="Madrid",
        country="ES",
        region="europe",
        member_since=2016,
    )
    mexico_city = JurisdictionFactory(
        slug="mexico-city",
        name_en="Mexico City",
        name_es="Ciudad de México",
        country="MX",
        status="withdrawn",
        member_since=2020,
    )
    JurisdictionFactory(slug="draft", name_en="Draft Town", is_published=False)
    ReformFactory(jurisdictions=[rosario], themes=[open_data])
    SessionFactory(meeting=meeting, jurisdictions=[nuevo_leon, madrid])
    return {
        "rosario": rosario,
        "penalolen": penalolen,
        "nuevo-leon": nuevo_leon,
        "madrid": madrid,
        "mexico-city": mexico_city,
    }


def test_list_holds_published_members_in_name_order(client, members):
    assert result_slugs(client, LIST) == [
        "madrid",
        "mexico-city",
        "nuevo-leon",
        "penalolen",
        "rosario",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": "europe"}, ["madrid"]),
        (
            {"region": ["europe", "americas"]},
            ["madrid", "mexico-city", "nuevo-leon", "penalolen", "rosario"],
        ),
        ({"country": "mx"}, ["mexico-city", "nuevo-leon"]),
        ({"country": ["AR", "CL"]}, ["penalolen", "rosario"]),
        ({"kind": "state"}, ["nuevo-leon"]),
        ({"member_since": 2020}, ["mexico-city", "penalolen", "rosario"]),
        (
            {"member_since_min": 2020},
            ["mexico-city", "nuevo-leon", "penalolen", "rosario"],
        ),
        ({"member_since_max": 2016}, ["madrid"]),
        (
            {"member_since_min": 2017, "member_since_max": 2021},
            ["mexico-city", "penalolen", "rosario"],
        ),
        ({"status": "withdrawn"}, ["mexico-city"]),
        ({"theme": "open-data"}, ["rosario"]),
        ({"meeting": "open-americas-2022"}, ["madrid", "nuevo-leon"]),
        ({"q": "PENALOLEN"}, ["penalolen"]),
        ({"q": "ciudad de mexico"}, ["mexico-city"]),
        ({"q": "municipalidad"}, ["rosario"]),
        (
            {"ordering": "-member_since"},
            ["nuevo-leon", "mexico-city", "penalolen", "rosario", "madrid"],
        ),
        (
            {"ordering": "country,name"},
            ["rosario", "penalolen", "madrid", "mexico-city", "nuevo-leon"],
        ),
        ({"q": "draft"}, []),
    ],
)
def test_each_filter_returns_exactly_the_matching_members(
    client, members, params, expected
):
    assert result_slugs(client, LIST, params) == expected


def test_updated_since_returns_what_changed(client, members):
    Jurisdiction.objects.update(
        updated_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    )
    rosario = members["rosario"]
    rosario.summary_en = "Corrected."
    rosario.save()
    assert result_slugs(client, LIST, {"updated_since": "2025-06-01T00:00:00Z"}) == [
        "rosario"
    ]
    assert result_slugs(client, LIST, {"updated_since": "2024-12-31"}) == [
        "madrid",
        "mexico-city",
        "nuevo-leon",
        "penalolen",
        "rosario",
    ]


def test_ordering_by_name_follows_the_requested_language(client, members):
    assert result_slugs(client, LIST, {"ordering": "name", "country": "MX"}) == [
        "mexico-city",
        "nuevo-leon",
    ]
    assert result_slugs(
        client, LIST, {"ordering": "name", "country": "MX", "lang": "es"}
    ) == ["mexico-city", "nuevo-leon"]
    assert result_slugs(
        client, LIST, {"ordering": "-name", "country": "MX", "lang": "es"}
    ) == ["nuevo-leon", "mexico-city"]


def test_detail_shows_every_field(client, members):
    response, data = get_json(client, f"{LIST}rosario/")
    assert response.status_code == 200
    assert data == {
        "slug": "rosario",
        "url": "http://testserver/api/v1/jurisdictions/rosario/",
        "name": {"en": "Rosario", "es": "Rosario"},
        "local_name": "Municipalidad de Rosario",
        "other_names": ["Rosario de Santa Fe", "Ciudad de Rosario"],
        "kind": "municipality",
        "country": "AR",
        "subdivision": "AR-S",
        "ocd_id": "",
        "region": "americas",
        "member_since": 2020,
        "status": "active",
        "summary": {"en": "A local government.", "es": "Un gobierno local."},
        "website": "",
        "ogp_url": "",
        "latitude": -32.94682,
        "longitude": -60.63932,
        "sources": [],
        "last_verified_on": None,
        "action_plans_url": "http://testserver/api/v1/action-plans/?jurisdiction=rosario",
        "documents_url": "http://testserver/api/v1/documents/?jurisdiction=rosario",
        "updated_at": members["rosario"].updated_at.isoformat().replace("+00:00", "Z"),
    }


def test_detail_in_spanish_marks_the_english_fallback(client, members):
    response, data = get_json(client, f"{LIST}penalolen/", {"lang": "es"})
    assert response["Content-Language"] == "es"
    assert data["name"] == "Peñalolén"
    assert data["summary"] == "A local government."
    assert data["fallback_fields"] == ["summary"]


def test_draft_member_is_not_found(client, members):
    response, data = get_json(client, f"{LIST}draft/")
    assert response.status_code == 404
    assert data == {"detail": "Not found."}


def test_csv_lists_every_member_with_a_column_per_language(client, members):
    response = client.get(LIST, {"format": "csv", "page_size": 1})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="ogp-local-members.csv"'
    )
    rows = csv_rows(response)
    assert [row["slug"] for row in rows] == [
        "madrid",
        "mexico-city",
        "nuevo-leon",
        "penalolen",
        "rosario",
    ]
    assert list(rows[1]) == [
        "slug",
        "url",
        "name_en",
        "name_es",
        "local_name",
        "other_names",
        "kind",
        "country",
        "subdivision",
        "ocd_id",
        "region",
        "member_since",
        "status",
        "summary_en",
        "summary_es",
        "website",
        "ogp_url",
        "latitude",
        "longitude",
        "sources",
        "last_verified_on",
        "action_plans_url",
        "documents_url",
        "updated_at",
    ]
    assert (rows[1]["name_en"], rows[1]["name_es"]) == (
        "Mexico City",
        "Ciudad de México",
    )
    assert (rows[3]["summary_en"], rows[3]["summary_es"]) == ("A local government.", "")
    assert (rows[3]["latitude"], rows[3]["longitude"]) == ("", "")


def test_csv_honours_the_filters(client, members):
    rows = csv_rows(client.get(LIST, {"format": "csv", "country": "MX"}))
    assert [row["slug"] for row in rows] == ["mexico-city", "nuevo-leon"]


def test_geojson_places_members_with_coordinates(client, members):
    response = client.get(LIST, {"format": "geojson", "region": "americas"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    collection = json.loads(body(response))
    assert collection["type"] == "FeatureCollection"
    # Peñalolén has no coordinates: a map cannot place it.
    assert [feature["id"] for feature in collection["features"]] == [
        "mexico-city",
        "nuevo-leon",
        "rosario",
    ]
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        longitude, latitude = feature["geometry"]["coordinates"]
        assert -180 <= longitude <= 180
        assert -90 <= latitude <= 90
    rosario = collection["features"][2]
    assert rosario["geometry"]["coordinates"] == [-60.63932, -32.94682]
    assert rosario["properties"]["name"] == {"en": "Rosario", "es": "Rosario"}


def test_geojson_in_spanish(client, members):
    collection = json.loads(
        body(client.get(LIST, {"format": "geojson", "country": "MX", "lang": "es"}))
    )
    assert [f["properties"]["name"] for f in collection["features"]] == [
        "Ciudad de México",
        "Nuevo León",
    ]


def many_members(count):
    for number in range(count):
        JurisdictionFactory(
            latitude=Decimal("10.5") + number, longitude=Decimal("-60.25") - number
        )


@pytest.mark.parametrize("count", [1, 6])
@pytest.mark.parametrize(
    ("params", "queries"),
    # The content version, the count (lists in JSON only), the rows.
    [({}, 3), ({"format": "csv"}, 2), ({"format": "geojson"}, 2)],
)
def test_list_queries_do_not_grow_with_rows(
    client, django_assert_num_queries, count, params, queries
):
    many_members(count)
    with django_assert_num_queries(queries):
        response = client.get(LIST, params)
        body(response)
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 6])
def test_filtered_list_queries_do_not_grow_with_rows(
    client, django_assert_num_queries, count
):
    many_members(count)
    # The content version, the theme glossary (a cold cache), the count, the rows.
    with django_assert_num_queries(4):
        response = client.get(
            LIST, {"country": "AR", "region": "americas", "q": "member"}
        )
    assert response.json()["count"] == count


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # 00:00 of year 1 at +01:05 is in year 0 in UTC: before every change.
        ("0001-01-01T01:00:00.0+01:05", 5),
        ("0001-01-01T00:30:00+01:00", 5),
        # After 9999-12-31 in UTC: after every change.
        ("9999-12-31T23:30:00-01:00", 0),
    ],
)
def test_updated_since_beyond_what_a_datetime_holds_still_answers(
    client, members, moment, expected
):
    """RFC 3339 allows offsets that put a moment outside years 1 to 9999 in UTC
    (schemathesis found one): such a moment compares like the nearest one."""
    response, data = get_json(client, LIST, {"updated_since": moment})

    assert response.status_code == 200
    assert data["count"] == expected
