import datetime
import zoneinfo

import pytest
from django.utils import translation
from icalendar import Calendar

from events.calendar import calendar_file, meeting_event, session_event
from tests.factories import MeetingFactory, SessionFactory

pytestmark = pytest.mark.django_db

SANTO_DOMINGO = zoneinfo.ZoneInfo("America/Santo_Domingo")


def parse(data):
    return Calendar.from_ical(data)


def test_meeting_is_an_all_day_multi_day_event():
    meeting = MeetingFactory(
        slug="open-americas-2022",
        name_en="Open Americas",
        name_es="América Abierta",
        venue="",
    )
    data = calendar_file(
        name="Open Americas",
        events=[
            meeting_event(
                meeting, url="https://example.org/en/meetings/open-americas-2022/"
            )
        ],
    )
    calendar = parse(data)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == datetime.date(2022, 9, 26)
    assert event.decoded("dtend") == datetime.date(
        2022, 9, 30
    )  # exclusive: the day after the last
    assert str(event["summary"]) == "Open Americas"
    assert str(event["uid"]) == "meeting-open-americas-2022@ogplocal.directory"
    assert str(event["location"]) == "Santo Domingo, Dominican Republic"
    assert str(event["url"]) == "https://example.org/en/meetings/open-americas-2022/"
    assert str(calendar["x-wr-calname"]) == "Open Americas"
    assert b"VERSION:2.0" in data


def test_meeting_event_speaks_the_active_language():
    meeting = MeetingFactory(name_en="Open Americas", name_es="América Abierta")
    with translation.override("es"):
        event = meeting_event(meeting, url="")
    assert str(event["summary"]) == "América Abierta"
    assert str(event["location"]) == "Santo Domingo, República Dominicana"


def test_session_carries_the_meeting_time_zone():
    session = SessionFactory(
        title_en="Local workshop",
        meeting__name_en="Open Americas",
        starts_at=datetime.datetime(2022, 9, 27, 14, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2022, 9, 27, 16, 0, tzinfo=datetime.UTC),
    )
    data = calendar_file(name="Programme", events=[session_event(session, url="")])
    calendar = parse(data)
    (event,) = calendar.walk("VEVENT")
    assert event["dtstart"].params["TZID"] == "America/Santo_Domingo"
    assert event.decoded("dtstart") == datetime.datetime(
        2022, 9, 27, 10, 0, tzinfo=SANTO_DOMINGO
    )
    assert event.decoded("dtend") == datetime.datetime(
        2022, 9, 27, 12, 0, tzinfo=SANTO_DOMINGO
    )
    assert str(event["summary"]) == "Local workshop – Open Americas"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == [
        "America/Santo_Domingo"
    ]


def test_unscheduled_session_is_left_out():
    session = SessionFactory(starts_at=None)
    assert session_event(session, url="") is None
    calendar = parse(
        calendar_file(name="Programme", events=[session_event(session, url="")])
    )
    assert calendar.walk("VEVENT") == []
