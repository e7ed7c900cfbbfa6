"""The page a locked-out sign-in gets, from django-axes
(settings.AXES_LOCKOUT_CALLABLE) or from the attempt count in front of it
(common.admin.login_limit): the admin's own layout and language chooser, in the
staff member's language, instead of axes' bare line of English text, saying how
long the lockout lasts (in words, and in Retry-After)."""

from datetime import timedelta

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _


def lockout_response(
    request, original_response=None, credentials=None, *, retry_after=None
):
    """A 429 page saying how long the lockout lasts and what to do meanwhile.

    ``retry_after`` is the seconds left when the attempt count refused the
    attempt; axes' own lockout lasts its whole cool-off, which every attempt
    during the lockout starts again (AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT).
    A lockout without a cool-off lasts until staff lift it: no Retry-After.
    """
    now = timezone.now()
    if retry_after is None:
        cool_off = get_cool_off(request)
        retry_after = int(cool_off.total_seconds()) if cool_off else None
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in locked"),
        "failure_limit": get_failure_limit(request, credentials),
        "cool_off": (
            # Whole minutes, rounded up: "0 minutes" would invite a retry too soon.
            timeuntil(now + timedelta(minutes=-(-retry_after // 60)), now)
            if retry_after
            else None
        ),
    }
    response = render(
        request, "admin/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
    if retry_after:
        response["Retry-After"] = str(retry_after)
    return response
