"""The clock crosses midnight under `make serve`: two gunicorn workers sharing a
private Redis, the response cache on.

Open Americas 2022 (26–29 September 2022, demo/data/meetings.yaml) is upcoming on the
evening of its last day and past a minute later ("upcoming" means "ends today or
later": events/selectors.py, events/filters.py), in the API's ``when=upcoming``
and ``when=past`` lists (results and count), on the meetings page and on the home
page; ETag and Last-Modified move with the date. Both workers had answered every
address from the cache before midnight, so the new answers prove that neither
Redis nor a worker's own copy serves yesterday's.

Only gunicorn runs on a fake clock: libfaketime (Debian's ``faketime``, which
`make test-tools` installs) is preloaded into `make serve` and reads the time from
a file that the test rewrites while the server runs. PostgreSQL and Redis, not
started by `make serve`, keep the real clock.
"""

import datetime
import email.utils
import json
import re
import uuid
import zoneinfo
from concurrent.futures import ThreadPoolExecutor
from itertools import chain
from pathlib import Path

import pytest
from django.conf import settings

from tests.servers.conftest import (
    SHARED_PG,
    RedisServer,
    ScratchDatabase,
    Site,
    run,
    wait_until,
)

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1")
SITE_ZONE = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def site_time(*fields):
    """A moment in the site's time zone (TIME_ZONE)."""
    return datetime.datetime(*fields, tzinfo=SITE_ZONE)


STARTING = site_time(2022, 9, 29, 23, 55)  # while `make serve` starts
EVENING = site_time(2022, 9, 29, 23, 59, 30)  # the last day of Open Americas 2022
MIDNIGHT = site_time(2022, 9, 30)
MORNING = site_time(2022, 9, 30, 0, 0, 30)
# The content last changed weeks before, so Last-Modified is the last midnight.
CONTENT_CHANGED = "2022-09-01 10:00:00+00"

OPEN_AMERICAS = "open-americas-2022"
EUROPE = "europe-regional-meeting-2022"  # 11–12 October 2022
AFRICA = "africa-middle-east-regional-meeting-2022"  # 1–3 November 2022

UPCOMING_API = "/api/v1/meetings/?when=upcoming"
PAST_API = "/api/v1/meetings/?when=past"
MEETINGS_PAGE = "/en/meetings/"
HOME_PAGE = "/en/"
ADDRESSES = [UPCOMING_API, PAST_API, MEETINGS_PAGE, HOME_PAGE]

# API: (count, slugs, most recent first); meetings page: (heading, Upcoming list,
# Past list or None when it has no Past section); home page: (Next meetings,
# Latest meetings, whether Latest says none has taken place).
EVENING_ANSWERS = {
    UPCOMING_API: (3, [AFRICA, EUROPE, OPEN_AMERICAS]),
    PAST_API: (0, []),
    MEETINGS_PAGE: ("3 meetings", [OPEN_AMERICAS, EUROPE, AFRICA], None),
    HOME_PAGE: ([OPEN_AMERICAS, EUROPE, AFRICA], [], True),
}
MORNING_ANSWERS = {
    UPCOMING_API: (2, [AFRICA, EUROPE]),
    PAST_API: (1, [OPEN_AMERICAS]),
    MEETINGS_PAGE: ("3 meetings", [EUROPE, AFRICA], [OPEN_AMERICAS]),
    HOME_PAGE: ([EUROPE, AFRICA], [OPEN_AMERICAS], False),
}

# At most this many requests for both workers to have answered an address with a
# hit: the kernel gives each new connection to whichever worker accepts it first,
# and on a busy machine one worker can win sixty sequential accepts in a row. The
# requests go out BATCH at a time, so that one worker is still busy with its
# share when the others arrive.
MAX_TRIES = 240
BATCH = 8


class FakeClock:
    """libfaketime's timestamp file. ``set(moment)``: every process preloading the
    library reads the file at each clock call (FAKETIME_NO_CACHE), so its clock
    shows ``moment`` at once and runs on from there at the real pace. Its monotonic
    clock jumps by as much (libfaketime fakes it too; sparing it, with
    FAKETIME_DONT_FAKE_MONOTONIC, makes Python's time.sleep fail with EINVAL)."""

    def __init__(self, folder):
        self.file = Path(folder) / "faketime"

    def set(self, moment):
        # libfaketime reads "@YYYY-MM-DD hh:mm:ss" in the process' TZ: UTC below.
        utc = moment.astimezone(datetime.UTC)
        self.file.write_text(utc.strftime("@%Y-%m-%d %H:%M:%S\n"))

    def environment(self):
        return {
            "LD_PRELOAD": str(LIBFAKETIME),
            "FAKETIME_TIMESTAMP_FILE": str(self.file),
            "FAKETIME_NO_CACHE": "1",
            # File times stay real: make, collectstatic and gunicorn's worker
            # heartbeat file compare them.
            "NO_FAKE_STAT": "1",
            "TZ": "UTC",
        }


