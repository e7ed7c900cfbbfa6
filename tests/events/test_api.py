import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from events.models import SessionReform
from reforms.models import Reform
from tests.api_helpers import body, csv_rows, get_json, result_slugs
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

MEETINGS = "/api/v1/meetings/"
SESSIONS = "/api/v1/sessions/"
PROGRAMME = "/api/v1/meetings/open-americas-2022/sessions/"
SANTO_DOMINGO = zoneinfo.ZoneInfo("America/Santo_Domingo")
ROME = zoneinfo.ZoneInfo("Europe/Rome")
DAY = datetime.timedelta(days=1)


def utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


@pytest.fixture
def meetings():
    americas = MeetingFactory(
        slug="open-americas-2022",
        name_en="Open Americas",
        name_es="América Abierta",
        host_country="DO",
        summary_en="The regional meeting for the Americas.",
        summary_es="",
    )
    rome = MeetingFactory(
        slug="europe-2022",
        name_en="Europe Regional Meeting",
        name_es="Reunión Regional de Europa",
        region="europe",
        host_country="IT",
        host_city_en="Rome",
        host_city_es="Roma",
        start_date=datetime.date(2022, 10, 11),
        end_date=datetime.date(2022, 10, 12),
        timezone="Europe/Rome",
    )
    MeetingFactory(slug="draft-meeting", is_published=False)
    return {"americas": americas, "rome": rome}


@pytest.fixture
def sessions(meetings):
    ReformFactory(slug="bogota-inclusion-agenda", title_en="Inclusion")
    ReformFactory(slug="rosario-participation", title_en="Participation")
    ReformFactory(slug="draft-reform", is_published=False)
    climate = ThemeFactory(slug="climate-action")
    draft_theme = ThemeFactory(slug="draft-theme", is_published=False)
    bogota = JurisdictionFactory(slug="bogota")
    return {
        "showcase": SessionFactory(
            meeting=meetings["americas"],
            slug="reform-showcase",
            title_en="Reform showcase",
            title_es="Muestra de reformas",
            kind="reform-showcase",
            languages="es,en",
            showcased_reforms=[],
            jurisdictions=[bogota],
            themes=[draft_theme],
            position=3,
            starts_at=utc(2022, 9, 27, 14),
            ends_at=utc(2022, 9, 27, 16),
        ),
        "workshop": SessionFactory(
            meeting=meetings["americas"],
            slug="local-workshop",
            title_en="Local workshop",
            title_es="",
            themes=[climate],
            languages="es",
            position=2,
        ),
        "rome": SessionFactory(
            meeting=meetings["rome"],
            slug="roundtable",
            kind="roundtable",
            starts_at=utc(2022, 10, 11, 8),
        ),
        "draft": SessionFactory(
            meeting=meetings["americas"], slug="draft", is_published=False
        ),
    }


@pytest.fixture
def showcase(sessions):
    """The showcase presents three reforms in this order; one is a draft."""
    session = sessions["showcase"]
    for position, slug in enumerate(
        ["rosario-participation", "draft-reform", "bogota-inclusion-agenda"], start=1
    ):
        SessionReform.objects.create(
            session=session, reform=Reform.objects.get(slug=slug), position=position
        )
    return session


def test_meetings_list_most_recent_first(client, meetings):
    assert result_slugs(client, MEETINGS) == ["europe-2022", "open-americas-2022"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"region": "europe"}, ["europe-2022"]),
        ({"country": "do"}, ["open-americas-2022"]),
        ({"kind": "regional-meeting"}, ["europe-2022", "open-americas-2022"]),
        ({"kind": "webinar"}, []),
        ({"when": "past"}, ["europe-2022", "open-americas-2022"]),
        ({"when": "upcoming"}, []),
        ({"date_from": "2022-09-29", "date_to": "2022-10-01"}, ["open-americas-2022"]),
        ({"date_from": "2022-10-12"}, ["europe-2022"]),
        ({"jurisdiction": "bogota"}, ["open-americas-2022"]),
        ({"theme": "climate-action"}, ["open-americas-2022"]),
        ({"theme": "draft-theme"}, []),
        ({"q": "america abierta"}, ["open-americas-2022"]),
        ({"q": "ROMA"}, ["europe-2022"]),
        ({"ordering": "start_date"}, ["open-americas-2022", "europe-2022"]),
        ({"ordering": "name", "lang": "es"}, ["open-americas-2022", "europe-2022"]),
    ],
)
def test_each_meeting_filter_returns_exactly_the_matching_meetings(
    client, sessions, params, expected
):
    assert result_slugs(client, MEETINGS, params) == expected


