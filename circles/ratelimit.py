"""The limits on join requests, counted by django-ratelimit in the cache: per
client (CIRCLES_JOIN_RATE), and per address on the confirmation links mailed
(CIRCLES_CONFIRMATION_RATE), so that a form open to anyone cannot fill a
stranger's mailbox from many networks.

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

from circles.models import email_key
from common.http.client_ip import client_ip
from common.http.rate_limit import count, hashed

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


def confirmation_rate():
    """CIRCLES_CONFIRMATION_RATE as django-ratelimit reads it."""
    return settings.CIRCLES_CONFIRMATION_RATE.strip().lower()


@checks.register(checks.Tags.security)
def check_join_rate(app_configs=None, **kwargs):
    """A rate django-ratelimit would misread stops the start, naming the setting."""
    return [
        checks.Error(
            f"{name} must look like “5/hour” or “10/15m”, not "
            f"{getattr(settings, name)!r}.",
            id=check_id,
        )
        for name, rate, check_id in (
            ("CIRCLES_JOIN_RATE", join_rate(), "circles.E001"),
            ("CIRCLES_CONFIRMATION_RATE", confirmation_rate(), "circles.E002"),
        )
        if not RATE.fullmatch(rate)
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


def confirmation_allowed(request, email):
    """Count one confirmation link mailed to ``email`` (in any case); ``True``
    while the address is within CIRCLES_CONFIRMATION_RATE (or the cache is down).
    The address is hashed: none sits in the cache."""
    return count(
        request,
        group="circles.confirmation",
        key=hashed("circles.confirmation", email_key(email)),
        rate=confirmation_rate(),
    ).allowed
