import datetime

import pytest
import redis
import time_machine
from django.core.cache import caches

from common.caching.middleware import process_copy
from common.caching.stamp import content_changed, content_stamp
from members.models import Jurisdiction
from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory

pytestmark = pytest.mark.django_db

REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def response_cache(settings):
    settings.RESPONSE_CACHE = True
    return settings


def members_count(response):
    html = response.content.decode()
    marker = 'data-count="members">'
    start = html.index(marker) + len(marker)
    return int(html[start : html.index("<", start)])


def test_second_request_is_served_from_the_cache(
    client, response_cache, django_assert_num_queries
):
    JurisdictionFactory()
    first = client.get("/en/")
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(1):  # the content version, nothing else
        second = client.get("/en/")
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]


def test_each_language_and_query_is_cached_apart(client, response_cache):
    english = client.get("/en/")
    spanish = client.get("/es/")
    assert "Miembros" in spanish.content.decode()
    assert "Members" in english.content.decode()
    assert client.get("/es/")["X-Cache"] == "hit"
    assert client.get("/es/reforms/?status=completed&q=a")["X-Cache"] == "miss"
    assert client.get("/es/reforms/?q=a&status=completed")["X-Cache"] == "hit"


@pytest.mark.parametrize("path", ["/en/", "/es/"])
def test_a_new_member_is_visible_at_once(client, response_cache, path):
    JurisdictionFactory()
    assert members_count(client.get(path)) == 1
    JurisdictionFactory()
    response = client.get(path)
    assert response["X-Cache"] == "miss"
    assert members_count(response) == 2


def test_unpublishing_is_visible_at_once(client, response_cache):
    member = JurisdictionFactory()
    assert members_count(client.get("/en/")) == 1
    member.is_published = False
    member.save()
    assert members_count(client.get("/en/")) == 0


def test_deleting_is_visible_at_once(client, response_cache):
    member = JurisdictionFactory()
    assert members_count(client.get("/en/")) == 1
    member.delete()
    assert members_count(client.get("/en/")) == 0


def test_bulk_update_with_content_changed_is_visible_at_once(client, response_cache):
    JurisdictionFactory.create_batch(2, is_published=False)
    assert members_count(client.get("/en/")) == 0
    Jurisdiction.objects.update(is_published=True)
    content_changed()
    assert members_count(client.get("/en/")) == 2


def _version():
    return content_stamp().version


@pytest.mark.parametrize(
    "change",
    [
        lambda member, reform, theme: member.save(),
        lambda member, reform, theme: reform.jurisdictions.add(JurisdictionFactory()),
        lambda member, reform, theme: reform.themes.remove(theme),
        lambda member, reform, theme: reform.themes.clear(),
        lambda member, reform, theme: reform.jurisdictions.set([]),
        lambda member, reform, theme: reform.delete(),
        lambda member, reform, theme: ThemeFactory(),
    ],
    ids=["save", "m2m-add", "m2m-remove", "m2m-clear", "m2m-set", "delete", "create"],
)
def test_every_kind_of_change_moves_the_content_version(change):
    member, theme = JurisdictionFactory(), ThemeFactory()
    reform = ReformFactory(jurisdictions=[member], themes=[theme])
    before = _version()
    change(member, reform, theme)
    assert _version() > before


def test_conditional_get_answers_304(client, response_cache):
    first = client.get("/en/")
    assert first["Last-Modified"]
    assert (
        client.get("/en/", headers={"if-none-match": first["ETag"]}).status_code == 304
    )
    assert (
        client.get(
            "/en/", headers={"if-modified-since": first["Last-Modified"]}
        ).status_code
        == 304
    )
    assert (
        client.get("/en/", headers={"if-none-match": '"something-else"'}).status_code
        == 200
    )


def test_validators_change_after_an_edit(client, response_cache):
    first = client.get("/en/")
    JurisdictionFactory()
    response = client.get("/en/", headers={"if-none-match": first["ETag"]})
    assert response.status_code == 200
    assert response["ETag"] != first["ETag"]


def test_signed_in_requests_are_never_cached(admin_client, response_cache):
    assert "X-Cache" not in admin_client.get("/en/")
    assert "X-Cache" not in admin_client.get("/en/")


