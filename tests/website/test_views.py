import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from events.models import Meeting
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

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
        132,
        3,
        8,
    ]
    assert [_count(spanish, n) for n in ("members", "meetings", "reforms")] == [
        132,
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
    response = client.get("/es/members/?q=rosario")
    html = response.content.decode()
    assert (
        '<a href="/en/members/?q=rosario" hreflang="en" lang="en">English</a>' in html
    )
    assert (
        '<link rel="alternate" hreflang="es" '
        'href="http://testserver/es/members/?q=rosario">' in html
    )


def test_home_page_is_translated(client):
    with translation.override("es"):
        response = client.get("/es/")
    assert "Saltar al contenido" in response.content.decode()


def test_home_shows_counts_by_region(client):
    JurisdictionFactory.create_batch(2, region="europe")
    JurisdictionFactory(region="americas")
    JurisdictionFactory(region="europe", is_published=False)
    html = client.get("/en/").content.decode()
    assert (
        '<a href="/en/members/?region=europe">Europe</a>: <span data-region="europe">2</span>'
        in html
    )
    assert '<span data-region="americas">1</span>' in html
    # A region without a listed member is not shown as "0".
    assert 'data-region="asia-pacific"' not in html


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "en",
            "The directory lists 3 of OGP Local's more than 150 members. "
            '<a href="https://opengovpartnership.org/news/55-local-governments-join-'
            'international-partnership-on-open-government/" rel="external">OGP news, '
            "April 2024: 55 new members, over 150 in all</a>",
        ),
        (
            "es",
            "El directorio recoge 3 de los más de 150 miembros de OGP Local.",
        ),
    ],
)
def test_home_says_how_much_of_ogp_local_the_directory_covers(client, language, line):
    JurisdictionFactory.create_batch(3)
    JurisdictionFactory(is_published=False)
    html = client.get(f"/{language}/").content.decode()
    assert line in html


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "en",
            "The directory lists 2 of OGP Local's more than 150 members. It also "
            "lists 1 former member that has withdrawn.",
        ),
        (
            "es",
            "El directorio recoge 2 de los más de 150 miembros de OGP Local. También "
            "recoge 1 antiguo miembro que se retiró.",
        ),
    ],
)
def test_a_withdrawn_member_is_not_counted_among_ogp_locals_members(
    client, language, line
):
    JurisdictionFactory.create_batch(2)
    JurisdictionFactory(status="withdrawn")
    html = client.get(f"/{language}/").content.decode()
    assert line in html
    assert '<dd data-count="members">3</dd>' in html


@pytest.mark.parametrize(
    ("language", "caption"),
    [
        (
            "en",
            "1 member on the map. The list beside it links to every one of them. 2 "
            "other members have no map point, because no source this directory draws "
            "on gives one.",
        ),
        (
            "es",
            "1 miembro en el mapa. La lista de al lado enlaza a cada uno. 2 "
            "miembros más no tienen punto en el mapa, porque ninguna de las fuentes de "
            "este directorio lo indica.",
        ),
    ],
)
def test_the_map_caption_counts_the_members_without_a_point(client, language, caption):
    JurisdictionFactory(latitude="-32.94682", longitude="-60.63932")
    JurisdictionFactory.create_batch(2, latitude=None, longitude=None)
    html = client.get(f"/{language}/").content.decode()
    figcaption = html.split("<figcaption>")[1].split("</figcaption>")[0]
    assert " ".join(figcaption.split()) == caption


def test_home_shows_next_and_latest_meetings(client):
    today = timezone.localdate()
    MeetingFactory(
        slug="next",
        start_date=today + timedelta(days=5),
        end_date=today + timedelta(days=6),
    )
    MeetingFactory(
        slug="after",
        start_date=today + timedelta(days=50),
        end_date=today + timedelta(days=51),
    )
    MeetingFactory(
        slug="last",
        start_date=today - timedelta(days=9),
        end_date=today - timedelta(days=8),
    )
    MeetingFactory(
        slug="hidden",
        start_date=today + timedelta(days=1),
        end_date=today + timedelta(days=1),
        is_published=False,
    )
    html = client.get("/en/").content.decode()
    upcoming = html[html.index('id="next-heading"') : html.index('id="recent-heading"')]
    recent = html[
        html.index('id="recent-heading"') : html.index('id="featured-heading"')
    ]
    assert result_slugs_in(upcoming) == ["next", "after"]
    assert result_slugs_in(recent) == ["last"]


