"""Every answer denies the browser features the site never uses
(settings.PERMISSIONS_POLICY, django-permissions-policy)."""

import pytest

pytestmark = pytest.mark.django_db

PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), browsing-topics=(), camera=(), "
    "display-capture=(), encrypted-media=(), gamepad=(), geolocation=(), "
    "gyroscope=(), hid=(), idle-detection=(), interest-cohort=(), local-fonts=(), "
    "magnetometer=(), microphone=(), midi=(), otp-credentials=(), payment=(), "
    "publickey-credentials-create=(), publickey-credentials-get=(), "
    "screen-wake-lock=(), serial=(), usb=(), window-management=(), "
    "xr-spatial-tracking=()"
)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/en/", 200),
        ("/es/members/", 200),
        ("/en/circles/", 200),
        ("/en/no-such-page/", 404),
        ("/", 302),
        ("/api/v1/", 200),
        ("/api/v1/jurisdictions/?format=csv", 200),
        ("/api/v1/jurisdictions/?region=nowhere", 400),
        ("/admin/login/", 200),
        ("/admin/", 302),
        ("/healthz", 200),
        ("/robots.txt", 200),
        ("/static/css/site.css", 200),
    ],
)
def test_every_answer_denies_the_unused_browser_features(client, path, status):
    response = client.get(path)

    assert response.status_code == status
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY


def test_an_answer_from_the_response_cache_denies_them_too(client, settings):
    settings.RESPONSE_CACHE = True
    client.get("/en/meetings/")

    response = client.get("/en/meetings/")

    assert response["X-Cache"] == "hit"
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY


def test_a_bad_host_answer_denies_them_too(client):
    response = client.get("/en/", headers={"host": "evil.example"})

    assert response.status_code == 400
    assert response["Permissions-Policy"] == PERMISSIONS_POLICY
