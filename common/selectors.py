"""Read-query helpers that several apps' selectors share."""

import functools
import json
from collections import defaultdict

from django.conf import settings
from django.db.models import F, JSONField, OuterRef, Subquery
from django.utils import translation


class _SlugListField(JSONField):
    """What ``SlugList`` reads: PostgreSQL gives a list, SQLite a JSON text."""

    def from_db_value(self, value, expression, connection):
        if value is None:
            return []
        if isinstance(value, str):
            return json.loads(value)
        return list(value)

    def get_db_converters(self, connection):
        # PostgreSQL's ARRAY(…) arrives as a list (never NULL): nothing to convert.
        # Elsewhere only our own conversion: JSONField's would decode a list again.
        if connection.vendor == "postgresql":
            return []
        return [self.from_db_value]


class SlugList(Subquery):
    """The ``slug`` column of a correlated subquery, as one list per row, in the
    subquery's order: ``ARRAY(SELECT …)`` on PostgreSQL, ``json_group_array`` over
    the ordered subquery on SQLite. SQLite aggregates in the subquery's order
    without promising to in its documentation; the API tests check the order on
    both databases (tests/reforms/test_api.py)."""

    output_field = _SlugListField()

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return f"ARRAY{sql}", params

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return f"(SELECT json_group_array(slug) FROM {sql})", params


def linked_slugs(linked, *, through):
    """An annotation: the slugs of the records ``linked`` selects that link to the
    row, in ``linked``'s order.

    ``linked`` is the linked model's selector queryset, which decides what may be
    shown (published only) and in which order; ``through`` is the path from the
    linked model to the link table's key of the rows (``"reformjurisdiction__reform_id"``).
    Lists show slugs far more often than whole linked records: read as part of the
    rows' own query, they cost neither a query nor a model instance.
    """
    return SlugList(linked.filter(**{through: OuterRef("pk")}).values("slug"))


def attach_linked(records, *, attr, linked, through):
    """Give each of ``records`` (already fetched) the list ``attr`` of its linked
    records, whole: what ``?expand=`` shows. Arguments as for ``linked_slugs``.

    One query, however many records: the lists' replacement for
    ``prefetch_related``.
    """
    found = defaultdict(list)
    if records:
        linked = linked.filter(**{f"{through}__in": [record.pk for record in records]})
        for item in linked.annotate(linked_to=F(through)):
            found[item.linked_to].append(item)
    for record in records:
        setattr(record, attr, found.get(record.pk, []))
    return records


def built_once_per_language(selector):
    """Decorate a selector that takes no arguments and whose queryset depends on
    nothing but the active language (which orders translated names): build it once
    per language and hand out copies.

    Building a queryset with subqueries costs about as much as running it; a copy
    (``.all()``) costs nothing, never shares fetched rows, and is filtered and
    sliced like the original. Not for selectors that read the date, the user or
    anything else that changes. ``SELF_CHECKS`` may change the queryset
    (common.stored_slugs), so it is part of the key.
    """
    built = {}

    @functools.wraps(selector)
    def wrapper():
        key = (translation.get_language(), settings.SELF_CHECKS)
        queryset = built.get(key)
        if queryset is None:
            queryset = built[key] = selector()
        return queryset.all()

    return wrapper
