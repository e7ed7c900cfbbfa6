"""The themes list and theme pages: a theme with its reforms, members and
sessions."""

from django.utils.translation import gettext_lazy as _

from common.pages.listing import (
    FilteredListView,
    FilterSpec,
)
from common.pages.views import PublicDetailView
from events import selectors as event_selectors
from reforms import selectors
from themes import selectors as theme_selectors
from themes.filters import THEME_KINDS, ThemeFilter

# A theme page lists this many reforms and members, then links to the filtered list,
# and this many sessions, the most recent first.
THEME_PAGE_LIMIT = 12
THEME_SESSION_LIMIT = 50


class ThemeListView(FilteredListView):
    template_name = "reforms/theme_list.html"
    filterset_class = ThemeFilter
    paginate_by = 50
    default_ordering = "name"

    def get_queryset(self):
        return selectors.theme_list_with_counts()

    def get_filters(self):
        return [FilterSpec("kind", _("All types"), THEME_KINDS)]


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
            event_selectors.theme_sessions(theme=theme), limit=THEME_SESSION_LIMIT
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
