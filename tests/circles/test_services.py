"""join_request_submit: stored first, one request per person, emails after commit."""

import logging
import socket
import threading

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection

from circles.enums import JoinRequestStatus
from circles.models import JoinRequest
from circles.services import join_request_submit
from tests.circles.helpers import join_data
from tests.factories import JurisdictionFactory, ThemeFactory


def _submit(circles, **overrides):
    values = {
        "name": "Ana Pérez",
        "email": "ana.perez@example.org",
        "organisation": "Municipalidad de Rosario",
        "sector": "local-government",
        "circles": circles,
        "language": "es",
        "consent": True,
        "message": "Hola",
        "site_url": "https://ogplocal.example.org",
    }
    values.update(overrides)
    return join_request_submit(**values)


def _circle_slugs(join_request):
    return [link.theme.slug for link in join_request.circle_links.all()]


@pytest.mark.django_db
def test_first_request_is_stored_and_both_emails_go_out_after_commit(
    climate, inclusion, django_capture_on_commit_callbacks
):
    member = JurisdictionFactory(name_en="Rosario")
    with django_capture_on_commit_callbacks() as callbacks:
        outcome = _submit([climate, inclusion], jurisdiction=member)
        # Stored, and nothing sent, before the transaction commits.
        assert JoinRequest.objects.count() == 1
        assert mail.outbox == []
    for callback in callbacks:
        callback()
    stored = JoinRequest.objects.get()
    assert (outcome.created, stored.email_key, stored.status) == (
        True,
        "ana.perez@example.org",
        JoinRequestStatus.NEW,
    )
    assert _circle_slugs(stored) == ["climate-action", "inclusion"]
    confirmation, notification = mail.outbox
    assert confirmation.to == ["ana.perez@example.org"]
    assert confirmation.subject == (
        "Recibimos su solicitud para sumarse a los Círculos Locales de OGP"
    )
    assert confirmation.reply_to == ["ogp-local-circles@example.org"]
    assert "Hola, Ana Pérez:" in confirmation.body
    assert "- Acción climática\n- Inclusión\n" in confirmation.body
    assert "https://ogplocal.example.org/es/privacy/" in confirmation.body
    assert notification.to == ["ogp-local-circles@example.org"]
    assert notification.subject == f"New Local Circles join request #{stored.pk}"
    assert notification.reply_to == ["ana.perez@example.org"]
    assert "Member: Rosario\n" in notification.body
    assert "Circles: Climate Action, Inclusion\n" in notification.body
    assert (
        f"https://ogplocal.example.org/admin/circles/joinrequest/{stored.pk}/change/"
        in notification.body
    )


@pytest.mark.django_db
def test_confirmation_in_english_for_an_english_speaker(
    climate, settings, django_capture_on_commit_callbacks
):
    settings.CIRCLES_STAFF_EMAIL = "circles@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        _submit([climate], language="en", name="O'Brien & Sons")
    confirmation, notification = mail.outbox
    assert confirmation.subject == "We received your request to join OGP Local Circles"
    assert confirmation.body.startswith("Hello O'Brien & Sons,\n")
    assert "- Climate Action\n" in confirmation.body
    assert notification.to == ["circles@example.org"]


@pytest.mark.django_db
def test_second_request_for_the_same_circle_updates_the_first(
    climate, django_capture_on_commit_callbacks
):
    first = _submit([climate]).join_request
    JoinRequest.objects.filter(pk=first.pk).update(status=JoinRequestStatus.CONTACTED)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = _submit(
            [climate],
            email="  ANA.Perez@Example.ORG ",
            organisation="Gobierno de Santa Fe",
            language="en",
            message="",
        )
    stored = JoinRequest.objects.get()
    assert (outcome.created, outcome.repeated, outcome.added) == (False, [climate], [])
    assert (stored.pk, stored.organisation, stored.email, stored.language) == (
        first.pk,
        "Gobierno de Santa Fe",
        "ANA.Perez@Example.ORG",
        "en",
    )
    assert stored.message == "Hola"  # an empty message keeps the earlier one
    assert stored.status == JoinRequestStatus.CONTACTED  # nothing new to act on
    assert _circle_slugs(stored) == ["climate-action"]
    confirmation, notification = mail.outbox
    assert confirmation.subject == "We updated your request to join OGP Local Circles"
    assert (
        "You had already asked to join these circles; we updated your request with "
        "the details you just sent:\n- Climate Action\n"
    ) in confirmation.body
    assert notification.subject == f"Updated Local Circles join request #{first.pk}"


