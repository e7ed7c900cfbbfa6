"""The demo accountability records hold what the reference notes read on OGP's and
members' pages, and nothing they do not."""

import datetime

import pytest

from members.models import Jurisdiction
from plans.models import ActionPlan, Commitment, Document

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_content(read_only_demo_content, db):
    """The demo content, loaded once for this module: its tests only read it."""


def _periods(member):
    return [
        (plan.start_year, plan.start_month, plan.end_year, plan.end_month)
        for plan in ActionPlan.objects.filter(jurisdiction__slug=member).order_by(
            "start_year", "slug"
        )
    ]


def test_nineteen_members_have_thirty_three_plans(demo_content):
    assert ActionPlan.objects.count() == 33
    assert ActionPlan.objects.values("jurisdiction").distinct().count() == 19
    assert Commitment.objects.count() == 34
    assert Document.objects.count() == 35


def test_plans_per_member(demo_content):
    counts = {
        member.slug: member.action_plans.count()
        for member in Jurisdiction.objects.filter(action_plans__isnull=False).distinct()
    }
    assert counts == {
        "austin": 3,
        "bogota": 1,
        "buenos-aires": 2,
        "contagem": 1,
        "cordoba-city": 1,
        "jalisco": 3,
        "la-libertad": 2,
        "mendoza": 2,
        "nuevo-leon": 1,
        "ontario": 2,
        "osasco": 1,
        "penalolen": 1,
        "quintana-roo": 2,
        "quito": 2,
        "rosario": 1,
        "santa-catarina": 1,
        "santo-domingo-de-los-tsachilas": 2,
        "sao-paulo": 3,
        "state-of-mexico": 2,
    }


def test_austin_plans_cover_2017_2019_2021_and_2024_2028(demo_content):
    assert _periods("austin") == [
        (2017, None, 2017, None),
        (2019, None, 2021, None),
        (2024, None, 2028, 11),
    ]
    third = ActionPlan.objects.get(slug="austin-2024-2028")
    assert third.submitted_on == datetime.date(2024, 12, 6)
    assert third.commitments_announced == 4
    assert third.lead_institution_list[0] == "Office of Equity and Inclusion"


def test_announced_commitment_counts_are_the_sources_numbers(demo_content):
    announced = dict(
        ActionPlan.objects.filter(commitments_announced__isnull=False).values_list(
            "slug", "commitments_announced"
        )
    )
    assert announced == {
        "austin-2017": 5,
        "austin-2019-2021": 4,
        "austin-2024-2028": 4,
        "contagem-2022-2024": 5,
        "cordoba-city-2021-2023": 3,
        "jalisco-2016-2018": 7,
        "jalisco-2019-2021": 8,
        "la-libertad-2018-2020": 6,
        "nuevo-leon-2022-2024": 4,
        "ontario-2017": 3,
        "quintana-roo-2023-2025": 4,
        "santa-catarina-2021-2022": 4,
        "santo-domingo-de-los-tsachilas-2021-2023": 3,
    }


def test_no_plan_claims_a_status_no_source_gives(demo_content):
    assert set(ActionPlan.objects.values_list("status", flat=True)) == {""}


def test_commitments_only_where_id_and_title_were_read(demo_content):
    """Quito, Contagem and La Libertad titles come without OGP ids: none is loaded."""
    for member in ("quito", "contagem", "la-libertad", "penalolen", "osasco"):
        assert not Commitment.objects.filter(
            action_plan__jurisdiction__slug=member
        ).exists()
    assert Commitment.objects.filter(ogp_id__startswith="JAL").count() == 13


def test_rosario_commitment_as_ogp_publishes_it(demo_content):
    commitment = Commitment.objects.get(ogp_id="ARCRR0003")
    assert commitment.action_plan.slug == "rosario-2021-2023"
    assert commitment.title_en == (
        "Strengthening municipal mechanisms for access to public information"
    )
    assert commitment.title_es is None or commitment.title_es == ""
    assert (
        commitment.start_year,
        commitment.start_month,
        commitment.end_year,
        commitment.end_month,
    ) == (2021, 8, 2023, 10)
    assert commitment.ogp_values == ["technology", "access-to-information"]
    assert (commitment.verifiable, commitment.relevant) == (True, True)
    assert commitment.potential_impact == ""
    assert commitment.design_review.slug == "rosario-inception-report-2021-2023"
    assert commitment.completion == ""
    assert commitment.review_notes_en == (
        "OGP's page describes its potential results as binding."
    )
    assert commitment.review_notes_es == (
        "La página de OGP describe sus resultados potenciales como vinculantes."
    )
    assert commitment.source_list == [
        "https://opengovpartnership.org/members/rosario-argentina/commitments/arcrr0003"
    ]


def test_san_pedro_commitment_sits_under_the_nuevo_leon_plan(demo_content):
    plan = ActionPlan.objects.get(slug="nuevo-leon-2022-2024")
    assert sorted(plan.commitments.values_list("ogp_id", flat=True)) == [
        "MXNLE0002",
        "MXSPG0003",
    ]


def test_only_mendoza_has_a_completion_and_it_cites_the_report(demo_content):
    completed = Commitment.objects.exclude(completion="")
    assert [(c.ogp_id, c.completion) for c in completed] == [("ARCMD0001", "complete")]
    assert completed[0].completion_review.slug == "mendoza-eocr-transparency-plan"
    assert completed[0].completion_review.kind == "end-of-commitment-report"


