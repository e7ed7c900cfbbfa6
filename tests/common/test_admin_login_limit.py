"""Sign-in attempts counted before authentication (common/admin/login_limit.py):
past AXES_FAILURE_LIMIT attempts per username and address, the lockout page, with
Retry-After and the time left in words, and the attempt never reaches
authentication (axes records no further failure)."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum

pytestmark = pytest.mark.django_db

WRONG = {"username": "curator", "password": "not-the-password"}
RIGHT = {"username": "curator", "password": "correct-horse-battery"}


@pytest.fixture
def curator(django_user_model):
    return django_user_model.objects.create_superuser(
        "curator", "c@example.org", RIGHT["password"]
    )


def recorded_failures():
    return AccessAttempt.objects.aggregate(total=Sum("failures_since_start"))["total"]


def test_attempts_past_the_limit_never_reach_authentication(client, curator):
    statuses = [client.post("/admin/login/", WRONG).status_code for _ in range(8)]
    assert statuses == [200, 200, 200, 200, 429, 429, 429, 429]
    # axes saw the first five; the last three were refused before it.
    assert recorded_failures() == settings.AXES_FAILURE_LIMIT
    assert client.post("/admin/login/", RIGHT).status_code == 429
    assert recorded_failures() == settings.AXES_FAILURE_LIMIT


def test_the_refusal_says_when_to_try_again(client, curator):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", WRONG)
    response = client.post("/admin/login/", WRONG)
    seconds = int(response["Retry-After"])
    # A fixed window as long as axes' cool-off (an hour), started at most then.
    assert response.status_code == 429
    assert 1 <= seconds <= 3600
    minutes = -(-seconds // 60)
    words = "1\xa0hour" if minutes == 60 else f"{minutes}\xa0minute"
    assert f"You can try again in {words}" in response.text


def test_axes_own_lockout_says_its_whole_cool_off(client, curator):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/admin/login/", WRONG)
    response = client.post("/admin/login/", WRONG)  # the fifth: axes locks out
    assert (response.status_code, response["Retry-After"]) == (429, "3600")
    assert "You can try again in 1\xa0hour" in response.text


def test_the_refusal_reads_spanish(client, curator):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", WRONG)
    response = client.post("/admin/login/", WRONG)
    assert response.status_code == 429
    assert "Retry-After" in response
    assert "Puede volver a intentarlo dentro de " in response.text


def test_each_username_and_address_has_its_own_count(client, curator):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post("/admin/login/", WRONG, REMOTE_ADDR="192.0.2.1")
    other_address = client.post("/admin/login/", RIGHT, REMOTE_ADDR="192.0.2.2")
    assert other_address.status_code == 302


def test_a_cache_that_fails_leaves_axes_lockout_in_charge(client, curator, settings):
    settings.CACHES = {
        "default": {"BACKEND": "tests.common.failing_cache.FailingCache"}
    }
    statuses = [client.post("/admin/login/", WRONG).status_code for _ in range(6)]
    assert statuses == [200, 200, 200, 200, 429, 429]
    # Nothing refused them before authentication: axes saw all six.
    assert recorded_failures() == 6


def test_the_sign_in_page_itself_is_not_counted(client, curator):
    for _attempt in range(10):
        client.get("/admin/login/")
    assert client.post("/admin/login/", RIGHT).status_code == 302


def test_a_successful_sign_in_starts_the_count_again(client, curator):
    """Signing in and out more often than the limit in one window locks nobody
    out, and a success after some wrong passwords gives a fresh allowance."""
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 2):
        assert client.post("/admin/login/", RIGHT).status_code == 302
        client.post("/admin/logout/")
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/admin/login/", WRONG)
    assert client.post("/admin/login/", RIGHT).status_code == 302
    client.post("/admin/logout/")

    statuses = [client.post("/admin/login/", WRONG).status_code for _ in range(6)]

    assert statuses == [200, 200, 200, 200, 429, 429]
