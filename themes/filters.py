import django_filters
from django.utils.translation import gettext_lazy as _

from common.filters import SearchFilter, TranslatedOrderingFilter, UpdatedSinceFilter
from themes.enums import ThemeCategory
from themes.models import Theme

# "policy-area" and "local-circle" are the values the API has always taken.
THEME_KINDS = (
    (ThemeCategory.POLICY_AREA.value, _("OGP policy area")),
    (ThemeCategory.VALUE.value, _("OGP value")),
    (ThemeCategory.PROCESS.value, _("OGP process")),
    ("local-circle", _("Local Circle")),
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
        if value == "local-circle":
            return queryset.filter(is_local_circle=True)
        return queryset.filter(category=value)