def psql(database, statement):
    return (
        run(
            "psql",
            "-h",
            SHARED_PG["host"],
            "-p",
            str(SHARED_PG["port"]),
            "-U",
            SHARED_PG["user"],
            "-d",
            database.name,
            "-At",
            "-c",
            statement,
        )
        .stdout.decode()
        .strip()
    )


@pytest.fixture(scope="module")
def clock_site(tmp_path_factory):
    """Demo content served by `make serve` on a fake clock, two workers sharing a
    private Redis; ``site.clock`` moves the clock."""
    if not LIBFAKETIME.exists():
        pytest.fail(f"{LIBFAKETIME} is missing: `make test-tools` installs it")
    folder = tmp_path_factory.mktemp("clock_site")
    database = ScratchDatabase("clock").create()
    psql(database, f"UPDATE common_contentversion SET changed_at = '{CONTENT_CHANGED}'")
    redis = RedisServer().start()
    clock = FakeClock(folder)
    clock.set(STARTING)
    site = Site(
        database_url=database.url,
        log=folder / "server.log",
        CACHE_URL=redis.url,
        RESPONSE_CACHE="true",
        # The arbiter takes a worker for hung when its heartbeat is older than
        # this on the monotonic clock, which jumps with the fake one (the moves
        # below are of ten minutes at most).
        GUNICORN_TIMEOUT="900",
        preload={
            **clock.environment(),
            # The access log also gives each answer's X-Request-ID.
            "GUNICORN_CMD_ARGS": "--access-logformat "
            "'access pid=%(p)s %(r)s %(s)s rid=%({x-request-id}o)s'",
        },
    )
    site.clock, site.redis, site.database = clock, redis, database
    try:
        site.start()
        yield site
    finally:
        site.stop()
        redis.stop()
        database.drop()


def ask(site, path, **headers):
    """``(answer, pid of the worker that sent it)``: each request carries an
    X-Request-ID of its own, which the access log line of its answer gives."""
    request_id = uuid.uuid4().hex
    answer = site.get(path, headers={"X-Request-ID": request_id, **headers})
    assert answer.headers["X-Request-ID"] == request_id

    def logged_pid():
        for line in site.output().splitlines():
            if line.startswith("access pid=") and line.endswith(f" rid={request_id}"):
                return int(line.split("pid=<")[1].split(">")[0])
        return None

    return answer, wait_until(logged_pid, seconds=5, what=f"the log of {request_id}")


