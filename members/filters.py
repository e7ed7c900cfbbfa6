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
    YearFilter,
)
from members.enums import JurisdictionKind, MemberRegion, MembershipStatus
from members.models import Jurisdiction


class JurisdictionFilter(django_filters.FilterSet):
    """Filters for the member directory page and ``/api/v1/jurisdictions/``."""

    q = SearchFilter(
        related_paths=("reforms__themes__search_text",),
        help_text=_(
            "Searches names, local and other names, places and the themes of the "
            "members' reforms, in every language. Accents and capitals don't matter."
        ),
    )
    region = ColumnChoiceFilter(
        choices=MemberRegion.choices, label=_("Region"), help_text="OGP region."
    )
    country = CountryFilter()
    kind = ColumnChoiceFilter(
        choices=JurisdictionKind.choices,
        label=_("Type of government"),
        help_text="Kind.",
    )
    member_since = YearFilter(
        label=_("Member since"), help_text="Year the member joined, exactly."
    )
    member_since_min = YearFilter(
        field_name="member_since",
        lookup_expr="gte",
        label=_("Member since, from"),
        help_text="Joined in this year or later.",
    )
    member_since_max = YearFilter(
        field_name="member_since",
        lookup_expr="lte",
        label=_("Member since, until"),
        help_text="Joined in this year or earlier.",
    )
    status = ColumnChoiceFilter(
        choices=MembershipStatus.choices,
        label=pgettext_lazy("membership", "Status"),
        help_text="Status.",
    )
    theme = RelatedSlugFilter(
        path="reforms__themes__slug",
        conditions={
            "reforms__is_published": True,
            "reforms__themes__is_published": True,
        },
        label=_("Theme"),
        help_text=(
            "Members with a published reform on any of these themes (slugs, "
            "comma-separated)."
        ),
    )
    meeting = RelatedSlugFilter(
        path="sessions__meeting__slug",
        conditions={
            "sessions__is_published": True,
            "sessions__meeting__is_published": True,
        },
        label=_("Meeting"),
        help_text=(
            "Members taking part in a session of any of these meetings (slugs, "
            "comma-separated)."
        ),
    )
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(
            ("name", "name"),
            ("member_since", "member_since"),
            ("country", "country"),
            ("updated_at", "updated_at"),
        ),
        translated={"name"},
    )

    class Meta:
        model = Jurisdiction
        fields = []
