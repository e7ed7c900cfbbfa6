"""An Editor types a session's times in a browser whose clock is in a third time
zone (Tokyo), on a server that runs in UTC, for a meeting in Santo Domingo: the
public page, the API and the calendar file all say what was typed."""

import datetime
import json
from pathlib import Path

import icalendar
import pytest

from events.models import Session
from tests.browser_checks import PageWatch
from tests.conftest import EDITOR_PASSWORD
from tests.factories import MeetingFactory, SessionFactory
from tests.screenshots import save_screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).parents[1] / "browser" / "vendor" / "axe-core" / "axe.min.js"
NO_PROBLEMS = {
    "console errors": [],
    "page errors": [],
    "CSP violations": [],
    "failed requests": [],
}


@pytest.fixture
def open_americas(db):
    meeting = MeetingFactory(
        slug="open-americas-2022",
        name_en="Open Americas 2022",
        name_es="América Abierta 2022",
    )
    SessionFactory(meeting=meeting, slug="peer-exchange", title_en="Peer exchange")
    return meeting


def unnamed_time_inputs(page):
    """The session date and time inputs axe finds without an accessible name."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("axe.run(document, {runOnly: ['label']})")
    return [
        node["target"]
        for violation in result["violations"]
        for node in violation["nodes"]
        if "starts_at" in str(node["target"]) or "ends_at" in str(node["target"])
    ]


def test_times_typed_in_a_browser_in_tokyo_are_the_meeting_times_everywhere(
    browser, site, screenshots, editor, open_americas
):
    context = browser.new_context(
        locale="en-GB",
        timezone_id="Asia/Tokyo",
        viewport={"width": 1280, "height": 900},
        bypass_csp=True,  # axe is injected by the test, whatever policy the site sets
    )
    watch = PageWatch(context.new_page(), site.url)
    page = watch.page
    assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == (
        "Asia/Tokyo"
    )

    watch.visit("/admin/login/?next=/admin/")
    page.get_by_label("Username:").fill("editora")
    page.get_by_label("Password:").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{site.url}/admin/")

    # The meeting's programme: every date and time input has a name, and the
    # form says which clock the times are on.
    watch.visit(f"/admin/events/meeting/{open_americas.pk}/change/")
    assert unnamed_time_inputs(page) == []
    # No "You are 9 hours ahead of server time": these inputs are not on the
    # server's clock.
    assert page.locator("#sessions-0").get_by_text("server time").count() == 0
    assert page.locator("#sessions-0").get_by_text("Times are in").inner_text() == (
        "Times are in Santo Domingo time (America/Santo_Domingo, UTC−4)."
    )
    page.get_by_role("textbox", name="Starts at — date").fill("2022-09-27")
    page.get_by_role("textbox", name="Starts at — time").fill("09:00")
    page.get_by_role("textbox", name="Ends at — date").fill("2022-09-27")
    page.get_by_role("textbox", name="Ends at — time").fill("10:30")
    save_screenshot(page, screenshots / "01-typed.png")
    page.locator("input[name=_continue]").click()
    page.wait_for_load_state()
    assert page.locator(".messagelist .success").count() == 1
    save_screenshot(page, screenshots / "02-saved.png")

    # Stored as the moment it is; shown back as typed.
    session = Session.objects.get()
    assert (session.starts_at, session.ends_at) == (
        datetime.datetime(2022, 9, 27, 13, tzinfo=datetime.UTC),
        datetime.datetime(2022, 9, 27, 14, 30, tzinfo=datetime.UTC),
    )
    assert [
        page.get_by_role("textbox", name=name).input_value()
        for name in ("Starts at — time", "Ends at — time")
    ] == ["09:00:00", "10:30:00"]

    # The public page.
    watch.visit("/en/meetings/open-americas-2022/")
    card = page.locator("#session-peer-exchange")
    times = card.locator("time")
    assert times.all_inner_texts() == ["09:00", "10:30"]
    assert [times.nth(i).get_attribute("datetime") for i in range(2)] == [
        "2022-09-27T13:00:00+00:00",
        "2022-09-27T14:30:00+00:00",
    ]
    assert page.get_by_text("Times are in").inner_text() == (
        "Times are in Santo Domingo time (UTC−4)."
    )
    save_screenshot(page, screenshots / "03-public-page.png")

    # The API.
    answer = context.request.get(
        f"{site.url}/api/v1/meetings/open-americas-2022/sessions/peer-exchange/"
    )
    data = answer.json()
    assert (data["starts_at"], data["ends_at"], data["timezone"]) == (
        "2022-09-27T09:00:00-04:00",
        "2022-09-27T10:30:00-04:00",
        "America/Santo_Domingo",
    )

    # The calendar file: on the meeting's clock, with its zone.
    download = context.request.get(
        f"{site.url}/en/meetings/open-americas-2022/sessions/peer-exchange/calendar.ics"
    )
    event = icalendar.Calendar.from_ical(download.body()).walk("VEVENT")[0]
    starts, ends = event.decoded("dtstart"), event.decoded("dtend")
    assert (starts.replace(tzinfo=None), ends.replace(tzinfo=None)) == (
        datetime.datetime(2022, 9, 27, 9),
        datetime.datetime(2022, 9, 27, 10, 30),
    )
    assert event["dtstart"].params["TZID"] == "America/Santo_Domingo"
    assert (starts.astimezone(datetime.UTC), ends.astimezone(datetime.UTC)) == (
        datetime.datetime(2022, 9, 27, 13, tzinfo=datetime.UTC),
        datetime.datetime(2022, 9, 27, 14, 30, tzinfo=datetime.UTC),
    )

    problems = watch.problems()
    context.close()
    assert problems == NO_PROBLEMS, json.dumps(problems, indent=1)
