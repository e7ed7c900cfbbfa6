"""Read queries for action plans, commitments and documents. Pages and the API
both read through here.

What the public may see: a plan of a published member; a commitment of such a
plan; a document of a published member whose plan, if it has one, is public. A
review document a commitment cites is shown only when it is public itself.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.shortcuts import get_object_or_404

from common.db.links import published_links
from common.db.model_fields import concrete_fields
from common.i18n.languages import ordering_with_fallback
from members.selectors import jurisdiction_list
from plans.enums import Completion
from plans.models import ActionPlan, Commitment, Document
from themes.selectors import theme_list

PUBLIC_PLAN = Q(is_published=True, jurisdiction__is_published=True)
PUBLIC_COMMITMENT = Q(
    is_published=True,
    action_plan__is_published=True,
    action_plan__jurisdiction__is_published=True,
)
PUBLIC_DOCUMENT = Q(is_published=True, jurisdiction__is_published=True) & (
    Q(action_plan__isnull=True) | Q(action_plan__is_published=True)
)

# The API's stable orders (pages may sort by what the visitor reads).
PLAN_ORDER = ("jurisdiction__name_en", "jurisdiction__slug", "-start_year", "slug")
DOCUMENT_ORDER = ("jurisdiction__name_en", "jurisdiction__slug", "-year", "slug")


def action_plan_list():
    """Public action plans: by member (English name), newest plan first."""
    return ActionPlan.objects.filter(PUBLIC_PLAN).order_by(*PLAN_ORDER)


def commitment_list():
    """Public commitments, by OGP id."""
    return Commitment.objects.filter(PUBLIC_COMMITMENT).order_by("ogp_id")


def document_list():
    """Public documents: by member (English name), newest first."""
    return Document.objects.filter(PUBLIC_DOCUMENT).order_by(*DOCUMENT_ORDER)


def _public_review(relation):
    """A commitment's review document, loaded so that ``commitment.<relation>``
    is None unless the document is public: one query for every commitment of a
    list. (Without ``to_attr``: Django reloads a forward relation prefetched
    into another attribute once per row when the prefetch is nested.)"""
    return Prefetch(relation, queryset=Document.objects.filter(PUBLIC_DOCUMENT))


def _commitments_for_display():
    """Public commitments with what a page shows of each (plan, member, themes,
    review documents), in OGP id order."""
    return (
        commitment_list()
        .select_related("action_plan", "action_plan__jurisdiction", "primary_theme")
        .prefetch_related(
            Prefetch(
                "themes",
                queryset=theme_list().order_by(ordering_with_fallback("name"), "slug"),
                to_attr="public_themes",
            ),
            _public_review("design_review"),
            _public_review("completion_review"),
        )
    )


def commitment_list_with_links():
    """What the commitments directory shows: each commitment with its plan,
    member, published themes and public review documents. A constant number of
    queries, however many commitments."""
    return _commitments_for_display()


def commitment_detail(*, ogp_id, include_drafts=False):
    """One commitment with its plan, member, themes and review documents; 404
    when there is none (or it is not public and drafts are not asked for). The
    reforms that implement it come from the reforms app's selectors."""
    commitments = Commitment.objects.all()
    if not include_drafts:
        commitments = commitments.filter(PUBLIC_COMMITMENT)
    commitments = commitments.select_related(
        "action_plan", "action_plan__jurisdiction", "primary_theme"
    ).prefetch_related(
        Prefetch(
            "themes",
            queryset=theme_list().order_by(ordering_with_fallback("name"), "slug"),
            to_attr="public_themes",
        ),
        _public_review("design_review"),
        _public_review("completion_review"),
    )
    return get_object_or_404(commitments, ogp_id=ogp_id)


def action_plan_detail(*, slug, include_drafts=False):
    """One plan with its member, its public commitments (with themes and review
    documents) and its public documents; 404 as ``commitment_detail``."""
    plans = ActionPlan.objects.all()
    if not include_drafts:
        plans = plans.filter(PUBLIC_PLAN)
    plans = plans.select_related("jurisdiction").prefetch_related(
        Prefetch(
            "commitments",
            queryset=_commitments_for_display(),
            to_attr="public_commitments",
        ),
        Prefetch(
            "documents",
            queryset=document_list(),
            to_attr="public_documents",
        ),
    )
    return get_object_or_404(plans, slug=slug)


