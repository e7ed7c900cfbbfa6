"""The home page, with everything it loads, stays under 150 KB."""

import re

import pytest
from django.contrib.staticfiles import finders

pytestmark = pytest.mark.django_db

BUDGET = 150 * 1024
LOADED = re.compile(
    r'<(?:link rel="stylesheet"|script|img|image)[^>]*?(?:href|src)="(/static/[^"]+)"'
)
CSS_URL = re.compile(r"url\(['\"]?(/static/[^'\")]+)")


def static_size(url):
    path = finders.find(url.removeprefix("/static/").split("?")[0])
    assert path, url
    with open(path, "rb") as handle:
        return len(handle.read())


def page_weight(html):
    """Bytes of the page and of every static file it loads (uncompressed)."""
    urls = set(LOADED.findall(html))
    for url in list(urls):
        if url.endswith(".css"):
            with open(
                finders.find(url.removeprefix("/static/")), encoding="utf-8"
            ) as f:
                urls.update(CSS_URL.findall(f.read()))
    return len(html.encode()), {url: static_size(url) for url in urls}


@pytest.mark.parametrize("language", ["en", "es"])
def test_home_page_weighs_under_150_kb_with_demo_content(
    client, demo_content, language
):
    html = client.get(f"/{language}/").content.decode()
    page, files = page_weight(html)
    assert sorted(files) == [
        "/static/css/site.css",
        "/static/vendor/world-atlas/world-110m.svg",
    ]
    total = page + sum(files.values())
    print(f"/{language}/: page {page} B + files {files} = {total / 1024:.1f} KB")
    assert total < BUDGET
