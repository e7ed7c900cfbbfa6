import datetime

import pytest

from reforms.models import Reform
from tests.api_helpers import body, csv_rows, get_json, result_slugs
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from themes.enums import ThemeCategory

pytestmark = pytest.mark.django_db

REFORMS = "/api/v1/reforms/"


@pytest.fixture
def themes():
    return {
        "climate-action": ThemeFactory(
            slug="climate-action",
            name_en="Climate Action",
            name_es="Acción climática",
            is_local_circle=True,
        ),
        "open-data": ThemeFactory(
            slug="open-data", name_en="Open Data", name_es="Datos abiertos"
        ),
        "digital-openness": ThemeFactory(
            slug="digital-openness",
            name_en="Digital Openness",
            name_es="",
            description_es="",
            category=ThemeCategory.LOCAL_CIRCLE_THEME,
            is_local_circle=True,
        ),
        "draft": ThemeFactory(slug="draft-theme", is_published=False),
    }


@pytest.fixture
def reforms(themes):
    rosario = JurisdictionFactory(slug="rosario", name_en="Rosario", country="AR")
    bogota = JurisdictionFactory(slug="bogota", name_en="Bogotá", country="CO")
    hidden = JurisdictionFactory(slug="hidden", name_en="Hidden", is_published=False)
    meeting = MeetingFactory(slug="open-americas-2022")
    participation = ReformFactory(
        slug="rosario-digital-participation",
        title_en="Digital participation in Rosario",
        title_es="Participación digital en Rosario",
        jurisdictions=[rosario, hidden],
        themes=[themes["digital-openness"], themes["draft"]],
        countries=["AR"],
        status="completed",
    )
    inclusion = ReformFactory(
        slug="bogota-inclusion-agenda",
        title_en="An inclusion agenda for Bogotá",
        title_es="Una agenda de inclusión para Bogotá",
        summary_es="",
        jurisdictions=[bogota],
        themes=[themes["open-data"], themes["climate-action"]],
        countries=["CO", "BR"],
    )
    ReformFactory(slug="draft-reform", jurisdictions=[rosario], is_published=False)
    SessionFactory(meeting=meeting, showcased_reforms=[inclusion])
    return {"participation": participation, "inclusion": inclusion}


def test_reforms_list_in_title_order(client, reforms):
    assert result_slugs(client, REFORMS) == [
        "bogota-inclusion-agenda",
        "rosario-digital-participation",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"theme": "open-data"}, ["bogota-inclusion-agenda"]),
        (
            {"theme": "open-data,digital-openness"},
            ["bogota-inclusion-agenda", "rosario-digital-participation"],
        ),
        ({"theme": "draft-theme"}, []),
        ({"jurisdiction": "rosario"}, ["rosario-digital-participation"]),
        ({"jurisdiction": "hidden"}, []),
        ({"country": "br"}, ["bogota-inclusion-agenda"]),
        ({"meeting": "open-americas-2022"}, ["bogota-inclusion-agenda"]),
        ({"status": "completed"}, ["rosario-digital-participation"]),
        (
            {"status": ["completed", "in-progress"]},
            ["bogota-inclusion-agenda", "rosario-digital-participation"],
        ),
        ({"q": "participacion"}, ["rosario-digital-participation"]),
        ({"q": "bogota"}, ["bogota-inclusion-agenda"]),
        (
            {"ordering": "-title"},
            ["rosario-digital-participation", "bogota-inclusion-agenda"],
        ),
        (
            {"ordering": "title", "lang": "es"},
            ["rosario-digital-participation", "bogota-inclusion-agenda"],
        ),
    ],
)
def test_each_reform_filter_returns_exactly_the_matching_reforms(
    client, reforms, params, expected
):
    assert result_slugs(client, REFORMS, params) == expected


def test_reforms_updated_since(client, reforms):
    Reform.objects.update(updated_at=datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC))
    reforms["inclusion"].save()
    assert result_slugs(client, REFORMS, {"updated_since": "2025-01-02T00:00:00Z"}) == [
        "bogota-inclusion-agenda"
    ]


def test_reform_links_only_published_members_and_themes(client, reforms):
    response, data = get_json(client, f"{REFORMS}rosario-digital-participation/")
    assert data["jurisdictions"] == ["rosario"]
    assert data["themes"] == ["digital-openness"]
    assert data["countries"] == ["AR"]


def test_expand_gives_the_related_records(client, reforms):
    response, data = get_json(
        client, REFORMS, {"expand": "jurisdictions,themes", "lang": "es"}
    )
    inclusion = data["results"][0]
    assert [member["slug"] for member in inclusion["jurisdictions"]] == ["bogota"]
    assert inclusion["jurisdictions"][0]["url"] == (
        "http://testserver/api/v1/jurisdictions/bogota/"
    )
    assert [theme["name"] for theme in inclusion["themes"]] == [
        "Acción climática",
        "Datos abiertos",
    ]
    participation = data["results"][1]
    assert [theme["slug"] for theme in participation["themes"]] == ["digital-openness"]
    assert participation["themes"][0]["fallback_fields"] == ["name", "description"]


