"""Midnight turns "upcoming" into "past" everywhere, with the response cache on.

Open Americas 2022 ended on 29 September 2022. Until midnight of that day (UTC, the
site's time zone) it is upcoming; a second later it is past: in the API's
``?when=`` lists and their counts, on the meetings page, on the home page and in
the ETags, although no content changed and every answer was cached the day before.
"""

import datetime

import pytest
import time_machine

from tests.factories import MeetingFactory

pytestmark = pytest.mark.django_db

BEFORE_MIDNIGHT = datetime.datetime(2022, 9, 29, 23, 59, 50, tzinfo=datetime.UTC)
AFTER_MIDNIGHT = datetime.datetime(2022, 9, 30, 0, 0, 10, tzinfo=datetime.UTC)
UPCOMING = "/api/v1/meetings/?when=upcoming"
PAST = "/api/v1/meetings/?when=past"


@pytest.fixture
def meeting(settings):
    settings.RESPONSE_CACHE = True
    with time_machine.travel(datetime.datetime(2022, 9, 1, tzinfo=datetime.UTC)):
        return MeetingFactory(
            slug="open-americas-2022",
            name_en="Open Americas",
            start_date=datetime.date(2022, 9, 26),
            end_date=datetime.date(2022, 9, 29),
        )


def slugs_and_count(client, path):
    body = client.get(path).json()
    return [row["slug"] for row in body["results"]], body["count"]


def section_of(html, slug, headings):
    """The heading of the page section that lists the meeting ``slug``."""
    position = html.index(f"/meetings/{slug}/")
    found = [(html.rfind(heading, 0, position), heading) for heading in headings]
    return max(found)[1]


def test_the_api_lists_and_counts_turn_over_at_midnight(client, meeting):
    with time_machine.travel(BEFORE_MIDNIGHT, tick=False):
        assert slugs_and_count(client, UPCOMING) == (["open-americas-2022"], 1)
        assert slugs_and_count(client, PAST) == ([], 0)
        assert client.get(UPCOMING)["X-Cache"] == "hit"
    with time_machine.travel(AFTER_MIDNIGHT, tick=False):
        assert slugs_and_count(client, UPCOMING) == ([], 0)
        assert slugs_and_count(client, PAST) == (["open-americas-2022"], 1)


def test_the_etag_of_yesterday_no_longer_matches(client, meeting):
    with time_machine.travel(BEFORE_MIDNIGHT, tick=False):
        etag = client.get(UPCOMING)["ETag"]
        assert client.get(UPCOMING, headers={"if-none-match": etag}).status_code == 304
    with time_machine.travel(AFTER_MIDNIGHT, tick=False):
        response = client.get(UPCOMING, headers={"if-none-match": etag})
        assert response.status_code == 200
        assert response["ETag"] != etag
        # Neither may a copy dated yesterday be taken as current.
        stale = "Thu, 29 Sep 2022 23:59:50 GMT"
        response = client.get(UPCOMING, headers={"if-modified-since": stale})
        assert response.status_code == 200
        assert response["Last-Modified"] == "Fri, 30 Sep 2022 00:00:00 GMT"


def test_the_meetings_page_moves_the_meeting_to_past(client, meeting):
    headings = ["<h3>Upcoming<", "<h3>Past<"]
    with time_machine.travel(BEFORE_MIDNIGHT, tick=False):
        html = client.get("/en/meetings/").content.decode()
        assert section_of(html, "open-americas-2022", headings) == "<h3>Upcoming<"
        assert client.get("/en/meetings/")["X-Cache"] == "hit"
    with time_machine.travel(AFTER_MIDNIGHT, tick=False):
        response = client.get("/en/meetings/")
        assert response["X-Cache"] == "miss"
        html = response.content.decode()
        assert section_of(html, "open-americas-2022", headings) == "<h3>Past<"


def test_the_home_page_stops_announcing_it(client, meeting):
    with time_machine.travel(BEFORE_MIDNIGHT, tick=False):
        html = client.get("/es/").content.decode()
        assert "Todavía no se ha anunciado" not in html
    with time_machine.travel(AFTER_MIDNIGHT, tick=False):
        html = client.get("/es/").content.decode()
        assert "Todavía no se ha anunciado" in html
