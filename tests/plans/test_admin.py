"""Staff curate action plans, commitments and documents in the admin, and move
plans and commitments in and out as OGP-style spreadsheets (CSV or XLSX)."""

import pytest

from plans.models import ActionPlan, Commitment
from tests.adminforms import change_form_data
from tests.common.test_admin_spreadsheets import (
    CSV,
    _csv,
    _export,
    _import,
    _row_errors,
    _row_types,
    _upload,
)
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    DocumentFactory,
    JurisdictionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

PLAN_HEADER = (
    "slug,jurisdiction,title_en,title_es,start_year,start_month,end_year,end_month,"
    "submitted_on,lead_institutions,lead_institutions_language,status,"
    "commitments_announced,ogp_url,sources,is_published"
)
COMMITMENT_HEADER = (
    "ogp_id,action_plan,title_en,title_es,description_en,description_es,"
    "primary_theme,themes,start_year,start_month,end_year,end_month,"
    "lead_institutions,lead_institutions_language,ogp_values,verifiable,relevant,"
    "potential_impact,"
    "design_review,completion,completion_review,review_notes_en,review_notes_es,"
    "ogp_url,sources,is_published"
)
PLAN_ROW = (
    'rosario-2021-2023,rosario,"Action plan – Rosario, Argentina, 2021 – 2023",,'
    "2021,,2023,10,2021-08-02,,,,,"
    "https://www.opengovpartnership.org/documents/action-plan-rosario-argentina-2021-2023/,"
    "https://www.opengovpartnership.org/documents/action-plan-rosario-argentina-2021-2023/,1"
)


@pytest.fixture
def rosario(db):
    member = JurisdictionFactory(slug="rosario")
    ThemeFactory(slug="open-data")
    return member


def test_a_plan_imports_with_its_month_precision_period(staff_client, rosario):
    client = staff_client("Editors")

    _import(client, "/admin/plans/actionplan/", _csv(PLAN_ROW, header=PLAN_HEADER))

    plan = ActionPlan.objects.get(slug="rosario-2021-2023")
    assert plan.jurisdiction == rosario
    assert (plan.start_year, plan.start_month, plan.end_year, plan.end_month) == (
        2021,
        None,
        2023,
        10,
    )
    assert str(plan.submitted_on) == "2021-08-02"
    assert plan.status == ""


def _commitment_row(ogp_id="arcrr0003", **cells):
    values = {
        "ogp_id": ogp_id,
        "action_plan": "plan",
        "title_en": "Open data",
        "primary_theme": "open-data",
        "themes": "open-data",
        "ogp_values": "access-to-information,technology",
        "verifiable": "1",
        "relevant": "",
        "design_review": "report",
        "is_published": "1",
        **cells,
    }
    return ",".join(
        f'"{values.get(column, "")}"' for column in COMMITMENT_HEADER.split(",")
    )


@pytest.fixture
def plan(rosario):
    plan = ActionPlanFactory(slug="plan", jurisdiction=rosario)
    DocumentFactory(slug="report", jurisdiction=rosario, action_plan=plan)
    return plan


def test_commitments_import_by_ogp_id_and_reimport_changes_nothing(staff_client, plan):
    client = staff_client("Editors")
    content = _csv(_commitment_row(), header=COMMITMENT_HEADER)

    first = _import(client, "/admin/plans/commitment/", content)
    again = _import(client, "/admin/plans/commitment/", content)

    commitment = Commitment.objects.get()
    assert commitment.ogp_id == "ARCRR0003"  # read in capitals, as OGP writes it
    assert commitment.ogp_values == ["access-to-information", "technology"]
    assert commitment.verifiable is True
    assert commitment.relevant is None  # empty: not stated
    assert commitment.design_review.slug == "report"
    assert [t.slug for t in commitment.themes.all()] == ["open-data"]
    assert _row_types(first) == ["new"]
    assert _row_types(again) == ["skip"]


@pytest.mark.parametrize(
    ("cells", "errors"),
    [
        (
            {"action_plan": "atlantis"},
            {"action_plan": ["No action plan has the slug “atlantis”."]},
        ),
        (
            {"verifiable": "maybe"},
            {"verifiable": ["Enter 1, 0 or leave it empty (not stated)."]},
        ),
        (
            {"design_review": "nowhere"},
            {"design_review": ["No document has the slug “nowhere”."]},
        ),
        ({"themes": "open-data,atlantis"}, {"themes": ["Unknown slugs: atlantis."]}),
        (
            {"completion": "half-done"},
            {
                "completion": [
                    "“half-done” is not one of the allowed values: No evidence "
                    "available (no-evidence); Not started (not-started); Limited "
                    "(limited); Substantial (substantial); Complete (complete)."
                ]
            },
        ),
        (
            {"lead_institutions_language": "Spanish"},
            {
                "lead_institutions_language": [
                    "“Spanish” is not a language tag (BCP 47) such as “es” or “es-MX”."
                ]
            },
        ),
    ],
)
def test_a_bad_row_rejects_the_file_naming_row_and_column(
    staff_client, plan, cells, errors
):
    client = staff_client("Editors")
    good = _commitment_row("ARCRR0001")
    bad = _commitment_row("ARCRR0002", **cells)

    response = _upload(
        client, "/admin/plans/commitment/", _csv(good, bad, header=COMMITMENT_HEADER)
    )

    assert _row_errors(response) == [(2, errors)]
    assert Commitment.objects.count() == 0