def test_expand_one_relation_keeps_the_other_as_slugs(client, reforms):
    response, data = get_json(
        client, f"{REFORMS}bogota-inclusion-agenda/", {"expand": "themes"}
    )
    assert data["jurisdictions"] == ["bogota"]
    assert [theme["name"]["en"] for theme in data["themes"]] == [
        "Climate Action",
        "Open Data",
    ]


def test_reform_in_spanish_lists_its_fallbacks(client, reforms):
    response, data = get_json(
        client, f"{REFORMS}bogota-inclusion-agenda/", {"lang": "es"}
    )
    assert data["title"] == "Una agenda de inclusión para Bogotá"
    assert data["summary"] == "What the reform changes."
    assert data["fallback_fields"] == ["summary"]


def test_reforms_csv_has_both_languages_and_related_slugs(client, reforms):
    response = client.get(REFORMS, {"format": "csv"})
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="ogp-local-reforms.csv"'
    )
    rows = csv_rows(response)
    assert list(rows[0]) == [
        "slug",
        "url",
        "title_en",
        "title_es",
        "summary_en",
        "summary_es",
        "status",
        "countries",
        "jurisdictions",
        "themes",
        "website",
        "sources",
        "commitment",
        "updated_at",
    ]
    assert [
        (
            row["slug"],
            row["title_es"],
            row["countries"],
            row["jurisdictions"],
            row["themes"],
        )
        for row in rows
    ] == [
        (
            "bogota-inclusion-agenda",
            "Una agenda de inclusión para Bogotá",
            "BR;CO",
            "bogota",
            "climate-action;open-data",
        ),
        (
            "rosario-digital-participation",
            "Participación digital en Rosario",
            "AR",
            "rosario",
            "digital-openness",
        ),
    ]


def test_reforms_csv_ignores_expand_and_honours_filters(client, reforms):
    rows = csv_rows(
        client.get(
            REFORMS, {"format": "csv", "expand": "themes", "status": "completed"}
        )
    )
    assert [(row["slug"], row["themes"]) for row in rows] == [
        ("rosario-digital-participation", "digital-openness")
    ]


def many_reforms(count):
    members = JurisdictionFactory.create_batch(2)
    themes = [ThemeFactory(slug=f"theme-{number}") for number in range(3)]
    for _number in range(count):
        ReformFactory(jurisdictions=members, themes=themes)


@pytest.mark.parametrize("count", [1, 6])
@pytest.mark.parametrize(
    ("params", "queries"),
    [
        # The content version, the count, the rows, their members, their themes:
        # the same records whether shown as slugs or expanded.
        ({}, 5),
        # An export has no count.
        ({"format": "csv"}, 4),
        ({"expand": "jurisdictions,themes"}, 5),
        # A search also reads the theme glossary while the cache is cold.
        ({"theme": "theme-0,theme-1", "q": "reform", "lang": "es"}, 6),
    ],
)
def test_reforms_queries_do_not_grow_with_rows(
    client, django_assert_num_queries, count, params, queries
):
    many_reforms(count)
    with django_assert_num_queries(queries):
        response = client.get(REFORMS, params)
        content = body(response)
    assert response.status_code == 200
    assert content.count(b"/api/v1/reforms/reform-") == count


@pytest.mark.parametrize(
    ("expand", "queries"),
    # The record, the content version, its members, its themes.
    [("", 4), ("jurisdictions,themes", 4)],
)
def test_reform_detail_queries(client, django_assert_num_queries, expand, queries):
    many_reforms(1)
    slug = Reform.objects.get().slug
    with django_assert_num_queries(queries):
        response = client.get(f"{REFORMS}{slug}/", {"expand": expand} if expand else {})
    assert response.status_code == 200


def test_linked_slugs_follow_the_linked_lists_order(client):
    # Members list by name, themes by name: not by slug, not by when they linked.
    zarate = JurisdictionFactory(slug="a-zarate", name_en="Zárate")
    bogota = JurisdictionFactory(slug="z-bogota", name_en="Bogotá")
    madrid = JurisdictionFactory(slug="m-madrid", name_en="Madrid")
    water = ThemeFactory(slug="a-water", name_en="Water")
    budget = ThemeFactory(slug="z-budget", name_en="Budget")
    ReformFactory(
        slug="budget", jurisdictions=[zarate, bogota, madrid], themes=[water, budget]
    )
    row = client.get(REFORMS).json()["results"][0]
    assert row["jurisdictions"] == ["z-bogota", "m-madrid", "a-zarate"]
    assert row["themes"] == ["z-budget", "a-water"]
