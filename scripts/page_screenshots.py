"""Full-page screenshots of the home, members, meeting and commitment pages, in
English and Spanish, at 375 px (a phone) and 1280 px (a laptop).

    .venv/bin/python scripts/page_screenshots.py http://127.0.0.1:8000 docs/screenshots/x

Serve the demo content first (`make run`). Debian's chromium, as in the tests.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/{language}/",
    "members": "/{language}/members/",
    "meeting": "/{language}/meetings/open-americas-2022/",
    "commitments": "/{language}/commitments/",
    "commitment": "/{language}/commitments/ARCMD0001/",
}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def main(base_url, folder):
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        for width in (375, 1280):
            context = browser.new_context(viewport={"width": width, "height": 800})
            page = context.new_page()
            for name, path in PAGES.items():
                for language in ("en", "es"):
                    response = page.goto(base_url + path.format(language=language))
                    shot = folder / f"{name}-{language}-{width}.png"
                    page.screenshot(path=str(shot), full_page=True)
                    print(f"{response.status} {shot}")
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"), Path(sys.argv[2]))
