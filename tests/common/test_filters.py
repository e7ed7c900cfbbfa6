"""``?q=`` on every list, page and API: any language of the record's text and of
the themes it carries (common.filters.SearchFilter)."""

import pytest

from tests import api_helpers
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.pages import result_slugs

pytestmark = pytest.mark.django_db

# (page, API list, the field that names a record in the API, what "open data"
# finds). The page is None where the list has none.
LISTS = {
    "members": ("members", "jurisdictions", "slug", ["rosario"]),
    "meetings": ("meetings", "meetings", "slug", ["open-americas"]),
    "reforms": ("reforms", "reforms", "slug", ["rosario-portal"]),
    "themes": ("themes", "themes", "slug", ["open-data"]),
    "commitments": (
        "commitments",
        "commitments",
        "ogp_id",
        ["ARROS0001", "ARROS0002"],
    ),
    "action-plans": (None, "action-plans", "slug", ["rosario-2021"]),
    "sessions": (None, "sessions", "slug", ["open-data-workshop"]),
}
SEARCHES = ["datos abiertos", "open data", "DATOS ABIERTOS", "Open Data"]


@pytest.fixture
def directory():
    """Two of everything: one on open data, one on justice. No title, name or
    summary says "open", "data", "datos" or "abiertos": only the themes do."""
    open_data = ThemeFactory(
        slug="open-data", name_en="Open Data", name_es="Datos abiertos"
    )
    justice = ThemeFactory(slug="justice", name_en="Justice", name_es="Justicia")
    secret = ThemeFactory(
        slug="secret", name_en="Secret", name_es="Secreto", is_published=False
    )
    rosario = JurisdictionFactory(slug="rosario", name_en="Rosario", name_es="Rosario")
    quito = JurisdictionFactory(
        slug="quito", name_en="Quito", name_es="Quito", country="EC"
    )
    ReformFactory(
        slug="rosario-portal",
        title_en="Transparency portal",
        title_es="Portal de transparencia",
        jurisdictions=[rosario],
        themes=[open_data],
    )
    ReformFactory(
        slug="quito-courts",
        title_en="Court records",
        title_es="Expedientes judiciales",
        jurisdictions=[quito],
        themes=[justice, secret],
    )
    SessionFactory(
        slug="open-data-workshop",
        meeting=MeetingFactory(slug="open-americas"),
        themes=[open_data],
    )
    SessionFactory(
        slug="courts-panel",
        meeting=MeetingFactory(slug="europe-2022", host_city_en="Tbilisi"),
        themes=[justice],
    )
    rosario_plan = ActionPlanFactory(slug="rosario-2021", jurisdiction=rosario)
    quito_plan = ActionPlanFactory(slug="quito-2022", jurisdiction=quito)
    CommitmentFactory(
        ogp_id="ARROS0001", action_plan=rosario_plan, primary_theme=open_data
    )
    CommitmentFactory(
        ogp_id="ARROS0002",
        action_plan=rosario_plan,
        primary_theme=justice,
        themes=[open_data],
    )
    CommitmentFactory(ogp_id="ECQTO0001", action_plan=quito_plan, primary_theme=justice)
    return {"open_data": open_data, "justice": justice, "secret": secret}


def api_keys(client, resource, key, params):
    response, data = api_helpers.get_json(
        client, f"/api/v1/{resource}/", {"page_size": 100, **params}
    )
    assert response.status_code == 200, data
    return sorted(row[key] for row in data["results"])


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(
    "name", [name for name, (page, *_rest) in LISTS.items() if page]
)
def test_each_page_finds_records_by_their_themes_in_either_language(
    client, directory, name, language
):
    page, _resource, _key, expected = LISTS[name]

    found = {
        search: sorted(result_slugs(client.get(f"/{language}/{page}/", {"q": search})))
        for search in SEARCHES
    }

    assert found == dict.fromkeys(SEARCHES, expected)


@pytest.mark.parametrize("name", list(LISTS))
def test_each_api_list_finds_records_by_their_themes_in_either_language(
    client, directory, name
):
    _page, resource, key, expected = LISTS[name]
    requests = [
        {"q": search, **language}
        for search in ("datos abiertos", "open data")
        for language in ({}, {"lang": "es"}, {"lang": "en"})
    ]

    found = [api_keys(client, resource, key, params) for params in requests]

    assert found == [expected] * len(requests)


def test_the_other_theme_finds_the_other_records(client, directory):
    assert result_slugs(client.get("/es/reforms/", {"q": "justicia"})) == [
        "quito-courts"
    ]
    assert api_keys(client, "commitments", "ogp_id", {"q": "justice"}) == [
        "ARROS0002",
        "ECQTO0001",
    ]


def test_every_word_must_match_the_record_or_a_theme(client, directory):
    # "portal" is the reform's own title, "abiertos" its theme's name.
    assert api_keys(client, "reforms", "slug", {"q": "portal abiertos"}) == [
        "rosario-portal"
    ]
    assert api_keys(client, "reforms", "slug", {"q": "expedientes abiertos"}) == []


def test_a_draft_theme_finds_nothing(client, directory):
    assert api_keys(client, "reforms", "slug", {"q": "secreto"}) == []
    assert result_slugs(client.get("/en/members/", {"q": "secret"})) == []


def test_a_renamed_theme_is_found_by_its_new_name_at_once(client, directory):
    theme = directory["open_data"]
    theme.name_es = "Datos públicos"
    theme.save()

    assert result_slugs(client.get("/es/reforms/", {"q": "datos publicos"})) == [
        "rosario-portal"
    ]
    assert result_slugs(client.get("/es/reforms/", {"q": "datos abiertos"})) == []


