import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from common.caching.stamp import content_stamp
from demo.scale import scale_data_generate, scale_data_remove
from events.models import Meeting, Session
from members.models import Jurisdiction
from plans.enums import Completion, DocumentKind, PlanStatus
from plans.models import OGP_COMMITMENT_ID_PATTERN, ActionPlan, Commitment, Document
from reforms.models import Reform
from themes.models import Theme

pytestmark = pytest.mark.django_db

SMALL = {"members": 12, "reforms": 30, "meetings": 3, "sessions": 9}


def _names():
    return list(
        Jurisdiction.objects.order_by("slug").values_list(
            "slug", "name_en", "name_es", "country"
        )
    )


def test_same_seed_gives_the_same_data():
    scale_data_generate(**SMALL, seed=7)
    first = _names()
    scale_data_generate(**SMALL, seed=7)
    assert _names() == first
    assert Jurisdiction.objects.count() == 12


def test_other_seed_gives_other_data():
    scale_data_generate(**SMALL, seed=7)
    first = _names()
    scale_data_generate(**SMALL, seed=8)
    assert _names() != first


def test_sizes_are_honoured_and_both_languages_filled():
    counts = scale_data_generate(**SMALL)
    assert counts == {
        "themes": 24,
        "members": 12,
        "reforms": 30,
        "meetings": 3,
        "sessions": 9,
        "action_plans": 36,
        "documents": 36,
        "commitments": 288,
    }
    assert [
        Jurisdiction.objects.count(),
        Reform.objects.count(),
        Meeting.objects.count(),
        Session.objects.count(),
        ActionPlan.objects.count(),
        Document.objects.count(),
        Commitment.objects.count(),
    ] == [
        12,
        30,
        3,
        9,
        36,
        36,
        288,
    ]
    assert not Reform.objects.filter(title_es="").exists()
    assert Reform.objects.exclude(search_text="").count() == 30


def test_real_content_is_never_touched(demo_content):
    real = {
        model: model.objects.count()
        for model in (
            Jurisdiction,
            Reform,
            Meeting,
            Session,
            Theme,
            ActionPlan,
            Commitment,
            Document,
        )
    }
    scale_data_generate(**SMALL)
    call_command("generate_scale_data", "--remove")
    assert {model: model.objects.count() for model in real} == real


def test_command_reports_counts(capsys):
    call_command(
        "generate_scale_data",
        "--members=4",
        "--reforms=5",
        "--meetings=1",
        "--sessions=2",
        "--no-progress",
    )
    assert capsys.readouterr().out.strip() == (
        "Scale data: 24 themes, 4 members, 5 reforms, 1 meetings, 2 sessions, "
        "12 action plans, 12 documents, 96 commitments."
    )


@pytest.mark.parametrize(
    "arguments",
    [
        ["--members=-1"],
        ["--meetings=0", "--sessions=5"],
        ["--members=0", "--reforms=3"],
    ],
)
def test_command_refuses_impossible_sizes(arguments):
    with pytest.raises(CommandError):
        call_command("generate_scale_data", *arguments, "--no-progress")
    assert Jurisdiction.objects.count() == 0


def test_generating_and_removing_make_cached_answers_stale():
    before = content_stamp().version
    scale_data_generate(**SMALL)
    generated = content_stamp().version
    scale_data_remove()
    assert before < generated < content_stamp().version


def _plans():
    return list(
        Commitment.objects.order_by("ogp_id").values_list(
            "ogp_id",
            "action_plan__slug",
            "title_en",
            "start_year",
            "start_month",
            "completion",
        )
    )


def test_generating_again_replaces_the_plans_with_the_same_ones():
    scale_data_generate(**SMALL, seed=7)
    first = _plans()
    scale_data_generate(**SMALL, seed=7)
    assert _plans() == first
    assert [
        ActionPlan.objects.count(),
        Document.objects.count(),
        Commitment.objects.count(),
    ] == [36, 36, 288]
    scale_data_remove()
    assert not ActionPlan.objects.exists()
    assert not Document.objects.exists()
    assert not Commitment.objects.exists()


def test_each_member_has_three_plans_of_eight_commitments_and_a_document_each():
    scale_data_generate(**SMALL)
    for member in Jurisdiction.objects.all():
        plans = list(member.action_plans.order_by("start_year"))
        assert len(plans) == 3
        assert [plan.status for plan in plans] == [
            PlanStatus.COMPLETED,
            PlanStatus.COMPLETED,
            PlanStatus.IN_IMPLEMENTATION,
        ]
        for plan in plans:
            assert plan.commitments.count() == 8
            assert [
                (document.kind, document.jurisdiction_id)
                for document in plan.documents.all()
            ] == [(DocumentKind.ACTION_PLAN, member.pk)]


def test_ogp_ids_and_periods_are_valid():
    scale_data_generate(**SMALL)
    ogp_ids = list(Commitment.objects.values_list("ogp_id", flat=True))
    assert len(set(ogp_ids)) == 288
    assert all(OGP_COMMITMENT_ID_PATTERN.fullmatch(ogp_id) for ogp_id in ogp_ids)
    # Everything passes the models' own validation, to the month.
    for model in (ActionPlan, Document, Commitment):
        for instance in model.objects.all():
            instance.full_clean()
    assert not ActionPlan.objects.filter(start_month=None).exists()
    assert not ActionPlan.objects.filter(end_month=None).exists()
    assert not Commitment.objects.filter(start_month=None).exists()
    assert not Commitment.objects.filter(end_month=None).exists()
    assert Commitment.objects.exclude(search_text="").count() == 288


def test_completion_is_mixed_and_the_current_plans_are_unassessed():
    scale_data_generate(**SMALL)
    counts = {
        value: Commitment.objects.filter(completion=value).count()
        for value in ["", *Completion.values]
    }
    assert counts == {
        "": 120,
        Completion.NO_EVIDENCE: 24,
        Completion.NOT_STARTED: 24,
        Completion.LIMITED: 24,
        Completion.SUBSTANTIAL: 48,
        Completion.COMPLETE: 48,
    }
    current = Commitment.objects.filter(
        action_plan__status=PlanStatus.IN_IMPLEMENTATION
    )
    assert current.count() == 96
    assert not current.exclude(completion="").exists()
    assert not current.exclude(potential_impact="").exists()


def test_a_scale_member_page_lists_its_plans(client):
    scale_data_generate(**SMALL)
    member = Jurisdiction.objects.get(slug="scale-member-1")
    response = client.get(f"/en/members/{member.slug}/")
    assert response.status_code == 200
    for plan in member.action_plans.all():
        assert plan.title_en in response.content.decode()


def test_plans_are_written_in_bulk():
    with CaptureQueriesContext(connection) as queries:
        scale_data_generate(**SMALL)
    tables = {
        "plans_actionplan": 36,
        "plans_document": 36,
        "plans_commitment": 288,
    }
    for table, rows in tables.items():
        statements = [
            query["sql"]
            for query in queries.captured_queries
            if f'"{table}"' in query["sql"].split(" WHERE ")[0]
            and not query["sql"].startswith("DELETE")
            and not query["sql"].startswith("SELECT")
        ]
        # Multi-row inserts only (SQLite caps the parameters of one statement):
        # a few statements, not one per row.
        assert statements
        assert all(sql.startswith(f'INSERT INTO "{table}"') for sql in statements)
        assert len(statements) <= rows / 30
