"""Filter pieces that several resources share.

One FilterSet per resource serves both the public page and the API endpoint, so a
page URL and an API URL with the same parameters return the same records.
"""

import datetime
import operator
import re
from functools import reduce

import django_filters
from django import forms
from django.core.validators import ProhibitNullCharactersValidator, RegexValidator
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_filters.fields import BaseCSVField

from common.db.search_text import MAX_QUERY_LENGTH, search_terms
from common.http.parsers import parse_iso_date, parse_rfc3339, parse_whole_number
from common.i18n.languages import ordering_with_fallback
from common.search_glossary import search_glossary, term_groups
from common.validators import validate_no_control_characters

# What a slug may hold: the pages' and the API's URLs accept the same.
SLUG_PATTERN = r"[-a-zA-Z0-9_]+"
# Slugs one filter may name at once.
MAX_SLUGS = 100
# How much of a visitor's value an error message repeats.
SHOWN_VALUE = 100
# A filter's ``help_text`` describes its parameter to partners in the API schema
# (English, as the rest of the API reference); the pages show the labels, and the
# search's help text under the search box. This one says what the filters of
# linked records take.
LINKED_SLUGS = "Slugs, comma-separated: records linked to any of them."


# The filters' form fields read values with the parsers the API's own parameters
# use (common.http.parsers) and say in the visitor's language what is wrong.
class PlainTextField(forms.CharField):
    """Text without control characters: one message naming the first one found
    (Django's own check only knows NUL)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [
            validator
            for validator in self.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ] + [validate_no_control_characters]


class WholeNumberField(forms.IntegerField):
    """A whole number written plainly: no decimals, exponent or other digits."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = parse_whole_number(value)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


class IsoDateField(forms.DateField):
    """A date as ``YYYY-MM-DD`` only: Django's DateField also reads local formats
    (``01/02/2024`` is 1 February in Spanish, 2 January in English)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return value
        day = parse_iso_date(str(value))
        if day is None:
            raise forms.ValidationError(
                _("Enter a date as YYYY-MM-DD, such as 2026-01-31."), code="invalid"
            )
        return day


class Rfc3339DateTimeField(forms.DateTimeField):
    """An RFC 3339 date-time with its offset, or a date (midnight UTC)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value
        value = str(value)
        moment = parse_rfc3339(value)
        if moment is None and (day := parse_iso_date(value)) is not None:
            moment = datetime.datetime.combine(
                day, datetime.time(), tzinfo=datetime.UTC
            )
        if moment is None:
            raise forms.ValidationError(
                _(
                    "Enter a date and time with its time zone, such as "
                    "2026-01-31T09:00:00Z, or a date such as 2026-01-31."
                ),
                code="invalid",
            )
        return moment


class CaseInsensitiveMultipleChoiceField(forms.MultipleChoiceField):
    """Accepts ``ar`` for ``AR``: partners and people type codes either way."""

    def __init__(self, *args, normalise=str.upper, **kwargs):
        self.normalise = normalise
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        return [self.normalise(str(item)) for item in super().to_python(value)]


