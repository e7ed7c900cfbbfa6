"""Session times in the admin are typed, shown and checked on the meeting's clock,
whatever the server's time zone (UTC)."""

import datetime
import re

import pytest

from events.models import Meeting, Session
from tests.adminforms import change_form_data
from tests.factories import MeetingFactory, SessionFactory

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def _utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


def _meeting_url(meeting):
    return f"/admin/events/meeting/{meeting.pk}/change/"


def _post_inline_times(client, session, starts, ends=("", ""), **headers):
    url = _meeting_url(session.meeting)
    data = change_form_data(client.get(url, **headers))
    data.update(
        {
            "sessions-0-starts_at_0": starts[0],
            "sessions-0-starts_at_1": starts[1],
            "sessions-0-ends_at_0": ends[0],
            "sessions-0-ends_at_1": ends[1],
        }
    )
    return client.post(url, data, **headers)


def _inline_errors(response):
    return response.context["inline_admin_formsets"][0].formset.forms[0].errors


def _madrid_meeting(**kwargs):
    return MeetingFactory(
        host_city_en="Madrid", host_city_es="Madrid", timezone="Europe/Madrid", **kwargs
    )


# -- the meeting's programme (the sessions inline) ----------------------------


def test_times_typed_in_the_inline_are_read_on_the_meeting_clock(admin_client):
    session = SessionFactory()

    response = _post_inline_times(
        admin_client, session, ("2022-09-27", "09:00"), ("2022-09-27", "10:30")
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.starts_at, session.ends_at) == (
        _utc(2022, 9, 27, 13),
        _utc(2022, 9, 27, 14, 30),
    )


def test_the_inline_shows_stored_times_on_the_meeting_clock(admin_client):
    session = SessionFactory(
        starts_at=_utc(2022, 9, 27, 13), ends_at=_utc(2022, 9, 27, 14, 30)
    )

    data = change_form_data(admin_client.get(_meeting_url(session.meeting)))

    assert [data[f"sessions-0-{name}"] for name in ("starts_at_0", "starts_at_1")] == [
        "2022-09-27",
        "09:00:00",
    ]
    assert [data[f"sessions-0-{name}"] for name in ("ends_at_0", "ends_at_1")] == [
        "2022-09-27",
        "10:30:00",
    ]


def test_a_meeting_saved_unchanged_leaves_its_session_times_as_they_were(
    admin_client,
):
    session = SessionFactory(
        starts_at=_utc(2022, 9, 27, 13), ends_at=_utc(2022, 9, 27, 14, 30)
    )
    before = Session.objects.values().get()
    versions = session.history.count()
    url = _meeting_url(session.meeting)

    response = admin_client.post(url, change_form_data(admin_client.get(url)))

    assert response.status_code == 302
    assert Session.objects.values().get() == before
    assert session.history.count() == versions


def test_a_time_on_the_first_day_in_the_meeting_zone_is_inside_its_dates(
    admin_client,
):
    # 00:30 on 26 September in Santo Domingo is 04:30 UTC the same day; 23:30 on
    # 25 September there is 03:30 UTC on the 26th, a UTC date inside the meeting.
    session = SessionFactory()

    early = _post_inline_times(admin_client, session, ("2022-09-25", "23:30"))
    assert _inline_errors(early) == {
        "starts_at": [
            "This time is outside the meeting’s dates (2022-09-26 to 2022-09-29)."
        ]
    }

    accepted = _post_inline_times(admin_client, session, ("2022-09-26", "00:30"))
    assert accepted.status_code == 302
    session.refresh_from_db()
    assert session.starts_at == _utc(2022, 9, 26, 4, 30)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Times are in Santo Domingo time (America/Santo_Domingo, UTC−4)."),
        (
            "es",
            "Los horarios están en hora de Santo Domingo "
            "(America/Santo_Domingo, UTC−4).",
        ),
    ],
)
def test_the_inline_says_which_time_zone_in_the_staff_language(
    admin_client, language, words
):
    session = SessionFactory()

    response = admin_client.get(
        _meeting_url(session.meeting), HTTP_ACCEPT_LANGUAGE=language
    )

    form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert form.fields["starts_at"].help_text == words
    assert words in response.content.decode()


