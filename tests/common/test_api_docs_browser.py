"""Swagger UI and Redoc, in a real browser: they render and fetch nothing from
another host."""

from urllib.parse import urlsplit

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("path", "selector"),
    [
        ("/api/v1/docs/", ".swagger-ui .info .title"),
        ("/api/v1/docs/redoc/", "h1"),
    ],
)
def test_docs_render_from_our_own_files(browser, live_server, path, selector):
    page = browser.new_page()
    loaded, blocked, console_errors = [], [], []
    page.on("requestfinished", lambda request: loaded.append(request.url))
    page.on("requestfailed", lambda request: blocked.append(request.url))
    page.on(
        "console",
        lambda message: message.type == "error" and console_errors.append(message.text),
    )
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
    # Nothing else was refused: the site's Content-Security-Policy lets the docs work.
    assert [e for e in console_errors if "logo-mini.svg" not in e] == []
