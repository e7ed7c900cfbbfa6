"""API for meetings and their sessions: /api/v1/meetings/, /api/v1/sessions/ and
/api/v1/meetings/<slug>/sessions/ (JSON, CSV and iCalendar)."""

from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from common.api.fields import FallbackFieldsField, RelatedField, TranslatedField
from common.api.renderers import CSVRenderer, ICalendarRenderer
from common.api.serializers import (
    ResourceSerializer,
    country_codes,
    iso_date,
    iso_datetime,
    lines,
    number,
)
from common.api.views import ResourceListViewSet, ResourceViewSet
from common.filters import SLUG_PATTERN
from common.languages import translated_columns
from events.calendar import calendar_file, meeting_event, session_event
from events.enums import MeetingKind, SessionKind
from events.filters import MeetingFilter, SessionFilter
from events.models import Meeting, Session
from events.selectors import (
    meeting_list,
    session_links_load,
    session_list_with_link_slugs,
)
from members.api import JurisdictionSerializer
from members.enums import Region
from reforms.api import ReformSerializer, ThemeSerializer


def meetings_page_url(request, language):
    """The public list of meetings in ``language``."""
    with translation.override(language):
        return request.build_absolute_uri(reverse("meetings:list"))


def meeting_page_url(request, meeting, language):
    """The public page of ``meeting`` in ``language``."""
    with translation.override(language):
        return request.build_absolute_uri(meeting.get_absolute_url())


def _local_iso(moment, zone):
    """A session time in its meeting's zone, with the UTC offset."""
    return moment.astimezone(zone).isoformat() if moment is not None else None


