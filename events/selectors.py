"""Read queries for meetings and sessions. Pages and the API both read through here."""

from django.db.models import F

from common.selectors import attach_linked
from events.models import Meeting, Session
from members.selectors import jurisdiction_list
from reforms.selectors import reform_links_load, reform_list, theme_list


def meeting_list():
    """Published meetings, most recent first."""
    return Meeting.objects.published().order_by("-start_date", "slug")


def session_list():
    """Published sessions of published meetings, in programme order (sessions without
    a time yet after the scheduled ones, on every database)."""
    return (
        Session.objects.published()
        .filter(meeting__is_published=True)
        .select_related("meeting")
        .order_by(
            "meeting__start_date",
            "meeting__slug",
            F("starts_at").asc(nulls_last=True),
            "position",
            "slug",
        )
    )


def session_links_load(sessions, *, full=frozenset()):
    """Give each of ``sessions`` ``published_themes``, ``published_jurisdictions``
    and ``published_reforms`` (showcased, in programme order): slugs, or whole
    records for the relations named in ``full``. Whole reforms bring their own
    members' and themes' slugs. Three queries (five with whole reforms)."""
    attach_linked(
        sessions,
        attr="published_themes",
        linked=theme_list(),
        through="sessiontheme__session_id",
        full="themes" in full,
    )
    attach_linked(
        sessions,
        attr="published_jurisdictions",
        linked=jurisdiction_list(),
        through="sessionjurisdiction__session_id",
        full="jurisdictions" in full,
    )
    attach_linked(
        sessions,
        attr="published_reforms",
        linked=reform_list().order_by("sessionreform__position", "sessionreform__id"),
        through="sessionreform__session_id",
        full="showcased_reforms" in full,
    )
    if "showcased_reforms" in full:
        reform_links_load(
            [reform for session in sessions for reform in session.published_reforms]
        )
    return sessions
