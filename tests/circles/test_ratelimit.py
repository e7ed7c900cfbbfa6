import pytest
from django.test import RequestFactory

from circles.ratelimit import check_join_rate
from common.http.client_ip import client_ip


@pytest.mark.parametrize(
    "rate", ["5/hour", "5/hours", "20/day", "10/15m", "3/s", " 1/Minute "]
)
def test_readable_rates_pass_the_check(settings, rate):
    settings.CIRCLES_JOIN_RATE = rate
    assert check_join_rate() == []


@pytest.mark.parametrize(
    "rate", ["", "5", "five/hour", "5/fortnight", "5/month", "0/hour", "5/"]
)
def test_a_rate_that_would_be_misread_fails_the_check(settings, rate):
    settings.CIRCLES_JOIN_RATE = rate
    assert [error.id for error in check_join_rate()] == ["circles.E001"]


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        (0, "198.51.100.1", "10.0.0.1"),
        (1, "", "10.0.0.1"),
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.2", "198.51.100.1"),
        (2, "198.51.100.1", "10.0.0.1"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(
    settings, proxies, forwarded_for, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().post(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for
    )
    assert client_ip(request) == expected


@pytest.mark.parametrize(
    ("rate", "errors"), [("3/day", []), ("3/week", ["circles.E002"])]
)
def test_the_confirmation_rate_is_checked_like_the_join_rate(settings, rate, errors):
    settings.CIRCLES_CONFIRMATION_RATE = rate
    assert [error.id for error in check_join_rate()] == errors
