import django_filters
from django.utils.translation import gettext_lazy as _

from common.filters import (
    LINKED_SLUGS,
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
        help_text=f"Themes. {LINKED_SLUGS}",
    )
    country = CountryFilter(
        field_name="countries",
        lookup_expr="contains",
        help_text=(
            "A country where the reform takes place (ISO 3166-1 alpha-2, upper "
            "case; lower case is accepted too)."
        ),
    )
    jurisdiction = RelatedSlugFilter(
        path="jurisdictions__slug",
        conditions={"jurisdictions__is_published": True},
        label=_("Member"),
        help_text=f"Members. {LINKED_SLUGS}",
    )
    meeting = RelatedSlugFilter(
        path="sessions__meeting__slug",
        conditions={
            "sessions__is_published": True,
            "sessions__meeting__is_published": True,
        },
        label=_("Meeting"),
        help_text=(
            "Reforms showcased at any of these meetings (slugs, comma-separated)."
        ),
    )
    status = ColumnChoiceFilter(
        choices=ReformStatus.choices, label=_("Status"), help_text="Status."
    )
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(("title", "title"), ("updated_at", "updated_at")), translated={"title"}
    )

    class Meta:
        model = Reform
        fields = []
