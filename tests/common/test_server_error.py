"""A server error: the visitor gets an id to quote and nothing else; the log gets
one error line with that id and no personal data."""

import logging
import re

import pytest
from django.conf import settings
from django.test import Client

from tests.circles.helpers import join_data
from tests.common.raising_urls import FAILURE
from tests.factories import ThemeFactory

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.common.raising_urls")]

PERSONAL = {
    "name": "Zyxwvu Quimby",
    "email": "zyxwvu.quimby@example.org",
    "organisation": "Quimbyburg Cooperative",
    "message": "Quimby private message",
}


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


def _error_records(caplog):
    return [record for record in caplog.records if record.levelno >= logging.ERROR]


def _line(record):
    """The record as the project's log handler writes its first line."""
    formatter = logging.Formatter(settings.LOGGING["formatters"]["line"]["format"])
    return formatter.format(record).splitlines()[0]


@pytest.mark.parametrize(
    ("language", "title", "reference"),
    [
        (
            "en",
            "Something went wrong",
            "If you write to us about it, please quote this reference:",
        ),
        (
            "es",
            "Algo salió mal",
            "Si nos escribe al respecto, indique esta referencia:",
        ),
    ],
)
def test_the_500_page_shows_the_request_id_and_nothing_of_the_error(
    client, caplog, language, title, reference
):
    response = client.post(f"/{language}/fail/", PERSONAL)

    request_id = response["X-Request-ID"]
    html = response.content.decode()
    assert response.status_code == 500
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    assert f"<h1>{title}</h1>" in html
    assert f'{reference} <code class="request-id">{request_id}</code>' in html
    for leak in (
        "Traceback",
        "RuntimeError",
        "SELECT",
        "SECRET_KEY",
        "boom",
        "raising",
    ):
        assert leak not in html
    assert settings.SECRET_KEY not in html
    assert PERSONAL["email"] not in html


def test_a_proxys_request_id_is_the_one_shown(client):
    proxied = "4f1c2b9e8d7a6f5e4d3c2b1a0f9e8d7c"  # nginx's $request_id
    response = client.get("/en/fail/", headers={"x-request-id": proxied})

    assert response["X-Request-ID"] == proxied
    assert f'<code class="request-id">{proxied}</code>' in response.content.decode()


@pytest.mark.parametrize(
    ("accept_language", "detail"),
    [("en", "A server error occurred."), ("es", "Se produjo un error en el servidor.")],
)
def test_an_api_server_error_is_json_with_the_request_id(
    client, accept_language, detail
):
    response = client.get("/api/v1/fail/", headers={"accept-language": accept_language})

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": detail, "request_id": response["X-Request-ID"]}


def test_a_server_error_is_logged_once_with_its_request_id_and_no_personal_data(
    client, caplog
):
    with caplog.at_level(logging.DEBUG):
        response = client.post("/en/fail/", PERSONAL)

    request_id = response["X-Request-ID"]
    [record] = _error_records(caplog)
    assert (record.name, record.correlation_id) == ("django.request", request_id)
    assert _line(record).endswith(
        f"ERROR [{request_id}] django.request: Internal Server Error: /en/fail/"
    )
    logged = caplog.text + "".join(
        logging.Formatter().format(record) for record in caplog.records
    )
    assert FAILURE in logged  # the traceback is for the operators
    for value in PERSONAL.values():
        assert value not in logged


def test_the_api_server_error_is_logged_once_too(client, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/api/v1/fail/?lang=es")

    [record] = _error_records(caplog)
    assert record.correlation_id == response["X-Request-ID"]
    assert record.getMessage() == "Internal Server Error: /api/v1/fail/"


def test_join_requests_leave_no_personal_data_in_the_log(
    client, caplog, settings, django_capture_on_commit_callbacks
):
    settings.CIRCLES_JOIN_RATE = "2/hour"
    circle = ThemeFactory(slug="climate-action", is_local_circle=True)
    accepted = join_data([circle], **PERSONAL)
    refused = join_data([circle], **{**PERSONAL, "email": "zyxwvu.quimby@"})

    with (
        caplog.at_level(logging.DEBUG),
        django_capture_on_commit_callbacks(execute=True),
    ):
        statuses = [
            client.post("/en/circles/climate-action/", data).status_code
            for data in (accepted, refused, accepted)
        ]

    assert statuses == [302, 200, 429]
    logged = caplog.text + "".join(
        logging.Formatter().format(record) for record in caplog.records
    )
    assert "Sent the confirmation link for join request" in logged
    for value in [*PERSONAL.values(), "zyxwvu", "Quimby"]:
        assert value not in logged
