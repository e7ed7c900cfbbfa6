"""Results that depend only on public content, remembered per content version.

A list's count ("1–20 of 1,234", ``"count"`` in the API) and its filters' options
(the countries that reforms take place in, the themes members work on) cost a scan
of every matching row, so they grow with the directory while the page they go with
does not. They change only when public content does, and every such change moves
the content version (common.content_version): keyed by its stamp, a remembered
result is never stale, and the next change leaves it behind. They live in the
shared cache, so one worker's work serves the others.
"""

import hashlib

from django.core.cache import cache

from common.content_version import content_stamp, content_version

# A day; entries of old versions are unreachable anyway and only wait to expire.
TIMEOUT = 24 * 60 * 60


def memoised(name, scope, compute, *, request=None):
    """``compute()``, or what it gave for the same ``name`` and ``scope`` since
    public content last changed.

    ``scope`` (strings) must name everything the result depends on besides public
    content: the active language for translated labels, the filters for a count.
    """
    stamp = content_stamp(*content_version(request))
    digest = hashlib.sha256("\n".join([name, *scope]).encode()).hexdigest()
    key = f"memo:{stamp}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
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
