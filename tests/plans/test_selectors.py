"""What the public may see of plans, commitments and documents."""

import pytest

from plans import selectors
from plans.enums import Completion
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    DocumentFactory,
    JurisdictionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_a_commitment_is_public_only_with_its_plan_and_member():
    shown = CommitmentFactory(ogp_id="SHOW0001")
    CommitmentFactory(ogp_id="DRAF0001", is_published=False)
    CommitmentFactory(ogp_id="PLAN0001", action_plan__is_published=False)
    CommitmentFactory(ogp_id="MEMB0001", action_plan__jurisdiction__is_published=False)

    assert list(selectors.commitment_list()) == [shown]


def test_a_document_of_a_draft_plan_is_not_public():
    member = JurisdictionFactory()
    shown = DocumentFactory(jurisdiction=member, slug="member-letter")
    DocumentFactory(
        jurisdiction=member,
        action_plan=ActionPlanFactory(jurisdiction=member, is_published=False),
    )

    assert list(selectors.document_list()) == [shown]


def test_completion_counts_follow_ogps_scale_then_not_assessed():
    plan = ActionPlanFactory()
    CommitmentFactory(action_plan=plan, completion=Completion.COMPLETE)
    CommitmentFactory(action_plan=plan, completion=Completion.COMPLETE)
    CommitmentFactory(action_plan=plan, completion=Completion.LIMITED)
    CommitmentFactory(action_plan=plan)

    counts = selectors.completion_counts(selectors.commitment_list())

    assert counts == [
        (Completion.NO_EVIDENCE, 0),
        (Completion.NOT_STARTED, 0),
        (Completion.LIMITED, 1),
        (Completion.SUBSTANTIAL, 0),
        (Completion.COMPLETE, 2),
        (None, 1),
    ]


@pytest.mark.parametrize("plans", [1, 4])
def test_a_member_page_reads_its_plans_in_constant_queries(
    plans, django_assert_num_queries
):
    member = JurisdictionFactory()
    for _ in range(plans):
        plan = ActionPlanFactory(jurisdiction=member)
        inception = DocumentFactory(jurisdiction=member, action_plan=plan)
        for _ in range(3):
            CommitmentFactory(
                action_plan=plan,
                design_review=inception,
                completion_review=DocumentFactory(jurisdiction=member),
                themes=[ThemeFactory()],
            )

    # Plans; their commitments; the commitments' themes; two review documents.
    with django_assert_num_queries(5):
        loaded = list(selectors.jurisdiction_action_plans(jurisdiction=member))
        assert [len(plan.public_commitments) for plan in loaded] == [3] * plans


def test_a_review_document_that_is_not_public_is_not_shown():
    plan = ActionPlanFactory()
    public = DocumentFactory(jurisdiction=plan.jurisdiction)
    draft = DocumentFactory(jurisdiction=plan.jurisdiction, is_published=False)
    CommitmentFactory(action_plan=plan, design_review=public, completion_review=draft)

    (commitment,) = selectors.commitment_list_with_links()

    assert commitment.design_review == public
    assert commitment.completion_review is None
