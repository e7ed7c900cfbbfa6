"""Local Circles pages: the overview, one page per circle with the join form, the
confirmation and the privacy notice. No page ever shows a stored join request."""

import logging

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from circles import ratelimit
from circles.forms import JoinRequestForm
from circles.selectors import (
    circle_choices,
    circle_get,
    circle_list,
    circle_member_list,
    circle_reform_list,
)
from circles.services import join_request_submit
from common.pages.contact import contact_context
from reforms.models import Theme

logger = logging.getLogger(__name__)

CONFIRMATION_SALT = "circles.confirmation"
CONFIRMATION_MAX_AGE = 3600


@require_GET
def circle_list_page(request):
    return render(request, "circles/list.html", {"circles": circle_list()})


@require_http_methods(["GET", "POST"])
def circle_detail(request, slug):
    try:
        circle = circle_get(slug=slug)
    except Theme.DoesNotExist as error:
        raise Http404 from error
    if request.method == "POST":
        if not ratelimit.hit(request):
            return _rate_limited(request, circle)
        form = JoinRequestForm(request.POST, circle=circle)
        if form.is_valid():
            return redirect(_confirmation_url(_accept(request, form)))
    else:
        form = JoinRequestForm(circle=circle)
    return render(
        request,
        "circles/detail.html",
        {
            "circle": circle,
            "members": circle_member_list(circle=circle),
            "reforms": circle_reform_list(circle=circle),
            "form": form,
        },
    )


def _accept(request, form):
    """Store the request (or silently drop a bot's) and say what to confirm."""
    data = form.cleaned_data
    if form.is_from_a_bot():
        # The bot sees the usual confirmation, so it learns nothing to adapt to.
        logger.info("Dropped a join request that looked automated.")
        return {"added": [c.slug for c in data["circles"]], "repeated": []}
    outcome = join_request_submit(
        name=data["name"],
        email=data["email"],
        organisation=data["organisation"],
        sector=data["sector"],
        jurisdiction=data["jurisdiction"],
        jurisdiction_name=data["jurisdiction_name"],
        circles=data["circles"],
        language=data["language"],
        message=data["message"],
        consent=data["consent"],
        site_url=request.build_absolute_uri("/").rstrip("/"),
    )
    return {
        "added": [c.slug for c in outcome.added],
        "repeated": [c.slug for c in outcome.repeated],
    }


def _confirmation_url(summary):
    # The confirmation page is reached by a redirect (no resubmission on reload); a
    # signed summary of circle slugs says what to confirm, and holds no personal data.
    token = signing.dumps(summary, salt=CONFIRMATION_SALT, compress=True)
    return f"{reverse('circles:confirmation')}?{urlencode({'r': token})}"


def _contact():
    """The address pages give for the circles team, and whether it is only an
    example (a demo or test run), which the page then says."""
    return contact_context(settings.CIRCLES_STAFF_EMAIL)


def _rate_limited(request, circle):
    response = render(
        request,
        "circles/rate_limited.html",
        {
            "circle": circle,
            "retry_minutes": -(-ratelimit.retry_after(request) // 60),
            **_contact(),
        },
        status=429,
    )
    response["Retry-After"] = str(ratelimit.retry_after(request))
    return response


# Per visitor and short-lived: no shared cache should keep a copy.
@never_cache
@require_GET
def confirmation(request):
    try:
        summary = signing.loads(
            request.GET.get("r", ""),
            salt=CONFIRMATION_SALT,
            max_age=CONFIRMATION_MAX_AGE,
        )
        slugs = {"added": list(summary["added"]), "repeated": list(summary["repeated"])}
    except (signing.BadSignature, KeyError, TypeError):
        # Only a request the form just accepted has a thank-you page; typed in,
        # expired or tampered with, the address leads back to the circles.
        return redirect("circles:list")
    circles = {
        circle.slug: circle
        for circle in circle_choices().filter(
            slug__in=slugs["added"] + slugs["repeated"]
        )
    }
    context = {
        key: [circles[slug] for slug in value if slug in circles]
        for key, value in slugs.items()
    }
    return render(request, "circles/confirmation.html", context)


@require_GET
def privacy(request):
    return render(
        request,
        "circles/privacy.html",
        {
            "retention_days": settings.CIRCLES_RETENTION_DAYS,
            **_contact(),
        },
    )
