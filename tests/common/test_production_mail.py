"""With DEBUG off the app refuses to start on a mail backend that would write join
requests into the log or keep them in memory instead of sending them."""

import pytest

from tests.common.test_security import PRODUCTION, manage

REFUSED = (
    "EMAIL_URL must name a real mail server when DEBUG is off (e.g. "
    "smtp+tls://user:pass@mail.example.org:587)"
)


@pytest.mark.parametrize(
    "email_url", ["consolemail://", "memorymail://", "filemail:///tmp/ogplocal-mail"]
)
def test_production_refuses_a_mail_backend_that_does_not_send(email_url):
    result = manage(
        "check", environment={**PRODUCTION, "EMAIL_URL": email_url, "EMAIL_DISCARD": ""}
    )
    assert result.returncode == 1
    assert REFUSED in result.stderr


def test_production_refuses_the_default_console_backend(monkeypatch):
    monkeypatch.delenv("EMAIL_URL", raising=False)  # pytest-env sets one
    monkeypatch.delenv("EMAIL_DISCARD", raising=False)
    without_mail = {k: v for k, v in PRODUCTION.items() if k != "EMAIL_URL"}
    result = manage("check", environment=without_mail)
    assert result.returncode == 1
    assert REFUSED in result.stderr


def test_discarding_mail_needs_the_explicit_flag():
    refused = manage(
        "check",
        environment={**PRODUCTION, "EMAIL_URL": "dummymail://", "EMAIL_DISCARD": ""},
    )
    assert refused.returncode == 1
    assert "EMAIL_URL=dummymail:// discards every email" in refused.stderr
    allowed = manage(
        "check",
        environment={
            **PRODUCTION,
            "EMAIL_URL": "dummymail://",
            "EMAIL_DISCARD": "true",
        },
    )
    assert allowed.returncode == 0, allowed.stderr


def test_debug_keeps_the_console_backend_for_local_work():
    result = manage(
        "check",
        environment={**PRODUCTION, "DEBUG": "true", "EMAIL_URL": "consolemail://"},
    )
    assert result.returncode == 0, result.stderr