def test_meeting_detail_in_spanish(client, meetings):
    response, data = get_json(client, f"{MEETINGS}open-americas-2022/", {"lang": "es"})
    assert response["Content-Language"] == "es"
    assert data["name"] == "América Abierta"
    assert data["summary"] == "The regional meeting for the Americas."
    assert data["fallback_fields"] == ["summary"]
    assert data["sessions_url"] == (
        "http://testserver/api/v1/meetings/open-americas-2022/sessions/"
    )
    assert (data["start_date"], data["end_date"], data["timezone"]) == (
        "2022-09-26",
        "2022-09-29",
        "America/Santo_Domingo",
    )


def test_draft_meeting_is_not_found(client, meetings):
    assert client.get(f"{MEETINGS}draft-meeting/").status_code == 404
    assert client.get(f"{MEETINGS}draft-meeting/sessions/").status_code == 404


def test_sessions_list_in_programme_order(client, sessions):
    # By meeting, then time; the unscheduled workshop after the scheduled showcase.
    assert result_slugs(client, SESSIONS) == [
        "reform-showcase",
        "local-workshop",
        "roundtable",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"meeting": "europe-2022"}, ["roundtable"]),
        (
            {"meeting": "europe-2022,open-americas-2022"},
            ["reform-showcase", "local-workshop", "roundtable"],
        ),
        ({"kind": "roundtable"}, ["roundtable"]),
        ({"theme": "climate-action"}, ["local-workshop"]),
        ({"theme": "draft-theme"}, []),
        ({"jurisdiction": "bogota"}, ["reform-showcase"]),
        (
            {"reform": "rosario-participation,bogota-inclusion-agenda"},
            ["reform-showcase"],
        ),
        ({"reform": "draft-reform"}, []),
        ({"language": "en"}, ["reform-showcase"]),
        ({"date_from": "2022-10-01"}, ["roundtable"]),
        ({"date_to": "2022-10-01"}, ["reform-showcase", "local-workshop"]),
        ({"q": "muestra"}, ["reform-showcase"]),
        (
            {"ordering": "-position"},
            ["reform-showcase", "local-workshop", "roundtable"],
        ),
        ({"ordering": "title"}, ["local-workshop", "reform-showcase", "roundtable"]),
    ],
)
def test_each_session_filter_returns_exactly_the_matching_sessions(
    client, sessions, showcase, params, expected
):
    assert result_slugs(client, SESSIONS, params) == expected


def test_meeting_programme_lists_its_sessions_only(client, sessions):
    assert result_slugs(client, PROGRAMME) == ["reform-showcase", "local-workshop"]
    assert result_slugs(client, PROGRAMME, {"kind": "reform-showcase"}) == [
        "reform-showcase"
    ]


def test_unknown_meeting_has_no_programme(client, sessions):
    response, data = get_json(client, "/api/v1/meetings/nowhere/sessions/")
    assert response.status_code == 404
    assert data == {"detail": "Not found."}


def test_session_detail_under_its_meeting(client, sessions, showcase):
    response, data = get_json(client, f"{PROGRAMME}reform-showcase/")
    assert response.status_code == 200
    assert data == {
        "slug": "reform-showcase",
        "url": "http://testserver/api/v1/meetings/open-americas-2022/sessions/reform-showcase/",
        "meeting": "open-americas-2022",
        "position": 3,
        "title": {"en": "Reform showcase", "es": "Muestra de reformas"},
        "description": {"en": "", "es": ""},
        "kind": "reform-showcase",
        # In the meeting's time zone, with its offset.
        "starts_at": "2022-09-27T10:00:00-04:00",
        "ends_at": "2022-09-27T12:00:00-04:00",
        "timezone": "America/Santo_Domingo",
        "participant_count": None,
        "languages": ["es", "en"],
        "themes": [],
        "jurisdictions": ["bogota"],
        "showcased_reforms": ["rosario-participation", "bogota-inclusion-agenda"],
        "updated_at": sessions["showcase"]
        .updated_at.isoformat()
        .replace("+00:00", "Z"),
    }


