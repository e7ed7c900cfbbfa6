"""Counts of filtered lists, memoised per content version.

A list's count (``"count"`` in the API, "1–20 of 1,234" on pages) costs a scan of
every matching row, so it grows with the directory while the page it goes with does
not. The count of a given filter changes only when public content does, and every
such change moves the content version (common.content_version): keyed by that
version, a remembered count is never stale, and the next change leaves it behind.
"""

import hashlib

from django.core.cache import cache

from common.content_version import content_stamp, content_version

# A day; entries of old versions are unreachable anyway and only wait to expire.
TIMEOUT = 24 * 60 * 60


def record_count(queryset, *, request, scope):
    """How many records ``queryset`` holds.

    ``scope`` must name everything that selects the records (for a list: its path
    and the filter parameters, not the page number): two querysets with the same
    scope must hold the same records.
    """
    stamp = content_stamp(*content_version(request))
    digest = hashlib.sha256("\n".join(scope).encode()).hexdigest()
    key = f"record-count:{stamp}:{digest}"
    count = cache.get(key)
    if count is None:
        count = queryset.count()
        cache.set(key, count, TIMEOUT)
    return count


def list_scope(request, *, ignored=()):
    """The scope of a list request: its path and query string in a canonical order,
    without the parameters in ``ignored`` (page number, page size, format…)."""
    items = sorted(
        (key, value)
        for key, values in request.GET.lists()
        if key not in ignored
        for value in values
    )
    return [request.path, *(f"{key}={value}" for key, value in items)]