def test_a_bad_ogp_id_is_named(staff_client, plan):
    client = staff_client("Editors")

    response = _upload(
        client,
        "/admin/plans/commitment/",
        _csv(_commitment_row("CL-PLN-1"), header=COMMITMENT_HEADER),
    )

    assert [row for row, _errors in _row_errors(response)] == [1]
    assert list(_row_errors(response)[0][1]) == ["ogp_id"]
    assert Commitment.objects.count() == 0


def test_commitments_export_in_the_api_order_of_fields(staff_client, plan):
    client = staff_client("Editors")
    _import(
        client,
        "/admin/plans/commitment/",
        _csv(_commitment_row(), header=COMMITMENT_HEADER),
    )

    exported = _export(client, "/admin/plans/commitment/", CSV).decode()

    header, row = exported.replace("\r\n", "\n").strip().split("\n")[:2]
    assert header == (
        "OGP commitment id,Action plan,Title (English),Title (Spanish),"
        "Short description (English),Short description (Spanish),"
        "Primary policy area,Further themes,Start year,Start month,End year,"
        "End month,Lead institutions,Language of the lead institutions,OGP values,"
        "Verifiable,Relevant to OGP values,"
        "Potential results,Design review document,Completion,"
        "Completion review document,Review notes (English),Review notes (Spanish),"
        "OGP commitment page,Sources,Published"
    )
    assert row.startswith("ARCRR0003,plan,Open data,")


@pytest.mark.parametrize(
    "path",
    [
        "/admin/plans/actionplan/",
        "/admin/plans/commitment/",
        "/admin/plans/document/",
        "/admin/plans/commitment/add/",
    ],
)
def test_admin_pages_open_for_editors(staff_client, plan, path):
    assert staff_client("Editors").get(path).status_code == 200


def test_viewers_cannot_import(staff_client, plan):
    response = staff_client("Viewers").get("/admin/plans/commitment/import/")

    assert response.status_code == 403


def test_the_language_of_lead_institutions_imports_in_its_canonical_case(
    staff_client, plan
):
    client = staff_client("Editors")
    content = _csv(
        _commitment_row(
            lead_institutions="Secretaría de Desarrollo Social",
            lead_institutions_language="ES-mx",
        ),
        header=COMMITMENT_HEADER,
    )

    first = _import(client, "/admin/plans/commitment/", content)
    again = _import(client, "/admin/plans/commitment/", content)

    commitment = Commitment.objects.get()
    assert commitment.lead_institutions == "Secretaría de Desarrollo Social"
    assert commitment.lead_institutions_language == "es-MX"
    assert _row_types(first) == ["new"]
    assert _row_types(again) == ["skip"]


def test_a_plans_file_without_the_language_column_leaves_the_language_alone(
    staff_client, rosario
):
    ActionPlanFactory(
        slug="rosario-2021-2023", jurisdiction=rosario, lead_institutions_language="es"
    )
    old_header = PLAN_HEADER.replace("lead_institutions_language,", "")
    old_row = PLAN_ROW.replace("2021-08-02,,,,,", "2021-08-02,,,,")

    _import(
        staff_client("Editors"),
        "/admin/plans/actionplan/",
        _csv(old_row, header=old_header),
    )

    assert ActionPlan.objects.get().lead_institutions_language == "es"


def test_a_plan_exports_the_language_of_its_lead_institutions(staff_client, rosario):
    ActionPlanFactory(
        slug="quito-2022-2023",
        jurisdiction=rosario,
        lead_institutions="Secretaría General de Planificación",
        lead_institutions_language="es",
    )

    exported = _export(staff_client("Editors"), "/admin/plans/actionplan/", CSV)

    header, row = exported.decode().replace("\r\n", "\n").strip().split("\n")[:2]
    cells = dict(zip(header.split(","), row.split(","), strict=True))
    assert cells["Lead institutions"] == "Secretaría General de Planificación"
    assert cells["Language of the lead institutions"] == "es"


def test_the_plan_form_sets_the_language_next_to_the_institutions(staff_client, plan):
    client = staff_client("Editors")
    path = f"/admin/plans/actionplan/{plan.pk}/change/"
    page = client.get(path)
    assert (
        "Lead institutions",
        ["lead_institutions", "lead_institutions_language"],
    ) in [
        (name, list(options["fields"]))
        for name, options in page.context["adminform"].fieldsets
    ]
    data = change_form_data(page)

    response = client.post(
        path,
        {
            **data,
            "lead_institutions": "Consejería Jurídica",
            "lead_institutions_language": "es",
        },
    )

    assert response.status_code == 302
    plan.refresh_from_db()
    assert (plan.lead_institutions, plan.lead_institutions_language) == (
        "Consejería Jurídica",
        "es",
    )


def test_a_bad_language_in_the_commitment_form_is_a_form_error(staff_client, plan):
    commitment = CommitmentFactory(action_plan=plan, lead_institutions="INFOEM")
    client = staff_client("Editors")
    path = f"/admin/plans/commitment/{commitment.pk}/change/"
    data = change_form_data(client.get(path))

    response = client.post(path, {**data, "lead_institutions_language": "xx"})

    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "lead_institutions_language": [
            "“xx” is not a language tag (BCP 47) such as “es” or “es-MX”."
        ]
    }
    commitment.refresh_from_db()
    assert commitment.lead_institutions_language == ""
