import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.filters import (
    ColumnChoiceFilter,
    CountryFilter,
    RelatedSlugFilter,
    SearchFilter,
    TranslatedOrderingFilter,
    UpdatedSinceFilter,
)
from reforms.enums import ReformStatus, ThemeCategory
from reforms.models import Reform, Theme

# A theme of any category may be a Local Circle too.
LOCAL_CIRCLES = "local-circle"
# The kinds the themes page and /api/v1/themes/ filter by (``kind``), labelled as
# the page's filter reads them (plural): three of the categories, and Local
# Circles. "policy-area" and "local-circle" are the values the API has always
# taken.
THEME_KINDS = (
    (
        ThemeCategory.POLICY_AREA.value,
        pgettext_lazy("theme kinds", "OGP policy areas"),
    ),
    (ThemeCategory.VALUE.value, pgettext_lazy("theme kinds", "OGP values")),
    (ThemeCategory.PROCESS.value, pgettext_lazy("theme kinds", "OGP processes")),
    (LOCAL_CIRCLES, pgettext_lazy("theme kinds", "Local Circles")),
)


class ThemeFilter(django_filters.FilterSet):
    """Filters for the themes page and ``/api/v1/themes/``."""

    q = SearchFilter(
        help_text=_(
            "Searches theme names in every language. Accents and capitals don't matter."
        )
    )
    kind = django_filters.ChoiceFilter(
        choices=THEME_KINDS, method="filter_kind", label=_("Type")
    )
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(("name", "name"), ("updated_at", "updated_at")), translated={"name"}
    )

    class Meta:
        model = Theme
        fields = []

    def filter_kind(self, queryset, name, value):
        if value == LOCAL_CIRCLES:
            return queryset.filter(is_local_circle=True)
        return queryset.filter(category=value)


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
