"""Watching a page in a real browser: what went wrong while it loaded and ran.

``PageWatch`` records, for every page a test opens, the console errors, uncaught
script errors, Content-Security-Policy violations and requests that failed or were
answered with an error status.

CSP violations come from the ``securitypolicyviolation`` events: a script that runs
before any of the page's own pushes each into ``window.__csp`` and reports it to the
test at once (so a violation on a page that a click then leaves is not lost).
"""

from pathlib import Path
from urllib.parse import urlsplit

RECORD_CSP_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const line = (
    `${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}` +
    ` at ${event.sourceFile || "?"}:${event.lineNumber} ${event.sample}`
  ).trimEnd();
  window.__csp.push(line);
  window.__reportCspViolation(line);
});
"""


class PageWatch:
    """Attach to a page; read ``console_errors``, ``page_errors``,
    ``csp_violations`` and ``failed_requests``, each a list of
    ``"<path>: <what>"`` lines (empty when all went well)."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.console_errors = []
        self.page_errors = []
        self.csp_violations = []
        self.failed_requests = []
        # Main documents a test asks for on purpose with an error status (a 404
        # page): their status is the test's to check, not a failure.
        self.expected_errors = set()
        page.expose_binding("__reportCspViolation", self._on_csp_violation)
        page.add_init_script(script=RECORD_CSP_VIOLATIONS)
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        page.on("requestfailed", self._on_request_failed)
        page.on("response", self._on_response)

    def where(self):
        return self.short(self.page.url)

    def short(self, url):
        parts = urlsplit(url)
        if url.startswith(self.base_url):
            return parts.path + (f"?{parts.query}" if parts.query else "")
        return url

    def _on_console(self, message):
        if message.type != "error":
            return
        location = message.location.get("url", "")
        # Chromium logs the status of a main document it was sent with an error
        # status; a page the test expects to be a 404 is not a failure.
        if (
            message.text.startswith("Failed to load resource")
            and self.short(location) in self.expected_errors
        ):
            return
        self.console_errors.append(f"{self.where()}: {message.text} ({location})")

    def _on_page_error(self, error):
        self.page_errors.append(f"{self.where()}: {error}")

    def _on_request_failed(self, request):
        # Cancelled by the page or the browser (select2 drops a search that a
        # newer one replaces; a download is handed over instead of rendered), not
        # refused: a policy block reads net::ERR_BLOCKED_BY_CSP.
        if request.failure == "net::ERR_ABORTED":
            return
        self.failed_requests.append(
            f"{self.where()}: {request.method} {self.short(request.url)} "
            f"{request.failure}"
        )

    def _on_response(self, response):
        if response.status < 400:
            return
        path = self.short(response.url)
        if response.request.is_navigation_request() and path in self.expected_errors:
            return
        self.failed_requests.append(
            f"{self.where()}: {response.request.method} {path} {response.status}"
        )

    def _on_csp_violation(self, source, line):
        self.csp_violations.append(f"{self.short(source['frame'].url)}: {line}")

    def visit(self, path, *, status=200):
        """Open ``path``; return the response after checking its status."""
        if status >= 400:
            self.expected_errors.add(path)
        response = self.page.goto(self.base_url + path)
        assert (path, response.status) == (path, status)
        return response

    def problems(self):
        # Let reports still on their way from the page arrive.
        self.page.evaluate("() => new Promise(done => setTimeout(done, 50))")
        return {
            "console errors": self.console_errors,
            "page errors": self.page_errors,
            "CSP violations": self.csp_violations,
            "failed requests": self.failed_requests,
        }


AXE = Path(__file__).parent / "browser" / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page):
    """axe-core's WCAG 2.2 AA violations on the page as it stands, one entry per
    rule: ``{"rule", "impact", "nodes", "targets"}`` (the first 12 targets).

    The page must allow the injected script (a context with ``bypass_csp``)."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "nodes": len(violation["nodes"]),
            "targets": [node["target"] for node in violation["nodes"]][:12],
        }
        for violation in result["violations"]
    ]
