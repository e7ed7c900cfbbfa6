"""Answers rendered for one request are gzipped fast; answers the response cache
keeps are gzipped hard, once. Either way the body is the same once unpacked."""

import gzip

import pytest

from common.compression import RENDERED_LEVEL, STORED_LEVEL, compress
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

# The gzip header's XFL byte says how the body was packed (RFC 1952): 2 for the
# slowest, smallest compression, 4 for the fastest.
XFL_OF_LEVEL = {STORED_LEVEL: 2, RENDERED_LEVEL: 4}
PATHS = ["/en/members/", "/api/v1/jurisdictions/?lang=es"]


@pytest.fixture
def members():
    return JurisdictionFactory.create_batch(3)


def packing(response):
    body = response.content
    assert body[:2] == b"\x1f\x8b"
    return {2: STORED_LEVEL, 4: RENDERED_LEVEL}[body[8]]


@pytest.mark.parametrize("path", PATHS)
def test_an_answer_rendered_for_one_request_is_packed_fast(client, path, members):
    plain = client.get(path)
    packed = client.get(path, headers={"accept-encoding": "gzip"})

    assert packed["Content-Encoding"] == "gzip"
    assert packing(packed) == RENDERED_LEVEL
    assert gzip.decompress(packed.content) == plain.content
    assert packed["Content-Length"] == str(len(packed.content))
    assert "Accept-Encoding" in packed["Vary"]


@pytest.mark.parametrize("path", PATHS)
def test_an_answer_the_cache_keeps_is_packed_hard(client, settings, path, demo_content):
    settings.RESPONSE_CACHE = True
    plain = client.get(path)
    miss = client.get(path, headers={"accept-encoding": "gzip"})
    hit = client.get(path, headers={"accept-encoding": "gzip"})

    assert (miss["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
    assert packing(miss) == packing(hit) == STORED_LEVEL
    assert hit.content == miss.content
    assert gzip.decompress(hit.content) == plain.content


def test_a_page_with_a_form_is_packed_hard_though_the_cache_then_drops_it(
    client, settings, demo_content
):
    settings.RESPONSE_CACHE = True
    # The join form sets the CSRF cookie, so the cache does not keep the answer;
    # it only learns so once the page is rendered and compressed.
    path = "/en/circles/climate-action/"
    first = client.get(path, headers={"accept-encoding": "gzip"})
    second = client.get(path, headers={"accept-encoding": "gzip"})
    assert first.cookies
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "miss")
    assert packing(first) == STORED_LEVEL


def test_the_header_carries_a_name_of_random_length_as_django_writes_it():
    content = b"open government " * 100
    lengths = set()
    for _ in range(20):
        packed = compress(content, level=RENDERED_LEVEL, max_random_bytes=100)
        assert packed[3] & gzip.FNAME
        assert gzip.decompress(packed) == content
        lengths.add(packed.index(b"\x00", 10) - 10)
    assert len(lengths) > 1
    assert max(lengths) < 100


def test_short_and_streamed_answers_are_left_to_django(client, members):
    short = client.get("/healthz", headers={"accept-encoding": "gzip"})
    assert not short.has_header("Content-Encoding")

    streamed = client.get(
        "/api/v1/jurisdictions/?format=csv", headers={"accept-encoding": "gzip"}
    )
    assert streamed.streaming
    assert streamed["Content-Encoding"] == "gzip"
    body = gzip.decompress(b"".join(streamed.streaming_content)).decode()
    assert body.splitlines()[0].startswith("slug,")
