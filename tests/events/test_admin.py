"""Meetings and their programme in one admin page."""

import datetime

import pytest

from events.models import Meeting, Session
from tests.adminforms import change_form_data
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def _at(day, hour):
    return datetime.datetime(2022, 9, day, hour, tzinfo=UTC)


def test_sessions_are_an_inline_in_programme_order(admin_client):
    meeting = MeetingFactory()
    SessionFactory(meeting=meeting, slug="unscheduled-b", position=2)
    SessionFactory(meeting=meeting, slug="unscheduled-a", position=1)
    SessionFactory(meeting=meeting, slug="day-two", starts_at=_at(27, 14))
    SessionFactory(meeting=meeting, slug="day-one", starts_at=_at(26, 14))

    response = admin_client.get(f"/admin/events/meeting/{meeting.pk}/change/")

    formset = response.context["inline_admin_formsets"][0].formset
    assert [form.instance.slug for form in formset.forms] == [
        "day-one",
        "day-two",
        "unscheduled-a",
        "unscheduled-b",
    ]
    data = change_form_data(response)
    assert [data[f"sessions-{i}-position"] for i in range(4)] == ["0", "0", "1", "2"]


def test_the_inline_edits_position_and_links_with_autocomplete(admin_client):
    session = SessionFactory(slug="showcase")
    member = JurisdictionFactory(slug="rosario")
    reform = ReformFactory(slug="digital-participation")
    theme = ThemeFactory(slug="open-data")
    url = f"/admin/events/meeting/{session.meeting.pk}/change/"
    page = admin_client.get(url)
    data = change_form_data(page)

    response = admin_client.post(
        url,
        {
            **data,
            "sessions-0-position": "4",
            "sessions-0-showcased_reforms": [str(reform.pk)],
            "sessions-0-jurisdictions": [str(member.pk)],
            "sessions-0-themes": [str(theme.pk)],
        },
    )

    assert response.status_code == 302
    session.refresh_from_db()
    assert session.position == 4
    assert [r.slug for r in session.showcased_reforms.all()] == [
        "digital-participation"
    ]
    assert [m.slug for m in session.jurisdictions.all()] == ["rosario"]
    assert [t.slug for t in session.themes.all()] == ["open-data"]
    form = page.context["inline_admin_formsets"][0].formset.forms[0]
    widgets = [
        type(form.fields[name].widget.widget).__name__
        for name in ("showcased_reforms", "jurisdictions", "themes")
    ]
    assert widgets == ["PrefetchedAutocompleteSelectMultiple"] * 3


def _post_session_times(client, session, starts, ends, **headers):
    url = f"/admin/events/meeting/{session.meeting.pk}/change/"
    data = change_form_data(client.get(url, **headers))
    return client.post(
        url,
        {
            **data,
            "sessions-0-starts_at_0": starts[0],
            "sessions-0-starts_at_1": starts[1],
            "sessions-0-ends_at_0": ends[0],
            "sessions-0-ends_at_1": ends[1],
        },
        **headers,
    )


def test_a_session_outside_the_meeting_is_refused_on_its_field_in_spanish(
    admin_client,
):
    session = SessionFactory()

    response = _post_session_times(
        admin_client,
        session,
        ("2022-10-01", "10:00:00"),
        ("", ""),
        HTTP_ACCEPT_LANGUAGE="es",
    )

    assert response.status_code == 200
    form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert form.errors == {
        "starts_at": [
            "Esta hora queda fuera de las fechas del encuentro "
            "(del 2022-09-26 al 2022-09-29)."
        ]
    }
    assert "Esta hora queda fuera de las fechas del encuentro" in (
        response.content.decode()
    )
    session.refresh_from_db()
    assert session.starts_at is None


def test_a_session_ending_before_it_starts_is_refused_in_spanish(admin_client):
    session = SessionFactory()

    response = _post_session_times(
        admin_client,
        session,
        ("2022-09-27", "10:00:00"),
        ("2022-09-27", "09:00:00"),
        HTTP_ACCEPT_LANGUAGE="es",
    )

    assert response.status_code == 200
    form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert form.errors == {"ends_at": ["La sesión no puede terminar antes de empezar."]}


def test_a_meeting_ending_before_it_starts_is_refused_in_spanish(admin_client):
    meeting = MeetingFactory()
    url = f"/admin/events/meeting/{meeting.pk}/change/"
    data = change_form_data(admin_client.get(url))

    response = admin_client.post(
        url, {**data, "end_date": "2022-09-01"}, HTTP_ACCEPT_LANGUAGE="es"
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "end_date": ["El último día no puede ser anterior al primero."]
    }


