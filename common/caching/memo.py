"""Results that depend only on public content and the date, remembered per stamp.

A list's count ("1–20 of 1,234", ``"count"`` in the API) and its filters' options
cost a scan of every matching row, so they grow with the directory while the page
they go with does not. They change only when public content does, or with the date
("upcoming" meetings), and both move the content stamp (common.caching.stamp):
keyed by it, a remembered result is never stale. They live in the shared cache,
so one worker's work serves the others.
"""

import hashlib

from common.caching.shared_cache import cache_get, cache_set
from common.caching.stamp import content_stamp

# A day; entries of old stamps are unreachable anyway and only wait to expire.
TIMEOUT = 24 * 60 * 60
ALIAS = "default"


def memoised(name, scope, compute, *, request=None):
    """``compute()``, or what it gave for the same ``name`` and ``scope`` under
    the current content stamp.

    ``scope`` (strings) must name everything the result depends on besides public
    content and the date: the active language for translated labels, the filters
    for a count.
    """
    stamp = content_stamp(request)
    digest = hashlib.sha256("\n".join([name, *scope]).encode()).hexdigest()
    key = f"memo:{stamp.key}:{digest}"
    value = cache_get(ALIAS, key)
    if value is None:
        value = compute()
        cache_set(ALIAS, key, value, TIMEOUT)
    return value


def record_count(queryset, *, request, scope):
    """How many records ``queryset`` holds.

    ``scope`` must name everything that selects the records (for a list: its path
    and the filter parameters, not the page number): two querysets with the same
    scope must hold the same records.
    """
    return memoised("count", scope, queryset.count, request=request)


def list_scope(path, params, *, ignored=()):
    """The scope of a list: its ``path`` and the ``params`` (a QueryDict) that
    select its records, in a canonical order, without those in ``ignored`` (page
    number, page size, format…)."""
    items = sorted(
        (key, value)
        for key, values in params.lists()
        if key not in ignored
        for value in values
    )
    return [path, *(f"{key}={value}" for key, value in items)]
