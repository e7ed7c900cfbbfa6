"""The link that confirms a join request: what it carries and how it is checked.

The link holds the request's id and its one-time nonce, signed with the site's
secret and timestamped (django.core.signing), so it cannot be forged or guessed,
stops working after CIRCLES_CONFIRM_MAX_AGE seconds, and works once: confirming
clears the nonce. It carries no personal data.
"""

import datetime

from django.conf import settings
from django.core import signing
from django.utils import timezone
from django.utils.timesince import timeuntil

SALT = "circles.join-request.confirm"


class InvalidLink(Exception):
    """The link was not made by this site (mistyped, cut short or tampered with)."""


class ExpiredLink(Exception):
    """The link is older than CIRCLES_CONFIRM_MAX_AGE."""


def confirmation_token(*, join_request):
    """The signed token for the link mailed to a request's address."""
    return signing.dumps(
        {"id": join_request.pk, "nonce": join_request.confirmation_nonce}, salt=SALT
    )


def confirmation_token_read(*, token):
    """``(id, nonce)`` from a token; raises ``ExpiredLink`` or ``InvalidLink``."""
    try:
        value = signing.loads(
            token, salt=SALT, max_age=settings.CIRCLES_CONFIRM_MAX_AGE
        )
    except signing.SignatureExpired as error:
        raise ExpiredLink from error
    except signing.BadSignature as error:
        raise InvalidLink from error
    if (
        not isinstance(value, dict)
        or not isinstance(value.get("id"), int)
        or not isinstance(value.get("nonce"), str)
        or not value["nonce"]
    ):
        raise InvalidLink
    return value["id"], value["nonce"]


def link_valid_for():
    """How long a confirmation link works, in words of the active language
    ("3 days", "3 días")."""
    now = timezone.now()
    return timeuntil(
        now + datetime.timedelta(seconds=settings.CIRCLES_CONFIRM_MAX_AGE), now
    )