def batches(site, path):
    """``ask(site, path)`` BATCH at a time, up to MAX_TRIES; one list per batch."""
    with ThreadPoolExecutor(max_workers=BATCH) as pool:
        for _ in range(MAX_TRIES // BATCH):
            yield list(pool.map(lambda _: ask(site, path), range(BATCH)))


def the_two_workers(site):
    workers = set()
    for batch in batches(site, "/healthz"):
        workers.update(pid for _answer, pid in batch)
        if len(workers) == 2:
            return workers
    raise AssertionError(f"only {workers} answered {MAX_TRIES} requests")


def until_both_workers_hit(site, path):
    """``[(answer, pid), …]`` for ``path`` until both workers sent a cache hit."""
    # The first request goes alone, so that it is the one that fills the cache.
    answers, hit_by = [], set()
    for batch in chain([[ask(site, path)]], batches(site, path)):
        for answer, pid in batch:
            assert answer.status == 200, (path, answer)
            answers.append((answer, pid))
            if answer.headers["X-Cache"] == "hit":
                hit_by.add(pid)
        if len(hit_by) == 2:
            return answers
    raise AssertionError(f"{path}: hits only from {hit_by} in {MAX_TRIES} requests")


def slugs(html):
    return re.findall(r'data-result="([^"]+)"', html)


def between(html, start, end):
    return html.split(start, 1)[1].split(end, 1)[0]


def what_it_says(path, answer):
    """The meetings an answer lists, as EVENING_ANSWERS and MORNING_ANSWERS say."""
    if path in (UPCOMING_API, PAST_API):
        body = json.loads(answer.body)
        return body["count"], [meeting["slug"] for meeting in body["results"]]
    html = answer.text
    if path == MEETINGS_PAGE:
        results = between(html, '<h2 id="results-heading" tabindex="-1">', "</section>")
        heading = results.split("</h2>", 1)[0].strip()
        upcoming = between(results, "<h3>Upcoming</h3>", "<h3>Past</h3>")
        past = slugs(results.split("<h3>Past</h3>")[1]) if "<h3>Past" in html else None
        return heading, slugs(upcoming), past
    upcoming = between(html, 'aria-labelledby="next-heading"', "</section>")
    latest = between(html, 'aria-labelledby="recent-heading"', "</section>")
    return slugs(upcoming), slugs(latest), "No meeting has taken place yet." in latest


def sent_at(answer):
    """The Date header: the clock of the worker that sent ``answer``."""
    return email.utils.parsedate_to_datetime(answer.headers["Date"])


def max_age(answer):
    return int(re.search(r"max-age=(\d+)", answer.headers["Cache-Control"])[1])


def serve_every_address(site, workers, expected, *, after, before):
    """Each address until both workers have sent it from the cache: every answer
    as ``expected``, sent between ``after`` and ``before`` by one of ``workers``,
    the first made afresh (a miss). Each address' one ETag and Last-Modified,
    whichever worker sent it, hit or miss."""
    validators = {}
    for path in ADDRESSES:
        answers = until_both_workers_hit(site, path)
        assert {pid for _answer, pid in answers} == workers, path
        assert answers[0][0].headers["X-Cache"] == "miss", path
        for answer, _pid in answers:
            assert what_it_says(path, answer) == expected[path], path
            assert after <= sent_at(answer) < before, (path, answer.headers["Date"])
        (etag,) = {answer.headers["ETag"] for answer, _pid in answers}
        (modified,) = {answer.headers["Last-Modified"] for answer, _pid in answers}
        validators[path] = etag, modified
    return validators


def test_open_americas_turns_past_at_midnight_on_both_workers(clock_site):
    """At 23:59:30 on 29 September 2022 Open Americas is upcoming on every address,
    from both workers, from the cache; at 00:00:30 it is past on every address,
    from both workers, with a new ETag and Last-Modified."""
    site = clock_site
    # Only gunicorn is on the fake clock; PostgreSQL and Redis are on the real one.
    assert psql(site.database, "SELECT now()::date") == str(datetime.date.today())
    redis_clock = int(site.redis.command("TIME").split()[2])
    assert abs(redis_clock - datetime.datetime.now().timestamp()) < 60
    assert "libfaketime" not in Path(f"/proc/{site.redis.process.pid}/maps").read_text()
    workers = the_two_workers(site)
    for pid in workers:
        assert "libfaketime" in Path(f"/proc/{pid}/maps").read_text(), pid

    site.clock.set(EVENING)
    evening = serve_every_address(
        site, workers, EVENING_ANSWERS, after=EVENING, before=MIDNIGHT
    )
    assert int(site.redis.command("DBSIZE").lstrip(":")) >= 2 * len(ADDRESSES)
    for path, (etag, modified) in evening.items():
        assert modified == "Thu, 29 Sep 2022 00:00:00 GMT", path
        assert ask(site, path, **{"If-None-Match": etag})[0].status == 304, path
    # An API answer made at 23:59:30 or later may be reused until midnight only
    # (an address not asked yet, so that it is made now).
    answer, _pid = ask(site, "/api/v1/meetings/?when=upcoming&page=1")
    assert answer.headers["X-Cache"] == "miss"
    seconds_left = (MIDNIGHT - sent_at(answer)).total_seconds()
    assert seconds_left - 1 <= max_age(answer) <= seconds_left <= 30

    site.clock.set(MORNING)
    morning = serve_every_address(
        site,
        workers,
        MORNING_ANSWERS,
        after=MORNING,
        before=MORNING + datetime.timedelta(minutes=5),
    )
    for path, (etag, modified) in morning.items():
        assert etag != evening[path][0], path
        assert modified == "Fri, 30 Sep 2022 00:00:00 GMT", path
        # A client revalidating last night's answer gets this morning's.
        answer, _pid = ask(site, path, **{"If-None-Match": evening[path][0]})
        assert answer.status == 200, path
        assert answer.headers["ETag"] == etag, path
        assert what_it_says(path, answer) == MORNING_ANSWERS[path], path
    assert ask(site, UPCOMING_API)[0].headers["Cache-Control"] == "public, max-age=300"
    assert not re.search(r"^access .* 5\d\d rid=", site.output(), re.MULTILINE)


def test_a_cache_hit_just_before_midnight_may_be_reused_until_midnight_only(
    clock_site,
):
    """An API answer stored at 23:50 (max-age=300) and sent from the cache at
    23:59:55 may be reused for 5 s, not for five minutes into the next day."""
    site = clock_site
    path = "/api/v1/meetings/?when=upcoming&page_size=5"
    site.clock.set(site_time(2022, 9, 29, 23, 50))
    stored, _pid = ask(site, path)
    assert (stored.headers["X-Cache"], max_age(stored)) == ("miss", 300)

    site.clock.set(site_time(2022, 9, 29, 23, 59, 55))
    hit, _pid = ask(site, path)
    assert hit.headers["X-Cache"] == "hit"
    seconds_left = (MIDNIGHT - sent_at(hit)).total_seconds()
    assert max_age(hit) <= seconds_left, hit.headers["Cache-Control"]
