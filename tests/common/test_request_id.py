import logging
import re

import pytest

pytestmark = pytest.mark.django_db


def test_every_response_gets_a_request_id(client):
    response = client.get("/healthz")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    assert client.get("/healthz")["X-Request-ID"] != response["X-Request-ID"]


def test_a_proxy_request_id_is_kept(client):
    response = client.get("/healthz", headers={"x-request-id": "edge-7f3a9c21"})
    assert response["X-Request-ID"] == "edge-7f3a9c21"


@pytest.mark.parametrize(
    "forged", ["short", "x" * 65, "bad id with spaces", "<script>alert(1)</script>"]
)
def test_an_implausible_request_id_is_replaced(client, forged):
    response = client.get("/healthz", headers={"x-request-id": forged})
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])


def test_request_errors_are_logged_once_with_the_request_id(client, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(
            "/en/no-such-page/", headers={"x-request-id": "trace-1234abcd"}
        )
    assert response.status_code == 404
    records = [r for r in caplog.records if r.name == "django.request"]
    assert [(r.levelname, r.getMessage(), r.request_id) for r in records] == [
        ("WARNING", "Not Found: /en/no-such-page/", "trace-1234abcd")
    ]