def test_the_inline_of_a_new_meeting_says_its_time_zone_field_decides(admin_client):
    response = admin_client.get("/admin/events/meeting/add/")

    form = response.context["inline_admin_formsets"][0].formset.empty_form
    assert form.fields["starts_at"].help_text == (
        "Times are read in the meeting’s time zone, given above."
    )


def test_changing_the_meeting_time_zone_keeps_the_clock_times_typed(admin_client):
    # A meeting entered with the wrong zone: staff correct the zone, and the
    # programme keeps saying 09:00.
    session = SessionFactory(starts_at=_utc(2022, 9, 27, 13))
    url = _meeting_url(session.meeting)
    data = change_form_data(admin_client.get(url))

    response = admin_client.post(url, {**data, "timezone": "America/Bogota"})

    assert response.status_code == 302
    session.refresh_from_db()
    assert session.starts_at == _utc(2022, 9, 27, 14)


def test_a_session_time_in_a_new_meeting_with_no_valid_zone_is_an_error_not_a_crash(
    admin_client,
):
    data = change_form_data(admin_client.get("/admin/events/meeting/add/"))
    data.update(
        {
            "name_en": "Open Americas",
            "slug": "open-americas",
            "kind": "regional-meeting",
            "region": "americas",
            "host_city_en": "Santo Domingo",
            "host_country": "DO",
            "start_date": "2022-09-26",
            "end_date": "2022-09-29",
            "timezone": "Santo Domingo",
            "sessions-TOTAL_FORMS": "1",
            "sessions-0-title_en": "Peer exchange",
            "sessions-0-slug": "peer-exchange",
            "sessions-0-kind": "peer-exchange",
            "sessions-0-position": "0",
            "sessions-0-starts_at_0": "2022-09-27",
            "sessions-0-starts_at_1": "09:00",
        }
    )

    response = admin_client.post("/admin/events/meeting/add/", data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "timezone": [
            "“Santo Domingo” is not an IANA time zone such as “America/Santo_Domingo”."
        ]
    }
    assert _inline_errors(response) == {
        "starts_at": ["Give the meeting a valid time zone first: times are read in it."]
    }
    assert Meeting.objects.count() == Session.objects.count() == 0


# -- clocks that jump ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "en",
            "2023-03-26 02:30 does not exist in Europe/Madrid: the clocks go "
            "forward that night and skip it. Enter a time before or after the "
            "change.",
        ),
        (
            "es",
            "2023-03-26 02:30 no existe en Europe/Madrid: esa noche los relojes "
            "se adelantan y se la saltan. Indique una hora anterior o posterior "
            "al cambio.",
        ),
    ],
)
def test_a_time_the_clocks_skip_is_refused_on_its_field(
    admin_client, language, message
):
    meeting = _madrid_meeting(
        start_date=datetime.date(2023, 3, 25), end_date=datetime.date(2023, 3, 27)
    )
    session = SessionFactory(meeting=meeting)

    response = _post_inline_times(
        admin_client, session, ("2023-03-26", "02:30"), HTTP_ACCEPT_LANGUAGE=language
    )

    assert response.status_code == 200
    assert _inline_errors(response) == {"starts_at": [message]}
    session.refresh_from_db()
    assert session.starts_at is None


def test_a_time_the_clocks_repeat_is_refused_on_its_field(admin_client):
    meeting = _madrid_meeting(
        start_date=datetime.date(2023, 10, 28), end_date=datetime.date(2023, 10, 30)
    )
    session = SessionFactory(meeting=meeting)

    response = _post_inline_times(
        admin_client, session, ("2023-10-29", "01:00"), ("2023-10-29", "02:30")
    )

    assert response.status_code == 200
    assert _inline_errors(response) == {
        "ends_at": [
            "2023-10-29 02:30 happens twice in Europe/Madrid: the clocks go back "
            "that night and repeat it. Enter a time outside the repeated hour."
        ]
    }
    session.refresh_from_db()
    assert (session.starts_at, session.ends_at) == (None, None)


