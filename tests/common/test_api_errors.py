"""Bad input is a 400 naming the parameter; writes are a 405; errors are JSON."""

import pytest

from tests.api_helpers import get_json
from tests.factories import MeetingFactory, ThemeFactory

pytestmark = pytest.mark.django_db

CHOICE = "Select a valid choice. {} is not one of the available choices."


@pytest.fixture
def records():
    ThemeFactory(slug="open-data")
    MeetingFactory(slug="open-americas-2022")


@pytest.mark.parametrize(
    ("path", "params", "expected"),
    [
        (
            "/api/v1/jurisdictions/",
            {"region": "mars"},
            {"region": [CHOICE.format("mars")]},
        ),
        (
            "/api/v1/jurisdictions/",
            {"country": "ZZ"},
            {"country": [CHOICE.format("ZZ")]},
        ),
        (
            "/api/v1/jurisdictions/",
            {"member_since": "lately"},
            {"member_since": ["Enter a whole number."]},
        ),
        (
            "/api/v1/jurisdictions/",
            {"status": "asleep"},
            {"status": [CHOICE.format("asleep")]},
        ),
        (
            "/api/v1/reforms/",
            {"ordering": "colour"},
            {"ordering": [CHOICE.format("colour")]},
        ),
        ("/api/v1/themes/", {"kind": "hobby"}, {"kind": [CHOICE.format("hobby")]}),
        (
            "/api/v1/themes/",
            {"q": "x" * 201},
            {"q": ["Ensure this value has at most 200 characters (it has 201)."]},
        ),
        (
            "/api/v1/meetings/",
            {"date_from": "2022-13-01"},
            {"date_from": ["Enter a date as YYYY-MM-DD, such as 2026-01-31."]},
        ),
        (
            "/api/v1/meetings/",
            {"when": "someday"},
            {"when": [CHOICE.format("someday")]},
        ),
        (
            "/api/v1/sessions/",
            {"language": "spa"},
            {
                "language": [
                    "Enter a two-letter language code (ISO 639-1) such as “es”."
                ]
            },
        ),
        (
            "/api/v1/sessions/",
            {"updated_since": "yesterday"},
            {
                "updated_since": [
                    "Enter a date and time with its time zone, such as "
                    "2026-01-31T09:00:00Z, or a date such as 2026-01-31."
                ]
            },
        ),
        (
            "/api/v1/reforms/",
            {"expand": "authors"},
            {
                "expand": [
                    "“authors” cannot be expanded here. Choose from: jurisdictions, themes, commitment."
                ]
            },
        ),
        (
            "/api/v1/themes/",
            {"expand": "reforms"},
            {"expand": ["This endpoint has no related records to expand."]},
        ),
        (
            "/api/v1/themes/",
            {"format": "xml"},
            {
                "format": [
                    "“xml” is not a format of this endpoint. Choose one of: json, csv."
                ]
            },
        ),
        (
            "/api/v1/themes/open-data/",
            {"format": "csv"},
            {
                "format": [
                    "“csv” is not a format of this endpoint. Choose one of: json."
                ]
            },
        ),
        (
            "/api/v1/themes/",
            {"lang": "pt"},
            {
                "lang": [
                    "“pt” is not an available language. Choose one of: all, en, es."
                ]
            },
        ),
        (
            "/api/v1/themes/",
            {"page_size": 500},
            {"page_size": ["Enter a whole number from 1 to 100."]},
        ),
        (
            "/api/v1/themes/",
            {"page": "two"},
            {"page": ["Enter a whole number from 1."]},
        ),
    ],
)
def test_each_kind_of_bad_parameter_is_a_400_naming_it(
    client, records, path, params, expected
):
    response, data = get_json(client, path, params)
    assert response.status_code == 400
    assert data == expected


def test_several_bad_filters_are_reported_together(client, records):
    response, data = get_json(
        client, "/api/v1/jurisdictions/", {"region": "mars", "kind": "moon"}
    )
    assert data == {"region": [CHOICE.format("mars")], "kind": [CHOICE.format("moon")]}


def test_an_error_is_json_even_when_csv_was_asked_for(client, records):
    response, data = get_json(
        client, "/api/v1/meetings/", {"format": "ics", "region": "mars"}
    )
    assert response.status_code == 400
    assert data == {"region": [CHOICE.format("mars")]}


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/themes/nothing/",
        "/api/v1/meetings/open-americas-2022/sessions/nothing/",
        "/api/v1/nothing/",
        "/api/v1/themes/open-data/more/",
    ],
)
def test_unknown_addresses_are_a_json_404(client, records, path):
    response, data = get_json(client, path)
    assert response.status_code == 404
    assert data == {"detail": "Not found."}


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["/api/v1/themes/", "/api/v1/themes/open-data/"])
def test_writes_are_a_405(client, records, method, path):
    response = getattr(client, method)(path, {}, content_type="application/json")
    assert response.status_code == 405
    assert response.json() == {"detail": f'Method "{method.upper()}" not allowed.'}
    assert response["Allow"] == "GET, HEAD, OPTIONS"


def test_a_format_nobody_offers_in_accept_is_a_406(client, records):
    response = client.get("/api/v1/themes/", headers={"accept": "application/xml"})
    assert response.status_code == 406
    assert response.json() == {"detail": "Could not satisfy the request Accept header."}


def test_accept_header_chooses_a_format(client, records):
    response = client.get("/api/v1/themes/", headers={"accept": "text/csv"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"


def test_head_answers_like_get_without_a_body(client, records):
    response = client.head("/api/v1/themes/")
    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize(
    ("path", "formats"),
    [
        ("/api/v1/", "json"),
        ("/api/v1/schema/", "yaml, yaml, json, json"),
        ("/api/v1/docs/", "html"),
        ("/api/v1/docs/redoc/", "html"),
    ],
)
def test_every_api_view_answers_an_unknown_format_in_json(client, path, formats):
    response = client.get(path, {"format": "bogus"})

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "format": [
            f"“bogus” is not a format of this endpoint. Choose one of: {formats}."
        ]
    }
