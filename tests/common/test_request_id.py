"""The request id (django-guid, settings.DJANGO_GUID): one X-Request-ID per request,
on its response and on its log lines; the proxy's when it is a UUID."""

import logging
import re

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

NGINX_REQUEST_ID = "4f1c2b9e8d7a6f5e4d3c2b1a0f9e8d7c"  # nginx's $request_id: 32 hex


def _line(record):
    """The record as the project's log handler writes it."""
    formatter = logging.Formatter(settings.LOGGING["formatters"]["line"]["format"])
    return formatter.format(record)


def test_every_response_gets_a_new_request_id(client):
    ids = [client.get("/healthz")["X-Request-ID"] for _ in range(3)]
    assert all(re.fullmatch(r"[0-9a-f]{32}", request_id) for request_id in ids)
    assert len(set(ids)) == 3


def test_the_request_id_header_is_not_added_to_the_cors_exposed_headers(client):
    response = client.get("/api/v1/reforms/", headers={"origin": "https://a.example"})
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    assert response["Access-Control-Expose-Headers"] == (
        ", ".join(settings.CORS_EXPOSE_HEADERS)
    )


@pytest.mark.parametrize(
    "proxied",
    [
        NGINX_REQUEST_ID,
        NGINX_REQUEST_ID.upper(),
        "0f8e4a52-7c1d-4b9e-a3f6-2d5c8b7e1a90",  # a UUID in its usual 36 characters
    ],
)
def test_a_proxy_request_id_that_is_a_uuid_is_kept(client, proxied):
    response = client.get("/healthz", headers={"x-request-id": proxied})
    assert response["X-Request-ID"] == proxied


@pytest.mark.parametrize(
    "forged",
    [
        "",
        "short",
        "edge-7f3a9c21",  # a plausible id, but not a UUID
        NGINX_REQUEST_ID[:-1],
        NGINX_REQUEST_ID + "0",
        "x" * 32,
        "bad id with spaces",
        f"{NGINX_REQUEST_ID} INFO [-] django: forged line",
        "<script>alert(1)</script>",
    ],
)
def test_a_request_id_that_is_not_a_uuid_is_replaced(client, caplog, forged):
    with caplog.at_level(logging.WARNING, logger="django_guid"):
        response = client.get("/healthz", headers={"x-request-id": forged})
    request_id = response["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    assert request_id != forged
    warnings = [r.getMessage() for r in caplog.records if r.name == "django_guid"]
    if forged:
        [warning] = warnings
        assert warning.endswith(f"New GUID is {request_id}")
        assert " INFO " not in warning and "<" not in warning
    else:
        assert warnings == []  # an empty header is no header


def test_a_request_is_logged_once_with_its_request_id(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(
            "/en/no-such-page/", headers={"x-request-id": NGINX_REQUEST_ID}
        )
    assert response.status_code == 404
    assert response["X-Request-ID"] == NGINX_REQUEST_ID
    records = [r for r in caplog.records if r.name == "django.request"]
    assert [(r.levelname, r.getMessage(), r.correlation_id) for r in records] == [
        ("WARNING", "Not Found: /en/no-such-page/", NGINX_REQUEST_ID)
    ]
    assert _line(records[0]).endswith(
        f" WARNING [{NGINX_REQUEST_ID}] django.request: Not Found: /en/no-such-page/"
    )


def test_a_generated_request_id_is_the_one_on_the_log_line(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get("/en/no-such-page/")
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.correlation_id == response["X-Request-ID"]
    assert f" WARNING [{response['X-Request-ID']}] django.request: " in _line(record)
