import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from common.filters import (
    LINKED_SLUGS,
    ColumnChoiceFilter,
    CountryFilter,
    LanguageCodeFilter,
    SearchFilter,
    SlugInFilter,
    SlugListFilter,
    TranslatedOrderingFilter,
    UpdatedSinceFilter,
    YearFilter,
)
from members.enums import MemberRegion
from plans.enums import Completion, DocumentKind, PlanStatus
from plans.models import ActionPlan, Commitment, Document

# ``?completion=not-assessed``: commitments no review has assessed yet.
NOT_ASSESSED = "not-assessed"
COMPLETION_CHOICES = (*Completion.choices, (NOT_ASSESSED, _("Not yet assessed")))


def _covering(prefix, year):
    """Periods that include some of ``year``; an open end counts as covering."""
    start, end = f"{prefix}start_year", f"{prefix}end_year"
    return (Q(**{f"{start}__isnull": True}) | Q(**{f"{start}__lte": year})) & (
        Q(**{f"{end}__isnull": True}) | Q(**{f"{end}__gte": year})
    )


# No model field is named "year", so the schema would fall back to "number".
@extend_schema_field(OpenApiTypes.INT)
class PeriodYearFilter(YearFilter):
    """``?year=2022``: records whose period (or whose plan's period) includes
    2022. A period with no start or end year given counts as open that way."""

    def __init__(self, *args, prefix="", **kwargs):
        self.prefix = prefix
        kwargs.setdefault("label", _("Active in year"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value is None:
            return qs
        return qs.filter(_covering(self.prefix, int(value)))


class CommitmentThemeFilter(SlugListFilter):
    """``?theme=open-data,justice``: commitments whose primary policy area or one
    of whose further themes is among these (published themes only)."""

    def filter(self, qs, value):
        slugs = [slug for slug in (value or []) if slug]
        if not slugs:
            return qs
        further = Commitment.objects.filter(
            themes__slug__in=slugs, themes__is_published=True
        ).values("pk")
        return qs.filter(
            Q(primary_theme__slug__in=slugs, primary_theme__is_published=True)
            | Q(pk__in=further)
        )


class ActionPlanFilter(django_filters.FilterSet):
    """Filters for ``/api/v1/action-plans/``."""

    q = SearchFilter(
        related_paths=(
            "jurisdiction__search_text",
            "commitments__primary_theme__search_text",
            "commitments__themes__search_text",
        ),
        help_text=_(
            "Searches titles, lead institutions, members' names and the themes of "
            "the commitments, in every language. Accents and capitals don't matter."
        ),
    )
    jurisdiction = SlugInFilter(
        field_name="jurisdiction__slug",
        label=_("Member"),
        help_text=f"Members. {LINKED_SLUGS}",
    )
    region = ColumnChoiceFilter(
        field_name="jurisdiction__region",
        choices=MemberRegion.choices,
        label=_("Region"),
        help_text="OGP region.",
    )
    country = CountryFilter(field_name="jurisdiction__country")
    status = ColumnChoiceFilter(
        choices=PlanStatus.choices, label=_("Plan status"), help_text="Status."
    )
    year = PeriodYearFilter()
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(
            ("title", "title"),
            ("start_year", "start_year"),
            ("updated_at", "updated_at"),
        ),
        translated={"title"},
    )

    class Meta:
        model = ActionPlan
        fields = []


class CommitmentFilter(django_filters.FilterSet):
    """Filters for the commitments directory and ``/api/v1/commitments/``."""

    q = SearchFilter(
        related_paths=(
            "action_plan__jurisdiction__search_text",
            "action_plan__search_text",
            "primary_theme__search_text",
            "themes__search_text",
        ),
        help_text=_(
            "Searches OGP ids, titles, descriptions, lead institutions, members, "
            "action plans and themes, in every language. Accents and capitals don't "
            "matter."
        ),
    )
    jurisdiction = SlugInFilter(
        field_name="action_plan__jurisdiction__slug",
        label=_("Member"),
        help_text=f"Members. {LINKED_SLUGS}",
    )
    action_plan = SlugInFilter(field_name="action_plan__slug", label=_("Action plan"))
    region = ColumnChoiceFilter(
        field_name="action_plan__jurisdiction__region",
        choices=MemberRegion.choices,
        label=_("Region"),
        help_text="OGP region.",
    )
    country = CountryFilter(field_name="action_plan__jurisdiction__country")
    theme = CommitmentThemeFilter(label=_("Theme"), help_text=f"Themes. {LINKED_SLUGS}")
    completion = ColumnChoiceFilter(
        choices=COMPLETION_CHOICES, method="filter_completion", label=_("Completion")
    )
    plan_status = ColumnChoiceFilter(
        field_name="action_plan__status",
        choices=PlanStatus.choices,
        label=_("Plan status"),
    )
    year = PeriodYearFilter(prefix="action_plan__")
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(
            ("ogp_id", "ogp_id"),
            ("title", "title"),
            ("updated_at", "updated_at"),
        ),
        translated={"title"},
        tiebreaker="ogp_id",
    )

    class Meta:
        model = Commitment
        fields = []

    def filter_completion(self, queryset, name, values):
        if not values:
            return queryset
        condition = Q(
            completion__in=[value for value in values if value != NOT_ASSESSED]
        )
        if NOT_ASSESSED in values:
            condition |= Q(completion="")
        return queryset.filter(condition)


class DocumentFilter(django_filters.FilterSet):
    """Filters for ``/api/v1/documents/``."""

    q = SearchFilter(
        related_paths=("jurisdiction__search_text",),
        help_text=_(
            "Searches titles and members' names, in every language. Accents and "
            "capitals don't matter."
        ),
    )
    jurisdiction = SlugInFilter(
        field_name="jurisdiction__slug",
        label=_("Member"),
        help_text=f"Members. {LINKED_SLUGS}",
    )
    action_plan = SlugInFilter(field_name="action_plan__slug", label=_("Action plan"))
    kind = ColumnChoiceFilter(
        choices=DocumentKind.choices, label=_("Type"), help_text="Kind."
    )
    year = YearFilter(label=_("Year"))
    language = LanguageCodeFilter(label=_("Language"))
    updated_since = UpdatedSinceFilter()
    ordering = TranslatedOrderingFilter(
        fields=(("year", "year"), ("updated_at", "updated_at")),
    )

    class Meta:
        model = Document
        fields = []