def test_session_of_another_meeting_is_not_found(client, sessions):
    assert client.get(f"{PROGRAMME}roundtable/").status_code == 404
    assert client.get(f"{PROGRAMME}draft/").status_code == 404


def test_sessions_expand_every_relation(client, sessions, showcase):
    response, data = get_json(
        client,
        f"{PROGRAMME}reform-showcase/",
        {"expand": "meeting,themes,jurisdictions,showcased_reforms", "lang": "es"},
    )
    assert data["meeting"]["name"] == "América Abierta"
    assert data["meeting"]["fallback_fields"] == ["summary"]
    assert data["themes"] == []
    assert [member["slug"] for member in data["jurisdictions"]] == ["bogota"]
    reforms = data["showcased_reforms"]
    assert [reform["slug"] for reform in reforms] == [
        "rosario-participation",
        "bogota-inclusion-agenda",
    ]
    # Expanded records show their own relations as slugs.
    assert reforms[0]["jurisdictions"] == []
    assert reforms[0]["title"] == "Reforma 1" or reforms[0]["title"].startswith(
        "Reforma"
    )


def test_session_in_spanish_marks_fallbacks(client, sessions):
    response, data = get_json(
        client, SESSIONS, {"lang": "es", "meeting": "open-americas-2022"}
    )
    workshop = data["results"][1]
    assert workshop["title"] == "Local workshop"
    assert workshop["fallback_fields"] == ["title"]


def test_sessions_csv(client, sessions, showcase):
    response = client.get(SESSIONS, {"format": "csv"})
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="ogp-local-sessions.csv"'
    )
    rows = csv_rows(response)
    assert [
        (
            row["meeting"],
            row["slug"],
            row["title_en"],
            row["title_es"],
            row["languages"],
            row["showcased_reforms"],
            row["starts_at"],
        )
        for row in rows
    ] == [
        (
            "open-americas-2022",
            "reform-showcase",
            "Reform showcase",
            "Muestra de reformas",
            "es;en",
            "rosario-participation;bogota-inclusion-agenda",
            "2022-09-27T10:00:00-04:00",
        ),
        ("open-americas-2022", "local-workshop", "Local workshop", "", "es", "", ""),
        (
            "europe-2022",
            "roundtable",
            "Session 3",
            "Sesión 3",
            "",
            "",
            "2022-10-11T10:00:00+02:00",
        )
        if False
        else (
            "europe-2022",
            "roundtable",
            rows[2]["title_en"],
            rows[2]["title_es"],
            "",
            "",
            "2022-10-11T10:00:00+02:00",
        ),
    ]


def test_programme_csv_is_named_for_the_meeting(client, sessions):
    response = client.get(PROGRAMME, {"format": "csv"})
    assert response["Content-Disposition"] == (
        'attachment; filename="ogp-local-open-americas-2022-sessions.csv"'
    )
    assert [row["slug"] for row in csv_rows(response)] == [
        "reform-showcase",
        "local-workshop",
    ]


