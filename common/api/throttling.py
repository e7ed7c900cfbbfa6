"""The anonymous rate limit, configurable by setting."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle

from common.http.client_ip import client_ip


class AnonymousRateThrottle(AnonRateThrottle):
    """Limits each client address to ``settings.API_ANON_RATE`` (e.g. "1000/hour");
    an empty rate turns the limit off. Past it, the API answers 429 with Retry-After.

    DRF reads its rates once at import; reading the setting per request lets an
    environment change (and a test) set the rate.
    """

    def get_rate(self):
        return settings.API_ANON_RATE or None

    def get_ident(self, request):
        """The client's address behind TRUSTED_PROXY_COUNT proxies, the same one
        the join form's limit and the admin lockout count (DRF's own reading
        would need a second setting, NUM_PROXIES)."""
        return client_ip(request)
