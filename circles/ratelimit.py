"""The per-client limit on join requests, counted by django-ratelimit in the cache.

The cache is shared between app servers in production (``CACHE_URL`` pointing at
Redis), so the limit holds across workers; the local default (memory) counts per
process, which is enough on a laptop. The visitor's address is read by
common.http.client_ip (REMOTE_ADDR, or X-Forwarded-For behind TRUSTED_PROXY_COUNT
proxies) and hashed, so that no IP address sits in the cache. When the cache cannot
be reached the form stays open (RATELIMIT_FAIL_OPEN): a flood is less harm than
turning every visitor away.
"""

import re

from django.conf import settings
from django.core import checks
from django.utils.crypto import salted_hmac
from django_ratelimit.core import get_usage

from common.http.client_ip import client_ip

GROUP = "circles.join"
# django-ratelimit reads the first letter of the unit, so "5/month" would mean five
# a minute: only the units it understands are accepted, spelled out or not.
RATE = re.compile(
    r"[1-9][0-9]*/[0-9]*(s|sec|seconds?|m|min|minutes?|h|hours?|d|days?)",
    re.IGNORECASE,
)


def join_rate():
    """CIRCLES_JOIN_RATE as django-ratelimit reads it: ``"5/hour"``, ``"10/15m"``."""
    return settings.CIRCLES_JOIN_RATE.strip().lower()


@checks.register(checks.Tags.security)
def check_join_rate(app_configs=None, **kwargs):
    """A rate django-ratelimit would misread stops the start, naming the setting."""
    if RATE.fullmatch(join_rate()):
        return []
    return [
        checks.Error(
            f"CIRCLES_JOIN_RATE must look like “5/hour” or “10/15m”, not "
            f"{settings.CIRCLES_JOIN_RATE!r}.",
            id="circles.E001",
        )
    ]


def client_key(group, request):
    return salted_hmac("circles.ratelimit", client_ip(request)).hexdigest()[:32]


def _usage(request, *, increment):
    return get_usage(
        request, group=GROUP, key=client_key, rate=join_rate(), increment=increment
    )


def hit(request):
    """Count one join request from this client; ``True`` while within the limit
    (or when the count cannot be kept: the cache is down)."""
    usage = _usage(request, increment=True)
    return usage is None or not usage["should_limit"]


def retry_after(request):
    """Seconds until this client's window ends, for the ``Retry-After`` header."""
    usage = _usage(request, increment=False)
    return max(1, usage["time_left"]) if usage else 60
