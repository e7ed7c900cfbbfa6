"""Slug lists stored on a row, so that a list reads them without a subquery.

A list of records shows the slugs of each record's published links. Computed per
row (``common.selectors.linked_slugs``), they cost a correlated subquery per row
and relation; stored, they cost a column. An app that stores them keeps them
current on every write that can change them (reforms.link_slugs) and reads them
through ``checked_stored_slugs``, which under ``SELF_CHECKS`` also computes them and
fails on a difference.

Slugs hold no commas, so a list is stored as one comma-separated text.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Concat

# Slugs hold letters, digits, hyphens and underscores only.
SEPARATOR = ","
CHECK_SEPARATOR = "|"


class StaleStoredSlugs(AssertionError):
    """Stored slugs differ from what the links say: a write path left them stale."""


def _split(value):
    return value.split(SEPARATOR) if value else []


class StoredSlugsField(models.TextField):
    """A list of slugs kept as one comma-separated text; reads as a list."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", "")
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return _split(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return _split(value)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            return SEPARATOR.join(value)
        return value or ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))


class JoinedSlugs(Subquery):
    """The ``slug`` column of a correlated subquery as one comma-separated text, in
    the subquery's order (``""`` for none): what a ``StoredSlugsField`` holds.
    SQLite aggregates in the subquery's order without promising to; the API tests
    check the order on both databases."""

    output_field = models.TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return f"array_to_string(ARRAY{sql}, '{SEPARATOR}')", params

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return (
            f"(SELECT coalesce(group_concat(slug, '{SEPARATOR}'), '') FROM {sql})",
            params,
        )


def joined_slugs(linked, *, through):
    """What a stored slug list must hold: the slugs of the records ``linked`` selects
    that link to the row, in ``linked``'s order. Arguments as for
    ``common.selectors.linked_slugs``."""
    return JoinedSlugs(linked.filter(**{through: OuterRef("pk")}).values("slug"))


class _CheckedSlugsField(models.TextField):
    """Reads ``stored|computed`` and fails when the two differ."""

    def from_db_value(self, value, expression, connection):
        stored, computed = value.split(CHECK_SEPARATOR)
        if stored != computed:
            raise StaleStoredSlugs(
                f"{expression.name}: stored {stored!r}, the links say {computed!r}"
            )
        return _split(stored)


class _CheckedConcat(Concat):
    def __init__(self, name, *expressions):
        self.name = name
        super().__init__(*expressions, output_field=_CheckedSlugsField())


def checked_stored_slugs(field, computed):
    """An annotation that reads the stored slug list ``field``. With ``SELF_CHECKS``
    on (tests, DEBUG) it also computes the list (``computed``, from
    ``joined_slugs``) in the same query and raises ``StaleStoredSlugs`` when the
    stored one differs, so every list read in the test suite checks that the writes
    before it kept the column current."""
    if not settings.SELF_CHECKS:
        return F(field)
    return _CheckedConcat(field, F(field), Value(CHECK_SEPARATOR), computed)
