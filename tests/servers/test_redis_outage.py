"""Redis stopped under `make serve`: pages and API answers go on, uncached, the log
and /healthz say the cache is unavailable, and hits come back with Redis."""

import re

from tests.servers.conftest import wait_until

PAGES = ["/en/", "/es/members/", "/en/meetings/open-americas-2022/"]
API = ["/api/v1/reforms/", "/api/v1/jurisdictions/?format=csv"]
ADDRESSES = PAGES + API
# Not requested before Redis stops: no worker holds a copy, so serving them must
# go to Redis.
FRESH = ["/en/reforms/", "/api/v1/themes/"]
SECONDS_WHILE_DOWN = 2.0


def warm(site, path):
    """Request ``path`` until it is a hit (a miss, then a hit from Redis or the
    worker's copy), at most five times; the body of the hit."""
    for _ in range(5):
        answer = site.get(path)
        assert answer.status == 200, (path, answer)
        if answer.headers["X-Cache"] == "hit":
            return answer.body
    raise AssertionError(f"{path} was never a cache hit")


def test_redis_stopped_pages_and_api_still_served_then_hits_come_back(redis_site):
    site, redis = redis_site, redis_site.redis
    bodies = {path: warm(site, path) for path in ADDRESSES}
    assert int(redis.command("DBSIZE").lstrip(":")) >= 2 * len(ADDRESSES)

    redis.kill()
    assert not redis.answers()

    # Every answer is whole and fast, twice over (each worker, either from its own
    # short-lived copy or freshly rendered).
    for _ in range(2):
        for path in ADDRESSES:
            answer = site.get(path, timeout=10)
            assert answer.status == 200, (path, answer)
            assert answer.seconds < SECONDS_WHILE_DOWN, (path, answer)
            assert len(answer.body) == len(bodies[path]), path
    for path in FRESH:
        for _ in range(3):
            answer = site.get(path, timeout=10)
            assert answer.status == 200, (path, answer)
            assert answer.seconds < SECONDS_WHILE_DOWN, (path, answer)
    assert site.get("/en/").text.rstrip().endswith("</html>")
    csv = site.get("/api/v1/jurisdictions/?format=csv")
    assert csv.body == bodies["/api/v1/jurisdictions/?format=csv"]

    # django-redis' own line (IGNORE_EXCEPTIONS), on our logger, once per worker
    # and half minute, naming the Redis that refused.
    log = site.output()
    cache_lines = [line for line in log.splitlines() if " common.caching: " in line]
    assert 1 <= len(cache_lines) <= 2, cache_lines
    assert all(
        line.endswith("common.caching: Exception ignored") for line in cache_lines
    )
    assert (
        f"Redis ConnectionError: Error 111 connecting to 127.0.0.1:{redis.port}. "
        "Connection refused." in log
    )
    assert not re.search(r"^access .* 5\d\d$", log, re.MULTILINE)

    # /healthz is answered by either worker; each says what it saw itself.
    def degraded():
        answer = site.get("/healthz")
        assert answer.status == 200
        return answer.text if answer.text.startswith("degraded") else None

    health = wait_until(degraded, seconds=5, what="/healthz saying degraded")
    lines = health.splitlines()
    assert lines[0] == "degraded"
    assert re.fullmatch(r"cache: unavailable \d+ s ago", lines[1]), lines

    redis.start()
    path = "/api/v1/meetings/?page_size=2"
    assert site.get(path).headers["X-Cache"] == "miss"
    assert site.get(path).headers["X-Cache"] == "hit"
    # The answer is in Redis again, not only in one worker's copy.
    assert int(redis.command("DBSIZE").lstrip(":")) >= 2
    # The warmed addresses are still whole (each worker's copy, or a new render).
    for path in ADDRESSES:
        assert len(warm(site, path)) == len(bodies[path]), path
