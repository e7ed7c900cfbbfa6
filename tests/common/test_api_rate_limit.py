"""The API's per-client limit (common/api/rate_limit.py): every request under
/api/ counts, those served from the response cache too; past the limit a 429 says
when to try again, in Retry-After and in the requested language."""

import re

import pytest
from django.core.management import call_command

from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

DETAIL = re.compile(r"Request was throttled\. Expected available in (\d+) seconds?\.")


@pytest.fixture
def three_a_minute(settings):
    settings.API_ANON_RATE = "3/minute"
    ThemeFactory(slug="open-data")


def test_past_the_rate_limit_is_a_429_with_retry_after(client, three_a_minute):
    statuses = [client.get("/api/v1/themes/").status_code for _ in range(3)]
    response = client.get("/api/v1/themes/open-data/")
    assert statuses == [200, 200, 200]
    assert response.status_code == 429
    seconds = int(response["Retry-After"])
    # A fixed window of a minute, started at most a minute ago.
    assert 1 <= seconds <= 60
    unit = "second" if seconds == 1 else "seconds"
    assert response.json() == {
        "detail": f"Request was throttled. Expected available in {seconds} {unit}."
    }
    assert response["Content-Type"] == "application/json"


def test_the_429_speaks_the_requested_language(client, three_a_minute):
    for _ in range(3):
        client.get("/api/v1/themes/")
    spanish = client.get("/api/v1/themes/?lang=es")
    by_header = client.get("/api/v1/themes/", HTTP_ACCEPT_LANGUAGE="es")
    seconds = int(spanish["Retry-After"])
    expected = f"Demasiadas solicitudes. Vuelva a intentarlo en {seconds} segundos."
    if seconds == 1:
        expected = "Demasiadas solicitudes. Vuelva a intentarlo en 1 segundo."
    assert (spanish.status_code, spanish.json()) == (429, {"detail": expected})
    assert by_header.status_code == 429
    assert by_header.json()["detail"].startswith("Demasiadas solicitudes.")


def test_answers_from_the_response_cache_count_too(client, three_a_minute, settings):
    settings.RESPONSE_CACHE = True
    answers = [client.get("/api/v1/themes/") for _ in range(4)]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.get("X-Cache") for a in answers[:3]] == ["miss", "hit", "hit"]


def test_each_address_has_its_own_allowance(client, three_a_minute):
    for _ in range(3):
        client.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.1")
    assert client.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.1").status_code == 429
    assert client.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.2").status_code == 200


def test_pages_are_not_counted(client, three_a_minute):
    for _ in range(3):
        client.get("/api/v1/themes/")
    assert client.get("/en/themes/").status_code == 200


def test_an_empty_rate_turns_the_limit_off(client, settings):
    settings.API_ANON_RATE = ""
    assert {client.get("/api/v1/themes/").status_code for _ in range(5)} == {200}


def test_a_cache_that_fails_leaves_the_api_open(client, three_a_minute, settings):
    settings.CACHES = {
        "default": {"BACKEND": "tests.common.failing_cache.FailingCache"}
    }
    assert {client.get("/api/v1/themes/").status_code for _ in range(5)} == {200}


@pytest.mark.parametrize("rate", ["1000/month", "many", "0/hour"])
def test_a_rate_the_counter_would_misread_stops_the_start(settings, rate):
    settings.API_ANON_RATE = rate
    with pytest.raises(Exception, match="API_ANON_RATE must look like"):
        call_command("check", "--fail-level", "ERROR")


def test_behind_a_proxy_each_client_counts_and_forged_entries_do_not(
    client, three_a_minute, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for forged in ("198.51.100.1", "198.51.100.2", "198.51.100.3"):
        client.get(
            "/api/v1/themes/",
            HTTP_X_FORWARDED_FOR=f"{forged}, 203.0.113.9",
            **proxy,
        )
    # The client the proxy saw is out of allowance, whatever it forged before it.
    forged_again = client.get(
        "/api/v1/themes/", HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.9", **proxy
    )
    assert forged_again.status_code == 429
    another = client.get(
        "/api/v1/themes/", HTTP_X_FORWARDED_FOR="203.0.113.10", **proxy
    )
    assert another.status_code == 200