def test_unreviewed_commitments_carry_no_review_fields(demo_content):
    for ogp_id in ("ARBA0008", "COBOG0004", "ECSDT0005", "ARCCR0004", "JAL0008"):
        commitment = Commitment.objects.get(ogp_id=ogp_id)
        assert not commitment.is_reviewed
        assert commitment.design_review is None
        assert commitment.review_notes_en == ""


def test_no_potential_impact_is_made_up(demo_content):
    """The sources say "binding", not the IRM's unclear/modest/substantial scale."""
    assert not Commitment.objects.exclude(potential_impact="").exists()


def test_jalisco_rows_cite_the_member_page_and_keep_their_policy_area(demo_content):
    commitment = Commitment.objects.get(ogp_id="JAL0010")
    assert commitment.title_en == "New Model for Judge Selection"
    assert commitment.ogp_url == ""
    assert (
        commitment.sources
        == "https://www.opengovpartnership.org/members/jalisco-mexico/"
    )
    assert commitment.primary_theme.slug == "justice"
    assert commitment.action_plan.slug == "jalisco-2019-2021"


def test_documents_by_type(demo_content):
    kinds = {
        kind: Document.objects.filter(kind=kind).count()
        for kind in Document.objects.values_list("kind", flat=True).distinct()
    }
    assert kinds == {
        "action-plan": 7,
        "inception-report": 11,
        "end-of-commitment-report": 6,
        "other": 11,
    }


def test_a_document_only_named_elsewhere_has_no_address(demo_content):
    named = Document.objects.get(slug="mendoza-inception-report-2021-2023")
    assert named.url == ""
    assert named.source_list == [
        "https://www.opengovpartnership.org/members/mendoza-argentina/commitments/ARCMD0001"
    ]
    letter = Document.objects.get(slug="quito-letter-of-support")
    assert (letter.kind, letter.year, letter.action_plan) == ("other", 2021, None)


def test_spanish_titled_documents_say_their_language(demo_content):
    assert sorted(
        Document.objects.filter(language="es").values_list("slug", flat=True)
    ) == [
        "la-libertad-irm-final-report-2017",
        "la-libertad-irm-preliminary-report-2017",
        "quito-second-action-plan-2022-2023",
        "rosario-inception-report-2021-2023",
    ]


def test_english_titles_have_no_invented_spanish(demo_content):
    assert (
        not Commitment.objects.exclude(title_es__isnull=True)
        .exclude(title_es="")
        .exists()
    )
    quito = ActionPlan.objects.get(slug="quito-2022-2023")
    assert quito.title_es == "Plan de acción – Quito, Ecuador, 2022 – 2023"
    assert ActionPlan.objects.get(slug="rosario-2021-2023").title_es in ("", None)


def test_review_notes_are_in_both_languages(demo_content):
    for commitment in Commitment.objects.exclude(review_notes_en=""):
        assert commitment.review_notes_es, commitment.ogp_id
    assert Commitment.objects.exclude(review_notes_en="").count() == 17


def test_every_record_names_its_source(demo_content):
    for model in (ActionPlan, Document, Commitment):
        for record in model.objects.all():
            assert record.source_list, record
            assert all(
                url.startswith(("https://", "http://")) for url in record.source_list
            )


def test_pioneers_without_a_known_standing_are_not_called_active(demo_content):
    for slug, country, kind in (
        ("la-libertad", "PE", "region"),
        ("ontario", "CA", "province"),
    ):
        member = Jurisdiction.objects.get(slug=slug)
        assert (
            member.country.code,
            member.kind,
            member.member_since,
            member.status,
        ) == (
            country,
            kind,
            2016,
            "not-stated",
        )


def test_lead_institutions_named_in_spanish_say_so(demo_content):
    spanish_plans = ActionPlan.objects.filter(lead_institutions_language="es")
    spanish_commitments = Commitment.objects.filter(lead_institutions_language="es")

    assert sorted(spanish_plans.values_list("slug", flat=True)) == [
        "jalisco-2023-2024",
        "mendoza-2021-2023",
        "quintana-roo-2021-2022",
        "quintana-roo-2023-2025",
        "quito-2022-2023",
        "santo-domingo-de-los-tsachilas-2021-2023",
        "santo-domingo-de-los-tsachilas-2024-2025",
        "tlalnepantla-de-baz-2021-2023",
    ]
    assert sorted(spanish_commitments.values_list("ogp_id", flat=True)) == [
        "ARCMD0001",
        "ECSDT0005",
        "MXJL0002",
        "MXROO0001",
        "MXROO0002",
    ]
    # Every other record with names holds them as English renderings ("Technical
    # Secretariat for Open Government of Jalisco") or acronyms alone ("INFOEM").
    assert set(
        ActionPlan.objects.exclude(lead_institutions="")
        .exclude(pk__in=spanish_plans)
        .values_list("lead_institutions_language", flat=True)
    ) == {""}
    assert Commitment.objects.get(ogp_id="MXMEX0009").lead_institutions_language == ""
    assert (
        ActionPlan.objects.get(slug="jalisco-2016-2018").lead_institutions_language
        == ""
    )
