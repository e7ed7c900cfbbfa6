"""Meetings: the list (upcoming and past), a meeting's page with its programme, and
its "add to calendar" files."""

from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from common.db.search_text import normalise_search_text
from common.http.request_language import request_language
from common.pages.listing import (
    FilteredListView,
    FilterSpec,
    country_options,
    named_options,
)
from common.pages.views import PublicDetailView
from events import selectors
from events.calendar import (
    calendar_file,
    calendar_response,
    meeting_event,
    session_event,
)
from events.enums import MeetingKind
from events.filters import WHEN_CHOICES, MeetingFilter
from events.structured_data import meeting_json_ld
from events.timezones import timezone_in_words
from members.enums import Region
from members.selectors import jurisdiction_options
from themes.selectors import theme_options


def programme_days(sessions):
    """Sessions grouped by their day in the meeting's zone: ``[(date, sessions)]``,
    days in order, sessions without a time last (under ``None``)."""
    days = {}
    for session in sessions:
        days.setdefault(session.local_date, []).append(session)
    ordered = sorted(day for day in days if day is not None)
    if None in days:
        ordered.append(None)
    return [(day, days[day]) for day in ordered]


class MeetingListView(FilteredListView):
    template_name = "events/list.html"
    filterset_class = MeetingFilter
    ordering_options = (
        ("", gettext_lazy("Upcoming first, then most recent")),
        ("-start_date", gettext_lazy("Most recent first")),
        ("start_date", gettext_lazy("Oldest first")),
        ("name", gettext_lazy("Name, A to Z")),
    )

    def get_queryset(self):
        return selectors.meeting_list_upcoming_first()

    def get_filters(self):
        return [
            FilterSpec("when", gettext_lazy("Upcoming and past"), WHEN_CHOICES),
            FilterSpec("region", gettext_lazy("All regions"), Region.choices),
            FilterSpec(
                "country",
                gettext_lazy("All countries"),
                country_options(
                    self.remembered(
                        "meeting-countries", selectors.meeting_host_countries
                    )
                ),
            ),
            FilterSpec("kind", gettext_lazy("All kinds"), MeetingKind.choices),
            FilterSpec(
                "theme",
                options=lambda slugs: named_options(theme_options(slugs=slugs)),
                slugs=True,
            ),
            FilterSpec(
                "jurisdiction",
                options=lambda slugs: named_options(jurisdiction_options(slugs=slugs)),
                slugs=True,
            ),
        ]

    def get_page_context(self, context):
        meetings = context["object_list"]
        return {
            "upcoming": [meeting for meeting in meetings if meeting.is_upcoming],
            "past": [meeting for meeting in meetings if not meeting.is_upcoming],
        }


# OGP's own list of its local members (ogp-local-facts.md, section 1.1), where a
# meeting page sends readers for the members no source places at the meeting.
OGP_LOCAL_MEMBERS_URL = (
    "https://www.opengovpartnership.org/ogp-local/about-ogp-local-program/"
    "ogp-local-members/"
)


class MeetingDetailView(PublicDetailView):
    template_name = "events/detail.html"
    context_object_name = "meeting"

    def get_object(self, *, include_drafts):
        return selectors.meeting_detail(
            slug=self.kwargs["slug"], include_drafts=include_drafts
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meeting = self.object
        sessions = meeting.public_sessions
        members = {}
        reforms = {}
        for session in sessions:
            for member in session.public_members:
                members.setdefault(member.pk, member)
            for link in session.public_reform_links:
                reforms.setdefault(link.reform.pk, link.reform)
        absolute = self.request.build_absolute_uri
        url = absolute(meeting.get_absolute_url())
        context.update(
            days=programme_days(sessions),
            has_times=any(session.starts_at for session in sessions),
            members=sorted(
                members.values(), key=lambda m: normalise_search_text(m.name)
            ),
            reforms=list(reforms.values()),
            ogp_local_members_url=OGP_LOCAL_MEMBERS_URL,
            timezone_words=timezone_in_words(meeting),
            json_ld=meeting_json_ld(
                meeting,
                url=url,
                sessions=sessions,
                session_url=lambda session: absolute(session.get_absolute_url()),
            ),
        )
        return context


def meeting_calendar(request, slug):
    """The meeting as one all-day event over its days (an .ics download)."""
    meeting = selectors.meeting_get(slug=slug, include_drafts=request.user.is_staff)
    url = request.build_absolute_uri(meeting.get_absolute_url())
    body = calendar_file(
        name=meeting.name, events=[meeting_event(meeting, url=url)], url=url
    )
    return calendar_response(
        body,
        filename=f"{meeting.slug}.ics",
        language=request_language(request).interface,
    )


def session_calendar(request, slug, session_slug):
    """One session in its meeting's time zone; 404 while it has no time."""
    session = selectors.session_detail(
        meeting_slug=slug, slug=session_slug, include_drafts=request.user.is_staff
    )
    if not session.starts_at:
        raise Http404(_("This session has no time yet."))
    url = request.build_absolute_uri(session.get_absolute_url())
    body = calendar_file(
        name=f"{session.title} – {session.meeting.name}",
        events=[session_event(session, url=url)],
        url=url,
    )
    return calendar_response(
        body,
        filename=f"{session.meeting.slug}-{session.slug}.ics",
        language=request_language(request).interface,
    )