def test_a_theme_added_to_a_record_finds_it_at_once(client, directory):
    reform = ReformFactory(slug="new-reform", title_en="Budget", title_es="Presupuesto")
    assert api_keys(client, "reforms", "slug", {"q": "justicia"}) == ["quito-courts"]

    reform.themes.add(directory["justice"])

    assert api_keys(client, "reforms", "slug", {"q": "justicia"}) == [
        "new-reform",
        "quito-courts",
    ]


@pytest.mark.parametrize("rows", [1, 12])
def test_searching_by_theme_keeps_the_query_count(
    client, django_assert_num_queries, rows
):
    theme = ThemeFactory(name_en="Open Data", name_es="Datos abiertos")
    plan = ActionPlanFactory()
    for _ in range(rows):
        CommitmentFactory(action_plan=plan, themes=[theme])
    # The same five with 1 row or 12: the theme search is a subquery of the
    # list's own queries, not a query of its own; the fifth reads the theme
    # glossary, which a cold cache does not hold yet.
    with django_assert_num_queries(5):
        response, data = api_helpers.get_json(
            client, "/api/v1/commitments/", {"q": "datos abiertos"}
        )
    assert data["count"] == rows


# Theme names as a glossary: a query naming a published theme in one language
# also matches as that theme's name in every other language.

# ECSDT0005 and JAL0012 say "open data" only in their English titles and carry no
# theme; ONT0001 carries Open Data ("Datos abiertos").
DEMO_OPEN_DATA = ["ECSDT0005", "JAL0012", "ONT0001"]


def test_on_the_demo_content_datos_abiertos_finds_what_open_data_finds(
    client, demo_content
):
    pages = {
        (language, search): sorted(
            result_slugs(client.get(f"/{language}/commitments/", {"q": search}))
        )
        for language in ("es", "en")
        for search in ("datos abiertos", "open data")
    }
    api = {
        search: api_keys(client, "commitments", "ogp_id", {"q": search, "lang": "es"})
        for search in ("datos abiertos", "open data")
    }

    assert pages == dict.fromkeys(pages, DEMO_OPEN_DATA)
    assert api == dict.fromkeys(api, DEMO_OPEN_DATA)


def test_on_the_demo_content_every_list_finds_the_same_in_either_language(
    client, demo_content
):
    expected = {
        ("jurisdictions", "slug"): ["buenos-aires", "santo-domingo-de-los-tsachilas"],
        ("themes", "slug"): ["open-data"],
        ("reforms", "slug"): [
            "buenos-aires-lgbtqia-open-data",
            "tsachilas-local-open-data",
        ],
        ("action-plans", "slug"): ["ontario-2017"],
        ("commitments", "ogp_id"): DEMO_OPEN_DATA,
    }
    searches = ("datos abiertos", "open data", "Datos Abiertos", "OPEN DATA")

    found = {
        (resource, key): [
            api_keys(client, resource, key, {"q": search}) for search in searches
        ]
        for resource, key in expected
    }

    assert found == {lst: [keys] * len(searches) for lst, keys in expected.items()}


def test_a_word_besides_the_theme_name_must_match_too(client, demo_content):
    # JAL0012 is the "Open Data Portal" among the three.
    searches = ["datos abiertos portal", "portal datos abiertos", "portal open data"]

    found = [
        result_slugs(client.get("/es/commitments/", {"q": search}))
        for search in searches
    ]

    assert found == [["JAL0012"]] * 3
    assert result_slugs(
        client.get("/es/commitments/", {"q": "datos abiertos tsachila"})
    ) == ["ECSDT0005"]
    assert api_keys(client, "commitments", "ogp_id", {"q": "datos abiertos zzz"}) == []


def test_part_of_a_theme_name_is_only_a_word(client, demo_content):
    # Only ONT0001's theme says "datos"; the English titles say "data".
    assert result_slugs(client.get("/es/commitments/", {"q": "datos"})) == ["ONT0001"]
    assert api_keys(client, "commitments", "ogp_id", {"q": "abiertos datos"}) == [
        "ONT0001"
    ]


def test_a_draft_themes_name_expands_nothing(client, directory):
    # "Secret" / "Secreto" is a draft theme: its Spanish name must not find a
    # record that says "secret" in English only.
    ReformFactory(
        slug="trade-secrets",
        title_en="Trade secret registry",
        title_es="Registro mercantil",
    )
    assert api_keys(client, "reforms", "slug", {"q": "secret"}) == ["trade-secrets"]

    assert api_keys(client, "reforms", "slug", {"q": "secreto"}) == []
    assert result_slugs(client.get("/es/reforms/", {"q": "secreto"})) == []

    directory["secret"].is_published = True
    directory["secret"].save()

    # Published, it is a glossary name, and its reform carries it too.
    assert result_slugs(client.get("/es/reforms/", {"q": "secreto"})) == [
        "quito-courts",
        "trade-secrets",
    ]


def test_a_warm_glossary_adds_no_query(client, django_assert_num_queries):
    theme = ThemeFactory(name_en="Open Data", name_es="Datos abiertos")
    CommitmentFactory(themes=[theme])
    api_helpers.get_json(client, "/api/v1/commitments/", {"q": "datos abiertos"})

    # The content version, the count (another search: not remembered yet), the
    # rows and their themes; the glossary is remembered.
    with django_assert_num_queries(4):
        response, data = api_helpers.get_json(
            client, "/api/v1/commitments/", {"q": "open data"}
        )
    assert data["count"] == 1
