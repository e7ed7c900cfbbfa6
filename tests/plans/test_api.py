"""The partner API of action plans, commitments and documents: /api/v1/action-plans/,
/api/v1/commitments/ (by OGP id) and /api/v1/documents/."""

import pytest

from tests.api_helpers import body, csv_rows, get_json
from tests.bad_input import record_counts
from tests.common.test_bad_input_api import BAD_SLUGS, EVERY_LIST
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    DocumentFactory,
    JurisdictionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

LISTS = ["/api/v1/action-plans/", "/api/v1/commitments/", "/api/v1/documents/"]


@pytest.fixture
def contagem(db):
    """A member with one plan, two commitments (one reviewed), a review document
    and a draft commitment and a draft theme that the public must not see."""
    member = JurisdictionFactory(slug="contagem", name_en="Contagem")
    plan = ActionPlanFactory(
        slug="contagem-2022-2024",
        jurisdiction=member,
        title_en="Action plan – Contagem, Brazil, 2022 – 2024",
        title_es="",
        start_year=2022,
        start_month=None,
        end_year=2024,
        end_month=None,
        status="",
    )
    report = DocumentFactory(
        slug="contagem-inception-report",
        jurisdiction=member,
        action_plan=plan,
        title="Contagem Inception Report 2022–2024",
        url="https://www.opengovpartnership.org/documents/contagem-inception/",
    )
    open_data = ThemeFactory(slug="open-data")
    draft_theme = ThemeFactory(slug="draft-theme", is_published=False)
    CommitmentFactory(
        ogp_id="BRCTG0001",
        action_plan=plan,
        title_en="Open data portal",
        title_es="",
        primary_theme=open_data,
        themes=[draft_theme],
        verifiable=True,
        relevant=True,
        design_review=report,
    )
    CommitmentFactory(
        ogp_id="BRCTG0002", action_plan=plan, title_en="Ombudsman", title_es=""
    )
    CommitmentFactory(ogp_id="BRCTG0003", action_plan=plan, is_published=False)
    return member


def test_a_plan_lists_its_public_commitments_by_ogp_id(client, contagem):
    response, data = get_json(client, "/api/v1/action-plans/contagem-2022-2024/")

    assert response.status_code == 200
    assert data["jurisdiction"] == "contagem"
    assert data["commitments"] == ["BRCTG0001", "BRCTG0002"]
    assert data["title"] == {
        "en": "Action plan – Contagem, Brazil, 2022 – 2024",
        "es": "",
    }
    assert [data[key] for key in ("start_year", "start_month", "end_year")] == [
        2022,
        None,
        2024,
    ]
    assert data["status"] == ""


def test_a_commitment_by_its_ogp_id_in_either_case(client, contagem):
    _, upper = get_json(client, "/api/v1/commitments/BRCTG0001/")
    _, lower = get_json(client, "/api/v1/commitments/brctg0001/")

    assert upper == lower
    assert upper["url"] == "http://testserver/api/v1/commitments/BRCTG0001/"
    assert upper["action_plan"] == "contagem-2022-2024"
    assert upper["jurisdiction"] == "contagem"
    assert upper["primary_theme"] == "open-data"
    assert upper["themes"] == []  # the draft theme stays out
    assert upper["verifiable"] is True
    assert upper["design_review"] == "contagem-inception-report"
    assert upper["completion"] == ""
    assert upper["completion_review"] is None


def test_a_draft_commitment_is_not_found(client, contagem):
    response, data = get_json(client, "/api/v1/commitments/BRCTG0003/")

    assert response.status_code == 404
    assert data == {"detail": "Not found."}


def test_in_spanish_a_missing_title_falls_back_to_english_and_says_so(client, contagem):
    _, data = get_json(client, "/api/v1/commitments/BRCTG0002/?lang=es")

    assert data["title"] == "Ombudsman"
    assert data["fallback_fields"] == ["title"]


