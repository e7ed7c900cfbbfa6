"""Writes for join requests: storing a request, mailing its address a link to
confirm it, confirming it, then telling staff."""

import logging
import secrets
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from circles.enums import JoinRequestStatus
from circles.models import JoinRequest, JoinRequestCircle
from circles.tokens import confirmation_token, link_valid_for
from common.i18n.languages import language_codes
from themes.models import Theme

logger = logging.getLogger(__name__)


class LinkAlreadyUsed(Exception):
    """The confirmation link was used before (or its request no longer exists)."""


@dataclass(frozen=True)
class JoinOutcome:
    """What a confirmation did: ``created`` when the address had no confirmed
    request yet; ``added`` circles are new to it, ``repeated`` ones had been asked
    for before (the request was updated for them)."""

    join_request: JoinRequest
    created: bool
    added: list[Theme] = field(default_factory=list)
    repeated: list[Theme] = field(default_factory=list)


def join_request_submit(
    *,
    name,
    email,
    organisation,
    sector,
    circles,
    language,
    consent,
    jurisdiction=None,
    jurisdiction_name="",
    message="",
    site_url="",
):
    """Store a request to join Local Circles as pending, and mail its address a link
    to confirm it.

    Whoever sends the form may not own the address, so nothing else happens until
    the link is used (``join_request_confirm``): a confirmed request for the same
    address is neither read nor changed, and staff are not told yet. The mail is
    sent once the transaction has committed; a failure is logged with the request's
    id only.
    """
    circles = list(circles)
    _check(circles=circles, language=language, consent=consent)
    with transaction.atomic():
        join_request = JoinRequest.objects.create(
            name=name.strip(),
            email=email.strip(),
            organisation=organisation.strip(),
            sector=sector,
            jurisdiction=jurisdiction,
            jurisdiction_name="" if jurisdiction else jurisdiction_name.strip(),
            language=language,
            message=message.strip(),
            consent=True,
            consent_at=timezone.now(),
            confirmation_nonce=secrets.token_urlsafe(32),
        )
        JoinRequestCircle.objects.bulk_create(
            JoinRequestCircle(join_request=join_request, theme=circle)
            for circle in circles
        )
        transaction.on_commit(
            lambda: _mail(
                "confirmation link",
                _send_confirmation_link,
                join_request,
                site_url=site_url,
            )
        )
    return join_request


def join_request_confirm(*, join_request_id, nonce, site_url=""):
    """Confirm a pending request from its mailed link, then tell staff.

    The link works once: the pending row is locked, and its nonce cleared (or the
    row merged away) in the same transaction. When the address already has a
    confirmed request, that one takes the new details and any new circles (back to
    "new" for staff if there are any) and the pending row is deleted; otherwise the
    pending row becomes the address's request. Raises ``LinkAlreadyUsed``.
    """
    with transaction.atomic():
        pending = (
            JoinRequest.objects.select_for_update()
            .filter(
                pk=join_request_id, confirmed_at__isnull=True, confirmation_nonce=nonce
            )
            .first()
        )
        if pending is None:
            raise LinkAlreadyUsed
        circles = [link.theme for link in pending.circle_links.select_related("theme")]
        confirmed = _confirmed_for_update(key=pending.email_key)
        if confirmed is None:
            try:
                with transaction.atomic():  # a savepoint: the outer one survives
                    pending.confirmed_at = timezone.now()
                    pending.confirmation_nonce = ""
                    pending.save(update_fields=["confirmed_at", "confirmation_nonce"])
                outcome = JoinOutcome(pending, True, circles)
            except IntegrityError:
                # The owner's other link was confirmed at the same moment: merge.
                confirmed = _confirmed_for_update(key=pending.email_key)
        if confirmed is not None:
            outcome = _merge(pending=pending, into=confirmed, circles=circles)
        transaction.on_commit(
            lambda: _mail(
                "staff notification",
                _send_staff_notification,
                outcome,
                site_url=site_url,
            )
        )
    return outcome


