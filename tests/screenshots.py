"""Step-by-step screenshots that browser tests leave for a person to look at.

They are artifacts, not checks: a test's assertions read the page itself. Chromium
sometimes answers a full-page capture with "Unable to capture screenshot" when the
machine is short of memory, so a capture is tried twice at full length and then
falls back to the visible part, rather than failing a test whose checks passed.
"""

from playwright.sync_api import Error as PlaywrightError

FULL_PAGE_TRIES = 2


def save_screenshot(page, path):
    """Save ``page`` to ``path`` (full length when Chromium manages it)."""
    for _ in range(FULL_PAGE_TRIES):
        try:
            page.screenshot(path=str(path), full_page=True)
            return
        except PlaywrightError:
            page.wait_for_timeout(250)
    page.screenshot(path=str(path))
