"""The member directory and member pages: a member with its reforms, action plans
and sessions, and a directory filtered by the themes of members' reforms."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.pages.listing import (
    FilteredListView,
    FilterSpec,
    country_options,
    named_options,
)
from common.pages.views import PublicDetailView
from events.selectors import jurisdiction_sessions
from members import selectors
from members.enums import JurisdictionKind, MemberRegion, MembershipStatus
from members.filters import JurisdictionFilter
from members.maps import focus_view
from members.structured_data import jurisdiction_json_ld
from plans import selectors as plan_selectors
from plans.charts import completion_chart
from reforms.selectors import jurisdiction_reforms, jurisdiction_theme_options


class MemberListView(FilteredListView):
    template_name = "members/list.html"
    filterset_class = JurisdictionFilter
    default_ordering = "name"
    ordering_options = (
        ("name", _("Name, A to Z")),
        ("-name", _("Name, Z to A")),
        ("member_since", _("Longest-standing first")),
        ("-member_since", _("Newest first")),
        ("country", _("Country code")),
    )

    def get_queryset(self):
        return selectors.jurisdiction_list()

    def get_suggestions(self, query, queryset):
        return selectors.jurisdiction_name_suggestions(
            query=query, jurisdictions=queryset
        )

    def get_filters(self):
        facets = self.remembered("member-facets", selectors.jurisdiction_facets)
        themes = self.remembered(
            "member-themes",
            lambda: named_options(jurisdiction_theme_options()),
        )
        return [
            FilterSpec("region", _("All regions"), MemberRegion.choices),
            FilterSpec(
                "country", _("All countries"), country_options(facets["countries"])
            ),
            FilterSpec("kind", _("All types of government"), JurisdictionKind.choices),
            FilterSpec(
                "member_since",
                _("Any year"),
                [(year, year) for year in facets["years"]],
            ),
            FilterSpec(
                "theme",
                _("All themes"),
                themes,
                slugs=True,
            ),
            FilterSpec(
                "status",
                pgettext_lazy("membership", "Any status"),
                MembershipStatus.choices,
            ),
        ]


class MemberDetailView(PublicDetailView):
    template_name = "members/detail.html"
    context_object_name = "member"

    def get_object(self, *, include_drafts):
        return selectors.jurisdiction_detail(
            slug=self.kwargs["slug"], include_drafts=include_drafts
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        member = self.object
        meetings = {}
        for session in jurisdiction_sessions(jurisdiction=member):
            meetings.setdefault(session.meeting, []).append(session)
        plans = list(plan_selectors.jurisdiction_action_plans(jurisdiction=member))
        commitments = [c for plan in plans for c in plan.public_commitments]
        context.update(
            reforms=list(jurisdiction_reforms(jurisdiction=member)),
            plans=plans,
            documents=list(plan_selectors.jurisdiction_documents(jurisdiction=member)),
            completion_chart=completion_chart(commitments),
            meetings=list(meetings.items()),
            map=focus_view(member),
            json_ld=jurisdiction_json_ld(
                member, url=self.request.build_absolute_uri(member.get_absolute_url())
            ),
        )
        return context
