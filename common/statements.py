"""List queries compiled to SQL once per shape, and run afresh on every request.

Compiling a list page's queryset (correlated subqueries for the link slugs, a
translated ordering, the filters) costs about as much as PostgreSQL takes to run
it. Its SQL depends on the code and on the request's parameters, never on the
content, so each worker keeps it by a key that names those parameters. Every
request still runs the SQL and reads current rows: nothing here can be stale.

A wrong key (one that leaves out something the SQL depends on) would serve one
request another's query, so with ``SELF_CHECKS`` on (tests and DEBUG) every
use compiles the queryset again and fails loudly when the SQL differs.
"""

import threading
from collections import OrderedDict

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connections

# Distinct list queries a worker keeps: every filter, ordering and page
# combination is one; the rarely used ones drop out first.
MAX_STATEMENTS = 512


class StatementMismatch(AssertionError):
    """A key named two different queries."""


class CompiledStatements:
    """Compiled SQL (with its parameters and column converters) by key, LRU."""

    def __init__(self, size=MAX_STATEMENTS):
        self.size = size
        self._entries = OrderedDict()
        self._lock = threading.Lock()

    def rows(self, build, key):
        """``(names, rows)``: the column names and the rows (tuples, converted as
        Django converts them) of the ``values``/``values_list`` queryset that
        ``build()`` returns, called only when the SQL must be compiled. The columns
        come in the SQL's order, which need not be the order ``values_list`` names
        them in. ``key`` must name everything the SQL depends on."""
        # SELF_CHECKS adds checks to some queries (common.stored_slugs).
        entry_key = (key, settings.SELF_CHECKS)
        entry = self._get(entry_key)
        if entry is None or settings.SELF_CHECKS:
            queryset = build()
            compiled = _compile(queryset)
            if entry is not None and entry[:3] != compiled[:3]:
                raise StatementMismatch(
                    f"Key {key!r} names two queries:\n{entry[0]}\n{compiled[0]}"
                )
            entry = compiled
            self._put(entry_key, entry)
        sql, params, names, converters, database = entry
        if sql is None:
            return names, []
        connection = connections[database]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = [_convert(row, converters, connection) for row in rows]
        return names, rows

    def _get(self, key):
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def _put(self, key, entry):
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)


def _compile(queryset):
    """``(sql, params, names, converters, database)``; ``sql`` is None for a query
    that can match nothing (Django then runs none)."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return None, (), (), {}, queryset.db
    selected = compiler.select[: compiler.col_count]
    names = tuple(alias for _expression, _sql, alias in selected)
    fields = [expression for expression, _sql, _alias in selected]
    converters = compiler.get_converters(fields)
    return sql, tuple(params), names, converters, queryset.db


def _convert(row, converters, connection):
    row = list(row)
    for position, (functions, expression) in converters.items():
        value = row[position]
        for function in functions:
            value = function(value, expression, connection)
        row[position] = value
    return tuple(row)


statements = CompiledStatements()
