"""The page django-axes answers with once a sign-in is locked out
(settings.AXES_LOCKOUT_CALLABLE): the admin's own layout and language chooser, in
the staff member's language, instead of axes' bare line of English text."""

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.shortcuts import render
from django.utils import timezone
from django.utils.timesince import timeuntil
from django.utils.translation import gettext as _


def lockout_response(request, original_response=None, credentials=None):
    """A 429 page saying how long the lockout lasts and what to do meanwhile."""
    now = timezone.now()
    cool_off = get_cool_off(request)
    context = {
        **admin.site.each_context(request),
        "title": _("Sign-in locked"),
        "failure_limit": get_failure_limit(request, credentials),
        "cool_off": timeuntil(now + cool_off, now) if cool_off else None,
    }
    return render(
        request, "admin/lockout.html", context, status=settings.AXES_HTTP_RESPONSE_CODE
    )
