"""The atomic counter every limit uses (common/http/rate_limit.py), on the real
Redis: concurrent hits each get a count of their own, so exactly the limit gets
through, however many threads ask at once."""

import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
from django.test import RequestFactory

from common.http import rate_limit

REDIS_URL = "redis://127.0.0.1:6379/11"


@pytest.fixture
def redis_cache(settings):
    """The real Redis server on this machine as the shared cache, as production
    configures it (settings.py): failures ignored and logged. The keys carry a
    prefix of this test's own, so tests running at the same time on the same
    server do not meet; ``server.prefix`` is it."""
    server = redis.Redis.from_url(REDIS_URL)
    server.prefix = f"rate-limit-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": server.prefix,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    yield server
    for key in server.scan_iter(f"{server.prefix}:*"):
        server.delete(key)


def hit(key="client", rate="100/hour"):
    request = RequestFactory().get("/api/v1/themes/")
    return rate_limit.count(request, group="test", key=key, rate=rate)


def test_concurrent_hits_let_exactly_the_limit_through(redis_cache):
    with ThreadPoolExecutor(max_workers=32) as pool:
        usages = list(pool.map(lambda _n: hit(), range(250)))
    allowed = [usage for usage in usages if usage.allowed]
    assert len(allowed) == 100
    # Each hit got a count of its own: none read a count another had read.
    assert sorted(usage.count for usage in usages) == list(range(1, 251))
    assert {1 <= usage.retry_after <= 3600 for usage in usages} == {True}


def test_the_count_lives_in_redis_under_a_hashed_key(redis_cache):
    key = rate_limit.hashed("192.0.2.1")
    for _ in range(3):
        hit(key=key)
    stored = [name.decode() for name in redis_cache.keys(f"{redis_cache.prefix}:*")]
    assert len(stored) == 1
    assert "192.0.2.1" not in stored[0]
    assert int(redis_cache.get(stored[0])) == 3
    # It expires with its window (and a little after).
    assert 0 < redis_cache.ttl(stored[0]) <= 3600 + 60


def test_clients_are_counted_apart(redis_cache):
    for _ in range(2):
        hit(key="a", rate="2/minute")
    assert hit(key="a", rate="2/minute").allowed is False
    assert hit(key="b", rate="2/minute").allowed is True


def test_reading_the_count_does_not_add_to_it(redis_cache):
    hit(key="a", rate="2/minute")
    request = RequestFactory().get("/")
    read = rate_limit.count(
        request, group="test", key="a", rate="2/minute", increment=False
    )
    assert (read.allowed, read.count) == (True, 1)
    assert hit(key="a", rate="2/minute").count == 2


def test_redis_unreachable_counts_nothing_and_lets_the_request_through(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # the discard port: nothing listens
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.5},
        }
    }
    usage = hit(rate="1/hour")
    assert usage == rate_limit.Usage(allowed=True, count=0, retry_after=0)
