"""Limits that hold under concurrency, on `make serve` (gunicorn, two workers of
four threads, DEBUG off) with PostgreSQL and a private Redis: 32 clients at once
against a limit of 100 get exactly 100 answers through, for distinct uncached
addresses and for answers from the response cache alike; the admin sign-in lets
exactly AXES_FAILURE_LIMIT concurrent guesses reach authentication."""

import json
import re
import subprocess
import urllib.parse
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.servers.conftest import SHARED_PG, RedisServer, ScratchDatabase, Site, get

LIMIT = 100
CLIENTS = 32
REQUESTS = 250
FAILURE_LIMIT = 5
DETAIL = re.compile(r"Request was throttled\. Expected available in (\d+) seconds?\.")


@pytest.fixture(scope="module")
def limited_site(tmp_path_factory):
    """Demo content served with API_ANON_RATE=100/hour, behind one trusted proxy
    (X-Forwarded-For names the client), counting in a private Redis."""
    database = ScratchDatabase("limits").create()
    redis = RedisServer().start()
    site = Site(
        database_url=database.url,
        log=tmp_path_factory.mktemp("limited_site") / "server.log",
        CACHE_URL=redis.url,
        API_ANON_RATE=f"{LIMIT}/hour",
        AXES_FAILURE_LIMIT=str(FAILURE_LIMIT),
        TRUSTED_PROXY_COUNT="1",
    )
    site.database = database
    try:
        site.start()
        yield site
    finally:
        site.stop()
        redis.stop()
        database.drop()


def as_client(address):
    return {"X-Forwarded-For": address}


def all_at_once(site, paths, *, client):
    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        return list(
            pool.map(lambda path: site.get(path, headers=as_client(client)), paths)
        )


def assert_refusals_say_when(answers):
    for answer in answers:
        assert answer.status == 429, answer
        seconds = int(answer.headers["Retry-After"])
        assert 1 <= seconds <= 3600
        detail = json.loads(answer.body)["detail"]
        assert DETAIL.fullmatch(detail).group(1) == str(seconds)


def test_distinct_uncached_requests_get_exactly_the_limit_through(limited_site):
    paths = [f"/api/v1/jurisdictions/?page_size={n}" for n in range(1, 101)] + [
        f"/api/v1/themes/?page_size={n}" for n in range(1, REQUESTS - 99)
    ]
    assert len(set(paths)) == REQUESTS

    answers = all_at_once(limited_site, paths, client="198.51.100.1")

    counts = Counter(answer.status for answer in answers)
    assert counts == {200: LIMIT, 429: REQUESTS - LIMIT}
    assert {a.headers["X-Cache"] for a in answers if a.status == 200} == {"miss"}
    assert_refusals_say_when([a for a in answers if a.status == 429])


def test_answers_from_the_response_cache_are_counted_too(limited_site):
    path = "/api/v1/reforms/"
    # Another client stores the answer: every one of this client's is a hit.
    warmed = [limited_site.get(path, headers=as_client("198.51.100.9"))]
    assert warmed[0].status == 200

    answers = all_at_once(limited_site, [path] * REQUESTS, client="198.51.100.2")

    counts = Counter(answer.status for answer in answers)
    assert counts == {200: LIMIT, 429: REQUESTS - LIMIT}
    assert {a.headers["X-Cache"] for a in answers if a.status == 200} == {"hit"}
    assert_refusals_say_when([a for a in answers if a.status == 429])


def recorded_failures(site, username):
    """django-axes' count of failures that reached authentication."""
    return int(
        subprocess.run(
            [
                "psql",
                "-h",
                SHARED_PG["host"],
                "-p",
                str(SHARED_PG["port"]),
                "-U",
                SHARED_PG["user"],
                "-d",
                site.database.name,
                "-At",
                "-c",
                "SELECT coalesce(sum(failures_since_start), 0) FROM "
                f"axes_accessattempt WHERE username = '{username}'",
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )


def sign_in(site, form, cookie):
    request = urllib.request.Request(
        site.base + "/admin/login/",
        data=urllib.parse.urlencode(form).encode(),
        headers={**as_client("198.51.100.3"), "Cookie": cookie},
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


def test_concurrent_wrong_passwords_reach_authentication_limit_times(limited_site):
    page = get(limited_site.base, "/admin/login/", headers=as_client("198.51.100.3"))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
    cookie = page.headers["Set-Cookie"].split(";")[0]
    form = {
        "csrfmiddlewaretoken": token.group(1),
        "username": "nadie",
        "password": "not-the-password",
    }

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        answers = list(
            pool.map(lambda _n: sign_in(limited_site, form, cookie), range(CLIENTS))
        )

    assert recorded_failures(limited_site, "nadie") == FAILURE_LIMIT
    statuses = Counter(status for status, _headers, _body in answers)
    assert set(statuses) <= {200, 429}
    assert statuses[429] >= CLIENTS - FAILURE_LIMIT
    for status, headers, body in answers:
        if status == 429:
            assert 1 <= int(headers["Retry-After"]) <= 3600
            assert "You can try again in " in body
