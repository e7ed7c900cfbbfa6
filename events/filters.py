import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from common.filters import (
    LINKED_SLUGS,
    ColumnChoiceFilter,
    CountryFilter,
    IsoDateFilter,
    LanguageCodeFilter,
    RelatedSlugFilter,
    SearchFilter,
    SlugInFilter,
    TranslatedOrderingFilter,
    UpdatedSinceFilter,
)
from events.enums import MeetingKind, SessionKind
from events.models import Meeting, Session
from members.enums import Region

WHEN_CHOICES = (("upcoming", _("Upcoming")), ("past", _("Past")))


class MeetingFilter(django_filters.FilterSet):
    """Filters for the meetings page and ``/api/v1/meetings/``.

    ``date_from``/``date_to`` keep meetings that overlap the range.
    """

    q = SearchFilter(
        related_paths=("sessions__themes__search_text",),
        help_text=_(
            "Searches names, host cities, venues and the themes of the sessions, in "
            "every language. Accents and capitals don't matter."
        ),
    )
    region = ColumnChoiceFilter(
        choices=Region.choices, label=_("Region"), help_text="OGP region."
    )
    country = CountryFilter(
        field_name="host_country",
        help_text=(
            "Host country (ISO 3166-1 alpha-2, upper case; lower case is accepted too)."
        ),
    )
    kind = ColumnChoiceFilter(
        choices=MeetingKind.choices, label=_("Kind"), help_text="Kind."
    )
    when = django_filters.ChoiceFilter(
        choices=WHEN_CHOICES,
        method="filter_when",
        label=_("When"),
        help_text="upcoming (ending today or later) or past.",
    )
    date_from = IsoDateFilter(
        field_name="end_date",
        lookup_expr="gte",
        label=_("From"),
        help_text="Meetings that end on or after this date.",
    )
    date_to = IsoDateFilter(
        field_name="start_date",
        lookup_expr="lte",
        label=_("Until"),
        help_text="Meetings that start on or before this date.",
    )
    jurisdiction = RelatedSlugFilter(
        path="sessions__jurisdictions__slug",
        conditions={
            "sessions__is_published": True,
            "sessions__jurisdictions__is_published": True,
        },
        label=_("Member"),
        help_text=(
            "Meetings where any of these members took part in a session (slugs, "
            "comma-separated)."
        ),
    )
    theme = RelatedSlugFilter(
        path="sessions__themes__slug",
        conditions={
            "sessions__is_published": True,
            "sessions__themes__is_published": True,
        },
        label=_("Theme"),
        help_text=(
            "Meetings with a session on any of these themes (slugs, comma-separated)."
        ),
    )
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(
            ("start_date", "start_date"),
            ("name", "name"),
            ("updated_at", "updated_at"),
        ),
        translated={"name"},
    )

    class Meta:
        model = Meeting
        fields = []

    def filter_when(self, queryset, name, value):
        today = timezone.localdate()
        if value == "upcoming":
            return queryset.filter(end_date__gte=today)
        return queryset.filter(end_date__lt=today)


class SessionFilter(django_filters.FilterSet):
    """Filters for ``/api/v1/sessions/`` and a meeting's programme."""

    q = SearchFilter(
        related_paths=("themes__search_text",),
        help_text=_(
            "Searches titles, descriptions and themes, in every language. Accents "
            "and capitals don't matter."
        ),
    )
    meeting = SlugInFilter(
        field_name="meeting__slug",
        label=_("Meeting"),
        help_text=f"Meetings. {LINKED_SLUGS}",
    )
    kind = ColumnChoiceFilter(
        choices=SessionKind.choices, label=_("Kind"), help_text="Kind."
    )
    theme = RelatedSlugFilter(
        path="themes__slug",
        conditions={"themes__is_published": True},
        label=_("Theme"),
        help_text=f"Themes. {LINKED_SLUGS}",
    )
    jurisdiction = RelatedSlugFilter(
        path="jurisdictions__slug",
        conditions={"jurisdictions__is_published": True},
        label=_("Member"),
        help_text=f"Members. {LINKED_SLUGS}",
    )
    reform = RelatedSlugFilter(
        path="showcased_reforms__slug",
        conditions={"showcased_reforms__is_published": True},
        label=_("Reform"),
        help_text=(
            "Sessions showcasing any of these reforms (slugs, comma-separated)."
        ),
    )
    language = LanguageCodeFilter(
        field_name="languages", lookup_expr="contains", label=_("Spoken language")
    )
    date_from = IsoDateFilter(
        field_name="meeting__end_date",
        lookup_expr="gte",
        label=_("From"),
        help_text="Sessions of meetings that end on or after this date.",
    )
    date_to = IsoDateFilter(
        field_name="meeting__start_date",
        lookup_expr="lte",
        label=_("Until"),
        help_text="Sessions of meetings that start on or before this date.",
    )
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(
            ("starts_at", "starts_at"),
            ("title", "title"),
            ("position", "position"),
            ("updated_at", "updated_at"),
        ),
        translated={"title"},
        # Session slugs are unique within their meeting only.
        tiebreaker=("meeting__slug", "slug"),
    )

    class Meta:
        model = Session
        fields = []
