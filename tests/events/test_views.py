import datetime
import zoneinfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.pages import json_ld, notices, result_slugs, text

pytestmark = pytest.mark.django_db

SANTO_DOMINGO = zoneinfo.ZoneInfo("America/Santo_Domingo")


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def meetings():
    soon = MeetingFactory(
        slug="soon",
        start_date=days_from_today(10),
        end_date=days_from_today(12),
        region="europe",
        host_country="IT",
    )
    later = MeetingFactory(
        slug="later", start_date=days_from_today(100), end_date=days_from_today(101)
    )
    ongoing = MeetingFactory(
        slug="ongoing", start_date=days_from_today(-1), end_date=days_from_today(1)
    )
    recent = MeetingFactory(
        slug="recent",
        start_date=days_from_today(-30),
        end_date=days_from_today(-28),
        kind="global-summit",
    )
    old = MeetingFactory(
        slug="old", start_date=days_from_today(-400), end_date=days_from_today(-398)
    )
    MeetingFactory(slug="draft", is_published=False)
    return {m.slug: m for m in (soon, later, ongoing, recent, old)}


def test_meetings_list_upcoming_soonest_first_then_past_latest_first(client, meetings):
    response = client.get("/en/meetings/")
    html = text(response)
    assert response.status_code == 200
    assert result_slugs(response) == ["ongoing", "soon", "later", "recent", "old"]
    assert html.index("<h3>Upcoming</h3>") < html.index("<h3>Past</h3>")
    assert "5 meetings" in html
    spanish = text(client.get("/es/meetings/"))
    assert "<h3>Próximos</h3>" in spanish
    assert "5 encuentros" in spanish


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("when=upcoming", ["ongoing", "soon", "later"]),
        ("when=past", ["recent", "old"]),
        ("region=europe", ["soon"]),
        ("country=it", ["soon"]),
        ("kind=global-summit", ["recent"]),
        # Sorting applies within the upcoming and past sections.
        ("ordering=start_date", ["ongoing", "soon", "later", "old", "recent"]),
        ("q=soon", ["soon"]),
    ],
)
def test_meetings_filters(client, meetings, query, expected):
    response = client.get(f"/en/meetings/?{query}")
    assert result_slugs(response) == expected
    assert notices(response) == []


def test_meetings_filter_by_member_and_theme_shows_a_removable_chip(client, meetings):
    member = JurisdictionFactory(slug="rosario", name_en="Rosario")
    theme = ThemeFactory(slug="open-data", name_en="Open Data")
    SessionFactory(meeting=meetings["recent"], jurisdictions=[member], themes=[theme])
    response = client.get("/en/meetings/?jurisdiction=rosario&theme=open-data")
    html = text(response)
    assert result_slugs(response) == ["recent"]
    assert "Member: <strong>Rosario</strong>" in html
    assert '<a href="/en/meetings/?theme=open-data">Remove filter “Rosario”</a>' in html


def test_meetings_unknown_member_is_left_out_with_a_message(client, meetings):
    response = client.get("/es/meetings/?jurisdiction=atlantis&when=past")
    assert notices(response) == ["Miembro: no existe «atlantis». Se omitió ese filtro."]
    assert result_slugs(response) == ["recent", "old"]


@pytest.mark.parametrize("rows", [1, 25])
def test_meetings_list_query_count(client, django_assert_num_queries, rows):
    MeetingFactory.create_batch(rows)
    # content version, host countries, count, one page
    with django_assert_num_queries(4):
        response = client.get("/en/meetings/")
    assert len(result_slugs(response)) == min(rows, 20)


@pytest.fixture
def open_americas():
    meeting = MeetingFactory(
        slug="open-americas-2022",
        name_en="Open Americas",
        name_es="América Abierta",
        host_city_en="Santo Domingo",
        host_city_es="Santo Domingo",
        venue="Hotel Jaragua",
        highlights_en="First highlight.\n\nSecond highlight.",
        highlights_es="Primer momento.\n\nSegundo momento.",
        participant_count=400,
        sources="https://example.org/source",
    )
    rosario = JurisdictionFactory(slug="rosario", name_en="Rosario", name_es="Rosario")
    bogota = JurisdictionFactory(slug="bogota", name_en="Bogota", name_es="Bogotá")
    draft_member = JurisdictionFactory(slug="draft-member", is_published=False)
    reform = ReformFactory(
        slug="digital-participation",
        title_en="Digital participation",
        title_es="Participación digital",
        jurisdictions=[rosario],
    )
    draft_reform = ReformFactory(slug="draft-reform", is_published=False)
    SessionFactory(
        meeting=meeting,
        slug="showcase",
        title_en="Showcase",
        title_es="Muestra",
        starts_at=datetime.datetime(2022, 9, 27, 10, tzinfo=SANTO_DOMINGO),
        ends_at=datetime.datetime(2022, 9, 27, 11, 30, tzinfo=SANTO_DOMINGO),
        jurisdictions=[rosario, draft_member],
        showcased_reforms=[reform, draft_reform],
        languages="es,en",
    )
    SessionFactory(
        meeting=meeting,
        slug="opening",
        title_en="Opening",
        title_es="Apertura",
        starts_at=datetime.datetime(2022, 9, 26, 9, tzinfo=SANTO_DOMINGO),
        jurisdictions=[bogota],
    )
    SessionFactory(meeting=meeting, slug="roundtable", title_en="Roundtable")
    SessionFactory(meeting=meeting, slug="draft-session", is_published=False)
    return meeting