def calendar_response(body, *, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class MeetingSerializer(ResourceSerializer):
    """A gathering of the OGP community, e.g. the Open Americas regional meeting."""

    slug = serializers.SlugField(help_text="Stable identifier.")
    url = serializers.URLField(help_text="This record in the API.")
    sessions_url = serializers.URLField(help_text="Its programme in the API.")
    name = TranslatedField()
    kind = serializers.ChoiceField(choices=MeetingKind.choices)
    region = serializers.ChoiceField(choices=Region.choices)
    host_city = TranslatedField()
    host_country = serializers.CharField(help_text="ISO 3166-1 alpha-2 code.")
    venue = serializers.CharField(help_text="Venue, or empty.")
    start_date = serializers.DateField(help_text="First day, in the host's calendar.")
    end_date = serializers.DateField(help_text="Last day (inclusive).")
    timezone = serializers.CharField(
        help_text="IANA time zone of the host city, e.g. America/Santo_Domingo."
    )
    summary = TranslatedField()
    highlights = TranslatedField(help_text="One highlight per paragraph.")
    participant_count = serializers.IntegerField(allow_null=True)
    country_count = serializers.IntegerField(
        allow_null=True, help_text="Countries represented."
    )
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    website = serializers.CharField(help_text="Web page, or empty.")
    sources = serializers.ListField(child=serializers.URLField())
    updated_at = serializers.DateTimeField()
    fallback_fields = FallbackFieldsField()

    columns = (
        "id",
        "slug",
        *translated_columns("name", "host_city", "summary", "highlights"),
        "kind",
        "region",
        "host_country",
        "venue",
        "start_date",
        "end_date",
        "timezone",
        "participant_count",
        "country_count",
        "latitude",
        "longitude",
        "website",
        "sources",
        "updated_at",
    )

    def to_representation(self, meeting):
        fallbacks = []
        text = self.texts.value
        url = self.links.detail("api:meeting-list", meeting.slug)
        row = {
            "slug": meeting.slug,
            "url": url,
            "sessions_url": f"{url}sessions/",
            "name": text(meeting, "name", fallbacks),
            "kind": meeting.kind,
            "region": meeting.region,
            "host_city": text(meeting, "host_city", fallbacks),
            "host_country": country_codes(
                meeting, Meeting._meta.get_field("host_country")
            ),
            "venue": meeting.venue,
            "start_date": iso_date(meeting.start_date),
            "end_date": iso_date(meeting.end_date),
            "timezone": meeting.timezone,
            "summary": text(meeting, "summary", fallbacks),
            "highlights": text(meeting, "highlights", fallbacks),
            "participant_count": meeting.participant_count,
            "country_count": meeting.country_count,
            "latitude": number(meeting.latitude),
            "longitude": number(meeting.longitude),
            "website": meeting.website,
            "sources": lines(meeting.sources),
            "updated_at": iso_datetime(meeting.updated_at),
        }
        return self.texts.finish(row, fallbacks)


class SessionSerializer(ResourceSerializer):
    """One item of a meeting's programme."""

    slug = serializers.SlugField(help_text="Unique within its meeting.")
    url = serializers.URLField(help_text="This record in the API.")
    meeting = RelatedField(
        MeetingSerializer,
        many=False,
        help_text="Its meeting's slug (?expand=meeting for the object).",
    )
    position = serializers.IntegerField(
        help_text="Order in the programme when times are unknown."
    )
    title = TranslatedField()
    description = TranslatedField()
    kind = serializers.ChoiceField(choices=SessionKind.choices)
    starts_at = serializers.DateTimeField(
        allow_null=True,
        help_text="ISO 8601 in the meeting's time zone, with its offset; null when "
        "not scheduled yet.",
    )
    ends_at = serializers.DateTimeField(allow_null=True)
    timezone = serializers.CharField(help_text="IANA time zone of its meeting.")
    participant_count = serializers.IntegerField(allow_null=True)
    languages = serializers.ListField(
        child=serializers.CharField(), help_text="Spoken languages, ISO 639-1 codes."
    )
    themes = RelatedField(ThemeSerializer, help_text="?expand=themes for objects.")
    jurisdictions = RelatedField(
        JurisdictionSerializer,
        help_text="Members taking part (?expand=jurisdictions for objects).",
    )
    showcased_reforms = RelatedField(
        ReformSerializer,
        help_text="Reforms presented, in programme order "
        "(?expand=showcased_reforms for objects).",
    )
    updated_at = serializers.DateTimeField()
    fallback_fields = FallbackFieldsField()

    def to_representation(self, session):
        fallbacks = []
        text = self.texts.value
        meeting = session.meeting
        zone = meeting.zone
        if "meeting" in self.expand:
            meeting_value = self.nested_meeting.to_representation(meeting)
        else:
            meeting_value = meeting.slug
        row = {
            "slug": session.slug,
            "url": self.links.detail(
                "api:meeting-list", meeting.slug, "sessions", session.slug
            ),
            "meeting": meeting_value,
            "position": session.position,
            "title": text(session, "title", fallbacks),
            "description": text(session, "description", fallbacks),
            "kind": session.kind,
            "starts_at": _local_iso(session.starts_at, zone),
            "ends_at": _local_iso(session.ends_at, zone),
            "timezone": meeting.timezone,
            "participant_count": session.participant_count,
            "languages": session.language_list,
            "themes": self.related("themes", session.published_themes, ThemeSerializer),
            "jurisdictions": self.related(
                "jurisdictions", session.published_jurisdictions, JurisdictionSerializer
            ),
            "showcased_reforms": self.related(
                "showcased_reforms", session.published_reforms, ReformSerializer
            ),
            "updated_at": iso_datetime(session.updated_at),
        }
        return self.texts.finish(row, fallbacks)

    @property
    def nested_meeting(self):
        if not hasattr(self, "_nested_meeting"):
            self._nested_meeting = self.nested(MeetingSerializer)
        return self._nested_meeting


class MeetingViewSet(ResourceViewSet):
    """Regional meetings and other gatherings. Also as CSV and iCalendar."""

    queryset = Meeting.objects.none()
    serializer_class = MeetingSerializer
    filterset_class = MeetingFilter
    export_renderer_classes = (CSVRenderer, ICalendarRenderer)
    export_name = "meetings"

    def get_queryset(self):
        return meeting_list()

    def export_ics(self, queryset):
        """All-day, multi-day events in the requested language, each linking to
        its public page."""
        language = translation.get_language()
        self.response_language = language
        events = [
            meeting_event(
                meeting, url=meeting_page_url(self.request, meeting, language)
            )
            for meeting in queryset
        ]
        body = calendar_file(
            name=_("OGP Local meetings"),
            events=events,
            url=meetings_page_url(self.request, language),
        )
        return calendar_response(body, filename="ogp-local-meetings.ics")


class SessionViewSet(ResourceListViewSet):
    """Sessions of every published meeting. A session's own URL is under its
    meeting: /api/v1/meetings/{meeting_slug}/sessions/{slug}/."""

    queryset = Session.objects.none()
    serializer_class = SessionSerializer
    filterset_class = SessionFilter
    expandable = ("meeting", "themes", "jurisdictions", "showcased_reforms")
    export_renderer_classes = (CSVRenderer, ICalendarRenderer)
    export_name = "sessions"

    def get_queryset(self):
        return session_list_with_link_slugs()

    def load_links(self, records, *, full):
        return session_links_load(records, full=full)

    def calendar_name(self):
        return _("OGP Local sessions")

    def calendar_url(self, language):
        return meetings_page_url(self.request, language)

    def export_ics(self, queryset):
        """Scheduled sessions in their meeting's time zone (TZID), in the requested
        language, each linking to its meeting's public page; unscheduled sessions
        are left out."""
        language = translation.get_language()
        self.response_language = language
        events = [
            session_event(
                session, url=meeting_page_url(self.request, session.meeting, language)
            )
            for session in queryset
        ]
        body = calendar_file(
            name=self.calendar_name(), events=events, url=self.calendar_url(language)
        )
        return calendar_response(
            body, filename=f"ogp-local-{self.get_export_name()}.ics"
        )


MEETING_SLUG = OpenApiParameter(
    "meeting_slug",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    pattern=f"^{SLUG_PATTERN}$",
    description="The meeting's slug.",
)


@extend_schema_view(
    list=extend_schema(parameters=[MEETING_SLUG]),
    retrieve=extend_schema(parameters=[MEETING_SLUG]),
)
class MeetingSessionViewSet(SessionViewSet, ResourceViewSet):
    """The programme of one meeting, and each of its sessions."""

    meeting = None
    schema_summaries = {
        "list": "List the sessions of a meeting",
        "retrieve": "One session of a meeting, by slug",
    }

    def get_queryset(self):
        return (
            super().get_queryset().filter(meeting__slug=self.kwargs.get("meeting_slug"))
        )

    def get_lookup(self):
        return {"slug": self.kwargs["slug"]}

    def list(self, request, *args, **kwargs):
        # An unknown meeting is a 404, not an empty programme.
        self.meeting = meeting_list().filter(slug=kwargs["meeting_slug"]).first()
        if self.meeting is None:
            raise NotFound()
        return super().list(request, *args, **kwargs)

    def get_export_name(self):
        return f"{self.kwargs['meeting_slug']}-sessions"

    def calendar_name(self):
        return _("%(meeting)s: programme") % {"meeting": self.meeting.name}

    def calendar_url(self, language):
        return meeting_page_url(self.request, self.meeting, language)
