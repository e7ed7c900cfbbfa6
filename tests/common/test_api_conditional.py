"""ETag, Last-Modified, 304 and Cache-Control."""

import pytest
from django.utils.http import http_date

from common.caching.stamp import content_changed
from common.models import ContentVersion
from reforms.models import Reform
from tests.api_helpers import body
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    ThemeFactory,
)
from themes.models import Theme

pytestmark = pytest.mark.django_db

REFORMS = "/api/v1/reforms/"


@pytest.fixture
def reform():
    theme = ThemeFactory(slug="open-data")
    member = JurisdictionFactory(slug="rosario")
    return ReformFactory(slug="budget", jurisdictions=[member], themes=[theme])


def test_success_carries_validators_and_cache_control(client, at_noon, reform):
    response = client.get(REFORMS)
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Last-Modified"] == http_date(
        ContentVersion.objects.get().changed_at.timestamp()
    )
    assert response["Cache-Control"] == "public, max-age=300"


@pytest.mark.parametrize(
    "path", [REFORMS, f"{REFORMS}budget/", "/api/v1/jurisdictions/rosario/"]
)
def test_matching_if_none_match_is_a_304(client, at_noon, reform, path):
    etag = client.get(path)["ETag"]
    response = client.get(path, headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert response["Cache-Control"] == "public, max-age=300"
    assert "Accept-Language" in response["Vary"]


def test_304_for_exports_too(client, reform):
    first = client.get(REFORMS, {"format": "csv"})
    body(first)
    response = client.get(
        REFORMS, {"format": "csv"}, headers={"if-none-match": first["ETag"]}
    )
    assert response.status_code == 304


def test_if_modified_since_is_a_304_while_nothing_changed(client, reform):
    last_modified = client.get(REFORMS)["Last-Modified"]
    response = client.get(REFORMS, headers={"if-modified-since": last_modified})
    assert response.status_code == 304


def test_a_change_to_a_record_changes_the_etag(client, reform):
    etag = client.get(REFORMS)["ETag"]
    reform.title_es = "Presupuesto"
    reform.save()
    response = client.get(REFORMS, headers={"if-none-match": etag})
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_a_change_to_a_linked_record_changes_the_etag(client, reform):
    etag = client.get(REFORMS)["ETag"]
    theme = Theme.objects.get(slug="open-data")
    theme.is_published = False
    theme.save()
    response = client.get(REFORMS, headers={"if-none-match": etag})
    assert response.status_code == 200
    assert response.json()["results"][0]["themes"] == []


def test_a_removed_record_changes_the_etag_and_the_count(client, reform):
    ReformFactory(slug="old")
    first = client.get(REFORMS)
    assert first.json()["count"] == 2
    # A bulk update sends no signal: such code says so itself (content_changed).
    Reform.objects.filter(slug="old").update(is_published=False)
    content_changed()
    response = client.get(REFORMS, headers={"if-none-match": first["ETag"]})
    assert response.status_code == 200
    assert response.json()["count"] == 1


def test_a_change_elsewhere_also_changes_the_etag(client, reform):
    # Validators come from the content version: coarse, but never stale.
    etag = client.get(REFORMS)["ETag"]
    MeetingFactory(slug="open-europe-2022")
    assert client.get(REFORMS, headers={"if-none-match": etag}).status_code == 200


def test_a_stale_etag_for_a_missing_record_is_a_404(client, reform):
    etag = client.get(f"{REFORMS}budget/")["ETag"]
    reform.delete()
    response = client.get(f"{REFORMS}budget/", headers={"if-none-match": etag})
    assert response.status_code == 404


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({}, {"lang": "es"}),
        ({"lang": "es"}, {"lang": "en"}),
        ({}, {"format": "csv"}),
        ({}, {"expand": "themes"}),
        ({}, {"page_size": 5}),
    ],
)
def test_a_different_representation_has_a_different_etag(client, reform, first, second):
    assert client.get(REFORMS, first)["ETag"] != client.get(REFORMS, second)["ETag"]


def test_accept_language_is_part_of_the_etag(client, reform):
    english = client.get(REFORMS, headers={"accept-language": "en"})["ETag"]
    spanish = client.get(REFORMS, headers={"accept-language": "es"})["ETag"]
    assert english != spanish


def test_errors_are_not_marked_cacheable(client, reform):
    response = client.get(REFORMS, {"status": "nope"})
    assert response.status_code == 400
    assert "Cache-Control" not in response
    assert "ETag" not in response


def test_another_host_has_another_etag(client, reform):
    # The body holds absolute URLs, so it differs by host.
    first = client.get(REFORMS, HTTP_HOST="localhost")["ETag"]
    assert client.get(REFORMS, HTTP_HOST="127.0.0.1")["ETag"] != first
