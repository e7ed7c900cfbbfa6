"""join_request_submit stores a pending request and mails its address a link;
join_request_confirm makes it the address's request (once) and tells staff."""

import logging
import re
import socket
import threading

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import connection

from circles.enums import JoinRequestStatus
from circles.models import JoinRequest
from circles.services import LinkAlreadyUsed, join_request_confirm, join_request_submit
from circles.tokens import confirmation_token_read
from tests.circles.helpers import join_data
from tests.factories import JoinRequestFactory, JurisdictionFactory, ThemeFactory

SITE = "https://ogplocal.example.org"
LINK = re.compile(r"https://ogplocal\.example\.org/(en|es)/circles/join/confirm/(\S+)/")


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
        "site_url": SITE,
    }
    values.update(overrides)
    return join_request_submit(**values)


def _confirm(join_request):
    return join_request_confirm(
        join_request_id=join_request.pk,
        nonce=join_request.confirmation_nonce,
        site_url=SITE,
    )


def _circle_slugs(join_request):
    return [link.theme.slug for link in join_request.circle_links.all()]


def _fields(join_request):
    join_request.refresh_from_db()
    return {
        "name": join_request.name,
        "email": join_request.email,
        "organisation": join_request.organisation,
        "language": join_request.language,
        "message": join_request.message,
        "status": join_request.status,
        "consent_at": join_request.consent_at,
        "circles": _circle_slugs(join_request),
    }


