"""A per-client limit on join requests, counted in the Django cache.

The cache is shared between app servers in production (``CACHE_URL`` pointing at
Redis), so the limit holds across workers; the local default (memory) counts per
process, which is enough on a laptop. The visitor's address is read by
common.http.client_ip (REMOTE_ADDR, or X-Forwarded-For behind TRUSTED_PROXY_COUNT proxies).
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.crypto import salted_hmac

from common.http.client_ip import client_ip

PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_rate(rate):
    """``"5/hour"`` → ``(5, 3600)``. Also accepts ``s``/``m``/``h``/``d`` and a
    number of periods: ``"20/10m"``."""
    try:
        count, period = rate.strip().split("/")
        count = int(count)
        digits = "".join(c for c in period if c.isdigit())
        unit = period[len(digits) :].strip().lower()
        if len(unit) > 1 and unit.endswith("s"):
            unit = unit[:-1]  # "hours"
        seconds = next(s for name, s in PERIODS.items() if name.startswith(unit))
        if not unit or count < 1:
            raise ValueError
    except (ValueError, StopIteration) as error:
        raise ImproperlyConfigured(
            f"CIRCLES_JOIN_RATE must look like “5/hour”, not {rate!r}."
        ) from error
    return count, seconds * int(digits or 1)


def hit(request, scope):
    """Count one request from this client; ``True`` while it is within the limit.

    A fixed window per client: simple, atomic on every cache backend (``add`` then
    ``incr``) and enough to stop a flood. The address is hashed so that no IP address
    sits in the cache.
    """
    limit, period = parse_rate(settings.CIRCLES_JOIN_RATE)
    window = int(time.time() // period)
    client = salted_hmac("circles.ratelimit", client_ip(request)).hexdigest()[:32]
    key = f"circles:rate:{scope}:{client}:{period}:{window}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period)
        count = 1
    return count <= limit


def retry_after(request):
    """Seconds until the current window ends, for the ``Retry-After`` header."""
    _limit, period = parse_rate(settings.CIRCLES_JOIN_RATE)
    return max(1, int(period - time.time() % period))
