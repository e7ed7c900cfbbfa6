import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory

from circles.ratelimit import parse_rate
from common.http.client_ip import client_ip


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        ("5/hour", (5, 3600)),
        ("5/hours", (5, 3600)),
        ("20/day", (20, 86400)),
        ("10/15m", (10, 900)),
        ("3/s", (3, 1)),
        (" 1/minute ", (1, 60)),
    ],
)
def test_parse_rate(rate, expected):
    assert parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["", "5", "five/hour", "5/fortnight", "0/hour", "5/"])
def test_parse_rate_refuses_nonsense(rate):
    with pytest.raises(ImproperlyConfigured):
        parse_rate(rate)


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