@pytest.mark.django_db
def test_request_is_stored_pending_and_only_its_link_goes_out_after_commit(
    climate, inclusion, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        pending = _submit([climate, inclusion])
        assert mail.outbox == []  # nothing sent before the transaction commits
    for callback in callbacks:
        callback()
    stored = JoinRequest.objects.get()
    assert (stored.pk, stored.confirmed_at, len(stored.confirmation_nonce)) == (
        pending.pk,
        None,
        43,
    )
    assert _circle_slugs(stored) == ["climate-action", "inclusion"]
    (link_mail,) = mail.outbox  # staff hear of it only once it is confirmed
    assert link_mail.to == ["ana.perez@example.org"]
    assert link_mail.reply_to == ["ogp-local-circles@example.org"]
    assert link_mail.subject == (
        "Confirme su solicitud para sumarse a los Círculos Locales de OGP"
    )
    language, token = LINK.search(link_mail.body).groups()
    assert language == "es"
    assert confirmation_token_read(token=token) == (
        stored.pk,
        stored.confirmation_nonce,
    )
    assert link_mail.body == (
        "Hola:\n\n"
        "Alguien pidió sumarse a estos Círculos Locales de OGP con esta dirección de "
        "correo electrónico:\n- Acción climática\n- Inclusión\n\n"
        "Si fue usted, confirme la solicitud abriendo este enlace dentro de 3\xa0días:\n"
        f"{SITE}/es/circles/join/confirm/{token}/\n\n"
        "Mientras la solicitud no esté confirmada, no la tramitamos. Si usted no la "
        "envió, puede ignorar este correo: la solicitud se eliminará.\n\n"
        "El aviso de privacidad explica qué guardamos y por qué:\n"
        f"{SITE}/es/privacy/\n\nOGP Local\n"
    )


@pytest.mark.django_db
def test_link_email_quotes_nothing_the_sender_typed(
    climate, django_capture_on_commit_callbacks
):
    """The sender may not own the address: the email greets no one by name and
    repeats no name, organisation or message a stranger could have written."""
    with django_capture_on_commit_callbacks(execute=True):
        _submit(
            [climate],
            language="en",
            name="Mallory Phisher",
            organisation="Call +1 555 0100 now",
            message="Your account is locked, visit evil.example",
        )
    (link_mail,) = mail.outbox
    assert link_mail.subject == "Please confirm your request to join OGP Local Circles"
    assert link_mail.body.startswith(
        "Hello,\n\nSomeone asked to join these OGP Local Circles with this email "
        "address:\n- Climate Action\n\nIf it was you, please confirm the request by "
        "opening this link within 3\xa0days:\n"
    )
    for typed in ("Mallory", "555", "evil.example", "locked"):
        assert typed not in link_mail.body


@pytest.mark.django_db
def test_confirming_a_first_request_makes_it_the_addresses_and_tells_staff(
    climate, inclusion, django_capture_on_commit_callbacks
):
    member = JurisdictionFactory(name_en="Rosario")
    pending = _submit([climate, inclusion], jurisdiction=member)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = _confirm(pending)
    stored = JoinRequest.objects.get()
    assert (outcome.created, outcome.added, outcome.repeated) == (
        True,
        [climate, inclusion],
        [],
    )
    assert (stored.pk, stored.status, stored.confirmation_nonce) == (
        pending.pk,
        JoinRequestStatus.NEW,
        "",
    )
    assert stored.confirmed_at is not None
    (notification,) = mail.outbox
    assert notification.to == ["ogp-local-circles@example.org"]
    assert notification.subject == f"New Local Circles join request #{stored.pk}"
    assert notification.reply_to == ["ana.perez@example.org"]
    assert "Member: Rosario\n" in notification.body
    assert "Circles: Climate Action, Inclusion\n" in notification.body
    assert f"{SITE}/admin/circles/joinrequest/{stored.pk}/change/" in notification.body


@pytest.mark.django_db
def test_a_strangers_request_for_a_known_address_changes_nothing_until_confirmed(
    climate, inclusion, django_capture_on_commit_callbacks
):
    owner = JoinRequestFactory(
        name="Ana Pérez",
        email="ana.perez@example.org",
        organisation="Municipalidad de Rosario",
        language="es",
        message="Hola",
        status=JoinRequestStatus.CONTACTED,
        circles=[climate],
    )
    before = _fields(owner)
    with django_capture_on_commit_callbacks(execute=True):
        _submit(
            [climate, inclusion],
            name="Mallory",
            email="  ANA.Perez@Example.ORG ",
            organisation="Not Ana",
            language="en",
            message="Overwritten",
        )
        _submit([climate, inclusion], email="someone.new@example.org", language="en")
    assert _fields(owner) == before
    assert JoinRequest.objects.filter(confirmed_at__isnull=True).count() == 2
    to_owner, to_newcomer = mail.outbox
    assert to_owner.to == ["ANA.Perez@Example.ORG"]
    # The same words whether or not the address already had a request.
    assert LINK.sub("LINK", to_owner.body) == LINK.sub("LINK", to_newcomer.body)
    assert to_owner.subject == to_newcomer.subject


@pytest.mark.django_db
def test_confirming_a_second_request_updates_the_first(
    climate, inclusion, django_capture_on_commit_callbacks
):
    first = _submit([climate])
    _confirm(first)
    JoinRequest.objects.filter(pk=first.pk).update(status=JoinRequestStatus.JOINED)
    second = _submit(
        [climate, inclusion],
        email="  ANA.Perez@Example.ORG ",
        organisation="Gobierno de Santa Fe",
        language="en",
        message="",
    )
    with django_capture_on_commit_callbacks(execute=True):
        outcome = _confirm(second)
    stored = JoinRequest.objects.get()  # the pending one was merged and deleted
    assert (outcome.created, outcome.repeated, outcome.added) == (
        False,
        [climate],
        [inclusion],
    )
    assert (stored.pk, stored.organisation, stored.email, stored.language) == (
        first.pk,
        "Gobierno de Santa Fe",
        "ANA.Perez@Example.ORG",
        "en",
    )
    assert stored.message == "Hola"  # an empty message keeps the earlier one
    assert stored.status == JoinRequestStatus.NEW  # a new circle: staff act again
    assert _circle_slugs(stored) == ["climate-action", "inclusion"]
    (notification,) = mail.outbox
    assert notification.subject == f"Updated Local Circles join request #{first.pk}"


@pytest.mark.django_db
def test_asking_again_for_the_same_circle_keeps_the_staff_status(climate):
    _confirm(_submit([climate]))
    JoinRequest.objects.update(status=JoinRequestStatus.CONTACTED)
    outcome = _confirm(_submit([climate], organisation="Gobierno de Santa Fe"))
    stored = JoinRequest.objects.get()
    assert (outcome.repeated, outcome.added) == ([climate], [])
    assert (stored.status, stored.organisation) == (
        JoinRequestStatus.CONTACTED,
        "Gobierno de Santa Fe",
    )


@pytest.mark.django_db
def test_a_link_confirms_once(climate):
    pending = _submit([climate])
    _confirm(pending)
    with pytest.raises(LinkAlreadyUsed):
        _confirm(pending)
    assert JoinRequest.objects.get().confirmation_nonce == ""


@pytest.mark.django_db
def test_a_merged_requests_link_confirms_once(climate, inclusion):
    _confirm(_submit([climate]))
    second = _submit([inclusion])
    _confirm(second)
    with pytest.raises(LinkAlreadyUsed):
        _confirm(second)
    assert JoinRequest.objects.count() == 1


@pytest.mark.django_db
def test_choosing_a_member_clears_an_earlier_typed_name(climate):
    _confirm(_submit([climate], jurisdiction_name="Valparaíso"))
    member = JurisdictionFactory()
    _confirm(_submit([climate], jurisdiction=member, jurisdiction_name="ignored"))
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
    """A real SMTP connection to a port where nothing listens, through the real views
    and real commits (no captured callbacks)."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = _port_where_nothing_listens()
    settings.EMAIL_TIMEOUT = 5
    with caplog.at_level(logging.INFO, logger="circles.services"):
        response = client.post("/es/circles/climate-action/", join_data([climate]))
        assert response["Location"] == "/es/circles/join/thanks/"
        pending = JoinRequest.objects.get()
        confirmed = join_request_confirm(
            join_request_id=pending.pk, nonce=pending.confirmation_nonce
        )
    assert _circle_slugs(confirmed.join_request) == ["climate-action"]
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in errors] == [
        f"Could not send the confirmation link for join request {pending.pk} "
        "(ConnectionRefusedError).",
        f"Could not send the staff notification for join request {pending.pk} "
        "(ConnectionRefusedError).",
    ]
    assert [r.exc_info for r in errors] == [None, None]  # no traceback, no addresses


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs concurrent writers (PostgreSQL)"
)
def test_two_simultaneous_first_confirmations_make_one_request(climate, inclusion):
    """The owner sent the form twice and opens both links at once."""
    pending = [_submit([climate]), _submit([inclusion])]
    barrier = threading.Barrier(2)
    errors = []

    def confirm(join_request):
        try:
            barrier.wait()
            _confirm(join_request)
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(p,)) for p in pending]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    stored = JoinRequest.objects.get()
    assert stored.confirmed_at is not None
    assert sorted(_circle_slugs(stored)) == ["climate-action", "inclusion"]
