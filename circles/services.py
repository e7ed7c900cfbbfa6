"""Writes for join requests: storing a request, then telling the requester and staff."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from circles.enums import JoinRequestStatus
from circles.models import JoinRequest, JoinRequestCircle, email_key
from common.i18n.languages import language_codes
from reforms.models import Theme

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class JoinOutcome:
    """What a submission did: ``added`` circles are new to the request, ``repeated``
    ones had been asked for before (the request was updated for them)."""

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
    """Store a request to join Local Circles, then email the requester and staff.

    One request per person (normalised email): a second submission updates the
    details of the first and adds any circles it did not have yet; a circle asked for
    again is reported in ``repeated``. Safe against two submissions racing: the row
    is locked (or its creation retried on the unique key) inside a transaction.

    The emails are sent only once the transaction has committed, so a failing mail
    server can never lose the request; a failure is logged with the request's id.
    """
    circles = list(circles)
    _check(circles=circles, language=language, consent=consent)
    details = {
        "name": name.strip(),
        "email": email.strip(),
        "organisation": organisation.strip(),
        "sector": sector,
        "jurisdiction": jurisdiction,
        "jurisdiction_name": "" if jurisdiction else jurisdiction_name.strip(),
        "language": language,
        "consent": True,
        "consent_at": timezone.now(),
    }
    with transaction.atomic():
        join_request, created = _lock_or_create(
            key=email_key(email), details={**details, "message": message.strip()}
        )
        known = set(join_request.circle_links.values_list("theme_id", flat=True))
        added = [circle for circle in circles if circle.pk not in known]
        repeated = [circle for circle in circles if circle.pk in known]
        if not created:
            for name_, value in details.items():
                setattr(join_request, name_, value)
            if message.strip():  # an empty message does not erase an earlier one
                join_request.message = message.strip()
            if added:
                join_request.status = JoinRequestStatus.NEW  # staff must act again
            join_request.save()
        JoinRequestCircle.objects.bulk_create(
            JoinRequestCircle(join_request=join_request, theme=circle)
            for circle in added
        )
        outcome = JoinOutcome(join_request, created, added, repeated)
        transaction.on_commit(lambda: join_request_notify(outcome, site_url=site_url))
    return outcome


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


def _lock_or_create(*, key, details):
    try:
        return JoinRequest.objects.select_for_update().get(email_key=key), False
    except JoinRequest.DoesNotExist:
        pass
    try:
        with transaction.atomic():  # a savepoint: the outer transaction survives
            return JoinRequest.objects.create(**details), True
    except IntegrityError:
        # Another submission from the same address won the race; update that one.
        return JoinRequest.objects.select_for_update().get(email_key=key), False


def join_request_notify(outcome, *, site_url=""):
    """Send the confirmation (in the requester's language) and the staff
    notification. Never raises: the request is already stored, and a mail failure
    is logged with the request's id only (no name, no address)."""
    join_request = outcome.join_request
    for kind, send in (
        ("confirmation", _send_confirmation),
        ("staff notification", _send_staff_notification),
    ):
        try:
            send(outcome, site_url=site_url)
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


def _send_confirmation(outcome, *, site_url):
    join_request = outcome.join_request
    with translation.override(join_request.language):
        context = {
            "join_request": join_request,
            "created": outcome.created,
            "added": [str(circle) for circle in outcome.added],
            "repeated": [str(circle) for circle in outcome.repeated],
            "circles": sorted(str(circle) for circle in join_request.circles.all()),
            "privacy_url": site_url + reverse("circles:privacy"),
            "retention_days": settings.CIRCLES_RETENTION_DAYS,
            "staff_email": settings.CIRCLES_STAFF_EMAIL,
        }
        subject, body = _render("confirmation", context)
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
