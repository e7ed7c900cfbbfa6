"""CORS through the response cache, in a real browser: an API address cached for
a client that sent no Origin (urllib, then again from the cache) is fetched by a
page of another origin in chromium, and the browser gets the JSON, because the
answer it is sent carries Access-Control-Allow-Origin, made afresh and then from
the cache (the cache keys answers by Origin: Vary)."""

import contextlib
import functools
import http.server
import json
import threading

import pytest

from tests.servers.conftest import free_port

pytestmark = pytest.mark.browser

API = "/api/v1/themes/?page_size=3"
# The demo content's twelve themes (demo/data/themes.yaml), by English name.
THEMES = 12
FIRST_THEMES = [
    "capacity-building",
    "citizen-participation",
    "civil-society-engagement",
]

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title></head>
<body><pre id="result">pending</pre>
<script>
// Two fetches one after the other: the second is the shared cache's answer.
// cache: "no-store" keeps the browser's own cache out of it.
async function twice(url) {
  const answers = [];
  for (let i = 0; i < 2; i++) {
    const response = await fetch(url, {cache: "no-store"});
    answers.push({
      status: response.status,
      etag: response.headers.get("ETag"),
      body: await response.json(),
    });
  }
  return answers;
}
twice(%(url)s).then(
  answers => { document.getElementById("result").textContent = JSON.stringify(answers); },
  error => { document.getElementById("result").textContent = "error: " + error; },
);
</script></body></html>
"""


class PartnerPage(http.server.BaseHTTPRequestHandler):
    """The one page of the other origin."""

    def __init__(self, *args, body, **kwargs):
        self.body = body
        super().__init__(*args, **kwargs)

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def partner_origin(api_url):
    """``http://localhost:<port>``, serving PAGE from a thread: another origin
    than the site's ``http://127.0.0.1:<port>``."""
    body = (PAGE % {"url": json.dumps(api_url)}).encode()
    port = free_port()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(PartnerPage, body=body)
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_page_of_another_origin_fetches_an_api_answer_cached_without_origin(
    redis_site, browser
):
    """The answer cached for urllib (no Origin) is not the one the browser gets:
    chromium, on http://localhost:<port>, reads the JSON twice (a miss, then a
    hit), each answer with Access-Control-Allow-Origin and the exposed ETag."""
    site = redis_site
    # Cached for a client without Origin: a miss, then the cache's answer.
    first, again = site.get(API), site.get(API)
    assert (first.status, first.headers["X-Cache"]) == (200, "miss")
    assert (again.status, again.headers["X-Cache"]) == (200, "hit")
    assert "Access-Control-Allow-Origin" not in again.headers
    assert "origin" in again.headers["Vary"].lower()
    body = json.loads(again.body)
    assert body["count"] == THEMES
    assert [theme["slug"] for theme in body["results"]] == FIRST_THEMES

    api_url = site.base + API
    # The suite's one chromium (tests/conftest.py): Playwright's sync API runs
    # once per process.
    with partner_origin(api_url) as origin:
        context = browser.new_context()
        try:
            page = context.new_page()
            seen = []  # the API's answers to the browser, as the network saw them

            def record(response):
                if response.url == api_url:
                    request = response.request
                    seen.append(
                        (request.method, request.all_headers(), response.all_headers())
                    )

            page.on("response", record)
            page.goto(origin + "/")
            page.wait_for_function(
                "document.getElementById('result').textContent !== 'pending'"
            )
            result = page.locator("#result").text_content()
        finally:
            context.close()

    assert not result.startswith("error"), result
    answers = json.loads(result)
    assert [answer["status"] for answer in answers] == [200, 200]
    for answer in answers:
        assert answer["body"]["count"] == THEMES
        assert [theme["slug"] for theme in answer["body"]["results"]] == FIRST_THEMES
    # Two simple GETs (no preflight), each sending the page's origin.
    assert [(method, sent["origin"]) for method, sent, _got in seen] == [
        ("GET", origin),
        ("GET", origin),
    ]
    (_, _, made), (_, _, cached) = seen
    assert made["x-cache"] == "miss"  # another Origin: another cached copy
    assert cached["x-cache"] == "hit"
    for headers, answer in zip((made, cached), answers, strict=True):
        assert headers["access-control-allow-origin"] == "*"
        assert headers["access-control-expose-headers"] == (
            "Content-Disposition, ETag, Retry-After"
        )
        # The page could read the ETag: it is exposed.
        assert answer["etag"] == headers["etag"]
