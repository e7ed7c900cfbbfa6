"""The limits on join requests, counted by django-ratelimit in the cache: per
client (CIRCLES_JOIN_RATE), and per address on the confirmation links mailed
(CIRCLES_CONFIRMATION_RATE), so that a form open to anyone cannot fill a
stranger's mailbox from many networks.

Both are counted atomically by common.http.rate_limit, as every limit of the site
is. The cache is shared between app servers in production (``CACHE_URL`` pointing
at Redis), so the limits hold across workers; the local default (memory) counts
per process, which is enough on a laptop. The visitor's address is read by
common.http.client_ip (REMOTE_ADDR, or X-Forwarded-For behind TRUSTED_PROXY_COUNT
proxies) and hashed, as the email address is, so that neither sits in the cache.
When the cache cannot be reached the form stays open: a flood is less harm than
turning every visitor away.
"""

from django.conf import settings
from django.core import checks

from circles.models import email_key
from common.http.client_ip import client_ip
from common.http.rate_limit import RATE, count, hashed

# Without the cache, the 429 page still names a wait.
UNKNOWN_WAIT_SECONDS = 60


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


def join_usage(request, *, increment=True):
    """This client's standing against CIRCLES_JOIN_RATE, counting this request
    unless ``increment`` is False."""
    return count(
        request,
        group="circles.join",
        key=hashed("circles.join", client_ip(request)),
        rate=join_rate(),
        increment=increment,
    )


def hit(request):
    """Count one join request from this client; ``True`` while within the limit
    (or when the count cannot be kept: the cache is down)."""
    return join_usage(request).allowed


def retry_after(request):
    """Seconds until this client's window ends, for the ``Retry-After`` header."""
    return join_usage(request, increment=False).retry_after or UNKNOWN_WAIT_SECONDS


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
