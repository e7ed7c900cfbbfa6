"""The visitor's IP address, read correctly behind a known number of proxies.

With no proxy (the default) it is REMOTE_ADDR. Behind N trusted reverse proxies
(TRUSTED_PROXY_COUNT=N), each appends the address it received from to
X-Forwarded-For, so the client is the N-th entry from the right; entries further left
came from the client itself and cannot be trusted. The one setting serves every
reader of the address: the join form's rate limit, django-axes' lockout and the
API's rate limit (common.api.rate_limit).

Written here rather than taken from django-ipware or django-xff: with one trusted
proxy and a forged header (``X-Forwarded-For: <forged>, <client>``), ipware 8 gives
the forged entry (non-strict) or the proxy's own address (strict), and django-xff,
with no proxy configured, trusts the leftmost entry. Neither states this rule.
"""

from django.conf import settings


def client_ip(request):
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def axes_client_ip(request, *args, **kwargs):
    """django-axes calls this with extra arguments depending on its version."""
    return client_ip(request)
