"""Sign-in attempts counted before they reach authentication.

django-axes locks an account out after AXES_FAILURE_LIMIT wrong passwords, but
it checks the count of recorded failures before authenticating and records the
failure afterwards: guesses sent at the same moment all pass the check, and a
burst got 8 tries where the limit is 5. This middleware counts every attempt
(a POST to the admin's sign-in page) per username and client address in the
shared cache, atomically (common.http.rate_limit), before the view runs: only the
first AXES_FAILURE_LIMIT of a window reach authentication, the others get the
lockout page. The window is AXES_COOLOFF_TIME long (a day when the lockout has no
end), as axes' lockout is.

A successful sign-in starts the count again, as axes' AXES_RESET_ON_SUCCESS does
its own: the count's key carries a generation, which a success replaces (the
cache has no documented way to remove django-ratelimit's counter itself), so
signing in several times an hour never locks anyone out.

axes stays behind it: it records each failure for staff to see (Access attempts)
and resets them on a successful sign-in; when the cache is down this count is
not kept and axes' own lockout is the limit, as before.
"""

import logging
import secrets

from axes.helpers import get_cool_off, get_failure_limit
from django.core.cache import cache
from django.urls import reverse

from common.admin.lockout import lockout_response
from common.http import rate_limit
from common.http.client_ip import client_ip

logger = logging.getLogger("common.caching")

GROUP = "admin.sign_in"
DAY_SECONDS = 24 * 3600


def window_seconds(request):
    cool_off = get_cool_off(request)
    return max(1, int(cool_off.total_seconds()) if cool_off else DAY_SECONDS)


def generation_key(request, username):
    return "admin.sign_in.generation:" + rate_limit.hashed(
        username.casefold(), client_ip(request)
    )


def sign_in_usage(request, *, username, increment):
    """This client's count of sign-in attempts for ``username`` in the window."""
    try:
        generation = cache.get(generation_key(request, username), "")
    except Exception:  # the cache is down: the count below is not kept either
        generation = ""
    return rate_limit.count(
        request,
        group=GROUP,
        key=rate_limit.hashed(username.casefold(), client_ip(request), generation),
        rate=f"{get_failure_limit(request, None)}/{window_seconds(request)}s",
        increment=increment,
    )


def start_count_again(sender, request, user, **kwargs):
    """On ``user_logged_in`` from the admin's sign-in page: this client's next
    attempts for the username typed are counted from zero."""
    if request is None or request.path_info != reverse("admin:login"):
        return
    username = request.POST.get("username", "")
    try:
        cache.set(
            generation_key(request, username),
            secrets.token_hex(8),
            timeout=window_seconds(request),
        )
    except Exception as error:
        logger.warning("Cache unavailable, sign-in count not reset: %s", error)


class LoginAttemptLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or request.path_info != reverse("admin:login"):
            return self.get_response(request)
        username = request.POST.get("username", "")
        usage = sign_in_usage(request, username=username, increment=True)
        if not usage.allowed:
            return lockout_response(request, retry_after=usage.retry_after)
        return self.get_response(request)
