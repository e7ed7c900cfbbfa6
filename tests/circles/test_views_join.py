"""Sending the join form over HTTP: the thank-you page, known addresses, and the defences
(CSRF, honeypot, minimum fill time, per-client rate limit)."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.test import Client

from circles.models import JoinRequest
from tests.circles.helpers import join_data, page_text, started
from tests.factories import JoinRequestFactory

pytestmark = pytest.mark.django_db


def _send(client, circle_page, data, **kwargs):
    """Post the form, follow the redirect, and run the on-commit emails."""
    return client.post(circle_page, data, follow=True, **kwargs)


def _without_csrf_tokens(html):
    return re.sub(r'(name="csrfmiddlewaretoken" value=)"[^"]+"', r"\1", html)


def test_valid_request_is_stored_pending_and_its_link_mailed(
    client, climate, inclusion, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/es/circles/climate-action/", join_data([climate, inclusion])
        )
    assert response.status_code == 302
    assert response["Location"] == "/es/circles/join/thanks/"
    stored = JoinRequest.objects.get()
    assert (stored.name, stored.confirmed_at) == ("Ana Pérez", None)
    assert [(m.to, m.subject) for m in mail.outbox] == [
        (
            ["ana.perez@example.org"],
            "Confirme su solicitud para sumarse a los Círculos Locales de OGP",
        )
    ]


@pytest.mark.parametrize(
    "email", ["ana.perez@example.org", "ANA.PEREZ@EXAMPLE.ORG"], ids=["same", "upper"]
)
def test_thank_you_page_is_byte_identical_for_new_and_known_addresses(
    climate, inclusion, email
):
    """A stranger typing a known address learns nothing: the page they get is the
    one a newcomer gets, apart from the CSRF token in its forms."""
    JoinRequestFactory(email="ana.perez@example.org", circles=[climate])

    def thank_you_page(address):
        response = Client().post(
            "/en/circles/inclusion/",
            join_data([climate, inclusion], email=address),
            follow=True,
        )
        assert response.redirect_chain == [("/en/circles/join/thanks/", 302)]
        return _without_csrf_tokens(response.content.decode())

    known = thank_you_page(email)
    new = thank_you_page("someone.new@example.org")
    assert known == new
    assert "ana.perez" not in known.lower()


@pytest.mark.parametrize(
    "overrides",
    [
        {"website": "http://spam.example"},
        {"started": "JUST_NOW"},
        {"started": None},
        {"started": "1700000000.0"},
        {"started": started()[:-2] + "xx"},
    ],
    ids=["honeypot", "too-fast", "no-timestamp", "unsigned-timestamp", "forged"],
)
def test_bot_submissions_see_the_usual_thank_you_but_nothing_is_stored(
    client, climate, overrides, django_capture_on_commit_callbacks
):
    if overrides.get("started") == "JUST_NOW":
        overrides = {"started": started(seconds_ago=0)}
    with django_capture_on_commit_callbacks(execute=True):
        response = _send(
            client, "/en/circles/climate-action/", join_data([climate], **overrides)
        )
    assert response.redirect_chain == [("/en/circles/join/thanks/", 302)]
    assert "Please check your email Thank you. We sent a link" in page_text(response)
    assert JoinRequest.objects.count() == 0
    assert mail.outbox == []


def test_minimum_fill_time_is_a_setting(client, climate, settings):
    settings.CIRCLES_MIN_FILL_SECONDS = 60
    _send(client, "/en/circles/climate-action/", join_data([climate]))  # 30 s old
    assert JoinRequest.objects.count() == 0
    settings.CIRCLES_MIN_FILL_SECONDS = 10
    _send(client, "/en/circles/climate-action/", join_data([climate]))
    assert JoinRequest.objects.count() == 1


def test_honeypot_is_hidden_from_people(client, climate):
    html = client.get("/en/circles/climate-action/").content.decode()
    assert re.search(
        r'<div class="hp-field" aria-hidden="true"><label for="id_website">Leave this '
        r'field empty</label> <input type="text" name="website" tabindex="-1" '
        r'autocomplete="off" id="id_website"></div>',
        html,
    )


@pytest.mark.parametrize(
    ("language", "title", "message"),
    [
        (
            "en",
            "Too many requests",
            "We received several requests from your network in a short time, so we "
            "did not accept this one. Please try again in about",
        ),
        (
            "es",
            "Demasiadas solicitudes",
            "Recibimos varias solicitudes desde su red en poco tiempo, así que no "
            "aceptamos esta. Vuelva a intentarlo en aproximadamente",
        ),
    ],
)
def test_rate_limit_answers_429_in_the_visitors_language(
    client, climate, settings, language, title, message
):
    settings.CIRCLES_JOIN_RATE = "3/hour"
    page = f"/{language}/circles/climate-action/"
    statuses = [
        client.post(page, join_data([climate], email=f"p{n}@example.org")).status_code
        for n in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    response = client.post(page, join_data([climate], email="late@example.org"))
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    text = page_text(response)
    assert f"<h1>{title}</h1>" in response.content.decode()
    assert message in text
    assert JoinRequest.objects.count() == 3
    # Reading the pages is never limited.
    assert client.get(page).status_code == 200


def test_invalid_submissions_count_towards_the_limit(client, climate, settings):
    settings.CIRCLES_JOIN_RATE = "2/hour"
    page = "/en/circles/climate-action/"
    statuses = [client.post(page, {"name": ""}).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]


def test_rate_limit_is_per_client_behind_a_trusted_proxy(client, climate, settings):
    settings.CIRCLES_JOIN_RATE = "1/hour"
    settings.TRUSTED_PROXY_COUNT = 1
    page = "/en/circles/climate-action/"

    def post(forwarded_for, email):
        return client.post(
            page,
            join_data([climate], email=email),
            headers={"x-forwarded-for": forwarded_for},
        ).status_code

    # A client cannot escape the limit by writing its own X-Forwarded-For entry.
    assert post("203.0.113.7", "a@example.org") == 302
    assert post("1.1.1.1, 203.0.113.7", "b@example.org") == 429
    assert post("198.51.100.9", "c@example.org") == 302


def test_without_a_trusted_proxy_forwarded_for_is_ignored(client, climate, settings):
    settings.CIRCLES_JOIN_RATE = "1/hour"
    page = "/en/circles/climate-action/"
    first = client.post(
        page, join_data([climate]), headers={"x-forwarded-for": "203.0.113.7"}
    )
    second = client.post(
        page,
        join_data([climate], email="b@example.org"),
        headers={"x-forwarded-for": "198.51.100.9"},
    )
    assert (first.status_code, second.status_code) == (302, 429)


def test_csrf_is_enforced(climate):
    browser = Client(enforce_csrf_checks=True)
    refused = browser.post("/en/circles/climate-action/", join_data([climate]))
    assert refused.status_code == 403
    assert JoinRequest.objects.count() == 0
    page = browser.get("/en/circles/climate-action/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    accepted = browser.post(
        "/en/circles/climate-action/",
        {**join_data([climate]), "csrfmiddlewaretoken": token},
    )
    assert accepted.status_code == 302
    assert JoinRequest.objects.count() == 1


def test_request_to_a_draft_circle_page_is_404_and_stores_nothing(client, climate):
    climate.is_published = False
    climate.save()
    response = client.post("/en/circles/climate-action/", join_data([climate]))
    assert response.status_code == 404
    assert JoinRequest.objects.count() == 0


def test_with_the_cache_down_the_form_stays_open(client, climate, settings):
    settings.CIRCLES_JOIN_RATE = "1/hour"
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    statuses = [
        client.post(
            "/en/circles/climate-action/",
            join_data([climate], email=f"p{n}@example.org"),
        ).status_code
        for n in range(2)
    ]
    assert statuses == [302, 302]
    assert JoinRequest.objects.count() == 2


def test_an_address_gets_only_so_many_confirmation_links_a_day(
    climate, settings, django_capture_on_commit_callbacks
):
    """Whoever sends the form, from whatever network, and however the address is
    written: past CIRCLES_CONFIRMATION_RATE nothing is stored or mailed, the page
    says the same, and other addresses are not held back."""
    settings.CIRCLES_CONFIRMATION_RATE = "2/day"
    addresses = [
        "ana.perez@example.org",
        "ANA.PEREZ@example.org",
        "Ana.Perez@Example.org",
        "ana.perez@EXAMPLE.ORG",
        "someone.else@example.org",
    ]
    with django_capture_on_commit_callbacks(execute=True):
        locations = [
            Client(REMOTE_ADDR=f"198.51.100.{n}")
            .post("/en/circles/climate-action/", join_data([climate], email=address))
            .get("Location")
            for n, address in enumerate(addresses, start=1)
        ]

    assert locations == ["/en/circles/join/thanks/"] * 5
    assert [message.to for message in mail.outbox] == [
        ["ana.perez@example.org"],
        ["ANA.PEREZ@example.org"],
        ["someone.else@example.org"],
    ]
    assert JoinRequest.objects.count() == 3


def test_the_next_day_an_address_gets_a_confirmation_link_again(
    climate, settings, django_capture_on_commit_callbacks
):
    settings.CIRCLES_CONFIRMATION_RATE = "1/day"

    def send(number):
        with django_capture_on_commit_callbacks(execute=True):
            Client(REMOTE_ADDR=f"198.51.100.{number}").post(
                "/en/circles/climate-action/", join_data([climate])
            )
        return len(mail.outbox)

    with time_machine.travel("2026-12-07 09:00 +00:00", tick=False) as traveller:
        assert [send(1), send(2)] == [1, 1]
        traveller.shift(datetime.timedelta(days=1, minutes=1))
        assert send(3) == 2
