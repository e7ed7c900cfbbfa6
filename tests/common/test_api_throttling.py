import pytest

from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_a_minute(settings):
    settings.API_ANON_RATE = "3/minute"
    ThemeFactory(slug="open-data")


def test_past_the_rate_limit_is_a_429_with_retry_after(client, three_a_minute):
    statuses = [client.get("/api/v1/themes/").status_code for _ in range(3)]
    response = client.get("/api/v1/themes/open-data/")
    assert statuses == [200, 200, 200]
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json() == {
        "detail": "Request was throttled. Expected available in 60 seconds."
    }


def test_each_address_has_its_own_allowance(client, three_a_minute):
    for _ in range(3):
        client.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.1")
    assert client.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.1").status_code == 429
    assert client.get("/api/v1/themes/", REMOTE_ADDR="192.0.2.2").status_code == 200


def test_an_empty_rate_turns_the_limit_off(client, settings):
    settings.API_ANON_RATE = ""
    assert {client.get("/api/v1/themes/").status_code for _ in range(5)} == {200}


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
