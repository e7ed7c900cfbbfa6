"""Action plan pages and the commitments directory."""

from django.utils.translation import gettext_lazy as _

from common.pages.listing import FilteredListView, FilterSpec, named_options
from common.pages.views import PublicDetailView
from members.enums import MemberRegion
from plans import selectors
from plans.enums import PlanStatus
from plans.filters import COMPLETION_CHOICES, CommitmentFilter


class CommitmentListView(FilteredListView):
    template_name = "plans/commitment_list.html"
    filterset_class = CommitmentFilter
    default_ordering = "ogp_id"
    ordering_options = (
        ("ogp_id", _("OGP id")),
        ("title", _("Title, A to Z")),
        ("-title", _("Title, Z to A")),
        ("-updated_at", _("Recently updated first")),
    )

    def get_queryset(self):
        return selectors.commitment_list_with_links()

    def get_filters(self):
        return [
            FilterSpec(
                "jurisdiction",
                _("All members"),
                self.remembered(
                    "commitment-members",
                    lambda: named_options(selectors.commitment_member_options()),
                ),
                slugs=True,
            ),
            FilterSpec("region", _("All regions"), MemberRegion.choices),
            FilterSpec(
                "theme",
                _("All themes"),
                self.remembered(
                    "commitment-themes",
                    lambda: named_options(selectors.commitment_theme_options()),
                ),
                slugs=True,
            ),
            FilterSpec("completion", _("Any completion"), COMPLETION_CHOICES),
            FilterSpec("plan_status", _("Any plan status"), PlanStatus.choices),
            FilterSpec(
                "year",
                _("Any year"),
                [
                    (year, year)
                    for year in self.remembered(
                        "commitment-years", selectors.commitment_facets
                    )
                ],
            ),
        ]


class ActionPlanDetailView(PublicDetailView):
    template_name = "plans/action_plan_detail.html"
    context_object_name = "plan"

    def get_object(self, *, include_drafts):
        return selectors.action_plan_detail(
            slug=self.kwargs["slug"], include_drafts=include_drafts
        )
