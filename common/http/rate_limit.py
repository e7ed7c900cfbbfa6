"""Per-client limits counted atomically in the shared cache.

Every limit of the site (the API's, the admin sign-in's, the join form's) is
counted by django-ratelimit's ``get_usage``: the first hit of a window creates
its counter with ``cache.add`` and every later one adds to it with
``cache.incr``. On Redis each is one atomic command, so concurrent requests,
on any worker or app server, each get a count of their own and exactly ``limit``
of them get through; locmem (the local default) does the same within one process.
A read-then-write counter (DRF's throttles, django-axes' check before it records
a failure) lets concurrent requests all read the same count and all pass.

Windows are fixed (django-ratelimit staggers their start per client, so not
every client's allowance comes back at the same second): a client gets ``limit``
requests per window, and a refused one is told the seconds left in it.

When the cache fails, nothing is counted and the request goes on
(RATELIMIT_FAIL_OPEN, settings.py), and the log says so on the cache's logger
(common.caching), as for every other cache read: a public, read-only API and a
sign-in page still guarded by django-axes' lockout in the database are better
served unlimited for a while than refused to everyone.
"""

import logging
import re
from dataclasses import dataclass

from django.utils.crypto import salted_hmac
from django_ratelimit.core import get_usage

logger = logging.getLogger("common.caching")

# django-ratelimit reads the first letter of the unit, so "5/month" would mean five
# a minute: only the units it understands are accepted, spelled out or not.
RATE = re.compile(
    r"[1-9][0-9]*/[0-9]*(s|sec|seconds?|m|min|minutes?|h|hours?|d|days?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Usage:
    """One client's standing in the current window."""

    allowed: bool
    # Requests counted in this window, this one included.
    count: int
    # Seconds until the window ends and the allowance comes back.
    retry_after: int


def hashed(*parts):
    """A key naming a client without keeping its address (or name) in the cache."""
    return salted_hmac("common.rate_limit", "\n".join(parts)).hexdigest()[:32]


def count(request, *, group, key, rate, increment=True):
    """Count one request of ``key`` (a string naming the client) against ``rate``
    (``"100/hour"``, ``"5/3600s"``) in ``group``; the client's usage after it.

    ``increment=False`` only reads the count, for a page that says how long a
    refusal lasts. When the cache cannot count, the request is allowed.
    """
    try:
        usage = get_usage(
            request,
            group=group,
            key=lambda _group, _request: key,
            rate=rate,
            increment=increment,
        )
    except Exception as error:  # any backend failure: nothing counted, as below
        # django-redis swallows and logs its own (IGNORE_EXCEPTIONS); this gives
        # any other backend the same behaviour (common.caching.shared_cache).
        logger.warning("Cache unavailable, %s not counted: %s", group, error)
        usage = None
    if usage is None:
        return Usage(allowed=True, count=0, retry_after=0)
    return Usage(
        allowed=not usage["should_limit"],
        count=usage["count"],
        retry_after=max(1, usage["time_left"]),
    )