def test_the_hour_after_the_clocks_go_forward_is_read_in_summer_time(admin_client):
    meeting = _madrid_meeting(
        start_date=datetime.date(2023, 3, 25), end_date=datetime.date(2023, 3, 27)
    )
    session = SessionFactory(meeting=meeting)

    response = _post_inline_times(
        admin_client, session, ("2023-03-26", "01:30"), ("2023-03-26", "03:30")
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.starts_at, session.ends_at) == (
        _utc(2023, 3, 26, 0, 30),
        _utc(2023, 3, 26, 1, 30),
    )


# -- a session's own page ----------------------------------------------------------


def test_the_session_form_reads_times_in_the_meeting_chosen_in_it(admin_client):
    madrid = _madrid_meeting(slug="madrid")
    data = change_form_data(admin_client.get("/admin/events/session/add/"))
    data.update(
        {
            "meeting": str(madrid.pk),
            "title_en": "Opening",
            "slug": "opening",
            "kind": "plenary",
            "position": "0",
            "starts_at_0": "2022-09-27",
            "starts_at_1": "09:00",
            "ends_at_0": "2022-09-27",
            "ends_at_1": "10:30",
        }
    )

    response = admin_client.post("/admin/events/session/add/", data)

    assert response.status_code == 302
    session = Session.objects.get()
    # Madrid is on summer time (UTC+2) in September.
    assert (session.starts_at, session.ends_at) == (
        _utc(2022, 9, 27, 7),
        _utc(2022, 9, 27, 8, 30),
    )


def test_the_session_add_form_says_the_chosen_meeting_decides(admin_client):
    response = admin_client.get("/admin/events/session/add/")

    form = response.context["adminform"].form
    assert form.fields["starts_at"].help_text == (
        "Times are read in the time zone of the meeting chosen above."
    )


def test_the_session_change_form_shows_and_round_trips_the_meeting_clock(
    admin_client,
):
    session = SessionFactory(
        starts_at=_utc(2022, 9, 27, 13), ends_at=_utc(2022, 9, 27, 14, 30)
    )
    url = f"/admin/events/session/{session.pk}/change/"
    page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="es")
    data = change_form_data(page)

    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE="es")

    assert (data["starts_at_1"], data["ends_at_1"]) == ("09:00:00", "10:30:00")
    assert page.context["adminform"].form.fields["starts_at"].help_text == (
        "Los horarios están en hora de Santo Domingo (America/Santo_Domingo, "
        "UTC−4). Si cambia de encuentro, se leen en la zona horaria del nuevo."
    )
    assert response.status_code == 302
    assert Session.objects.values_list("starts_at", "ends_at").get() == (
        _utc(2022, 9, 27, 13),
        _utc(2022, 9, 27, 14, 30),
    )


def test_moving_a_session_to_another_meeting_reads_its_times_there(admin_client):
    session = SessionFactory(starts_at=_utc(2022, 9, 27, 13))
    madrid = _madrid_meeting(slug="madrid")
    url = f"/admin/events/session/{session.pk}/change/"
    data = change_form_data(admin_client.get(url))

    response = admin_client.post(url, {**data, "meeting": str(madrid.pk)})

    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.meeting, session.starts_at) == (madrid, _utc(2022, 9, 27, 7))


def test_the_session_list_shows_starts_on_the_meeting_clock(admin_client):
    SessionFactory(starts_at=_utc(2022, 9, 27, 13))

    response = admin_client.get("/admin/events/session/")

    cells = re.findall(
        r'<td class="field-local_start">(.*?)</td>', response.content.decode()
    )
    assert cells == ["2022-09-27 09:00 (UTC−4)"]


# -- screen readers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "names"),
    [
        (
            "en",
            [
                "Starts at — date",
                "Starts at — time",
                "Ends at — date",
                "Ends at — time",
            ],
        ),
        (
            "es",
            ["Empieza — fecha", "Empieza — hora", "Termina — fecha", "Termina — hora"],
        ),
    ],
)
def test_each_date_and_time_input_has_a_name_in_the_staff_language(
    admin_client, language, names
):
    session = SessionFactory()

    page = admin_client.get(
        _meeting_url(session.meeting), HTTP_ACCEPT_LANGUAGE=language
    ).content.decode()

    found = re.findall(
        r'<input[^>]*name="sessions-0-(?:starts|ends)_at_[01]"[^>]*>', page
    )
    assert [re.search(r'aria-label="([^"]*)"', tag).group(1) for tag in found] == names
