"""The machinery every public list page shares (members, meetings, reforms, themes).

A list page reads its state from the query string only, with the parameter names of
the API (``q``, ``country``, ``theme``, ``page``, ``ordering``…), so a page URL can be
shared, bookmarked and walked with the back button, and reads like the API URL for
the same records. The FilterSet is the one the API uses; the selector decides what
is public and what is prefetched.

Bad input never fails the page: a value the FilterSet refuses, or a slug that names
nothing, is left out with a message that says which one and why; a page number that
is not a number shows the first page with a message; a page that does not exist
answers 404 with the list's own page and a message (crawlers drop it, people get a
way back).
"""

import dataclasses
import re
from collections.abc import Callable

from django.core.paginator import Paginator
from django.http import HttpResponseRedirect, QueryDict
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from django_countries import countries

from common.caching.memo import list_scope, memoised, record_count
from common.db.search_text import MAX_QUERY_LENGTH, normalise_search_text
from common.filters import SHOWN_VALUE, SLUG_PATTERN
from common.http.parameters import (
    ORDERING_PARAMETER,
    PAGE_PARAMETER,
    SEARCH_PARAMETER,
)
from common.i18n.languages import value_in_language

_SLUG = re.compile(SLUG_PATTERN)


@dataclasses.dataclass
class FilterSpec:
    """One filter as the page offers it.

    ``options`` is a list of ``(value, label)`` or, for filters that only links set
    (a member's reforms, say, among thousands of members), a callable that takes
    the requested slugs and returns the options for those only; such a filter shows
    as a removable chip instead of a <select>. ``slugs`` marks filters whose values
    are slugs: an unknown one is left out with a message.
    """

    name: str
    empty_label: str = ""
    options: list | Callable = dataclasses.field(default_factory=list)
    slugs: bool = False

    @property
    def chip(self):
        return callable(self.options)


@dataclasses.dataclass
class Option:
    value: str
    label: str
    selected: bool = False
    remove_query: str = ""
    language: str = ""


@dataclasses.dataclass
class Suggestion:
    """A name offered for a search that found nothing, the language it is written
    in (the page's, or the source language it fell back to) and the query that
    searches for it."""

    name: str
    language: str
    query: str


@dataclasses.dataclass
class Control:
    """A filter ready for the template: a labelled <select> or chips."""

    name: str
    label: str
    options: list
    empty_label: str = ""
    multiple: bool = False
    chip: bool = False

    @property
    def id(self):
        return f"filter-{self.name}"

    @property
    def selected(self):
        return [option for option in self.options if option.selected]


def country_options(codes):
    """``[(code, name)]`` in the active language, sorted as people read them."""
    options = [(code, countries.name(code)) for code in codes]
    return sorted(options, key=lambda option: normalise_search_text(option[1]))


def named_options(records, field="name"):
    """``[(slug, name in the active language, its language)]`` for slug filters;
    the language is empty where it is the page's, else the option carries it."""
    page_language = translation.get_language()
    options = []
    for record in records:
        name, language = value_in_language(record, field, page_language)
        options.append(
            (record.slug, name, "" if language == page_language else language)
        )
    return options


def cleaned_params(query):
    """The query string without empty values (a form sends ``country=`` for "all")."""
    params = QueryDict(mutable=True)
    for key in query:
        values = [value for value in query.getlist(key) if value.strip()]
        if values:
            params.setlist(key, values)
    return params


def split_values(values):
    """``theme=a,b&theme=c`` → ``["a", "b", "c"]``: the API accepts both forms."""
    return [part for value in values for part in value.split(",") if part]


def _as_strings(value):
    if value in (None, ""):
        return []
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return [str(value)]


