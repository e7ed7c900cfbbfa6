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

axes stays behind it: it records each failure for staff to see (Access attempts)
and resets them on a successful sign-in; when the cache is down this count is
not kept and axes' own lockout is the limit, as before.
"""

from axes.helpers import get_cool_off, get_failure_limit
from django.urls import reverse

from common.admin.lockout import lockout_response
from common.http import rate_limit
from common.http.client_ip import client_ip

GROUP = "admin.sign_in"
DAY_SECONDS = 24 * 3600


def sign_in_usage(request, *, username, increment):
    """This client's count of sign-in attempts for ``username`` in the window."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else DAY_SECONDS
    return rate_limit.count(
        request,
        group=GROUP,
        key=rate_limit.hashed(username.casefold(), client_ip(request)),
        rate=f"{get_failure_limit(request, None)}/{max(1, seconds)}s",
        increment=increment,
    )


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