def test_expand_shows_the_related_records_whole(client, contagem):
    _, data = get_json(
        client, "/api/v1/commitments/BRCTG0001/?expand=action_plan,design_review"
    )

    assert data["action_plan"]["slug"] == "contagem-2022-2024"
    assert data["action_plan"]["commitments"] == ["BRCTG0001", "BRCTG0002"]
    assert data["design_review"]["document_url"] == (
        "https://www.opengovpartnership.org/documents/contagem-inception/"
    )
    assert data["jurisdiction"] == "contagem"


def test_a_plan_expands_its_commitments(client, contagem):
    _, data = get_json(client, "/api/v1/action-plans/?expand=commitments")

    (plan,) = data["results"]
    assert [row["ogp_id"] for row in plan["commitments"]] == ["BRCTG0001", "BRCTG0002"]
    assert plan["commitments"][0]["design_review"] == "contagem-inception-report"


def test_documents_of_a_plan(client, contagem):
    _, data = get_json(client, "/api/v1/documents/?action_plan=contagem-2022-2024")

    assert [row["slug"] for row in data["results"]] == ["contagem-inception-report"]
    assert data["results"][0]["kind"] == "inception-report"
    assert data["results"][0]["url"] == (
        "http://testserver/api/v1/documents/contagem-inception-report/"
    )


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("jurisdiction=contagem", ["BRCTG0001", "BRCTG0002"]),
        ("theme=open-data", ["BRCTG0001"]),
        ("completion=not-assessed", ["BRCTG0001", "BRCTG0002"]),
        ("completion=complete", []),
        ("year=2023", ["BRCTG0001", "BRCTG0002"]),
        ("year=2020", []),
        ("q=ombudsman", ["BRCTG0002"]),
    ],
)
def test_commitment_filters(client, contagem, query, ids):
    _, data = get_json(client, f"/api/v1/commitments/?{query}")

    assert [row["ogp_id"] for row in data["results"]] == ids


def test_commitments_csv_has_both_languages_and_ids(client, contagem):
    response = client.get("/api/v1/commitments/?format=csv")

    rows = csv_rows(response)
    assert [row["ogp_id"] for row in rows] == ["BRCTG0001", "BRCTG0002"]
    assert rows[0]["title_en"] == "Open data portal"
    assert rows[0]["action_plan"] == "contagem-2022-2024"


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize(
    ("case", "query", "parameter", "english", "spanish"),
    EVERY_LIST,
    ids=[case[0] for case in EVERY_LIST],
)
def test_a_bad_parameter_is_a_400_naming_it(
    client, contagem, endpoint, case, query, parameter, english, spanish
):
    counts = record_counts()
    for language, message in (("en", english), ("es", spanish)):
        response = client.get(f"{endpoint}?lang={language}&{query}")
        assert response.status_code == 400, body(response)[:300]
        assert response.json() == {parameter: [message]}
    assert record_counts() == counts


@pytest.mark.parametrize(
    "detail",
    ["/api/v1/action-plans/{key}/", "/api/v1/documents/{key}/"],
)
@pytest.mark.parametrize("key", BAD_SLUGS)
def test_a_key_that_names_nothing_is_a_json_404(client, contagem, detail, key):
    response = client.get(detail.format(key=key))

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize(
    "key", [*BAD_SLUGS, "BRCTG0009", "BRCTG00011", "B0001", "BRCTG000A"]
)
def test_an_ogp_id_that_names_nothing_is_a_json_404(client, contagem, key):
    response = client.get(f"/api/v1/commitments/{key}/")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


@pytest.mark.parametrize(
    ("endpoint", "expandable"),
    [
        ("/api/v1/action-plans/", "jurisdiction, commitments"),
        (
            "/api/v1/commitments/",
            "action_plan, jurisdiction, primary_theme, themes, design_review, "
            "completion_review",
        ),
        ("/api/v1/documents/", "jurisdiction, action_plan"),
    ],
)
def test_an_unknown_expansion_is_a_400(client, contagem, endpoint, expandable):
    response = client.get(f"{endpoint}?expand=password")

    assert response.status_code == 400
    assert response.json() == {
        "expand": [f"“password” cannot be expanded here. Choose from: {expandable}."]
    }


