"""The reforms list and reform pages: a reform with its members, themes, the
commitment it implements and the sessions that showcased it."""

from django.utils.translation import gettext_lazy as _

from common.pages.listing import (
    FilteredListView,
    FilterSpec,
    country_options,
    named_options,
)
from common.pages.views import PublicDetailView
from events import selectors as event_selectors
from reforms import selectors
from reforms.enums import ReformStatus
from reforms.filters import ReformFilter
from themes import selectors as theme_selectors


class ReformListView(FilteredListView):
    template_name = "reforms/list.html"
    filterset_class = ReformFilter
    default_ordering = "title"
    ordering_options = (
        ("title", _("Title, A to Z")),
        ("-title", _("Title, Z to A")),
        ("-updated_at", _("Recently updated first")),
    )

    def get_queryset(self):
        return selectors.reform_list_with_links()

    def get_filters(self):
        return [
            FilterSpec(
                "theme",
                _("All themes"),
                named_options(theme_selectors.theme_list_by_name()),
                slugs=True,
            ),
            FilterSpec(
                "country",
                _("All countries"),
                country_options(
                    self.remembered("reform-countries", selectors.reform_facets)
                ),
            ),
            FilterSpec("status", _("Any status"), ReformStatus.choices),
            FilterSpec(
                "jurisdiction",
                options=lambda slugs: named_options(
                    selectors.reform_member_options(slugs=slugs)
                ),
                slugs=True,
            ),
            FilterSpec(
                "meeting",
                options=lambda slugs: named_options(
                    event_selectors.meeting_options(slugs=slugs)
                ),
                slugs=True,
            ),
        ]


class ReformDetailView(PublicDetailView):
    template_name = "reforms/detail.html"
    context_object_name = "reform"

    def get_object(self, *, include_drafts):
        return selectors.reform_detail(
            slug=self.kwargs["slug"], include_drafts=include_drafts
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        meetings = {}
        for session in event_selectors.reform_sessions(reform=self.object):
            meetings.setdefault(session.meeting, []).append(session)
        context["meetings"] = list(meetings.items())
        return context
