import pytest

from tests.api_helpers import body, csv_rows, get_json, result_slugs
from tests.factories import ThemeFactory
from themes.enums import ThemeCategory

pytestmark = pytest.mark.django_db

THEMES = "/api/v1/themes/"


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


def test_themes_list_in_name_order(client, themes):
    assert result_slugs(client, THEMES) == [
        "climate-action",
        "digital-openness",
        "open-data",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"kind": "local-circle"}, ["climate-action", "digital-openness"]),
        ({"kind": "policy-area"}, ["climate-action", "open-data"]),
        ({"q": "accion climatica"}, ["climate-action"]),
        ({"q": "DATOS"}, ["open-data"]),
        ({"ordering": "-name"}, ["open-data", "digital-openness", "climate-action"]),
        (
            {"ordering": "name", "lang": "es"},
            ["climate-action", "open-data", "digital-openness"],
        ),
    ],
)
def test_each_theme_filter_returns_exactly_the_matching_themes(
    client, themes, params, expected
):
    assert result_slugs(client, THEMES, params) == expected


def test_theme_detail_in_spanish_falls_back_to_english(client, themes):
    response, data = get_json(client, f"{THEMES}digital-openness/", {"lang": "es"})
    assert data["name"] == "Digital Openness"
    assert data["description"] == "What the theme means."
    assert data["fallback_fields"] == ["name", "description"]
    assert data["is_local_circle"] is True


def test_draft_theme_is_not_found(client, themes):
    assert client.get(f"{THEMES}draft-theme/").status_code == 404


def test_themes_csv(client, themes):
    rows = csv_rows(client.get(THEMES, {"format": "csv"}))
    assert [
        (row["slug"], row["name_en"], row["name_es"], row["is_local_circle"])
        for row in rows
    ] == [
        ("climate-action", "Climate Action", "Acción climática", "true"),
        ("digital-openness", "Digital Openness", "", "true"),
        ("open-data", "Open Data", "Datos abiertos", "false"),
    ]


@pytest.mark.parametrize("count", [1, 6])
@pytest.mark.parametrize(
    ("params", "queries"),
    # The content version, the count (lists in JSON only), the rows.
    [({}, 3), ({"format": "csv"}, 2)],
)
def test_themes_queries_do_not_grow_with_rows(
    client, django_assert_num_queries, count, params, queries
):
    ThemeFactory.create_batch(count)
    with django_assert_num_queries(queries):
        response = client.get(THEMES, params)
        body(response)
    assert response.status_code == 200
