"""Read queries for meetings and sessions. Pages and the API both read through here."""

from django.db.models import BooleanField, Case, F, Prefetch, Q, Value, When
from django.shortcuts import get_object_or_404
from django.utils import timezone

from common.db.links import published_links
from common.i18n.languages import ordering_with_fallback
from events.models import Meeting, Session, SessionReform
from members.models import Jurisdiction
from members.selectors import jurisdiction_list
from reforms.selectors import reform_list, reform_list_with_published_links
from themes.models import Theme
from themes.selectors import theme_list


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


def meeting_list_upcoming_first(*, today=None):
    """Published meetings with ``is_upcoming``: those not over yet first (soonest
    first), then past ones (most recent first)."""
    today = today or timezone.localdate()
    upcoming = Q(end_date__gte=today)
    return (
        Meeting.objects.published()
        .annotate(
            is_upcoming=Case(
                When(upcoming, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            ),
            upcoming_start=Case(When(upcoming, then=F("start_date"))),
        )
        .order_by(
            F("is_upcoming").desc(),
            F("upcoming_start").asc(nulls_last=True),
            "-start_date",
            "slug",
        )
    )


def meeting_upcoming(*, today=None, limit=3):
    """The next published meetings that are not over yet, soonest first."""
    today = today or timezone.localdate()
    return (
        Meeting.objects.published()
        .filter(end_date__gte=today)
        .order_by("start_date", "slug")[:limit]
    )


def meeting_recent(*, today=None, limit=3):
    """The latest published meetings that are over, most recent first."""
    today = today or timezone.localdate()
    return meeting_list().filter(end_date__lt=today)[:limit]


def _programme():
    """A meeting's published sessions in programme order, with their public themes,
    members and showcased reforms (``public_themes``, ``public_members``,
    ``public_reform_links``)."""
    return (
        Session.objects.published()
        .order_by("starts_at", "position", "slug")
        .prefetch_related(
            Prefetch(
                "themes",
                queryset=Theme.objects.published().order_by(
                    ordering_with_fallback("name"), "slug"
                ),
                to_attr="public_themes",
            ),
            Prefetch(
                "jurisdictions",
                queryset=Jurisdiction.objects.published().order_by(
                    ordering_with_fallback("name"), "slug"
                ),
                to_attr="public_members",
            ),
            Prefetch(
                "sessionreform_set",
                queryset=SessionReform.objects.filter(reform__is_published=True)
                .select_related("reform")
                .order_by("position", "id"),
                to_attr="public_reform_links",
            ),
        )
    )


def _meetings(include_drafts):
    return Meeting.objects.all() if include_drafts else Meeting.objects.published()


def meeting_get(*, slug, include_drafts=False):
    """One meeting alone (for its calendar file); 404 as for ``meeting_detail``."""
    return get_object_or_404(_meetings(include_drafts), slug=slug)


def meeting_detail(*, slug, include_drafts=False):
    """One meeting with its public programme (``public_sessions``); 404 when there is
    none, or when it is a draft and drafts are not asked for (staff preview only)."""
    meetings = _meetings(include_drafts).prefetch_related(
        Prefetch("sessions", queryset=_programme(), to_attr="public_sessions")
    )
    return get_object_or_404(meetings, slug=slug)


def session_detail(*, meeting_slug, slug, include_drafts=False):
    """A published session of a meeting; 404 otherwise. With ``include_drafts`` the
    meeting may be a draft (staff preview); the session itself must be published."""
    sessions = Session.objects.published().select_related("meeting")
    if not include_drafts:
        sessions = sessions.filter(meeting__is_published=True)
    return get_object_or_404(sessions, meeting__slug=meeting_slug, slug=slug)


def _sessions_newest_meeting_first():
    """Published sessions of published meetings with their meeting, the newest
    meeting first: what member, reform and theme pages list."""
    return (
        Session.objects.published()
        .filter(meeting__is_published=True)
        .select_related("meeting")
        .order_by(
            "-meeting__start_date", "meeting__slug", "starts_at", "position", "slug"
        )
    )


def jurisdiction_sessions(*, jurisdiction):
    """The public sessions a member took part in, newest meeting first."""
    return _sessions_newest_meeting_first().filter(jurisdictions=jurisdiction)


def reform_sessions(*, reform):
    """The public sessions that showcased a reform, newest meeting first."""
    return _sessions_newest_meeting_first().filter(showcased_reforms=reform)


def theme_sessions(*, theme):
    """The public sessions that dealt with a theme, newest meeting first."""
    return _sessions_newest_meeting_first().filter(themes=theme)


def meeting_options(*, slugs):
    """Published meetings with these slugs, for filters that links set."""
    return meeting_list().filter(slug__in=slugs)


def meeting_host_countries():
    """Sorted country codes of the published meetings' hosts."""
    rows = meeting_list().order_by().values_list("host_country", flat=True)
    return sorted(set(rows.distinct()))


def _showcased_reforms(reforms):
    return reforms.order_by("sessionreform__position", "sessionreform__id")


def session_list_with_published_links(*, whole=frozenset()):
    """Published sessions (as ``session_list``), each with ``published_themes``,
    ``published_jurisdictions`` and ``published_reforms`` (showcased, in programme
    order): what the API shows. Linked records carry their slug only, unless
    ``whole`` names the relation; whole reforms bring their own links' slugs."""
    if "showcased_reforms" in whole:
        reforms = reform_list_with_published_links()
    else:
        reforms = reform_list()
    return session_list().prefetch_related(
        published_links("themes", theme_list(), whole="themes" in whole),
        published_links(
            "jurisdictions", jurisdiction_list(), whole="jurisdictions" in whole
        ),
        published_links(
            "showcased_reforms",
            _showcased_reforms(reforms),
            whole="showcased_reforms" in whole,
        ),
    )
