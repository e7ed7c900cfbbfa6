"""A small accountability record to read the plan pages with (also used by the
browser tests: ``make_record``)."""

import datetime

from plans.enums import Completion, DocumentKind, PlanStatus, PotentialImpact
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    DocumentFactory,
    JurisdictionFactory,
    ReformFactory,
    ThemeFactory,
)


def make_record():
    """Peñalolén with one plan (two public commitments, a draft one, two
    documents) and a draft plan; Madrid with a completed plan known by years."""
    open_data = ThemeFactory(
        slug="open-data", name_en="Open data", name_es="Datos abiertos"
    )
    justice = ThemeFactory(slug="justice", name_en="Justice", name_es="Justicia")
    penalolen = JurisdictionFactory(
        slug="penalolen", name_en="Peñalolén", name_es="Peñalolén", country="CL"
    )
    plan = ActionPlanFactory(
        slug="penalolen-2021-2023",
        jurisdiction=penalolen,
        title_en="Peñalolén action plan 2021–2023",
        title_es="Plan de acción de Peñalolén 2021–2023",
        start_year=2021,
        start_month=8,
        end_year=2023,
        end_month=10,
        submitted_on=datetime.date(2021, 8, 31),
        lead_institutions="Municipality of Peñalolén\nTransparency Office",
        status=PlanStatus.IN_IMPLEMENTATION,
        commitments_announced=5,
        ogp_url="https://www.opengovpartnership.org/documents/penalolen-plan/",
        sources="https://www.opengovpartnership.org/members/penalolen-chile/",
    )
    inception = DocumentFactory(
        slug="penalolen-inception",
        jurisdiction=penalolen,
        action_plan=plan,
        kind=DocumentKind.INCEPTION_REPORT,
        year=2022,
        title="Informe de inicio de Peñalolén",
        url="https://www.opengovpartnership.org/documents/penalolen-inception/",
        language="es",
    )
    final = DocumentFactory(
        slug="penalolen-end",
        jurisdiction=penalolen,
        action_plan=plan,
        kind=DocumentKind.END_OF_COMMITMENT_REPORT,
        year=2024,
        title="Peñalolén End of Commitment Report",
        url="https://www.opengovpartnership.org/documents/penalolen-end/",
        language="en",
    )
    reviewed = CommitmentFactory(
        ogp_id="CLPLN0001",
        action_plan=plan,
        title_en="Open budget data",
        title_es="Datos presupuestarios abiertos",
        lead_institutions="Finance Department",
        primary_theme=open_data,
        themes=[justice],
        ogp_values=["access-to-information", "civic-participation"],
        verifiable=True,
        relevant=True,
        potential_impact=PotentialImpact.MODEST,
        design_review=inception,
        completion=Completion.SUBSTANTIAL,
        completion_review=final,
        review_notes_en="The budget portal went live in 2023.",
        review_notes_es="El portal de presupuesto se abrió en 2023.",
        ogp_url="https://www.opengovpartnership.org/members/penalolen/commitments/CLPLN0001/",
        sources="https://www.opengovpartnership.org/documents/penalolen-end/",
    )
    CommitmentFactory(
        ogp_id="CLPLN0002",
        action_plan=plan,
        title_en="Participatory neighbourhood councils",
        title_es="Consejos vecinales participativos",
    )
    CommitmentFactory(ogp_id="CLPLN0003", action_plan=plan, is_published=False)
    draft_plan = ActionPlanFactory(
        slug="penalolen-draft", jurisdiction=penalolen, is_published=False
    )
    CommitmentFactory(ogp_id="CLPLN0009", action_plan=draft_plan)
    DocumentFactory(
        slug="penalolen-draft-doc", jurisdiction=penalolen, action_plan=draft_plan
    )
    ReformFactory(
        slug="budget-portal",
        title_en="Budget portal",
        title_es="Portal de presupuesto",
        jurisdictions=[penalolen],
        commitment=reviewed,
    )

    madrid = JurisdictionFactory(
        slug="madrid", name_en="Madrid", name_es="Madrid", country="ES", region="europe"
    )
    madrid_plan = ActionPlanFactory(
        slug="madrid-2018-2020",
        jurisdiction=madrid,
        title_en="Madrid action plan 2018–2020",
        title_es="Plan de acción de Madrid 2018–2020",
        start_year=2018,
        start_month=None,
        end_year=2020,
        end_month=None,
        status=PlanStatus.COMPLETED,
    )
    CommitmentFactory(
        ogp_id="ESMAD0001",
        action_plan=madrid_plan,
        title_en="Public hearings on the city budget",
        title_es="Audiencias públicas sobre el presupuesto",
        primary_theme=open_data,
        completion=Completion.COMPLETE,
        start_year=2018,
        start_month=None,
        end_year=2020,
        end_month=None,
    )
    return {"penalolen": penalolen, "plan": plan, "reviewed": reviewed}
