"""API for meetings and their sessions: /api/v1/meetings/, /api/v1/sessions/ and
/api/v1/meetings/<slug>/sessions/ (JSON, CSV and iCalendar)."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from common.api.fields import (
    DetailURLField,
    LinkedField,
    TranslatedField,
)
from common.api.renderers import CSVRenderer, ICalendarRenderer
from common.api.serializers import ResourceSerializer, resource_fields
from common.api.views import ResourceListViewSet, ResourceViewSet
from common.filters import SLUG_PATTERN
from common.http.request_language import request_language
from events.calendar import (
    calendar_file,
    calendar_response,
    meeting_event,
    session_event,
)
from events.filters import MeetingFilter, SessionFilter
from events.models import Meeting, Session
from events.selectors import meeting_list, session_list_with_published_links
from members.api import JurisdictionSerializer
from reforms.api import ReformSerializer
from themes.api import ThemeSerializer


def meetings_page_url(request, language):
    """The public list of meetings in ``language``."""
    with translation.override(language):
        return request.build_absolute_uri(reverse("meetings:list"))


def meeting_page_url(request, meeting, language):
    """The public page of ``meeting`` in ``language``."""
    with translation.override(language):
        return request.build_absolute_uri(meeting.get_absolute_url())


class MeetingClockField(serializers.DateTimeField):
    """A session time in its meeting's time zone, with the UTC offset: the moment
    as the meeting's programme gives it, not in the site's zone. Reads the
    session's own attribute of the field's name and its meeting's zone."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, session):
        moment = getattr(session, self.field_name)
        if moment is None:
            return None
        return super().to_representation(moment.astimezone(session.meeting.zone))

    def enforce_timezone(self, value):
        # Already on the meeting's clock (to_representation); keep its offset.
        return value


class MeetingSerializer(ResourceSerializer):
    """A gathering of the OGP community, e.g. the Open Americas regional meeting."""

    url = DetailURLField("api:meeting-list")
    sessions_url = DetailURLField(
        "api:meeting-list",
        path=lambda meeting: (meeting.slug, "sessions"),
        help_text="Its program in the API.",
    )
    name = TranslatedField()
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

    class Meta:
        model = Meeting
        fields = resource_fields(
            "slug",
            "url",
            "sessions_url",
            "name",
            "kind",
            "region",
            "host_city",
            "host_country",
            "venue",
            "start_date",
            "end_date",
            "timezone",
            "summary",
            "highlights",
            "participant_count",
            "country_count",
            "latitude",
            "longitude",
            "website",
            "sources",
        )


class SessionSerializer(ResourceSerializer):
    """One item of a meeting's programme."""

    slug = serializers.SlugField(help_text="Unique within its meeting.")
    url = DetailURLField(
        "api:meeting-list",
        path=lambda session: (session.meeting.slug, "sessions", session.slug),
    )
    meeting = LinkedField(
        MeetingSerializer,
        many=False,
        help_text="Its meeting's slug (?expand=meeting for the object).",
    )
    position = serializers.IntegerField(
        help_text="Order in the program when times are unknown."
    )
    title = TranslatedField()
    description = TranslatedField()
    starts_at = MeetingClockField(
        allow_null=True,
        help_text="ISO 8601 in the meeting's time zone, with its offset; null when "
        "not scheduled yet.",
    )
    ends_at = MeetingClockField(allow_null=True)
    timezone = serializers.CharField(
        source="meeting.timezone", help_text="IANA time zone of its meeting."
    )
    participant_count = serializers.IntegerField(allow_null=True)
    languages = serializers.ListField(
        source="language_list",
        child=serializers.CharField(),
        help_text="Spoken languages, ISO 639-1 codes.",
    )
    themes = LinkedField(
        ThemeSerializer,
        source="published_themes",
        help_text="?expand=themes for objects.",
    )
    jurisdictions = LinkedField(
        JurisdictionSerializer,
        source="published_jurisdictions",
        help_text="Members taking part (?expand=jurisdictions for objects).",
    )
    showcased_reforms = LinkedField(
        ReformSerializer,
        source="published_showcased_reforms",
        help_text="Reforms presented, in program order "
        "(?expand=showcased_reforms for objects).",
    )

    class Meta:
        model = Session
        fields = resource_fields(
            "slug",
            "url",
            "meeting",
            "position",
            "title",
            "description",
            "kind",
            "starts_at",
            "ends_at",
            "timezone",
            "participant_count",
            "languages",
            "themes",
            "jurisdictions",
            "showcased_reforms",
        )


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
        language = request_language(self.request).interface
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
        return calendar_response(
            body, filename="ogp-local-meetings.ics", language=language
        )


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
        return session_list_with_published_links(whole=self.expand)

    def calendar_name(self):
        return _("OGP Local sessions")

    def calendar_url(self, language):
        return meetings_page_url(self.request, language)

    def export_ics(self, queryset):
        """Scheduled sessions in their meeting's time zone (TZID), in the requested
        language, each linking to its meeting's public page; unscheduled sessions
        are left out."""
        language = request_language(self.request).interface
        events = [
            session_event(
                session, url=meeting_page_url(self.request, session.meeting, language)
            )
            # A calendar shows no links.
            for session in queryset.prefetch_related(None)
        ]
        body = calendar_file(
            name=self.calendar_name(), events=events, url=self.calendar_url(language)
        )
        return calendar_response(
            body, filename=f"ogp-local-{self.get_export_name()}.ics", language=language
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
        return _("%(meeting)s: program") % {"meeting": self.meeting.name}

    def calendar_url(self, language):
        return meeting_page_url(self.request, self.meeting, language)