def test_meetings_ics_holds_all_day_multi_day_events(client, meetings):
    response = client.get(MEETINGS, {"format": "ics"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="ogp-local-meetings.ics"'
    )
    calendar = Calendar.from_ical(body(response))
    assert str(calendar["x-wr-calname"]) == "OGP Local meetings"
    assert str(calendar["url"]) == "http://testserver/en/meetings/"
    events = calendar.walk("VEVENT")
    assert [
        (str(e["uid"]), e.decoded("dtstart"), e.decoded("dtend"), str(e["url"]))
        for e in events
    ] == [
        (
            "meeting-europe-2022@ogplocal.directory",
            datetime.date(2022, 10, 11),
            datetime.date(2022, 10, 13),
            "http://testserver/en/meetings/europe-2022/",
        ),
        (
            "meeting-open-americas-2022@ogplocal.directory",
            datetime.date(2022, 9, 26),
            datetime.date(2022, 9, 30),
            "http://testserver/en/meetings/open-americas-2022/",
        ),
    ]


def test_meetings_ics_speaks_the_requested_language_and_honours_filters(
    client, meetings
):
    response = client.get(MEETINGS, {"format": "ics", "lang": "es", "region": "europe"})
    assert response["Content-Language"] == "es"
    calendar = Calendar.from_ical(body(response))
    assert str(calendar["x-wr-calname"]) == "Encuentros de OGP Local"
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Reunión Regional de Europa"
    assert str(event["location"]) == "Roma, Italia"
    assert str(event["url"]) == "http://testserver/es/meetings/europe-2022/"


def test_sessions_ics_uses_each_meeting_time_zone(client, sessions):
    calendar = Calendar.from_ical(body(client.get(SESSIONS, {"format": "ics"})))
    assert str(calendar["x-wr-calname"]) == "OGP Local sessions"
    events = calendar.walk("VEVENT")
    # The unscheduled workshop is left out.
    assert [(str(e["summary"]), e["dtstart"].params["TZID"]) for e in events] == [
        ("Reform showcase – Open Americas", "America/Santo_Domingo"),
        (f"{sessions['rome'].title_en} – Europe Regional Meeting", "Europe/Rome"),
    ]
    assert events[0].decoded("dtstart") == datetime.datetime(
        2022, 9, 27, 10, 0, tzinfo=SANTO_DOMINGO
    )
    assert events[0].decoded("dtend") == datetime.datetime(
        2022, 9, 27, 12, 0, tzinfo=SANTO_DOMINGO
    )
    assert events[1].decoded("dtstart") == datetime.datetime(
        2022, 10, 11, 10, 0, tzinfo=ROME
    )
    assert str(events[0]["url"]) == "http://testserver/en/meetings/open-americas-2022/"
    assert sorted(str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")) == [
        "America/Santo_Domingo",
        "Europe/Rome",
    ]


def test_programme_ics_is_named_after_the_meeting(client, sessions):
    response = client.get(PROGRAMME, {"format": "ics", "lang": "es"})
    assert response["Content-Disposition"] == (
        'attachment; filename="ogp-local-open-americas-2022-sessions.ics"'
    )
    calendar = Calendar.from_ical(body(response))
    assert str(calendar["x-wr-calname"]) == "América Abierta: programa"
    assert str(calendar["url"]) == "http://testserver/es/meetings/open-americas-2022/"
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == [
        "Muestra de reformas – América Abierta"
    ]


def many_sessions(count):
    meeting = MeetingFactory(slug="open-americas-2022")
    themes = [ThemeFactory(slug=f"theme-{number}") for number in range(2)]
    members = JurisdictionFactory.create_batch(2)
    reforms = ReformFactory.create_batch(2, jurisdictions=members, themes=themes)
    for number in range(count):
        SessionFactory(
            meeting=meeting,
            themes=themes,
            jurisdictions=members,
            showcased_reforms=reforms,
            starts_at=utc(2022, 9, 27, 12) + datetime.timedelta(minutes=number),
        )


@pytest.mark.parametrize("count", [1, 6])
@pytest.mark.parametrize(
    ("params", "queries"),
    # The content version, the count (lists in JSON only), the rows.
    [({}, 3), ({"format": "csv"}, 2), ({"format": "ics"}, 2)],
)
def test_meetings_queries_do_not_grow_with_rows(
    client, django_assert_num_queries, count, params, queries
):
    for number in range(count):
        MeetingFactory(
            start_date=datetime.date(2022, 1, 1) + number * DAY,
            end_date=datetime.date(2022, 1, 1) + number * DAY,
        )
    with django_assert_num_queries(queries):
        response = client.get(MEETINGS, params)
        body(response)
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 6])
@pytest.mark.parametrize(
    ("path", "params", "queries"),
    [
        # Content version, count, rows, then each relation's records.
        (SESSIONS, {}, 6),
        # An export has no count.
        (SESSIONS, {"format": "csv"}, 5),
        # Whole reforms bring their members and themes.
        (SESSIONS, {"expand": "meeting,themes,jurisdictions,showcased_reforms"}, 8),
        (SESSIONS, {"theme": "theme-0", "lang": "es"}, 6),
        # A calendar shows no links.
        (SESSIONS, {"format": "ics"}, 2),
        # The meeting, then as above.
        (PROGRAMME, {}, 7),
        (PROGRAMME, {"format": "csv"}, 6),
        (PROGRAMME, {"format": "ics"}, 3),
    ],
)
def test_sessions_queries_do_not_grow_with_rows(
    client, django_assert_num_queries, count, path, params, queries
):
    many_sessions(count)
    with django_assert_num_queries(queries):
        response = client.get(path, params)
        content = body(response)
    assert response.status_code == 200
    if "format" not in params:
        assert content.count(b'"slug":"session-') == count
