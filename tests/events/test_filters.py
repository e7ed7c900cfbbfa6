import datetime

import pytest

from events.filters import MeetingFilter, SessionFilter
from events.selectors import meeting_list, session_list
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.querying import filter_errors, filtered_slugs

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def meeting_slugs(params):
    return filtered_slugs(MeetingFilter, meeting_list(), params)


def session_slugs(params):
    return filtered_slugs(SessionFilter, session_list(), params)


@pytest.fixture
def meetings():
    americas = MeetingFactory(
        slug="open-americas-2022",
        name_en="Open Americas",
        name_es="América Abierta",
        host_country="DO",
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
    return {"americas": americas, "rome": rome}


def test_search_meetings_in_both_languages(meetings):
    assert meeting_slugs({"q": "america abierta"}) == ["open-americas-2022"]
    assert meeting_slugs({"q": "roma"}) == ["europe-2022"]


def test_filter_meetings_by_region_and_country(meetings):
    assert meeting_slugs({"region": "europe"}) == ["europe-2022"]
    assert meeting_slugs({"country": "do"}) == ["open-americas-2022"]


def test_filter_meetings_overlapping_a_date_range(meetings):
    assert meeting_slugs({"date_from": "2022-09-29", "date_to": "2022-10-01"}) == [
        "open-americas-2022"
    ]
    assert meeting_slugs({"date_from": "2022-10-12"}) == ["europe-2022"]
    assert meeting_slugs({"date_to": "2022-09-25"}) == []


def test_filter_upcoming_and_past_meetings(meetings):
    today = datetime.date.today()
    MeetingFactory(slug="next", start_date=today + 30 * DAY, end_date=today + 32 * DAY)
    MeetingFactory(slug="ongoing", start_date=today - DAY, end_date=today + DAY)
    assert meeting_slugs({"when": "upcoming"}) == ["next", "ongoing"]
    assert meeting_slugs({"when": "past"}) == ["europe-2022", "open-americas-2022"]


def test_filter_meetings_by_member_and_theme_of_published_sessions(meetings):
    member = JurisdictionFactory(slug="rosario")
    theme = ThemeFactory(slug="inclusion")
    SessionFactory(meeting=meetings["americas"], jurisdictions=[member], themes=[theme])
    SessionFactory(
        meeting=meetings["rome"],
        jurisdictions=[member],
        themes=[theme],
        is_published=False,
    )
    assert meeting_slugs({"jurisdiction": "rosario"}) == ["open-americas-2022"]
    assert meeting_slugs({"theme": "inclusion"}) == ["open-americas-2022"]


def test_meetings_default_to_most_recent_first(meetings):
    assert meeting_slugs({}) == ["europe-2022", "open-americas-2022"]
    assert meeting_slugs({"ordering": "start_date"}) == [
        "open-americas-2022",
        "europe-2022",
    ]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_from": "2022-13-01"}, "date_from"),
        ({"when": "someday"}, "when"),
        ({"kind": "party"}, "kind"),
    ],
)
def test_bad_meeting_filter_values(params, field):
    assert filter_errors(MeetingFilter, meeting_list(), params) == [field]


@pytest.fixture
def sessions(meetings):
    reform = ReformFactory(slug="bogota-inclusion-agenda")
    theme = ThemeFactory(slug="climate-action")
    member = JurisdictionFactory(slug="bogota")
    return {
        "showcase": SessionFactory(
            meeting=meetings["americas"],
            slug="reform-showcase",
            kind="reform-showcase",
            languages="es,en",
            showcased_reforms=[reform],
            jurisdictions=[member],
            position=3,
        ),
        "workshop": SessionFactory(
            meeting=meetings["americas"],
            slug="local-workshop",
            themes=[theme],
            languages="es",
            position=2,
        ),
        "rome": SessionFactory(
            meeting=meetings["rome"], slug="roundtable", kind="roundtable"
        ),
        "draft": SessionFactory(
            meeting=meetings["americas"], slug="draft", is_published=False
        ),
    }


def test_sessions_of_a_meeting_in_programme_order(sessions):
    assert session_slugs({"meeting": "open-americas-2022"}) == [
        "local-workshop",
        "reform-showcase",
    ]


def test_sessions_of_a_draft_meeting_are_hidden(sessions, meetings):
    meetings["rome"].is_published = False
    meetings["rome"].save()
    assert session_slugs({"kind": "roundtable"}) == []


def test_filter_sessions(sessions):
    assert session_slugs({"kind": "reform-showcase"}) == ["reform-showcase"]
    assert session_slugs({"reform": "bogota-inclusion-agenda"}) == ["reform-showcase"]
    assert session_slugs({"theme": "climate-action"}) == ["local-workshop"]
    assert session_slugs({"jurisdiction": "bogota"}) == ["reform-showcase"]
    assert session_slugs({"language": "en"}) == ["reform-showcase"]
    assert session_slugs({"date_from": "2022-10-01"}) == ["roundtable"]
