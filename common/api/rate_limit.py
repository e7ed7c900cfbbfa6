"""The API's per-client limit, ``settings.API_ANON_RATE`` requests per window.

A middleware rather than a DRF throttle: it sits outside the response cache
(settings.MIDDLEWARE), so answers served from the cache are counted too, and
every request under /api/ is counted once, by the atomic counter of
common.http.rate_limit. The client is its address behind TRUSTED_PROXY_COUNT
proxies (common.http.client_ip), as for the join form and the admin lockout.
Past the limit: a 429, ``{"detail": …}`` in the ``?lang=`` language (else the
browser's), with Retry-After in seconds.
"""

from django.conf import settings
from django.core import checks

from common.http import rate_limit
from common.http.client_ip import client_ip
from common.http.errors import too_many_requests
from common.http.request_language import is_api_request

GROUP = "api.anonymous"


def api_rate():
    """API_ANON_RATE as django-ratelimit reads it (``"1000/hour"``); empty is off."""
    return settings.API_ANON_RATE.strip().lower()


@checks.register(checks.Tags.security)
def check_api_rate(app_configs=None, **kwargs):
    """A rate the counter would misread stops the start, naming the setting."""
    rate = api_rate()
    if not rate or rate_limit.RATE.fullmatch(rate):
        return []
    return [
        checks.Error(
            f"API_ANON_RATE must look like “1000/hour” or “50/minute” (or be "
            f"empty), not {settings.API_ANON_RATE!r}.",
            id="common.E010",
        )
    ]


class ApiRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        rate = api_rate()
        if not rate or not is_api_request(request):
            return self.get_response(request)
        usage = rate_limit.count(
            request,
            group=GROUP,
            key=rate_limit.hashed(client_ip(request)),
            rate=rate,
        )
        if not usage.allowed:
            return too_many_requests(request, usage.retry_after)
        return self.get_response(request)
