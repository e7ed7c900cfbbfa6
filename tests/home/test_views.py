import pytest
from django.utils import translation

from events.models import Meeting
from tests.factories import JurisdictionFactory, MeetingFactory, ReformFactory

pytestmark = pytest.mark.django_db


def _count(response, name):
    marker = f'data-count="{name}">'
    html = response.content.decode()
    start = html.index(marker) + len(marker)
    return int(html[start : html.index("<", start)])


def test_home_counts_published_records_only(client):
    JurisdictionFactory.create_batch(3)
    JurisdictionFactory(is_published=False)
    ReformFactory.create_batch(2)
    ReformFactory(is_published=False)
    MeetingFactory()
    response = client.get("/en/")
    assert response.status_code == 200
    assert [_count(response, n) for n in ("members", "meetings", "reforms")] == [
        3,
        1,
        2,
    ]


def test_home_with_demo_content_in_both_languages(client, demo_content):
    english = client.get("/en/")
    spanish = client.get("/es/")
    assert english.status_code == spanish.status_code == 200
    assert [_count(english, n) for n in ("members", "meetings", "reforms")] == [
        25,
        3,
        8,
    ]
    assert [_count(spanish, n) for n in ("members", "meetings", "reforms")] == [
        25,
        3,
        8,
    ]
    assert '<html lang="en">' in english.content.decode()
    assert '<html lang="es">' in spanish.content.decode()
    assert "Miembros" in spanish.content.decode()
    assert Meeting.objects.count() == 3


@pytest.mark.parametrize(
    ("accept", "target"),
    [("es-ES,es;q=0.9", "/es/"), ("en-GB,en;q=0.8", "/en/"), ("fr", "/en/")],
)
def test_root_redirects_by_accept_language(client, accept, target):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == target


def test_language_switcher_links_to_the_same_page(client):
    response = client.get("/es/?x=1")
    html = response.content.decode()
    assert '<a href="/en/?x=1" hreflang="en" lang="en">English</a>' in html
    assert (
        '<link rel="alternate" hreflang="es" href="http://testserver/es/?x=1">' in html
    )


def test_home_page_is_translated(client):
    with translation.override("es"):
        response = client.get("/es/")
    assert "Saltar al contenido" in response.content.decode()
