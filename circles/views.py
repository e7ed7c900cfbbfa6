"""Local Circles pages: the overview, one page per circle with the join form, the
thank-you page, the pages of the mailed confirmation link and the privacy notice. No
page shows a stored request; the confirmation page shows the circles of the one
pending request its link names, to whoever holds the link."""

import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from circles import ratelimit
from circles.forms import JoinRequestForm
from circles.selectors import (
    circle_get,
    circle_list,
    circle_member_list,
    circle_reform_list,
    pending_join_request_circles,
)
from circles.services import LinkAlreadyUsed, join_request_confirm, join_request_submit
from circles.tokens import (
    ExpiredLink,
    InvalidLink,
    confirmation_token_read,
    link_valid_for,
)
from common.pages.contact import contact_context
from themes.models import Theme

logger = logging.getLogger(__name__)


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
            _accept(request, form)
            # The same answer whatever happened: stored, dropped as a bot's, or for
            # an address that already has a request.
            return redirect("circles:confirmation")
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
    """Store the request as pending and mail its link (or silently drop a bot's)."""
    data = form.cleaned_data
    if form.is_from_a_bot():
        # The bot sees the usual thank-you page, so it learns nothing to adapt to.
        logger.info("Dropped a join request that looked automated.")
        return
    if not ratelimit.confirmation_allowed(request, data["email"]):
        # Its owner already has the links mailed before; a stranger learns nothing.
        logger.info("Dropped a join request: its address had its confirmation links.")
        return
    join_request_submit(
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


def _contact():
    """The address pages give for the circles team, and whether it is only an
    example (a demo or test run), which the page then says."""
    return contact_context(settings.CIRCLES_STAFF_EMAIL)


def _rate_limited(request, circle):
    seconds = ratelimit.retry_after(request)
    response = render(
        request,
        "circles/rate_limited.html",
        {"circle": circle, "retry_minutes": -(-seconds // 60), **_contact()},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


# The same page for everyone (see circles/confirmation.html); never_cache all the
# same, as it follows a visitor's own submission.
@never_cache
@require_GET
def confirmation(request):
    return render(request, "circles/confirmation.html", {"valid_for": link_valid_for()})


# Per visitor, and the address holds a secret: no shared cache may keep a copy.
@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The mailed link: GET shows what would be confirmed and a button (mail
    scanners open links, they do not press buttons); POST confirms."""
    try:
        join_request_id, nonce = confirmation_token_read(token=token)
    except ExpiredLink:
        return _link_refused(request, "expired", status=410)
    except InvalidLink:
        return _link_refused(request, "invalid", status=400)
    if request.method == "POST":
        try:
            join_request_confirm(
                join_request_id=join_request_id,
                nonce=nonce,
                site_url=request.build_absolute_uri("/").rstrip("/"),
            )
        except LinkAlreadyUsed:
            return _link_refused(request, "used", status=410)
        return redirect("circles:confirmed")
    circles = pending_join_request_circles(join_request_id=join_request_id, nonce=nonce)
    if circles is None:
        return _link_refused(request, "used", status=410)
    return render(request, "circles/confirm.html", {"circles": circles, "token": token})


def _link_refused(request, reason, *, status):
    return render(
        request,
        "circles/link_refused.html",
        {"reason": reason, "valid_for": link_valid_for()},
        status=status,
    )


@never_cache
@require_GET
def confirmed(request):
    return render(
        request,
        "circles/confirmed.html",
        {"retention_days": settings.CIRCLES_RETENTION_DAYS},
    )


@require_GET
def privacy(request):
    return render(
        request,
        "circles/privacy.html",
        {
            "retention_days": settings.CIRCLES_RETENTION_DAYS,
            "confirm_within": link_valid_for(),
            **_contact(),
        },
    )