def jurisdiction_action_plans(*, jurisdiction):
    """A member's public plans, newest first, each with ``public_commitments``
    (as ``commitment_list_with_links``) and ``public_documents``: what the member
    page shows. Five queries, however many plans and commitments."""
    return (
        action_plan_list()
        .filter(jurisdiction=jurisdiction)
        .prefetch_related(
            Prefetch(
                "commitments",
                queryset=_commitments_for_display(),
                to_attr="public_commitments",
            ),
        )
    )


def jurisdiction_documents(*, jurisdiction):
    """A member's public documents, newest first, with their plan."""
    return (
        document_list().filter(jurisdiction=jurisdiction).select_related("action_plan")
    )


def completion_counts(commitments):
    """``[(Completion or None, count), …]`` for loaded commitments: every step of
    OGP's scale, lowest first, then those not yet assessed (None)."""
    counts = dict.fromkeys(Completion, 0)
    not_assessed = 0
    for commitment in commitments:
        if commitment.completion:
            counts[Completion(commitment.completion)] += 1
        else:
            not_assessed += 1
    return [*counts.items(), (None, not_assessed)]


def action_plan_list_with_published_links(*, whole=frozenset()):
    """Public plans (as ``action_plan_list``), each with its member and
    ``published_commitments`` (public, by OGP id). Linked records carry their key
    only unless ``whole`` names the relation (``"jurisdiction"``,
    ``"commitments"``)."""
    plans = action_plan_list()
    if "jurisdiction" in whole:
        plans = plans.select_related("jurisdiction")
    else:
        plans = plans.select_related("jurisdiction").only(
            *[field.name for field in concrete_fields(ActionPlan)],
            "jurisdiction__slug",
        )
    if "commitments" not in whole:
        return plans.prefetch_related(_plan_commitment_keys("commitments"))
    return plans.prefetch_related(
        Prefetch(
            "commitments",
            queryset=commitment_list_with_published_links(),
            to_attr="published_commitments",
        )
    )


def commitment_list_with_published_links(*, whole=frozenset()):
    """Public commitments (as ``commitment_list``), each with its plan (and the
    plan's member), ``primary_theme`` and ``published_themes`` (published themes
    only: None or left out otherwise) and its public review documents
    (``design_review``, ``completion_review``: None unless public). ``whole``
    names the relations the API shows as objects; an expanded plan carries its
    ``published_commitments``."""
    links = [
        Prefetch("primary_theme", queryset=theme_list()),
        published_links("themes", theme_list(), whole="themes" in whole),
        Prefetch("design_review", queryset=_review_documents()),
        Prefetch("completion_review", queryset=_review_documents()),
    ]
    if "action_plan" in whole:
        links.append(_plan_commitment_keys("action_plan__commitments"))
    return (
        commitment_list()
        .select_related("action_plan", "action_plan__jurisdiction")
        .prefetch_related(*links)
    )


def _review_documents():
    return document_list().select_related("jurisdiction", "action_plan")


def _plan_commitment_keys(relation):
    """A plan's public commitments by OGP id only, as ``published_commitments``."""
    keys = commitment_list().only("ogp_id", "action_plan_id")
    return Prefetch(relation, queryset=keys, to_attr="published_commitments")


def document_list_with_published_links(*, whole=frozenset()):
    """Public documents (as ``document_list``), each with its member and plan; an
    expanded plan (``whole`` names ``"action_plan"``) carries its
    ``published_commitments``."""
    documents = document_list().select_related("jurisdiction", "action_plan")
    if "action_plan" in whole:
        documents = documents.select_related("action_plan__jurisdiction")
        documents = documents.prefetch_related(
            _plan_commitment_keys("action_plan__commitments")
        )
    return documents


def commitment_facets():
    """The plan start years of public commitments, for the period filter."""
    years = (
        commitment_list()
        .order_by()
        .values_list("action_plan__start_year", "action_plan__end_year")
        .distinct()
    )
    covered = set()
    for start, end in years:
        if start is not None:
            covered.update(range(start, (end or start) + 1))
    return sorted(covered)


def commitment_member_options():
    """Published members that have a public commitment, by name in the active
    language: the directory's member filter."""
    with_commitments = commitment_list().filter(
        action_plan__jurisdiction=OuterRef("pk")
    )
    return (
        jurisdiction_list()
        .filter(Exists(with_commitments))
        .order_by(ordering_with_fallback("name"), "slug")
    )


def commitment_theme_options():
    """Published themes that a public commitment names (as its primary policy
    area or a further theme), by name in the active language."""
    public = commitment_list()
    return (
        theme_list()
        .filter(
            Q(pk__in=public.values("primary_theme")) | Q(pk__in=public.values("themes"))
        )
        .order_by(ordering_with_fallback("name"), "slug")
    )
