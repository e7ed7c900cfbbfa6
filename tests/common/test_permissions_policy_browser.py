"""The Permissions-Policy header in a real browser: Chromium knows every feature
it names (it logs a console warning for any it does not) and refuses each of
them to the page."""

import pytest
from django.conf import settings
from django.db import connections

from tests.browser_checks import PageWatch

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ALLOWED = "names => names.filter(name => document.featurePolicy.allowsFeature(name))"


def test_chromium_knows_and_enforces_every_denied_feature(browser, live_server):
    page = browser.new_page()
    watch = PageWatch(page, live_server.url)
    console = []
    page.on("console", lambda message: console.append((message.type, message.text)))

    for path in ("/en/about/", "/admin/login/"):
        response = watch.visit(path)
        assert response.headers["permissions-policy"].startswith("accelerometer=()")
        assert page.evaluate(ALLOWED, list(settings.PERMISSIONS_POLICY)) == []
        # Features the policy leaves alone stay the browser's default.
        assert page.evaluate(ALLOWED, ["fullscreen", "clipboard-write"]) == [
            "fullscreen",
            "clipboard-write",
        ]

    assert console == []
    assert watch.problems() == {
        "console errors": [],
        "page errors": [],
        "CSP violations": [],
        "failed requests": [],
    }
    page.close()
    # The browser's greenlet holds its own database connection: close it, or
    # PostgreSQL cannot drop the test database.
    connections.close_all()
