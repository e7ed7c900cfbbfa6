"""Reforms and themes: their lists and pages."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from common.pages.listing import (
    FilteredListView,
    FilterSpec,
    country_options,
    named_options,
)
from common.pages.views import PublicDetailView
from reforms import selectors
from reforms.enums import ReformStatus
from reforms.filters import ReformFilter
from themes import selectors as theme_selectors
from themes.filters import ThemeFilter

# A theme page lists this many reforms and members, then links to the filtered list,
# and this many sessions, the most recent first.
THEME_PAGE_LIMIT = 12
THEME_SESSION_LIMIT = 50

# The values of ThemeFilter's ``kind``, labelled as a filter reads them (plural).
THEME_KIND_OPTIONS = (
    ("policy-area", pgettext_lazy("theme kinds", "OGP policy areas")),
    ("value", pgettext_lazy("theme kinds", "OGP values")),
    ("process", pgettext_lazy("theme kinds", "OGP processes")),
    ("local-circle", pgettext_lazy("theme kinds", "Local Circles")),
)


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
                    selectors.reform_meeting_options(slugs=slugs)
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
        for session in self.object.public_sessions:
            meetings.setdefault(session.meeting, []).append(session)
        context["meetings"] = list(meetings.items())
        return context


class ThemeListView(FilteredListView):
    template_name = "reforms/theme_list.html"
    filterset_class = ThemeFilter
    paginate_by = 50
    default_ordering = "name"

    def get_queryset(self):
        return selectors.theme_list_with_counts()

    def get_filters(self):
        return [FilterSpec("kind", _("All types"), THEME_KIND_OPTIONS)]


class ThemeDetailView(PublicDetailView):
    template_name = "reforms/theme_detail.html"
    context_object_name = "theme"

    def get_object(self, *, include_drafts):
        return theme_selectors.theme_detail(
            slug=self.kwargs["slug"], include_drafts=include_drafts
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        theme = self.object
        reforms, reform_count = _first_and_count(selectors.theme_reforms(theme=theme))
        members, member_count = _first_and_count(selectors.theme_members(theme=theme))
        sessions, session_count = _first_and_count(
            selectors.theme_sessions(theme=theme), limit=THEME_SESSION_LIMIT
        )
        context.update(
            reforms=reforms,
            reform_count=reform_count,
            members=members,
            member_count=member_count,
            sessions=sessions,
            session_count=session_count,
        )
        return context


def _first_and_count(queryset, limit=THEME_PAGE_LIMIT):
    """The first records of a list and how many there are in all (counted only when
    the first ones do not already say it)."""
    first = list(queryset[:limit])
    count = len(first) if len(first) < limit else queryset.count()
    return first, count
