"""Read queries for the Local Circles pages.

What is public is decided by the members and reforms selectors; this module only
narrows them to one circle. Join requests are read in the admin, and here only by the
holder of a confirmation link, who sees the circles of that one pending request.
"""

from django.db.models import CharField, Count, ExpressionWrapper, Prefetch, Q

from circles.models import JoinRequest
from common.i18n.languages import ordering_with_fallback
from members.selectors import jurisdiction_list
from reforms.selectors import reform_list
from themes.selectors import theme_list


def circle_list():
    """Published Local Circles in the active language's alphabetical order, each with
    ``reform_count`` and ``member_count`` (published reforms on the theme and the
    published members carrying them out)."""
    published_reform = Q(reforms__is_published=True)
    return (
        theme_list()
        .filter(is_local_circle=True)
        .annotate(
            reform_count=Count("reforms", filter=published_reform, distinct=True),
            member_count=Count(
                "reforms__jurisdictions",
                filter=published_reform & Q(reforms__jurisdictions__is_published=True),
                distinct=True,
            ),
        )
        # With the counts' GROUP BY, the fallback expression needs its type spelled out.
        .order_by(
            ExpressionWrapper(ordering_with_fallback("name"), output_field=CharField()),
            "slug",
        )
    )


def circle_choices():
    """The circles a visitor may ask to join, for the join form."""
    return (
        theme_list()
        .filter(is_local_circle=True)
        .order_by(ordering_with_fallback("name"), "slug")
    )


def circle_get(*, slug):
    """One published Local Circle; raises ``Theme.DoesNotExist`` otherwise."""
    return theme_list().filter(is_local_circle=True).get(slug=slug)


def circle_reform_list(*, circle):
    """Published reforms on the circle's theme, with their published members."""
    return (
        reform_list()
        .filter(themes=circle)
        .prefetch_related(
            Prefetch(
                "jurisdictions",
                queryset=jurisdiction_list().order_by(
                    ordering_with_fallback("name"), "slug"
                ),
            )
        )
        .order_by(ordering_with_fallback("title"), "slug")
    )


def circle_member_list(*, circle):
    """Published members with at least one published reform on the circle's theme."""
    return (
        jurisdiction_list()
        .filter(pk__in=reform_list().filter(themes=circle).values("jurisdictions"))
        .order_by(ordering_with_fallback("name"), "slug")
    )


def member_choices():
    """Every published member, for the join form's "member" field."""
    return jurisdiction_list().order_by(ordering_with_fallback("name"), "slug")


def pending_join_request_circles(*, join_request_id, nonce):
    """The circles of the pending request a confirmation link names, in the active
    language's order; ``None`` when the link was used (or its request deleted)."""
    pending = JoinRequest.objects.filter(
        pk=join_request_id, confirmed_at__isnull=True, confirmation_nonce=nonce
    ).first()
    if pending is None:
        return None
    return list(
        theme_list()
        .filter(pk__in=pending.circle_links.values("theme_id"))
        .order_by(ordering_with_fallback("name"), "slug")
    )
