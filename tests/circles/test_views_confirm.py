"""The link mailed to confirm a join request: a page with a button, then the
request takes effect; a used, expired or altered link gets a clear page."""

import datetime
import re

import pytest
import time_machine
from django.core import mail, signing
from django.utils import timezone

from circles.enums import JoinRequestStatus
from circles.forms import started_token
from circles.models import JoinRequest
from circles.tokens import SALT
from tests.circles.helpers import join_data, page_text
from tests.factories import JoinRequestFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"http://testserver(/(?:en|es)/circles/join/confirm/[^/\s]+/)")


def _request_and_read_link(client, circles, django_capture_on_commit_callbacks, **kw):
    """Send the join form, then read the link from the email it sent."""
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/{kw.pop('page_language', 'es')}/circles/climate-action/",
            join_data(circles, **kw),
        )
    assert len(mail.outbox) == sent + 1
    return LINK.search(mail.outbox[-1].body).group(1)


def test_request_confirmed_from_the_mailed_link(
    client, climate, inclusion, django_capture_on_commit_callbacks
):
    link = _request_and_read_link(
        client, [climate, inclusion], django_capture_on_commit_callbacks
    )
    page = client.get(link)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    assert (
        "Confirme su solicitud Confirme que desea sumarse a estos Círculos Locales: "
        "Acción climática Inclusión Confirmar mi solicitud"
    ) in page_text(page)
    # Opening the link (as a mail scanner does) confirms nothing.
    assert JoinRequest.objects.get().confirmed_at is None

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link, follow=True)
    assert response.redirect_chain == [("/es/circles/join/confirmed/", 302)]
    assert (
        "Gracias Su solicitud está confirmada. Nuestro equipo le escribirá a su "
        "dirección de correo electrónico sobre los próximos pasos."
    ) in page_text(response)
    stored = JoinRequest.objects.get()
    assert (stored.name, stored.status, stored.confirmation_nonce) == (
        "Ana Pérez",
        JoinRequestStatus.NEW,
        "",
    )
    assert stored.confirmed_at is not None
    assert mail.outbox[-1].subject == f"New Local Circles join request #{stored.pk}"


@pytest.mark.parametrize("typed", ["ana.perez@example.org", "ANA.Perez@Example.ORG"])
def test_a_strangers_request_changes_and_reveals_nothing_until_confirmed(
    client, climate, inclusion, typed, django_capture_on_commit_callbacks
):
    owner = JoinRequestFactory(
        name="Ana Pérez",
        email="ana.perez@example.org",
        organisation="Municipalidad de Rosario",
        status=JoinRequestStatus.CONTACTED,
        circles=[climate],
    )
    updated_at = owner.updated_at
    link = _request_and_read_link(
        client,
        [climate, inclusion],
        django_capture_on_commit_callbacks,
        name="Mallory",
        email=typed,
        organisation="Not Ana",
        page_language="en",
    )
    owner.refresh_from_db()
    assert (owner.name, owner.organisation, owner.status, owner.updated_at) == (
        "Ana Pérez",
        "Municipalidad de Rosario",
        JoinRequestStatus.CONTACTED,
        updated_at,
    )
    assert [link.theme.slug for link in owner.circle_links.all()] == ["climate-action"]
    assert mail.outbox[-1].to == [typed]  # only the address's owner gets the link
    assert "Mallory" not in mail.outbox[-1].body

    # Whoever opens the link from that mailbox is the owner: now it takes effect.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(link)
    owner.refresh_from_db()
    assert (owner.name, owner.organisation, owner.status) == (
        "Mallory",
        "Not Ana",
        JoinRequestStatus.NEW,
    )
    assert JoinRequest.objects.count() == 1
    assert mail.outbox[-1].subject == f"Updated Local Circles join request #{owner.pk}"


def test_a_used_link_is_refused(client, climate, django_capture_on_commit_callbacks):
    link = _request_and_read_link(client, [climate], django_capture_on_commit_callbacks)
    assert client.post(link).status_code == 302
    for response in (client.get(link), client.post(link)):
        assert response.status_code == 410
        assert (
            "Este enlace no funciona Este enlace ya se usó. Si confirmó su solicitud "
            "con él, no necesita hacer nada más: nuestro equipo le escribirá."
        ) in page_text(response)
    assert JoinRequest.objects.count() == 1


def test_an_expired_link_is_refused_with_a_clear_page(
    client, climate, django_capture_on_commit_callbacks
):
    link = _request_and_read_link(client, [climate], django_capture_on_commit_callbacks)
    later = timezone.now() + datetime.timedelta(days=3, seconds=1)
    with time_machine.travel(later):
        for response in (client.get(link), client.post(link)):
            assert response.status_code == 410
            assert (
                "Este enlace no funciona Este enlace venció: un enlace para confirmar "
                "una solicitud funciona durante 3 días. Vuelva a enviar el formulario "
                "y le enviaremos un enlace nuevo."
            ) in page_text(response)
    assert JoinRequest.objects.get().confirmed_at is None


def test_link_lifetime_is_a_setting(
    client, climate, settings, django_capture_on_commit_callbacks
):
    settings.CIRCLES_CONFIRM_MAX_AGE = 3600
    link = _request_and_read_link(client, [climate], django_capture_on_commit_callbacks)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=61)):
        response = client.get(link.replace("/es/", "/en/"))
    assert response.status_code == 410
    assert "a link to confirm a request works for 1 hour." in page_text(response)


def _tampered(link, how):
    token = link.split("/")[-2]
    return {
        "changed": token[:-3] + ("abc" if token[-3:] != "abc" else "xyz"),
        "cut": token[: len(token) // 2],
        "garbage": "not-a-token",
        "long": "a" * 5000,
        "other-salt": signing.dumps({"id": 1, "nonce": "x"}, salt="circles.other"),
        "form-timestamp": started_token(),
        "not-a-request": signing.dumps([1, "x"], salt=SALT),
        "no-nonce": signing.dumps({"id": 1, "nonce": ""}, salt=SALT),
    }[how]


@pytest.mark.parametrize(
    "how",
    [
        "changed",
        "cut",
        "garbage",
        "long",
        "other-salt",
        "form-timestamp",
        "not-a-request",
        "no-nonce",
    ],
)
def test_an_altered_link_is_a_clear_400_page(
    client, climate, how, django_capture_on_commit_callbacks
):
    link = _request_and_read_link(client, [climate], django_capture_on_commit_callbacks)
    bad = f"/en/circles/join/confirm/{_tampered(link, how)}/"
    for response in (client.get(bad), client.post(bad)):
        assert response.status_code == 400
        assert (
            "This link does not work This link is not valid. It may have been cut "
            "short when it was copied: please open it from the email again, or send "
            "the form again."
        ) in page_text(response)
    assert JoinRequest.objects.get().confirmed_at is None


def test_a_valid_link_of_a_deleted_request_is_refused(
    client, climate, django_capture_on_commit_callbacks
):
    link = _request_and_read_link(client, [climate], django_capture_on_commit_callbacks)
    JoinRequest.objects.all().delete()
    assert client.post(link).status_code == 410
