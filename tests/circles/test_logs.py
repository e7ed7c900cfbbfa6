"""No join request's fields reach the log: not on a form error, a stored request,
a mail server that fails, a confirmation, or a refused submission."""

import logging
import re
import socket

import pytest
from django.core import mail

from circles.models import JoinRequest
from tests.circles.helpers import join_data

# Values no log line could hold by chance.
DISTINCTIVE = {
    "name": "Quorra Zyxwvut",
    "email": "quorra.zyxwvut@grid.example.org",
    "organisation": "Flynn Lives Encom",
    "jurisdiction_name": "Tronopolis Vxq",
    "message": "Derezzed seventy-three ninety-one",
}


def _port_where_nothing_listens():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _logged(records):
    """Everything a handler could write for each record: the message, its
    arguments and any traceback."""
    return [
        f"{record.getMessage()} {record.args!r} {record.exc_text or ''}".casefold()
        for record in records
    ]


def _leaks(records):
    words = [value.casefold() for value in DISTINCTIVE.values()]
    words += ["quorra", "zyxwvut", "grid.example"]
    return [line for line in _logged(records) if any(w in line for w in words)]


@pytest.mark.django_db
def test_a_join_request_leaves_no_personal_data_in_the_log(
    client, climate, settings, caplog, django_capture_on_commit_callbacks
):
    page = "/en/circles/climate-action/"
    settings.CIRCLES_JOIN_RATE = "3/hour"  # the fourth submission below is refused
    with caplog.at_level(logging.DEBUG):
        # A form error (no consent), then a request stored and its link mailed.
        assert client.post(page, join_data([climate], **DISTINCTIVE, consent=None))
        with django_capture_on_commit_callbacks(execute=True):
            client.post(page, join_data([climate], **DISTINCTIVE))
        link = re.search(
            r"http://testserver(/\w+/circles/join/confirm/\S+/)", mail.outbox[-1].body
        ).group(1)
        # The link opened, then used, while the mail server is down.
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = _port_where_nothing_listens()
        assert client.get(link).status_code == 200
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(link).status_code == 302
        # Used again (410), and a second request whose link cannot be mailed.
        assert client.post(link).status_code == 410
        with django_capture_on_commit_callbacks(execute=True):
            client.post(page, join_data([climate], **DISTINCTIVE))
        # Over the limit (429).
        assert client.post(page, join_data([climate], **DISTINCTIVE)).status_code == 429

    first, second = JoinRequest.objects.order_by("pk").values_list("pk", flat=True)
    messages = [record.getMessage() for record in caplog.records]
    assert [m for m in messages if m.startswith(("Sent", "Could not"))] == [
        f"Sent the confirmation link for join request {first}.",
        f"Could not send the staff notification for join request {first} "
        "(ConnectionRefusedError).",
        f"Could not send the confirmation link for join request {second} "
        "(ConnectionRefusedError).",
    ]
    assert _leaks(caplog.records) == []
