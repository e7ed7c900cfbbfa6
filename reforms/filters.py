import django_filters
from django.utils.translation import gettext_lazy as _

from common.filters import (
    ColumnChoiceFilter,
    CountryFilter,
    RelatedSlugFilter,
    SearchFilter,
    TranslatedOrderingFilter,
    UpdatedSinceFilter,
)
from reforms.enums import ReformStatus
from reforms.models import Reform


class ReformFilter(django_filters.FilterSet):
    """Filters for the reforms page and ``/api/v1/reforms/``."""

    q = SearchFilter(
        related_paths=("jurisdictions__search_text", "themes__search_text"),
        help_text=_(
            "Searches titles, summaries, members' names and themes, in every "
            "language. Accents and capitals don't matter."
        ),
    )
    theme = RelatedSlugFilter(
        path="themes__slug",
        conditions={"themes__is_published": True},
        label=_("Theme"),
    )
    country = CountryFilter(field_name="countries", lookup_expr="contains")
    jurisdiction = RelatedSlugFilter(
        path="jurisdictions__slug",
        conditions={"jurisdictions__is_published": True},
        label=_("Member"),
    )
    meeting = RelatedSlugFilter(
        path="sessions__meeting__slug",
        conditions={
            "sessions__is_published": True,
            "sessions__meeting__is_published": True,
        },
        label=_("Meeting"),
    )
    status = ColumnChoiceFilter(choices=ReformStatus.choices, label=_("Status"))
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(("title", "title"), ("updated_at", "updated_at")), translated={"title"}
    )

    class Meta:
        model = Reform
        fields = []
