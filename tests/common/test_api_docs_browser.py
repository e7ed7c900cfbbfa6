"""Swagger UI and Redoc, in a real browser: they render and fetch nothing from
another host."""

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
def browser(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("/api/v1/docs/", ".swagger-ui .info .title"),
        ("/api/v1/docs/redoc/", "h1"),
    ],
)
def test_docs_render_from_our_own_files(browser, live_server, path, selector):
    page = browser.new_page()
    loaded, blocked = [], []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    page.on("requestfailed", lambda request: blocked.append(request.url))
    page.goto(live_server.url + path, wait_until="networkidle")
    page.wait_for_selector(selector)
    assert "OGP Local Directory API" in page.inner_text(selector)

    ours = urlsplit(live_server.url).netloc
    elsewhere = [url for url in loaded if urlsplit(url).netloc not in (ours, "")]
    assert elsewhere == []
    # Redoc's sidebar asks for the Redocly logo; the page's policy refuses it.
    assert [url for url in blocked if urlsplit(url).netloc not in (ours, "")] in (
        [],
        ["https://cdn.redoc.ly/redoc/logo-mini.svg"],
    )
    assert f"{live_server.url}/api/v1/schema/" in loaded
