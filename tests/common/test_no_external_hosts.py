"""No page and no admin screen may load anything from another host."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.staticfiles import finders
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

LOADING_ATTRIBUTES = {
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "link": "href",
}
REMOTE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""(?:url\(|@import\s+)['"]?([^'")\s]+)""")


class ResourceCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.resources = []

    def handle_starttag(self, tag, attrs):
        attribute = LOADING_ATTRIBUTES.get(tag)
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"alternate", "canonical"}:
            return  # links to our own pages in other languages, not loaded
        if attribute and attrs.get(attribute):
            self.resources.append(attrs[attribute])
        style = attrs.get("style") or ""
        self.resources.extend(CSS_URL.findall(style))


def remote_resources(html):
    collector = ResourceCollector()
    collector.feed(html)
    remote = [url for url in collector.resources if REMOTE.match(url)]
    for url in collector.resources:
        if url.startswith("/static/") and url.endswith(".css"):
            path = finders.find(url.removeprefix("/static/").split("?")[0])
            assert path, f"missing stylesheet {url}"
            with open(path, encoding="utf-8") as css:
                remote += [u for u in CSS_URL.findall(css.read()) if REMOTE.match(u)]
    return remote


@pytest.fixture
def content():
    member = JurisdictionFactory()
    theme = ThemeFactory()
    reform = ReformFactory(jurisdictions=[member], themes=[theme])
    session = SessionFactory(meeting=MeetingFactory(), showcased_reforms=[reform])
    return {
        "jurisdiction": member,
        "theme": theme,
        "reform": reform,
        "meeting": session.meeting,
        "session": session,
    }


@pytest.mark.parametrize("path", ["/en/", "/es/"])
def test_public_page_loads_nothing_from_elsewhere(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert remote_resources(response.content.decode()) == []


def test_admin_screens_load_nothing_from_elsewhere(admin_client, content):
    paths = ["/admin/"]
    for app, model in [
        ("members", "jurisdiction"),
        ("themes", "theme"),
        ("reforms", "reform"),
        ("events", "meeting"),
        ("events", "session"),
    ]:
        instance = content[model]
        paths += [
            f"/admin/{app}/{model}/",
            f"/admin/{app}/{model}/add/",
            f"/admin/{app}/{model}/{instance.pk}/change/",
            f"/admin/{app}/{model}/{instance.pk}/history/",
            f"/admin/{app}/{model}/{instance.pk}/history/"
            f"{instance.history.earliest().history_id}/",
        ]
        if model != "theme":  # themes have no spreadsheets
            paths += [f"/admin/{app}/{model}/import/", f"/admin/{app}/{model}/export/"]
    for path in paths:
        response = admin_client.get(path)
        assert response.status_code == 200, path
        assert remote_resources(response.content.decode()) == [], path


def test_tabbed_admin_uses_the_vendored_jquery_ui(admin_client, content):
    response = admin_client.get(
        f"/admin/members/jurisdiction/{content['jurisdiction'].pk}/change/"
    )
    html = response.content.decode()
    assert '<script src="/static/vendor/jquery-ui/jquery-ui.min.js"></script>' in html
    assert "tabbed_translation_fields.js" in html


def test_every_public_page_type_loads_nothing_from_elsewhere(client, content):
    paths = []
    for language in ("en", "es"):
        paths += [
            f"/{language}/members/",
            f"/{language}/members/{content['jurisdiction'].slug}/",
            f"/{language}/meetings/",
            f"/{language}/meetings/{content['meeting'].slug}/",
            f"/{language}/reforms/",
            f"/{language}/reforms/{content['reform'].slug}/",
            f"/{language}/themes/",
            f"/{language}/themes/{content['theme'].slug}/",
        ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert remote_resources(response.content.decode()) == [], path


def test_import_preview_loads_nothing_from_elsewhere(admin_client):
    upload = SimpleUploadedFile(
        "members.csv",
        b"slug,name_en,kind,country,region,member_since,status\n"
        b"rosario,Rosario,municipality,AR,americas,2020,active\n",
    )

    response = admin_client.post(
        "/admin/members/jurisdiction/import/",
        {"resource": "0", "format": "0", "import_file": upload},
    )

    assert response.status_code == 200
    assert response.context["confirm_form"] is not None
    assert remote_resources(response.content.decode()) == []
