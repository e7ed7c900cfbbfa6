"""A meeting's clock: its zone named as people say it, and times read on it."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from events.timezones import (
    meeting_zone,
    moment_at,
    timezone_in_full,
    utc_offset,
    wall_clock,
)
from tests.factories import MeetingFactory

MADRID = zoneinfo.ZoneInfo("Europe/Madrid")
UTC = datetime.UTC


@pytest.mark.parametrize(
    ("zone", "day", "offset"),
    [
        ("America/Santo_Domingo", datetime.date(2022, 9, 26), "UTC−4"),
        ("Europe/Madrid", datetime.date(2023, 1, 10), "UTC+1"),
        ("Europe/Madrid", datetime.date(2023, 7, 10), "UTC+2"),
        ("Asia/Kolkata", datetime.date(2023, 7, 10), "UTC+5:30"),
        ("Africa/Abidjan", datetime.date(2023, 7, 10), "UTC"),
    ],
)
def test_utc_offset_is_written_as_people_read_it(zone, day, offset):
    assert utc_offset(zoneinfo.ZoneInfo(zone), day) == offset


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Santo Domingo time (America/Santo_Domingo, UTC−4)"),
        ("es", "hora de Santo Domingo (America/Santo_Domingo, UTC−4)"),
    ],
)
def test_timezone_in_full_names_the_city_the_iana_zone_and_the_offset(language, words):
    meeting = MeetingFactory()

    with translation.override(language):
        assert timezone_in_full(meeting) == words


@pytest.mark.django_db
def test_a_meeting_without_a_valid_zone_has_no_clock():
    assert meeting_zone(MeetingFactory.build(timezone="")) is None
    assert meeting_zone(MeetingFactory.build(timezone="Santo Domingo")) is None
    assert meeting_zone(None) is None
    assert meeting_zone(MeetingFactory.build()) == zoneinfo.ZoneInfo(
        "America/Santo_Domingo"
    )


def test_a_wall_clock_time_and_its_moment_convert_both_ways():
    moment = moment_at(datetime.datetime(2023, 7, 10, 9), MADRID)

    assert moment.astimezone(UTC) == datetime.datetime(2023, 7, 10, 7, tzinfo=UTC)
    assert wall_clock(moment.astimezone(UTC), MADRID) == datetime.datetime(
        2023, 7, 10, 9
    )


@pytest.mark.parametrize(
    ("wall", "code"),
    [
        (datetime.datetime(2023, 3, 26, 2, 30), "nonexistent_time"),
        (datetime.datetime(2023, 10, 29, 2, 30), "ambiguous_time"),
    ],
)
def test_a_time_the_clocks_skip_or_repeat_is_refused(wall, code):
    with pytest.raises(ValidationError) as refused:
        moment_at(wall, MADRID)

    assert refused.value.code == code


@pytest.mark.parametrize(
    ("wall", "utc"),
    [
        # Either side of each change: one reading only.
        (datetime.datetime(2023, 3, 26, 1, 59), datetime.datetime(2023, 3, 26, 0, 59)),
        (datetime.datetime(2023, 3, 26, 3, 0), datetime.datetime(2023, 3, 26, 1, 0)),
        (
            datetime.datetime(2023, 10, 29, 1, 59),
            datetime.datetime(2023, 10, 28, 23, 59),
        ),
        (datetime.datetime(2023, 10, 29, 3, 0), datetime.datetime(2023, 10, 29, 2, 0)),
    ],
)
def test_times_next_to_a_clock_change_are_read_as_the_clocks_show_them(wall, utc):
    assert moment_at(wall, MADRID).astimezone(UTC) == utc.replace(tzinfo=UTC)
