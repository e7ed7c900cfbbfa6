import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from events.models import Meeting, Session
from tests.factories import MeetingFactory, ReformFactory, SessionFactory, ThemeFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def at(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def test_meeting_cannot_end_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingFactory(
            start_date=datetime.date(2022, 9, 29), end_date=datetime.date(2022, 9, 26)
        )
    assert Meeting.objects.count() == 0


def test_one_day_meeting_is_allowed():
    MeetingFactory(
        start_date=datetime.date(2022, 10, 11), end_date=datetime.date(2022, 10, 11)
    )
    assert list(Meeting.objects.values_list("start_date", "end_date")) == [
        (datetime.date(2022, 10, 11), datetime.date(2022, 10, 11))
    ]


@pytest.mark.parametrize(
    "overrides",
    [
        {"participant_count": -1},
        {"country_count": -5},
        {"name_en": ""},
        {"host_city_en": ""},
        {"slug": ""},
    ],
    ids=["participants", "countries", "name", "host-city", "slug"],
)
def test_meeting_constraint_refuses_bad_row(overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingFactory(**overrides)
    assert Meeting.objects.count() == 0


def test_meeting_clean_explains_reversed_dates():
    meeting = MeetingFactory.build(
        start_date=datetime.date(2022, 9, 29), end_date=datetime.date(2022, 9, 26)
    )
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert error.value.message_dict["end_date"] == [
        "The last day cannot be before the first day."
    ]


def test_meeting_rejects_unknown_time_zone():
    meeting = MeetingFactory.build(timezone="Mars/Olympus_Mons")
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert error.value.message_dict["timezone"] == [
        "“Mars/Olympus_Mons” is not an IANA time zone such as “America/Santo_Domingo”."
    ]


def test_session_slug_is_unique_within_its_meeting_only():
    first, second = MeetingFactory(), MeetingFactory()
    SessionFactory(meeting=first, slug="local-workshop")
    SessionFactory(meeting=second, slug="local-workshop")
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(meeting=first, slug="local-workshop")
    assert Session.objects.filter(slug="local-workshop").count() == 2


def test_session_cannot_end_before_it_starts():
    meeting = MeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(
            meeting=meeting, starts_at=at(2022, 9, 27, 15), ends_at=at(2022, 9, 27, 14)
        )
    assert Session.objects.count() == 0


def test_session_cannot_have_an_end_without_a_start():
    meeting = MeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(meeting=meeting, starts_at=None, ends_at=at(2022, 9, 27, 14))
    assert Session.objects.count() == 0


def test_session_participant_count_cannot_be_negative():
    meeting = MeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(meeting=meeting, participant_count=-40)
    assert Session.objects.count() == 0


@pytest.mark.parametrize(
    ("starts_at", "ends_at"),
    [
        (at(2022, 9, 20, 14), at(2022, 9, 20, 15)),  # a week early
        (at(2022, 10, 3, 14), at(2022, 10, 3, 15)),  # days after the last day
        (at(2022, 9, 28, 14), at(2022, 10, 5, 15)),  # ends days after the last day
    ],
    ids=["before", "after", "ends-after"],
)
def test_database_refuses_session_outside_meeting_dates(starts_at, ends_at):
    meeting = MeetingFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        SessionFactory(meeting=meeting, starts_at=starts_at, ends_at=ends_at)
    assert Session.objects.count() == 0


def test_database_refuses_moving_a_session_outside_its_meeting():
    session = SessionFactory(starts_at=at(2022, 9, 27, 14), ends_at=at(2022, 9, 27, 15))
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.filter(pk=session.pk).update(
            starts_at=at(2022, 11, 1, 14), ends_at=at(2022, 11, 1, 15)
        )
    session.refresh_from_db()
    assert session.starts_at == at(2022, 9, 27, 14)


def test_database_refuses_shortening_a_meeting_away_from_its_sessions():
    session = SessionFactory(starts_at=at(2022, 9, 29, 14), ends_at=at(2022, 9, 29, 15))
    meeting = session.meeting
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.filter(pk=meeting.pk).update(
            end_date=datetime.date(2022, 9, 26)
        )
    meeting.refresh_from_db()
    assert meeting.end_date == datetime.date(2022, 9, 29)


def test_session_on_the_last_evening_in_the_meeting_zone_is_accepted():
    # 22:00 on 29 September in Santo Domingo (UTC−4) is 02:00 UTC on 30 September.
    session = SessionFactory(starts_at=at(2022, 9, 30, 1), ends_at=at(2022, 9, 30, 2))
    session.full_clean()
    assert session.local_date == datetime.date(2022, 9, 29)


def test_session_clean_checks_dates_in_the_meeting_zone():
    meeting = MeetingFactory()
    # 23:00 UTC on 25 September is 19:00 in Santo Domingo: the day before the meeting.
    session = SessionFactory.build(
        meeting=meeting, starts_at=at(2022, 9, 25, 23), ends_at=at(2022, 9, 26, 1)
    )
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert error.value.message_dict["starts_at"] == [
        "This time is outside the meeting’s dates (2022-09-26 to 2022-09-29)."
    ]


def test_session_clean_explains_reversed_times():
    meeting = MeetingFactory()
    session = SessionFactory.build(
        meeting=meeting, starts_at=at(2022, 9, 27, 15), ends_at=at(2022, 9, 27, 14)
    )
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert error.value.message_dict["ends_at"] == [
        "The session cannot end before it starts."
    ]


def test_session_rejects_unknown_language_code():
    session = SessionFactory.build(meeting=MeetingFactory(), languages="es,xx")
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert error.value.message_dict["languages"] == [
        "“xx” is not an ISO 639-1 language code such as “es”."
    ]


def test_session_language_list():
    session = SessionFactory.build(languages="es, en")
    assert session.language_list == ["es", "en"]


def test_deleting_a_showcased_reform_is_refused():
    reform = ReformFactory()
    SessionFactory(showcased_reforms=[reform])
    with pytest.raises(ProtectedError):
        reform.delete()


def test_deleting_a_theme_a_session_uses_is_refused():
    theme = ThemeFactory()
    SessionFactory(themes=[theme])
    with pytest.raises(ProtectedError):
        theme.delete()


def test_deleting_a_meeting_deletes_its_programme():
    session = SessionFactory()
    session.meeting.delete()
    assert Session.objects.count() == 0
