import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import RequestFactory

from common.http.client_ip import client_ip

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "x7Gq2-9vLw_ZpR4tYc8NbE1sKdUf6HjMa3oTi0XeQyWrVnBgCl5PzSmOuDkJhFq",
    "ALLOWED_HOSTS": "directory.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://directory.example.org",
    "CIRCLES_STAFF_EMAIL": "circles@directory.example.org",
    "SITE_CONTACT_EMAIL": "editors@directory.example.org",
    "EMAIL_URL": "smtp+tls://mail.directory.example.org:587",
}
CSP = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",
    "font-src": "'self'",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
    "form-action": "'self'",
}


def directives(header):
    """A CSP header as {directive: sources}; its directives come in any order."""
    return dict(
        part.strip().split(" ", 1) for part in header.split(";") if part.strip()
    )


def manage(*arguments, environment):
    # Leave out what the test run itself sets (browser tests allow async-unsafe calls).
    test_only = {"DEBUG", "SECRET_KEY", "HTTPS", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in test_only}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", environment=PRODUCTION
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_app_refuses_to_start_without_a_secret_key():
    result = manage("check", environment={**PRODUCTION, "SECRET_KEY": ""})
    assert result.returncode == 1
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_app_refuses_to_start_without_a_contact_for_join_requests():
    result = manage("check", environment={**PRODUCTION, "CIRCLES_STAFF_EMAIL": ""})
    assert result.returncode == 1
    assert "CIRCLES_STAFF_EMAIL must be set when DEBUG is off" in result.stderr


def test_app_refuses_to_start_without_the_editors_contact_address():
    result = manage("check", environment={**PRODUCTION, "SITE_CONTACT_EMAIL": ""})
    assert result.returncode == 1
    assert "SITE_CONTACT_EMAIL must be set when DEBUG is off" in result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/es/", "/admin/login/", "/healthz"])
def test_every_response_carries_the_content_security_policy(client, path):
    response = client.get(path)
    assert directives(response["Content-Security-Policy"]) == CSP
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_failed_logins_lock_the_account_out(client, django_user_model):
    django_user_model.objects.create_superuser(
        "curator", "c@example.org", "correct-horse-battery"
    )
    wrong = {"username": "curator", "password": "wrong"}
    statuses = [
        client.post("/admin/login/", wrong).status_code
        for _attempt in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert statuses == [200, 200, 200, 200, 429]  # the form again, then locked out
    right = {"username": "curator", "password": "correct-horse-battery"}
    assert client.post("/admin/login/", right).status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_correct_login_before_the_limit_resets_the_count(client, django_user_model):
    django_user_model.objects.create_superuser(
        "curator", "c@example.org", "correct-horse-battery"
    )
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post("/admin/login/", {"username": "curator", "password": "wrong"})
    response = client.post(
        "/admin/login/", {"username": "curator", "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (
            0,
            "203.0.113.9",
            "10.0.0.1",
        ),  # no proxy: the header is the client's own claim
        (1, "203.0.113.9", "203.0.113.9"),
        (1, "198.51.100.7, 203.0.113.9", "203.0.113.9"),  # the left entry was forged
        (2, "198.51.100.7, 203.0.113.9", "198.51.100.7"),
        (2, "203.0.113.9", "10.0.0.1"),  # fewer entries than proxies: not trusted
    ],
)
def test_client_ip_behind_trusted_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded
    )
    assert client_ip(request) == expected