@pytest.mark.django_db
def test_request_for_another_circle_adds_it_and_reopens_the_request(climate, inclusion):
    first = _submit([climate]).join_request
    JoinRequest.objects.filter(pk=first.pk).update(status=JoinRequestStatus.JOINED)
    outcome = _submit([climate, inclusion])
    stored = JoinRequest.objects.get()
    assert (outcome.created, outcome.repeated, outcome.added) == (
        False,
        [climate],
        [inclusion],
    )
    assert stored.status == JoinRequestStatus.NEW
    assert _circle_slugs(stored) == ["climate-action", "inclusion"]


@pytest.mark.django_db
def test_choosing_a_member_clears_an_earlier_typed_name(climate):
    _submit([climate], jurisdiction_name="Valparaíso")
    member = JurisdictionFactory()
    _submit([climate], jurisdiction=member, jurisdiction_name="ignored")
    stored = JoinRequest.objects.get()
    assert (stored.jurisdiction, stored.jurisdiction_name) == (member, "")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"consent": False}, "A join request needs the requester's consent."),
        ({"circles": []}, "A join request needs at least one circle."),
        ({"language": "fr"}, "Unknown language 'fr'."),
        ({"circles": "NOT_A_CIRCLE"}, "Only published Local Circles can be joined."),
        ({"circles": "DRAFT"}, "Only published Local Circles can be joined."),
    ],
    ids=["no-consent", "no-circle", "language", "not-a-circle", "draft-circle"],
)
def test_service_refuses_what_the_form_would_refuse(climate, overrides, message):
    circles = {
        "NOT_A_CIRCLE": [climate, ThemeFactory(is_local_circle=False)],
        "DRAFT": [ThemeFactory(is_local_circle=True, is_published=False)],
    }
    if isinstance(overrides.get("circles"), str):
        overrides = {"circles": circles[overrides["circles"]]}
    values = {"circles": [climate], **overrides}
    with pytest.raises(ValidationError) as error:
        _submit(**values)
    assert error.value.messages == [message]
    assert JoinRequest.objects.count() == 0


def _port_where_nothing_listens():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.django_db(transaction=True)
def test_a_failing_mail_server_never_loses_the_request(
    client, climate, settings, caplog
):
    """A real SMTP connection to a port where nothing listens, through the real view
    and a real commit (no captured callbacks)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = _port_where_nothing_listens()
    settings.EMAIL_TIMEOUT = 5
    with caplog.at_level(logging.INFO, logger="circles.services"):
        response = client.post("/es/circles/climate-action/", join_data([climate]))
    assert response.status_code == 302
    assert response["Location"].startswith("/es/circles/join/thanks/?r=")
    stored = JoinRequest.objects.get()
    assert _circle_slugs(stored) == ["climate-action"]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in errors] == [
        f"Could not send the confirmation for join request {stored.pk} "
        "(ConnectionRefusedError).",
        f"Could not send the staff notification for join request {stored.pk} "
        "(ConnectionRefusedError).",
    ]
    assert [r.exc_info for r in errors] == [None, None]  # no traceback, no addresses
    assert "ana.perez@example.org" not in caplog.text
    assert "Ana" not in caplog.text


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"
)
def test_two_simultaneous_first_requests_make_one(climate, inclusion):
    barrier = threading.Barrier(2)
    errors = []

    def submit(circle):
        try:
            barrier.wait()
            _submit([circle])
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(c,)) for c in (climate, inclusion)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    stored = JoinRequest.objects.get()
    assert sorted(_circle_slugs(stored)) == ["climate-action", "inclusion"]