def test_home_features_the_reforms_showcased_most_recently(client):
    older = MeetingFactory(start_date=date(2021, 5, 1), end_date=date(2021, 5, 2))
    newer = MeetingFactory(start_date=date(2022, 9, 26), end_date=date(2022, 9, 29))
    SessionFactory(meeting=older, showcased_reforms=[ReformFactory(slug="old-one")])
    SessionFactory(
        meeting=newer,
        showcased_reforms=[
            ReformFactory(slug="new-one", title_en="B"),
            ReformFactory(slug="other-new", title_en="A"),
        ],
    )
    SessionFactory(
        meeting=newer,
        showcased_reforms=[ReformFactory(slug="draft", is_published=False)],
    )
    ReformFactory(slug="never-showcased")
    html = client.get("/en/").content.decode()
    featured = html[html.index('id="featured-heading"') :]
    assert result_slugs_in(featured) == ["other-new", "new-one", "old-one"]


def test_home_map_draws_members_and_lists_them_by_country(client):
    JurisdictionFactory(
        slug="rosario",
        name_en="Rosario",
        name_es="Rosario",
        country="AR",
        latitude=Decimal("-32.94682"),
        longitude=Decimal("-60.63932"),
    )
    JurisdictionFactory(
        slug="quito",
        name_en="Quito",
        country="EC",
        latitude=Decimal("-0.22985"),
        longitude=Decimal("-78.52495"),
    )
    JurisdictionFactory(
        slug="nowhere", name_en="Nowhere", country="EC", latitude=None, longitude=None
    )
    JurisdictionFactory(slug="hidden", is_published=False)
    html = client.get("/es/").content.decode()
    assert (
        '<a href="/es/members/rosario/" tabindex="-1"><circle class="map-point" '
        'cx="-60.64" cy="32.95" r="0.72"><title>Rosario</title></circle></a>' in html
    )
    assert 'cx="-78.52" cy="0.23"' in html
    assert "/es/members/nowhere/" not in html
    assert "/es/members/hidden/" not in html
    assert '<a href="/es/members/?country=AR">Argentina</a> (1)' in html
    assert '<a href="/es/members/?country=EC">Ecuador</a> (1)' in html
    assert '<image href="/static/vendor/world-atlas/world-110m.svg"' in html


@pytest.mark.parametrize("rows", [1, 20])
def test_home_query_count_does_not_grow_with_rows(
    client, django_assert_num_queries, rows
):
    today = timezone.localdate()
    members = JurisdictionFactory.create_batch(rows)
    for number in range(rows):
        meeting = MeetingFactory(
            start_date=today - timedelta(days=number + 2),
            end_date=today - timedelta(days=number + 1),
        )
        MeetingFactory(
            start_date=today + timedelta(days=number + 1),
            end_date=today + timedelta(days=number + 2),
        )
        SessionFactory(
            meeting=meeting,
            showcased_reforms=[
                ReformFactory(jurisdictions=members[:3], themes=[ThemeFactory()])
            ],
        )
    # 3 counts, regions, next and latest meetings, featured reforms with their
    # members and themes, map points.
    with django_assert_num_queries(10):
        response = client.get("/en/")
    assert response.status_code == 200


def result_slugs_in(html):
    return re.findall(r'data-result="([^"]+)"', html)


def test_favicon_ico_leads_to_the_site_icon(client):
    # Pages name the icon; documents that cannot (JSON, XML) get it here.
    response = client.get("/favicon.ico")
    assert (response.status_code, response["Location"]) == (302, "/static/favicon.svg")


@pytest.mark.parametrize("path", ["/en/", "/es/members/", "/admin/login/"])
def test_pages_name_the_site_icon(client, path):
    html = client.get(path).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in html