def test_moving_a_meeting_away_from_its_sessions_is_refused_on_the_sessions(
    admin_client,
):
    session = SessionFactory(starts_at=_at(27, 14))
    url = f"/admin/events/meeting/{session.meeting.pk}/change/"
    data = change_form_data(admin_client.get(url))

    response = admin_client.post(
        url, {**data, "start_date": "2023-09-26", "end_date": "2023-09-29"}
    )

    assert response.status_code == 200
    form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert form.errors == {
        "starts_at": [
            "This time is outside the meeting’s dates (2023-09-26 to 2023-09-29)."
        ]
    }
    assert Meeting.objects.get().start_date == datetime.date(2022, 9, 26)


def test_adding_a_meeting_with_a_session_outside_it_is_refused_not_a_crash(
    admin_client,
):
    data = change_form_data(admin_client.get("/admin/events/meeting/add/"))
    meeting = {
        "name_en": "Open Americas",
        "slug": "open-americas",
        "kind": "regional-meeting",
        "region": "americas",
        "host_city_en": "Santo Domingo",
        "host_country": "DO",
        "start_date": "2022-09-26",
        "end_date": "2022-09-29",
        "timezone": "America/Santo_Domingo",
    }
    session = {
        "sessions-TOTAL_FORMS": "1",
        "sessions-0-title_en": "Peer exchange",
        "sessions-0-slug": "peer-exchange",
        "sessions-0-kind": "peer-exchange",
        "sessions-0-position": "0",
        "sessions-0-starts_at_0": "2022-10-05",
        "sessions-0-starts_at_1": "10:00:00",
    }

    response = admin_client.post(
        "/admin/events/meeting/add/", {**data, **meeting, **session}
    )

    assert response.status_code == 200
    form = response.context["inline_admin_formsets"][0].formset.forms[0]
    assert list(form.errors) == ["starts_at"]
    assert Meeting.objects.count() == Session.objects.count() == 0

    session["sessions-0-starts_at_0"] = "2022-09-27"
    response = admin_client.post(
        "/admin/events/meeting/add/", {**data, **meeting, **session}
    )
    assert response.status_code == 302
    assert [s.slug for s in Meeting.objects.get().sessions.all()] == ["peer-exchange"]


def test_meetings_have_a_date_hierarchy(admin_client):
    MeetingFactory(slug="2022", start_date=datetime.date(2022, 9, 26))
    MeetingFactory(
        slug="2023",
        start_date=datetime.date(2023, 5, 2),
        end_date=datetime.date(2023, 5, 3),
    )

    response = admin_client.get("/admin/events/meeting/?start_date__year=2023")

    assert [m.slug for m in response.context["cl"].result_list] == ["2023"]
    assert response.context["cl"].date_hierarchy == "start_date"


def test_meeting_list_counts_sessions(admin_client):
    meeting = MeetingFactory()
    SessionFactory.create_batch(3, meeting=meeting)
    MeetingFactory()

    response = admin_client.get("/admin/events/meeting/?o=8")

    assert [m.session_total for m in response.context["cl"].result_list] == [0, 3]


def test_session_search_finds_sessions_by_their_meeting_name(admin_client):
    meeting = MeetingFactory(name_en="Open Americas", name_es="América Abierta")
    SessionFactory(meeting=meeting, slug="found")
    SessionFactory(slug="other")

    response = admin_client.get("/admin/events/session/?q=america+abierta")

    assert [s.slug for s in response.context["cl"].result_list] == ["found"]


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "Nothing was saved: the meeting’s new dates and its sessions’ new"),
        ("es", "No se guardó nada: las nuevas fechas del encuentro y las nuevas"),
    ],
)
def test_moving_a_meeting_and_its_sessions_past_each_other_in_one_save_is_refused(
    admin_client, language, message
):
    session = SessionFactory(starts_at=_at(27, 14))
    url = f"/admin/events/meeting/{session.meeting.pk}/change/"
    data = change_form_data(admin_client.get(url))
    data.update(
        {
            "start_date": "2023-09-26",
            "end_date": "2023-09-29",
            "sessions-0-starts_at_0": "2023-09-27",
        }
    )

    response = admin_client.post(url, data, HTTP_ACCEPT_LANGUAGE=language)

    assert (response.status_code, response["Location"]) == (302, url)
    page = admin_client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert message in page
    assert Meeting.objects.get().start_date == datetime.date(2022, 9, 26)
    assert Session.objects.get().starts_at == _at(27, 14)


def test_a_meetings_days_carry_no_server_clock_note(admin_client):
    """A day is the same on every clock: the date inputs hold the empty note that
    keeps the admin's script from adding "You are N hours ahead of server time"."""
    meeting = MeetingFactory(start_date=datetime.date(2022, 9, 26))

    html = admin_client.get(f"/admin/events/meeting/{meeting.pk}/change/").content
    html = html.decode()

    assert (
        'name="start_date" value="2022-09-26" class="vDateField" size="10" '
        'required id="id_start_date">\n<span class="timezonewarning" hidden></span>'
    ) in html