def _confirmed_for_update(*, key):
    return (
        JoinRequest.objects.select_for_update()
        .filter(email_key=key, confirmed_at__isnull=False)
        .first()
    )


def _merge(*, pending, into, circles):
    known = set(into.circle_links.values_list("theme_id", flat=True))
    added = [circle for circle in circles if circle.pk not in known]
    repeated = [circle for circle in circles if circle.pk in known]
    for name in (
        "name",
        "email",
        "organisation",
        "sector",
        "jurisdiction",
        "jurisdiction_name",
        "language",
        "consent_at",
    ):
        setattr(into, name, getattr(pending, name))
    if pending.message:  # an empty message does not erase an earlier one
        into.message = pending.message
    if added:
        into.status = JoinRequestStatus.NEW  # staff must act again
    pending.delete()
    into.save()
    JoinRequestCircle.objects.bulk_create(
        JoinRequestCircle(join_request=into, theme=circle) for circle in added
    )
    return JoinOutcome(into, False, added, repeated)


def _check(*, circles, language, consent):
    if not consent:
        raise ValidationError("A join request needs the requester's consent.")
    if language not in language_codes():
        raise ValidationError(f"Unknown language {language!r}.")
    if not circles:
        raise ValidationError("A join request needs at least one circle.")
    open_circles = set(
        Theme.objects.published()
        .filter(is_local_circle=True, pk__in=[c.pk for c in circles])
        .values_list("pk", flat=True)
    )
    if open_circles != {circle.pk for circle in circles}:
        raise ValidationError("Only published Local Circles can be joined.")


def _mail(kind, send, subject, *, site_url):
    """Send one email; never raises, as the request is already stored. A failure
    is logged with the request's id only (no name, no address, no message)."""
    join_request = getattr(subject, "join_request", subject)
    try:
        send(subject, site_url=site_url)
    except Exception as error:  # any mail failure; the request is safe
        logger.error(
            "Could not send the %s for join request %s (%s).",
            kind,
            join_request.pk,
            type(error).__name__,
        )
    else:
        logger.info("Sent the %s for join request %s.", kind, join_request.pk)


def _render(name, context):
    subject = render_to_string(f"circles/email/{name}_subject.txt", context)
    body = render_to_string(f"circles/email/{name}_body.txt", context)
    return " ".join(subject.split()), body


def _send_confirmation_link(join_request, *, site_url):
    # Addressed to no one by name and quoting nothing the sender typed: the sender
    # may be a stranger, and the same words must reach an address that already has a
    # request and one that has none (see templates/circles/email/confirm_link_*).
    token = confirmation_token(join_request=join_request)
    with translation.override(join_request.language):
        # Reversed in the requester's language: the link opens pages they can read.
        path = reverse("circles:confirm", kwargs={"token": token})
        context = {
            "circles": sorted(
                str(link.theme) for link in join_request.circle_links.all()
            ),
            "confirm_url": site_url + path,
            "valid_for": link_valid_for(),
            "privacy_url": site_url + reverse("circles:privacy"),
        }
        subject, body = _render("confirm_link", context)
    EmailMessage(
        subject,
        body,
        to=[join_request.email],
        reply_to=[settings.CIRCLES_STAFF_EMAIL],
    ).send()


def _send_staff_notification(outcome, *, site_url):
    join_request = outcome.join_request
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "join_request": join_request,
            "created": outcome.created,
            "added": [str(circle) for circle in outcome.added],
            "repeated": [str(circle) for circle in outcome.repeated],
            "circles": sorted(str(circle) for circle in join_request.circles.all()),
            "admin_url": site_url
            + reverse("admin:circles_joinrequest_change", args=[join_request.pk]),
        }
        subject, body = _render("staff_notification", context)
    EmailMessage(
        subject,
        body,
        to=[settings.CIRCLES_STAFF_EMAIL],
        reply_to=[join_request.email],
    ).send()