def test_meeting_page_in_english(client, open_americas):
    response = client.get("/en/meetings/open-americas-2022/")
    html = text(response)
    assert response.status_code == 200
    assert "September 26–29, 2022" in html
    assert "<dd>Santo Domingo time (UTC−4)</dd>" in html
    assert "<dd>Hotel Jaragua</dd>" in html
    assert "<dd>at least 400</dd>" in html
    assert "<ul><li>First highlight.</li><li>Second highlight.</li></ul>" in html
    assert "Times are in Santo Domingo time (UTC−4)." in html
    # Days in order, untimed sessions last.
    assert (
        html.index("September 26, 2022</time></h3>")
        < html.index('id="session-opening"')
        < html.index("September 27, 2022</time></h3>")
        < html.index('id="session-showcase"')
        < html.index("<h3>Time to be announced</h3>")
        < html.index('id="session-roundtable"')
    )
    assert ">10:00</time>–<time" in html
    assert ">11:30</time>" in html
    assert "Spoken in Spanish, English" in html
    assert "draft-session" not in html
    assert "draft-member" not in html
    assert "draft-reform" not in html
    assert (
        'href="/en/meetings/open-americas-2022/sessions/showcase/calendar.ics"' in html
    )
    assert "sessions/roundtable/calendar.ics" not in html
    assert 'href="/en/meetings/open-americas-2022/calendar.ics"' in html
    members = html[html.index('id="members-heading"') :]
    assert members.index("Bogota") < members.index("Rosario")
    assert '<a href="/en/reforms/?meeting=open-americas-2022">' in html


def test_meeting_page_in_spanish(client, open_americas):
    html = text(client.get("/es/meetings/open-americas-2022/"))
    assert "del 26 al 29 de septiembre de 2022" in html
    assert "<dd>hora de Santo Domingo (UTC−4)</dd>" in html
    assert "<ul><li>Primer momento.</li><li>Segundo momento.</li></ul>" in html
    assert "27 de septiembre de 2022</time></h3>" in html
    assert "<h3>Horario por anunciar</h3>" in html
    assert "Idiomas: español, inglés" in html
    assert "<span>Participación digital</span>" in html


def test_meeting_page_json_ld_is_an_event(client, open_americas):
    (data,) = json_ld(client.get("/en/meetings/open-americas-2022/"))
    assert data["@type"] == "Event"
    assert data["name"] == "Open Americas"
    assert data["startDate"] == "2022-09-26"
    assert data["endDate"] == "2022-09-29"
    assert data["eventAttendanceMode"] == (
        "https://schema.org/OfflineEventAttendanceMode"
    )
    assert data["location"] == {
        "@type": "Place",
        "name": "Hotel Jaragua",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Santo Domingo",
            "addressCountry": "DO",
        },
    }
    assert data["eventSchedule"]["scheduleTimezone"] == "America/Santo_Domingo"
    assert [(e["name"], e["startDate"]) for e in data["subEvent"]] == [
        ("Opening", "2022-09-26T09:00:00-04:00"),
        ("Showcase", "2022-09-27T10:00:00-04:00"),
    ]
    assert data["subEvent"][1]["url"] == (
        "http://testserver/en/meetings/open-americas-2022/#session-showcase"
    )


def test_meeting_page_query_count(client, open_americas, django_assert_num_queries):
    # meeting, sessions, their themes, members, reform links
    with django_assert_num_queries(5):
        client.get("/en/meetings/open-americas-2022/")


