"""Personal data from join requests appears in no public response: not on any page,
not in the sitemap, the API or a download. The test crawls every public link it can
reach (so pages added later are covered too) and greps each response."""

import re
from collections import Counter, deque
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client

from tests.circles.helpers import join_data
from tests.factories import (
    JoinRequestFactory,
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

PERSONAL = {
    "name": "Zyxwvu Quimby",
    "email": "zyxwvu.quimby@example.org",
    "organisation": "Quimbyburg Cooperative",
    "jurisdiction_name": "Quimbyville",
    "message": "Quimby private message",
}
NEEDLES = [*PERSONAL.values(), "zyxwvu", "quimby"]
SEEDS = [
    "/en/",
    "/es/",
    "/en/circles/",
    "/es/circles/",
    "/en/privacy/",
    "/es/privacy/",
    "/sitemap.xml",
    "/robots.txt",
    "/api/",
    "/api/v1/",
    "/api/v1/?format=json",
]
LINK = re.compile(
    r"""(?:href|src|action)="([^"]+)"|"(https?://testserver/[^"]*|/(?:en|es|api)/[^"]*)\""""
)
MAX_PAGES = 600
MAX_VARIANTS_PER_PATH = 3


def _links(base, body):
    for match in LINK.finditer(body):
        url = urljoin(base, (match.group(1) or match.group(2)).replace("&amp;", "&"))
        parts = urlsplit(url)
        if parts.netloc not in ("", "testserver") or parts.scheme not in ("", "http"):
            continue
        if parts.path.startswith(("/admin/", "/static/", "/i18n/")):
            continue
        yield parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, seeds):
    """GET every public URL reachable from the seeds; returns {url: (status, body)}."""
    seen, variants, queue = {}, Counter(), deque(seeds)
    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        path = url.split("?")[0]
        if url in seen or variants[path] >= MAX_VARIANTS_PER_PATH:
            continue
        variants[path] += 1
        response = client.get(url)
        body = b"".join(response) if response.streaming else response.content
        text = body.decode("utf-8", errors="replace")
        seen[url] = (response.status_code, text)
        if response.status_code in (301, 302):
            queue.append(response["Location"])
        queue.extend(link for link in _links(url, text) if link not in seen)
    return seen


def test_personal_data_appears_in_no_public_response(
    client, climate, inclusion, django_capture_on_commit_callbacks
):
    member = JurisdictionFactory(slug="rosario")
    reform = ReformFactory(jurisdictions=[member], themes=[climate, inclusion])
    SessionFactory(
        meeting=MeetingFactory(),
        showcased_reforms=[reform],
        themes=[climate],
        jurisdictions=[member],
    )
    ThemeFactory(slug="open-data")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/circles/climate-action/", join_data([climate], **PERSONAL)
        )
    confirmation = response["Location"]
    JoinRequestFactory(
        name="Quimby Second",
        email="second.quimby@example.org",
        jurisdiction=member,
        circles=[climate, inclusion],
    )

    pages = crawl(Client(), [*SEEDS, confirmation])

    leaks = {
        url: [needle for needle in NEEDLES if needle.lower() in text.lower()]
        for url, (_status, text) in pages.items()
    }
    assert {url: found for url, found in leaks.items() if found} == {}
    reached = {url for url, (status, _text) in pages.items() if status == 200}
    expected = {
        "/en/circles/climate-action/",
        "/es/circles/climate-action/",
        "/en/circles/inclusion/",
        confirmation,
        "/en/privacy/",
    }
    assert expected - reached == set()
    # Nothing the crawl reached broke.
    assert [url for url, (status, _text) in pages.items() if status >= 500] == []