def _plans(members, plans, commitments):
    theme = ThemeFactory()
    for member in JurisdictionFactory.create_batch(members):
        for plan in ActionPlanFactory.create_batch(plans, jurisdiction=member):
            report = DocumentFactory(jurisdiction=member, action_plan=plan)
            CommitmentFactory.create_batch(
                commitments,
                action_plan=plan,
                primary_theme=theme,
                themes=[theme],
                design_review=report,
                completion_review=report,
            )


EVERY_EXPANSION = {
    "/api/v1/action-plans/": "jurisdiction,commitments",
    "/api/v1/commitments/": (
        "action_plan,jurisdiction,primary_theme,themes,design_review,completion_review"
    ),
    "/api/v1/documents/": "jurisdiction,action_plan",
}


@pytest.mark.parametrize("rows", [(1, 1, 1), (3, 3, 4)])
@pytest.mark.parametrize(
    ("endpoint", "expand", "queries"),
    [
        # Content version, count, page; the plans' commitment ids.
        ("/api/v1/action-plans/", False, 4),
        # …and whole commitments with their themes, primary themes and reviews.
        ("/api/v1/action-plans/", True, 8),
        # Content version, count, page; primary themes, themes, two reviews.
        ("/api/v1/commitments/", False, 7),
        # …and the plans' commitment ids.
        ("/api/v1/commitments/", True, 8),
        # Content version, count, page with member and plan.
        ("/api/v1/documents/", False, 3),
        # …and the plans' commitment ids.
        ("/api/v1/documents/", True, 4),
    ],
)
def test_list_queries_do_not_grow_with_rows(
    client, django_assert_num_queries, rows, endpoint, expand, queries
):
    _plans(*rows)
    query = f"?expand={EVERY_EXPANSION[endpoint]}" if expand else ""

    with django_assert_num_queries(queries):
        response = client.get(endpoint + query)

    assert response.status_code == 200


@pytest.mark.parametrize("rows", [(1, 1, 1), (3, 3, 4)])
def test_csv_queries_do_not_grow_with_rows(client, django_assert_num_queries, rows):
    _plans(*rows)

    # Content version; the rows; their primary themes, themes and two reviews.
    with django_assert_num_queries(6):
        rows_read = csv_rows(client.get("/api/v1/commitments/?format=csv"))

    assert len(rows_read) == rows[0] * rows[1] * rows[2]


def test_plans_and_commitments_give_the_language_of_their_lead_institutions(
    client, contagem
):
    ActionPlanFactory(
        slug="quito-2022-2023",
        jurisdiction=contagem,
        lead_institutions="Secretaría General de Planificación\n"
        "Secretaría General del Concejo Metropolitano",
        lead_institutions_language="es",
    )

    _, quito = get_json(client, "/api/v1/action-plans/quito-2022-2023/")
    _, contagem_plan = get_json(client, "/api/v1/action-plans/contagem-2022-2024/")
    _, commitment = get_json(client, "/api/v1/commitments/BRCTG0001/?lang=es")

    assert quito["lead_institutions"] == [
        "Secretaría General de Planificación",
        "Secretaría General del Concejo Metropolitano",
    ]
    assert quito["lead_institutions_language"] == "es"
    assert contagem_plan["lead_institutions_language"] == ""  # English
    # Names are never translated, so their language is no fallback.
    assert commitment["lead_institutions_language"] == ""
    assert commitment["fallback_fields"] == ["title"]


def test_the_csv_has_the_language_beside_the_lead_institutions(client, contagem):
    CommitmentFactory(
        ogp_id="MXROO0001",
        action_plan=ActionPlanFactory(jurisdiction=contagem),
        lead_institutions="Secretaría de Desarrollo Social",
        lead_institutions_language="es",
    )

    rows = csv_rows(client.get("/api/v1/commitments/?format=csv"))

    columns = list(rows[0])
    assert columns.index("lead_institutions_language") == (
        columns.index("lead_institutions") + 1
    )
    row = next(row for row in rows if row["ogp_id"] == "MXROO0001")
    assert row["lead_institutions"] == "Secretaría de Desarrollo Social"
    assert row["lead_institutions_language"] == "es"