class ColumnChoiceFilter(django_filters.MultipleChoiceFilter):
    """``?status=active&status=withdrawn``: any of these values of a column of the
    record itself. No join, so no duplicate rows: no DISTINCT, which would make the
    database sort every match instead of reading its sort index."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


class CountryFilter(ColumnChoiceFilter):
    """``?country=AR&country=mx``: ISO 3166-1 alpha-2 codes, any case."""

    field_class = CaseInsensitiveMultipleChoiceField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", lambda: list(countries))
        kwargs.setdefault("label", _("Country"))
        kwargs.setdefault(
            "help_text",
            "ISO 3166-1 alpha-2 country code, upper case (lower case is accepted too).",
        )
        super().__init__(*args, **kwargs)


class SearchFilter(django_filters.CharFilter):
    """``?q=``: every word must match the record's normalised search text.

    At most MAX_QUERY_LENGTH characters (spaces count), none of them a control
    character. ``related_paths`` name other search-text columns that count too,
    e.g. a reform is found by its members' names with
    ``("jurisdictions__search_text",)`` and by its themes' names, in every
    language, with ``("themes__search_text",)``. Reading the related record's own
    column at query time (a ``pk IN (subquery)`` semi-join) rather than copying its
    text into the record keeps a renamed theme or a changed link searchable at once,
    with nothing to refresh, and adds no query.

    Only published related records count, unless ``include_drafts`` (the admin's
    search): a draft's name must not find, and so reveal, a public record.
    ``help_text`` says what the search covers; the page shows it under the search
    box and the API schema uses it as the parameter's description.

    Theme names are a glossary (common.search_glossary): where a run of the
    query's words is, as a whole, the name of a published theme in one language,
    the same theme's name in any other language matches in its place. "datos
    abiertos" then finds a record matching both "datos" and "abiertos" or both
    "open" and "data", exactly what "open data" finds; "portal datos abiertos"
    also needs "portal"; "datos" alone is no theme's name and stays one word. The
    longest run from the left wins. Without ``glossary`` (the admin's search) every
    word stands alone.
    """

    field_class = PlainTextField

    def __init__(
        self, *args, related_paths=(), include_drafts=False, glossary=True, **kwargs
    ):
        self.related_paths = related_paths
        self.include_drafts = include_drafts
        self.glossary = glossary
        kwargs.setdefault("label", _("Search"))
        kwargs.setdefault("max_length", MAX_QUERY_LENGTH)
        kwargs.setdefault("strip", False)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        terms = search_terms(value or "")
        if not terms:
            return qs
        for alternatives in self.term_groups(terms):
            qs = qs.filter(self.any_of(qs, alternatives))
        return qs

    def term_groups(self, terms):
        if not self.glossary:
            return [((term,),) for term in terms]
        # The FilterSet's request, where there is one: the glossary is then read
        # once per request, under the stamp the request has already read.
        filterset = getattr(self, "parent", None)
        request = getattr(filterset, "request", None)
        return term_groups(terms, search_glossary(request))

    def any_of(self, qs, alternatives):
        """The records matching every word of at least one of ``alternatives``
        (``(("datos", "abiertos"), ("open", "data"))``)."""
        return reduce(
            operator.or_,
            (
                reduce(operator.and_, (self.matches(qs, word) for word in words))
                for words in alternatives
            ),
        )

    def matches(self, qs, term):
        """The records whose own search text, or a related one, holds ``term``."""
        condition = Q(search_text__contains=term)
        for path in self.related_paths:
            matching = qs.model.objects.filter(
                **{f"{path}__contains": term}, **self.published_along(path)
            )
            condition |= Q(pk__in=matching.values("pk"))
        return condition

    def published_along(self, path):
        """``reforms__themes__search_text`` → ``{"reforms__is_published": True,
        "reforms__themes__is_published": True}``: every record on the way must be
        public. In one ``filter()`` call, so each applies to the same join."""
        if self.include_drafts:
            return {}
        relations = path.split("__")[:-1]
        return {
            "__".join(relations[: depth + 1]) + "__is_published": True
            for depth in range(len(relations))
        }


class StrictCSVField(BaseCSVField):
    """Comma-separated values where an empty value names none, and an empty item
    (``a,,b`` or ``a,``) is an error rather than quietly skipped."""

    def clean(self, value):
        if value and any(item == "" for item in value):
            raise forms.ValidationError(
                _("Remove the empty value between the commas."), code="empty_item"
            )
        return super().clean(value)


class SlugListField(StrictCSVField):
    """Comma-separated slugs (``open-data,inclusion``); an empty value names none.

    Each one must look like a slug and there may be at most MAX_SLUGS: a malformed
    one is an error naming it, where a well-formed slug that names nothing simply
    matches nothing.
    """

    _slug = re.compile(SLUG_PATTERN)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return []
        if len(value) > MAX_SLUGS:
            raise forms.ValidationError(
                _("Name at most %(limit)s slugs."),
                code="max_slugs",
                params={"limit": MAX_SLUGS},
            )
        for slug in value:
            if not self._slug.fullmatch(slug):
                raise forms.ValidationError(
                    _(
                        "“%(value)s” is not a slug: slugs hold only letters, digits, "
                        "hyphens and underscores."
                    ),
                    code="invalid_slug",
                    params={"value": slug[:SHOWN_VALUE]},
                )
        return list(value)


class SlugListFilter(django_filters.BaseInFilter, django_filters.CharFilter):
    """Base of the filters that take comma-separated slugs."""

    base_field_class = SlugListField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("strip", False)
        super().__init__(*args, **kwargs)


class RelatedSlugFilter(SlugListFilter):
    """``?theme=open-data,inclusion``: records linked to any of these slugs.

    ``path`` leads from the record to the related slug (``reforms__themes__slug``);
    ``conditions`` apply within the same join (``{"reforms__is_published": True}``).
    A ``pk IN (subquery)`` semi-join repeats no row and needs no DISTINCT, and needs
    no import of the related app (apps depend on each other one way only).
    """

    def __init__(self, *args, path, conditions=None, **kwargs):
        self.path = path
        self.conditions = conditions or {}
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        slugs = [slug for slug in (value or []) if slug]
        if not slugs:
            return qs
        matching = qs.model.objects.filter(
            **{f"{self.path}__in": slugs}, **self.conditions
        ).values("pk")
        return qs.filter(pk__in=matching)


class SlugInFilter(SlugListFilter):
    """``?meeting=open-americas-2022,europe-regional-meeting-2022``."""


class TranslatedOrderingFilter(django_filters.OrderingFilter):
    """``?ordering=name,-member_since``; translated fields sort in the active
    language with English fallback, and a unique key (the slug, or e.g. meeting
    and slug) always breaks ties."""

    base_field_class = StrictCSVField

    def __init__(self, *args, translated=(), tiebreaker="slug", **kwargs):
        self.translated = set(translated)
        self.tiebreaker = (
            (tiebreaker,) if isinstance(tiebreaker, str) else tuple(tiebreaker)
        )
        kwargs.setdefault("label", _("Sort by"))
        kwargs.setdefault(
            "help_text",
            "Sort order: fields, comma-separated, '-' for descending. Translated "
            "fields sort in the requested language with English fallback; ties "
            "always break on the slug. Without it: the documented default order.",
        )
        super().__init__(*args, **kwargs)

    def get_ordering_value(self, param, model=None):
        descending = param.startswith("-")
        name = param.removeprefix("-")
        field = self.param_map.get(name, name)
        expression = (
            ordering_with_fallback(field) if field in self.translated else F(field)
        )
        # Empty values last either way, on every database (PostgreSQL and SQLite
        # disagree on where NULLs go by default). Said only for a nullable column:
        # the sort indexes (common.db.indexes) are plain ASC/DESC, and PostgreSQL reads
        # an index only for the exact order it holds. A translated field falls back
        # to the source language, which is never empty.
        nullable = (
            field not in self.translated
            and model is not None
            and model._meta.get_field(field).null
        )
        nulls = {"nulls_last": True} if nullable else {}
        return expression.desc(**nulls) if descending else expression.asc(**nulls)

    def filter(self, qs, value):
        ordering = [self.get_ordering_value(p, qs.model) for p in value or [] if p]
        if not ordering:
            return qs
        return qs.order_by(*ordering, *self.tiebreaker)


class IsoDateFilter(django_filters.DateFilter):
    """A date written ``YYYY-MM-DD``, whatever the language of the page."""

    field_class = IsoDateField


class YearFilter(django_filters.NumberFilter):
    """A year, written as a whole number."""

    field_class = WholeNumberField


class LanguageCodeFilter(django_filters.CharFilter):
    """A spoken language: a two-letter ISO 639-1 code (``es``), any case."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("strip", False)
        kwargs.setdefault("help_text", "A spoken language, ISO 639-1 (es, en, pt…).")
        kwargs.setdefault(
            "validators",
            [
                RegexValidator(
                    r"\A[A-Za-z]{2}\Z",
                    message=_(
                        "Enter a two-letter language code (ISO 639-1) such as “es”."
                    ),
                    code="invalid_language",
                )
            ],
        )
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        return super().filter(qs, value.lower() if value else value)


class UpdatedSinceFilter(django_filters.DateTimeFilter):
    """``?updated_since=2026-01-01T00:00:00Z``: what changed since a partner's last
    sync. An RFC 3339 date-time (with its offset) or a date, at midnight UTC."""

    field_class = Rfc3339DateTimeField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("field_name", "updated_at")
        kwargs.setdefault("lookup_expr", "gte")
        kwargs.setdefault("label", _("Updated since"))
        kwargs.setdefault(
            "help_text",
            "Records changed at or after this ISO 8601 date-time (e.g. "
            "2026-01-01T00:00:00Z), to fetch only what changed since a last sync. A "
            "record unpublished since then is simply absent: compare slugs with a "
            "full list to notice removals.",
        )
        super().__init__(*args, **kwargs)