def test_admin_is_never_cached(admin_client, response_cache):
    assert "X-Cache" not in admin_client.get("/admin/")


@time_machine.travel(
    datetime.datetime(2022, 9, 26, 12, 0, tzinfo=datetime.UTC), tick=False
)
def test_pages_are_revalidated_and_api_answers_kept_for_cache_max_age(
    client, response_cache
):
    # A visitor who reloads after an edit sees it: the browser asks again (a 304
    # when nothing changed). Programs may reuse an answer for CACHE_MAX_AGE.
    assert client.get("/en/")["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert client.get("/api/v1/themes/")["Cache-Control"] == "public, max-age=300"


@time_machine.travel(
    datetime.datetime(2022, 9, 26, 23, 58, tzinfo=datetime.UTC), tick=False
)
def test_no_copy_may_be_kept_past_midnight(client, response_cache):
    assert client.get("/api/v1/themes/")["Cache-Control"] == "public, max-age=120"
    assert client.get("/api/v1/meetings/?format=csv")["Cache-Control"] == (
        "public, max-age=120"
    )


def test_a_hit_is_kept_no_longer_than_until_midnight(client, response_cache):
    with time_machine.travel(
        datetime.datetime(2022, 9, 26, 23, 50, tzinfo=datetime.UTC), tick=False
    ):
        stored = client.get("/api/v1/themes/")
    with time_machine.travel(
        datetime.datetime(2022, 9, 26, 23, 59, 55, tzinfo=datetime.UTC), tick=False
    ):
        hit = client.get("/api/v1/themes/")
    assert (stored["X-Cache"], stored["Cache-Control"]) == (
        "miss",
        "public, max-age=300",
    )
    assert (hit["X-Cache"], hit["Cache-Control"]) == ("hit", "public, max-age=5")


def test_cache_can_be_switched_off(client, settings):
    settings.RESPONSE_CACHE = False
    client.get("/en/")
    assert "X-Cache" not in client.get("/en/")


@pytest.fixture
def redis_cache(settings):
    """The real Redis server on this machine as the shared cache."""
    server = redis.Redis.from_url(REDIS_URL)
    server.flushdb()
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
    settings.RESPONSE_CACHE = True
    yield server
    caches["default"].clear()
    server.flushdb()


def test_redis_backend_stores_and_invalidates(client, redis_cache):
    JurisdictionFactory()
    assert client.get("/es/")["X-Cache"] == "miss"
    version = _version()
    assert len(redis_cache.keys(f":1:response:{version}.*")) == 1
    # Another worker, which never rendered the page, reads it from Redis.
    process_copy.clear()
    assert client.get("/es/")["X-Cache"] == "hit"
    JurisdictionFactory()
    response = client.get("/es/")
    assert (response["X-Cache"], members_count(response)) == ("miss", 2)


def test_a_page_that_varies_on_cookie_is_stored_only_for_a_cookieless_request(
    client, response_cache
):
    from tests.factories import JurisdictionFactory as Member

    Member(slug="rosario")
    assert client.get("/en/members/rosario/")["Vary"] == "Cookie, Accept-Encoding"
    assert client.get("/en/members/rosario/")["X-Cache"] == "hit"
    client.cookies["csrftoken"] = "a-visitor-token"
    assert client.get("/en/members/").status_code == 200
    assert client.get("/en/members/")["X-Cache"] == "miss"  # not stored for them


def test_a_page_with_a_form_is_never_stored(client, response_cache, demo_content):
    first = client.get("/en/circles/climate-action/")
    assert first.cookies  # the CSRF cookie
    assert client.get("/en/circles/climate-action/")["X-Cache"] == "miss"


def test_compressed_and_plain_answers_are_cached_apart(client, response_cache):
    import gzip

    plain = client.get("/en/")
    packed = client.get("/en/", headers={"accept-encoding": "gzip"})
    assert packed["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in plain
    again = client.get("/en/", headers={"accept-encoding": "gzip"})
    assert (again["X-Cache"], again["Content-Encoding"]) == ("hit", "gzip")
    # Vary: Accept-Encoding, honoured as Django's cache does: another header
    # value is another entry.
    assert (
        client.get("/en/", headers={"accept-encoding": "gzip, br"})["X-Cache"] == "miss"
    )
    assert gzip.decompress(again.content) == plain.content
    assert client.get("/en/")["X-Cache"] == "hit"


def test_a_worker_serves_its_own_copy_without_asking_the_shared_cache(
    client, response_cache
):
    JurisdictionFactory()
    assert client.get("/es/")["X-Cache"] == "miss"
    caches["default"].clear()
    assert client.get("/es/")["X-Cache"] == "hit"


def test_a_worker_copy_goes_stale_with_the_content_like_any_other(
    client, response_cache
):
    JurisdictionFactory()
    client.get("/es/")
    JurisdictionFactory()
    response = client.get("/es/")
    assert (response["X-Cache"], members_count(response)) == ("miss", 2)


def test_a_restored_older_version_never_matches_keys_made_before():
    before = content_stamp()
    content_changed()
    newer = content_stamp()
    # A restore puts the old number back; the change that follows makes the next
    # number again, but at another time: another stamp.
    from common.models import ContentVersion

    ContentVersion.objects.update(version=before.version, changed_at=before.changed_at)
    content_changed()
    again = content_stamp()
    assert again.version == newer.version
    assert again.key != newer.key


def test_a_streamed_export_keeps_its_validators_when_served_from_the_cache(
    client, response_cache
):
    JurisdictionFactory()
    path = "/api/v1/jurisdictions/?format=csv"
    miss = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    b"".join(miss.streaming_content)
    hit = client.get(path, HTTP_ACCEPT_ENCODING="gzip")

    assert (miss["X-Cache"], hit["X-Cache"]) == ("miss", "hit")
    assert hit["ETag"] == miss["ETag"]
    assert hit["X-Request-ID"] != miss["X-Request-ID"]
    revalidated = client.get(
        path, HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=miss["ETag"]
    )
    assert revalidated.status_code == 304


def test_an_api_answer_first_asked_without_origin_still_gets_cors(
    client, response_cache
):
    ThemeFactory(slug="open-data")
    path = "/api/v1/themes/?page_size=3"
    first = client.get(path)
    assert "Access-Control-Allow-Origin" not in first
    assert client.get(path)["X-Cache"] == "hit"
    origin = {"origin": "https://partner.example"}
    cross = client.get(path, headers=origin)
    assert cross["Access-Control-Allow-Origin"] == "*"
    assert cross["X-Cache"] == "miss"
    again = client.get(path, headers=origin)
    assert (again["X-Cache"], again["Access-Control-Allow-Origin"]) == ("hit", "*")
    assert again.content == first.content


@pytest.mark.parametrize("extra", ["nocache=123", "utm_source=newsletter", "_=1"])
def test_unknown_parameters_neither_bypass_the_cache_nor_show(
    client, response_cache, extra
):
    ThemeFactory.create_batch(3)
    plain = client.get("/api/v1/themes/?page_size=2")
    response = client.get(f"/api/v1/themes/?page_size=2&{extra}")
    assert response["X-Cache"] == "hit"
    assert response.content == plain.content
    assert extra not in response.json()["next"]


def test_a_broken_cache_serves_uncached_and_says_so(client, settings, caplog):
    settings.RESPONSE_CACHE = True
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    JurisdictionFactory()
    first, second = client.get("/en/"), client.get("/api/v1/jurisdictions/")
    assert (first.status_code, second.status_code) == (200, 200)
    assert first["X-Cache"] == "miss"
    assert "Error 111 connecting to 127.0.0.1:1" in caplog.text
    assert client.get("/healthz").content.startswith(b"degraded\ncache: unavailable")


def test_a_failing_backend_of_any_kind_is_survived(client, settings, caplog):
    settings.RESPONSE_CACHE = True
    settings.CACHES = {
        "default": {"BACKEND": "tests.common.failing_cache.FailingCache"}
    }
    response = client.get("/en/")
    assert (response.status_code, response["X-Cache"]) == (200, "miss")
    assert "Cache 'default' unavailable" in caplog.text
