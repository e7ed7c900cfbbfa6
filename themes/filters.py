import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.filters import SearchFilter, TranslatedOrderingFilter, UpdatedSinceFilter
from themes.enums import ThemeCategory
from themes.models import Theme

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
        choices=THEME_KINDS,
        method="filter_kind",
        label=_("Type"),
        help_text="policy-area (OGP policy areas) or local-circle (Local Circles).",
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