def test_draft_meeting_is_not_found_but_staff_may_preview_it(client, admin_client):
    MeetingFactory(slug="draft", is_published=False)
    assert client.get("/en/meetings/draft/").status_code == 404
    assert client.get("/en/meetings/draft/calendar.ics").status_code == 404
    response = admin_client.get("/en/meetings/draft/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"


def test_meeting_calendar_is_an_all_day_event_over_its_days(client, open_americas):
    response = client.get("/es/meetings/open-americas-2022/calendar.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="open-americas-2022.ics"'
    )
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert event.decoded("dtstart") == datetime.date(2022, 9, 26)
    assert event.decoded("dtend") == datetime.date(2022, 9, 30)
    assert str(event["summary"]) == "América Abierta"
    assert str(event["url"]) == "http://testserver/es/meetings/open-americas-2022/"


def test_session_calendar_carries_its_time_zone(client, open_americas):
    response = client.get(
        "/en/meetings/open-americas-2022/sessions/showcase/calendar.ics"
    )
    assert response.status_code == 200
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert event["dtstart"].params["TZID"] == "America/Santo_Domingo"
    assert event.decoded("dtstart") == datetime.datetime(
        2022, 9, 27, 10, tzinfo=SANTO_DOMINGO
    )
    assert event.decoded("dtend") == datetime.datetime(
        2022, 9, 27, 11, 30, tzinfo=SANTO_DOMINGO
    )
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == [
        "America/Santo_Domingo"
    ]
    assert str(event["summary"]) == "Showcase – Open Americas"


@pytest.mark.parametrize(
    "path",
    [
        "/en/meetings/open-americas-2022/sessions/roundtable/calendar.ics",
        "/en/meetings/open-americas-2022/sessions/draft-session/calendar.ics",
        "/en/meetings/open-americas-2022/sessions/nowhere/calendar.ics",
        "/en/meetings/nowhere/sessions/showcase/calendar.ics",
    ],
)
def test_session_calendar_without_a_time_or_public_session_is_not_found(
    client, open_americas, path
):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(
    ("language", "sessions", "members"),
    [
        (
            "en",
            "This directory holds none of this meeting's sessions. The meeting's own "
            "page has what its organizers published: "
            '<a href="https://example.org/rome-2022" rel="external">',
            "No source this directory draws on names the OGP Local members that took "
            "part in this meeting. The meeting's own page may list them: "
            '<a href="https://example.org/rome-2022" rel="external">',
        ),
        (
            "es",
            "Este directorio no recoge ninguna sesión de este encuentro. La página del "
            "encuentro recoge lo que publicaron sus organizadores: "
            '<a href="https://example.org/rome-2022" rel="external">',
            "Ninguna de las fuentes de este directorio nombra a los miembros de OGP "
            "Local que participaron en este encuentro. Es posible que la página del "
            'encuentro los mencione: <a href="https://example.org/rome-2022" '
            'rel="external">',
        ),
    ],
)
def test_a_meeting_without_sessions_or_members_says_so_and_points_to_its_page(
    client, language, sessions, members
):
    """A past meeting is not "not published yet": the page says what the directory
    lacks and links the meeting's own page."""
    MeetingFactory(slug="rome", website="https://example.org/rome-2022")
    html = text(client.get(f"/{language}/meetings/rome/"))
    assert sessions in html
    assert members in html
    assert "not been published" not in html


def test_a_meeting_without_a_web_page_only_says_what_is_missing(client):
    MeetingFactory(slug="rome", website="")
    html = text(client.get("/en/meetings/rome/"))
    assert "<p>This directory holds none of this meeting's sessions.</p>" in html
    assert (
        '<p><a href="https://www.opengovpartnership.org/ogp-local/about-ogp-local-program/'
        'ogp-local-members/" rel="external">All OGP Local members, on OGP\'s '
        "website</a></p>" in html
    )


@pytest.mark.parametrize(
    ("language", "note"),
    [
        (
            "en",
            "<p>Only the members a source names at this meeting are listed; others may "
            'have taken part. <a href="https://www.opengovpartnership.org/ogp-local/'
            'about-ogp-local-program/ogp-local-members/" rel="external">All OGP Local '
            "members, on OGP's website</a></p>",
        ),
        (
            "es",
            "<p>Solo figuran los miembros que una fuente sitúa en este encuentro; es "
            'posible que hayan participado otros. <a href="https://www.opengovpartnership'
            '.org/ogp-local/about-ogp-local-program/ogp-local-members/" rel="external">'
            "Todos los miembros de OGP Local, en el sitio web de OGP</a></p>",
        ),
    ],
)
def test_a_meeting_lists_the_members_a_source_names_and_where_the_rest_are(
    client, language, note
):
    rosario = JurisdictionFactory(slug="rosario", name_en="Rosario", name_es="Rosario")
    SessionFactory(meeting__slug="open-americas-2022", jurisdictions=[rosario])
    html = text(client.get(f"/{language}/meetings/open-americas-2022/"))
    assert (
        '<li><a href="/' + language + '/members/rosario/"><span>Rosario</span></a></li>'
        in html
    )
    assert note in html
