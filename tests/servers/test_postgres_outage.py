"""PostgreSQL paused, restarted, or its connections terminated, under `make serve`:
a clear 503 well within gunicorn's timeout while it does not answer, and 200s
again as soon as it does, without restarting gunicorn; never a 500."""

import json
import re
import signal
import time

import pytest

from tests.servers.conftest import PrivateCluster, Site, wait_until

PAGE = "/es/members/"
API = "/api/v1/reforms/"
ROUND = [
    "/en/",
    "/es/members/",
    "/en/meetings/open-americas-2022/",
    "/en/reforms/",
    "/api/v1/reforms/",
    "/api/v1/jurisdictions/?format=csv",
    "/api/v1/meetings/",
    "/api/v1/themes/",
]
# DATABASE_REQUEST_TIMEOUT (the watchdog) + DATABASE_CONNECT_TIMEOUT, and room.
FAIL_WITHIN_SECONDS = 8.0


@pytest.fixture(scope="module")
def cluster():
    cluster = PrivateCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module")
def site(cluster, tmp_path_factory):
    site = Site(
        database_url=cluster.url,
        log=tmp_path_factory.mktemp("postgres_site") / "server.log",
        RESPONSE_CACHE="false",
        DATABASE_REQUEST_TIMEOUT="3",
        DATABASE_CONNECT_TIMEOUT="2",
    )
    try:
        yield site.start()
    finally:
        site.stop()


def warm(site, times=3):
    """Every address of ROUND ``times`` over: each worker thread that answers
    keeps its connection (CONN_MAX_AGE=60)."""
    for _ in range(times):
        for path in ROUND:
            answer = site.get(path)
            assert answer.status == 200, (path, answer)


def app_connections(cluster):
    return int(
        cluster.sql(
            "SELECT count(*) FROM pg_stat_activity "
            f"WHERE datname = '{cluster.database}' AND pid <> pg_backend_pid()"
        )
    )


def assert_service_unavailable_page(answer):
    assert answer.status == 503
    assert answer.headers["Retry-After"] == "30"
    assert answer.headers["Content-Type"] == "text/html; charset=utf-8"
    assert '<html lang="es">' in answer.text
    assert "<h1>No disponible por unos momentos</h1>" in answer.text
    request_id = answer.headers["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    assert f'<code class="request-id">{request_id}</code>' in answer.text


def assert_service_unavailable_json(answer):
    assert answer.status == 503
    assert answer.headers["Retry-After"] == "30"
    assert answer.headers["Content-Type"] == "application/json"
    assert json.loads(answer.body) == {
        "detail": "The service is briefly unavailable. Please try again in a minute.",
        "request_id": answer.headers["X-Request-ID"],
    }


def test_postgres_paused_requests_fail_fast_with_503_then_recover(site, cluster):
    warm(site)
    assert app_connections(cluster) >= 1

    cluster.signal_all(signal.SIGSTOP)
    try:
        # First round: open connections that no longer answer (the watchdog
        # cuts them off); second round: new connections that cannot connect.
        timings = []
        for _ in range(2):
            page = site.get(PAGE, timeout=25)
            assert_service_unavailable_page(page)
            api = site.get(API, timeout=25)
            assert_service_unavailable_json(api)
            timings += [page.seconds, api.seconds]
        assert max(timings) < FAIL_WITHIN_SECONDS, timings
        print(f"\n503 while paused after {', '.join(f'{t:.1f}' for t in timings)} s")
        health = site.get("/healthz", timeout=5)
        assert health.status == 200
    finally:
        cluster.signal_all(signal.SIGCONT)
    resumed = time.monotonic()

    def serving():
        return all(site.get(path, timeout=10).status == 200 for path in (PAGE, API))

    wait_until(serving, seconds=15, interval=0.2, what="200s after SIGCONT")
    print(f"200 again {time.monotonic() - resumed:.1f} s after SIGCONT")
    for path in ROUND:
        assert site.get(path).status == 200, path
    assert "The database did not answer within 3.0 s: connection cut off." in (
        site.output()
    )


def test_postgres_connections_terminated_no_500_afterwards(site, cluster):
    warm(site)
    assert app_connections(cluster) >= 1

    terminated = cluster.sql(
        "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        f" WHERE datname = '{cluster.database}' AND pid <> pg_backend_pid()) AS t"
    )
    assert int(terminated) >= 1

    statuses = [site.get(path).status for path in ROUND * 3]
    assert statuses == [200] * len(ROUND) * 3


def test_postgres_restarted_no_500_afterwards(site, cluster):
    warm(site)
    assert app_connections(cluster) >= 1

    cluster.restart()

    statuses = [site.get(path).status for path in ROUND * 3]
    assert statuses == [200] * len(ROUND) * 3