class FilteredListView(TemplateView):
    """A page of records filtered by a FilterSet; subclasses give the pieces.

    - ``get_queryset()``: the selector (published records, prefetching).
    - ``filterset_class``: the FilterSet shared with the API.
    - ``get_filters()``: the ``FilterSpec`` list the page offers.
    - ``ordering_options``: ``[(value, label)]``; ``default_ordering`` applies
      when the visitor chose none.
    """

    filterset_class = None
    paginate_by = 20
    # The translated field that names a suggested record (get_suggestions).
    suggestion_field = "name"
    ordering_options = ()
    default_ordering = None

    def get_queryset(self):
        raise NotImplementedError

    def get_filters(self):
        return []

    def get(self, request, *args, **kwargs):
        params = cleaned_params(request.GET)
        if len(params) != len(request.GET):
            # The filter form sends every field, empty or not; the address people
            # share and bookmark keeps only the filters in use.
            query = params.urlencode()
            return HttpResponseRedirect(
                f"{request.path}?{query}" if query else request.path
            )
        messages = []
        specs = self.get_filters()
        options = {spec.name: self.resolve_options(spec, params) for spec in specs}
        for spec in specs:
            if spec.slugs:
                messages += self.drop_unknown_slugs(spec, options[spec.name], params)

        data = params.copy()
        if self.default_ordering and ORDERING_PARAMETER not in data:
            data[ORDERING_PARAMETER] = self.default_ordering
        # With the request, the search reads the theme glossary under the
        # request's content stamp (common.search_glossary).
        filterset = self.filterset_class(
            data, queryset=self.get_queryset(), request=request
        )
        for name, errors in filterset.errors.items():
            messages += [
                _("%(filter)s: %(error)s That filter was left out.")
                % {"filter": self.filter_label(name), "error": error}
                for error in errors
            ]
            params.pop(name, None)

        paginator = Paginator(filterset.qs, self.paginate_by)
        paginator.count = record_count(
            filterset.qs,
            request=request,
            scope=list_scope(
                request.path, params, ignored={PAGE_PARAMETER, ORDERING_PARAMETER}
            ),
        )
        page, page_messages = self.paginate(paginator, params)
        messages += page_messages
        without_page = params.copy()
        without_page.pop(PAGE_PARAMETER, None)
        suggestions = []
        if (
            paginator.count == 0
            and params.get(SEARCH_PARAMETER)
            and SEARCH_PARAMETER not in filterset.errors
        ):
            suggestions = self.suggestions(params[SEARCH_PARAMETER], data, without_page)
        controls = self.controls(specs, options, filterset, without_page)
        context = self.get_context_data(
            filterset=filterset,
            query=params.urlencode(),
            query_without_page=without_page.urlencode(),
            controls=[control for control in controls if not control.chip],
            chips=[control for control in controls if control.chip],
            ordering_control=self.ordering_control(params),
            search=params.get(SEARCH_PARAMETER, "")[:MAX_QUERY_LENGTH],
            search_hint=self.search_hint(),
            search_max_length=MAX_QUERY_LENGTH,
            filter_messages=messages,
            paginator=paginator,
            page_obj=page,
            # An empty page is falsy in templates; this says whether it exists.
            page_exists=page is not None,
            object_list=list(page.object_list) if page is not None else [],
            is_filtered=any(
                key not in {PAGE_PARAMETER, ORDERING_PARAMETER} for key in params
            ),
            suggestions=suggestions,
            **kwargs,
        )
        context.update(self.get_page_context(context))
        # An empty page is falsy (it has no records) but exists: only a missing one
        # is a 404.
        return self.render_to_response(context, status=200 if page is not None else 404)

    def resolve_options(self, spec, params):
        wanted = split_values(params.getlist(spec.name))
        if spec.chip:
            # Only slug-shaped values reach the query (PostgreSQL refuses a NUL in
            # a string literal); any other is then unknown like a slug naming
            # nothing.
            offered = spec.options(
                [value for value in wanted if _SLUG.fullmatch(value)]
            )
        else:
            offered = spec.options
        return [
            (str(value), str(label), *language) for value, label, *language in offered
        ]

    def drop_unknown_slugs(self, spec, options, params):
        """Leave out the slugs that name nothing; one message for each."""
        wanted = split_values(params.getlist(spec.name))
        known = {option[0] for option in options}
        kept = [slug for slug in wanted if slug in known]
        if kept:
            params.setlist(spec.name, kept)
        else:
            params.pop(spec.name, None)
        return [
            _("%(filter)s: nothing is called “%(value)s”. That filter was left out.")
            % {"filter": self.filter_label(spec.name), "value": slug[:SHOWN_VALUE]}
            for slug in wanted
            if slug not in known
        ]

    def paginate(self, paginator, params):
        """The requested page (None when it does not exist) and messages about it.

        A page number that is not a number shows the first page; a number outside
        the results gives no page, and the view answers 404.
        """
        messages = []
        raw = params.get(PAGE_PARAMETER, "1")
        try:
            number = int(raw)
        except ValueError:
            messages.append(
                _("“%(value)s” is not a page number: here is the first page.")
                % {"value": raw[:SHOWN_VALUE]}
            )
            number = 1
            params.pop(PAGE_PARAMETER, None)
        if 1 <= number <= paginator.num_pages:
            return paginator.page(number), messages
        messages.append(
            ngettext(
                "There is no page %(number)s: these results fit on %(count)s page.",
                "There is no page %(number)s: these results fit on %(count)s pages.",
                paginator.num_pages,
            )
            % {"number": number, "count": paginator.num_pages}
        )
        return None, messages

    def remembered(self, name, compute):
        """``compute()`` (filter options, say) remembered until public content
        changes, per language (common.caching.memo): it may scan every record."""
        return memoised(
            name, [translation.get_language()], compute, request=self.request
        )

    def get_page_context(self, context):
        """Extra context that needs the page's records (grouping them, say)."""
        return {}

    def filter_label(self, name):
        filter_ = self.filterset_class.base_filters.get(name)
        return str(filter_.label) if filter_ is not None else name

    def get_suggestions(self, query, queryset):
        """Records whose names come close to a search that found nothing, among
        ``queryset`` (the list with its other filters applied): "Did you mean
        …?". None by default; a list that offers them returns a selector's."""
        return []

    def suggestions(self, query, data, params):
        """``[Suggestion]`` for a search that found nothing: each record's name in
        the page's language and the same address searching for that name instead
        (the other filters kept, back on the first page)."""
        others = data.copy()
        others.pop(SEARCH_PARAMETER, None)
        rest = self.filterset_class(
            others, queryset=self.get_queryset(), request=self.request
        ).qs
        language = translation.get_language()
        suggestions = []
        for record in self.get_suggestions(query, rest):
            name, name_language = value_in_language(
                record, self.suggestion_field, language
            )
            search = params.copy()
            search[SEARCH_PARAMETER] = name
            suggestions.append(
                Suggestion(name=name, language=name_language, query=search.urlencode())
            )
        return suggestions

    def search_hint(self):
        """What the search box covers, in the page's language: the search filter's
        help text, which the API schema gives as the ``q`` description too."""
        filter_ = self.filterset_class.base_filters.get(SEARCH_PARAMETER)
        return filter_.extra.get("help_text", "") if filter_ is not None else ""

    def choice_labels(self, name):
        filter_ = self.filterset_class.base_filters.get(name)
        choices = filter_.extra.get("choices") if filter_ is not None else None
        if callable(choices):
            choices = choices()
        return {str(value): str(label) for value, label in choices or ()}

    def controls(self, specs, options, filterset, params):
        cleaned = filterset.form.cleaned_data
        controls = []
        for spec in specs:
            chosen = _as_strings(cleaned.get(spec.name))
            # Named options say their language where it is not the page's.
            choices = [
                Option(
                    value,
                    label,
                    value in chosen,
                    language=language[0] if language else "",
                )
                for value, label, *language in options[spec.name]
            ]
            # A valid value that no record uses yet (a country without members)
            # still shows as chosen.
            offered = {option.value for option in choices}
            labels = self.choice_labels(spec.name)
            choices += [
                Option(value, labels.get(value, value), True)
                for value in chosen
                if value not in offered
            ]
            for option in choices:
                if option.selected:
                    option.remove_query = _without(params, spec.name, option.value)
            controls.append(
                Control(
                    name=spec.name,
                    label=self.filter_label(spec.name),
                    options=choices,
                    empty_label=str(spec.empty_label),
                    # A shared URL may carry several values; keep them all.
                    multiple=len(chosen) > 1,
                    chip=spec.chip,
                )
            )
        return controls

    def ordering_control(self, params):
        """The sort <select>; the default order sends no parameter at all, so the
        address stays short."""
        if not self.ordering_options:
            return None
        default = self.default_ordering or ""
        current = params.get(ORDERING_PARAMETER, default)
        return Control(
            name=ORDERING_PARAMETER,
            label=self.filter_label(ORDERING_PARAMETER),
            options=[
                Option("" if value == default else value, str(label), value == current)
                for value, label in self.ordering_options
            ],
        )


def _without(params, name, value):
    """The query string with one value of one filter removed."""
    remaining = params.copy()
    values = [v for v in split_values(remaining.getlist(name)) if v != value]
    if values:
        remaining.setlist(name, values)
    else:
        remaining.pop(name, None)
    return remaining.urlencode()
