"""The OpenAPI schema validates, and describes what the API really answers."""

import copy
import json
import re

import jsonschema
import jsonschema_rs
import pytest
from django.core.management import call_command

from tests.api_helpers import body
from tests.common.test_no_external_hosts import remote_resources

pytestmark = pytest.mark.django_db

# Real slugs from the demo content, for the schema's path parameters.
DEMO_SLUGS = {
    "jurisdictions": "rosario",
    "themes": "open-data",
    "reforms": "rosario-digital-participation",
    "meetings": "open-americas-2022",
    "sessions": "local-workshop",
    # Mendoza's first plan: a commitment reviewed at both ends, with its reports.
    "action-plans": "mendoza-2021-2023",
    "commitments": "ARCMD0001",
    "documents": "mendoza-eocr-transparency-plan",
}


@pytest.fixture
def schema(client):
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    return json.loads(response.content)


def concrete(path):
    """``/api/v1/meetings/{meeting_slug}/sessions/{slug}/`` with demo slugs."""
    parts = path.strip("/").split("/")
    for index, part in enumerate(parts):
        if part.startswith("{"):
            parts[index] = DEMO_SLUGS[parts[index - 1]]
    return "/" + "/".join(parts) + "/"


def test_schema_validates_without_warnings(tmp_path, settings):
    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "schema.yml"),
    )
    assert (tmp_path / "schema.yml").read_text().startswith("openapi: 3.0.3")


def test_schema_lists_every_resource(schema):
    assert sorted(schema["paths"]) == [
        "/api/v1/action-plans/",
        "/api/v1/action-plans/{slug}/",
        "/api/v1/commitments/",
        "/api/v1/commitments/{ogp_id}/",
        "/api/v1/documents/",
        "/api/v1/documents/{slug}/",
        "/api/v1/jurisdictions/",
        "/api/v1/jurisdictions/{slug}/",
        "/api/v1/meetings/",
        "/api/v1/meetings/{meeting_slug}/sessions/",
        "/api/v1/meetings/{meeting_slug}/sessions/{slug}/",
        "/api/v1/meetings/{slug}/",
        "/api/v1/reforms/",
        "/api/v1/reforms/{slug}/",
        "/api/v1/sessions/",
        "/api/v1/themes/",
        "/api/v1/themes/{slug}/",
    ]


def test_schema_is_english_whatever_the_browser_speaks(client):
    response = client.get(
        "/api/v1/schema/", {"format": "json"}, HTTP_ACCEPT_LANGUAGE="es"
    )
    assert "* `completed` - Completed" in response.content.decode()


def test_every_documented_path_answers_200(client, demo_content, schema):
    for path, operations in schema["paths"].items():
        assert list(operations) == ["get"], path
        response = client.get(concrete(path))
        assert response.status_code == 200, path


def json_schema(schema, reference):
    """An OpenAPI 3.0 component as a JSON Schema that also refuses undocumented
    properties, with every $ref resolvable."""
    components = copy.deepcopy(schema["components"]["schemas"])

    def convert(node):
        if isinstance(node, dict):
            if node.pop("nullable", False):
                node = {"anyOf": [convert(node), {"type": "null"}]}
                return node
            if "$ref" in node:
                node["$ref"] = node["$ref"].replace("#/components/schemas/", "#/$defs/")
            if node.get("type") == "object" and "properties" in node:
                node.setdefault("additionalProperties", False)
            return {key: convert(value) for key, value in node.items()}
        if isinstance(node, list):
            return [convert(item) for item in node]
        return node

    document = convert(reference)
    document["$defs"] = {name: convert(value) for name, value in components.items()}
    return document


def documented_body(schema, path, media_type="application/json"):
    operation = schema["paths"][path]["get"]
    return operation["responses"]["200"]["content"][media_type]["schema"]


def assert_matches(instance, document):
    """Validate like the fuzzer and partners' validators do: ``format`` counts
    too (a "uri" that is plain text, or empty, fails), which ``jsonschema``
    checks only with optional extras installed."""
    jsonschema.validate(instance, document)
    jsonschema_rs.validator_for(document, validate_formats=True).validate(instance)


VARIANTS = [{}, {"lang": "es"}, {"lang": "en", "page_size": 2}]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_json_answer_matches_its_schema(client, demo_content, schema, variant):
    for path, operations in schema["paths"].items():
        parameters = {p["name"]: p for p in operations["get"]["parameters"]}
        requests = [variant]
        if "expand" in parameters:
            every = parameters["expand"]["examples"]["EveryRelation"]["value"]
            requests.append({**variant, "expand": every})
        for params in requests:
            if "{" in path:
                params = {k: v for k, v in params.items() if k != "page_size"}
            response = client.get(concrete(path), params)
            assert response.status_code == 200, (path, params)
            assert_matches(
                json.loads(response.content),
                json_schema(schema, documented_body(schema, path)),
            )


def test_geojson_matches_its_schema(client, demo_content, schema):
    for params in [{}, {"lang": "es"}]:
        response = client.get("/api/v1/jurisdictions/", {"format": "geojson", **params})
        jsonschema.validate(
            json.loads(body(response)),
            json_schema(
                schema,
                documented_body(
                    schema, "/api/v1/jurisdictions/", "application/geo+json"
                ),
            ),
        )


def test_each_list_documents_its_formats(schema):
    formats = {
        path: sorted(operations["get"]["responses"]["200"]["content"])
        for path, operations in schema["paths"].items()
    }
    assert formats == {
        "/api/v1/action-plans/": ["application/json", "text/csv"],
        "/api/v1/action-plans/{slug}/": ["application/json"],
        "/api/v1/commitments/": ["application/json", "text/csv"],
        "/api/v1/commitments/{ogp_id}/": ["application/json"],
        "/api/v1/documents/": ["application/json", "text/csv"],
        "/api/v1/documents/{slug}/": ["application/json"],
        "/api/v1/jurisdictions/": [
            "application/geo+json",
            "application/json",
            "text/csv",
        ],
        "/api/v1/jurisdictions/{slug}/": ["application/json"],
        "/api/v1/meetings/": ["application/json", "text/calendar", "text/csv"],
        "/api/v1/meetings/{meeting_slug}/sessions/": [
            "application/json",
            "text/calendar",
            "text/csv",
        ],
        "/api/v1/meetings/{meeting_slug}/sessions/{slug}/": ["application/json"],
        "/api/v1/meetings/{slug}/": ["application/json"],
        "/api/v1/reforms/": ["application/json", "text/csv"],
        "/api/v1/reforms/{slug}/": ["application/json"],
        "/api/v1/sessions/": ["application/json", "text/calendar", "text/csv"],
        "/api/v1/themes/": ["application/json", "text/csv"],
        "/api/v1/themes/{slug}/": ["application/json"],
    }


def test_every_operation_documents_its_errors_and_languages(schema):
    for path, operations in schema["paths"].items():
        operation = operations["get"]
        assert sorted(operation["responses"]) == [
            "200",
            "304",
            "400",
            "404",
            "405",
            "406",
            "414",
            "429",
        ], path
        names = {p["name"] for p in operation["parameters"]}
        assert {"lang", "Accept-Language"} <= names, path
        assert operation["responses"]["429"]["headers"]["Retry-After"], path
        assert "content" not in operation["responses"]["414"], path


def test_translated_fields_are_documented_both_ways(schema):
    text = schema["components"]["schemas"]["TranslatedText"]
    assert [option["type"] for option in text["oneOf"]] == ["object", "string"]
    assert text["oneOf"][0]["required"] == ["en", "es"]
    reform = schema["components"]["schemas"]["Reform"]
    assert "fallback_fields" not in reform["required"]
    assert "title" in reform["required"]


@pytest.mark.parametrize("path", ["/api/v1/docs/", "/api/v1/docs/redoc/"])
def test_docs_pages_load_only_our_own_files(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert remote_resources(html) == []
    assert "fonts.googleapis.com" not in html
    assert re.search(r"/static/drf_spectacular_sidecar/[\w/.-]+\.js", html)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("", True),
        ("open-data", True),
        ("open-data,inclusion,2022", True),
        (",".join(f"t{n}" for n in range(100)), True),
        (",".join(f"t{n}" for n in range(101)), False),
        ("open-data,,inclusion", False),
        ("open-data,", False),
        ("../../etc/passwd", False),
        ("open data", False),
    ],
)
def test_slug_filters_are_described_as_the_text_they_are_sent_as(schema, value, valid):
    parameters = schema["paths"]["/api/v1/reforms/"]["get"]["parameters"]
    [theme] = [p for p in parameters if p["name"] == "theme"]

    assert (theme["schema"]["type"], theme["allowEmptyValue"]) == ("string", True)
    assert "explode" not in theme
    assert bool(re.fullmatch(theme["schema"]["pattern"], value)) is valid


@pytest.mark.parametrize(
    ("name", "value", "valid"),
    [
        ("ordering", "", True),
        ("ordering", "-updated_at,title", True),
        ("ordering", "title,", False),
        ("ordering", "password", False),
        ("expand", "", True),
        ("expand", "themes,jurisdictions", True),
        ("expand", "themes,,jurisdictions", False),
        ("expand", "meeting", False),
    ],
)
def test_ordering_and_expand_are_described_as_the_text_they_are_sent_as(
    client, schema, name, value, valid
):
    parameters = schema["paths"]["/api/v1/reforms/"]["get"]["parameters"]
    [parameter] = [p for p in parameters if p["name"] == name]

    assert parameter["schema"]["type"] == "string"
    assert bool(re.fullmatch(parameter["schema"]["pattern"], value)) is valid
    status = client.get("/api/v1/reforms/", {name: value}).status_code
    assert status == (200 if valid else 400)


def test_the_repeatable_choice_filters_may_be_sent_empty(schema):
    parameters = schema["paths"]["/api/v1/jurisdictions/"]["get"]["parameters"]
    [kind] = [p for p in parameters if p["name"] == "kind"]

    assert (kind["schema"]["type"], kind["explode"], kind["allowEmptyValue"]) == (
        "array",
        True,
        True,
    )


def _query_parameter(schema, path, name):
    [parameter] = [
        p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == name
    ]
    return parameter


def test_a_filter_is_described_by_the_help_text_its_filterset_gives(schema):
    # Written in reforms/filters.py, and in common/filters.py for every country.
    reform_country = _query_parameter(schema, "/api/v1/reforms/", "country")
    member_country = _query_parameter(schema, "/api/v1/jurisdictions/", "country")

    assert reform_country["description"].startswith(
        "A country where the reform takes place"
    )
    assert member_country["description"].startswith("ISO 3166-1 alpha-2 country code")


def test_the_schema_says_how_a_repeatable_choice_or_a_date_is_sent(schema):
    region = _query_parameter(schema, "/api/v1/meetings/", "region")
    date_from = _query_parameter(schema, "/api/v1/meetings/", "date_from")

    assert region["description"] == (
        "OGP region. Repeat the parameter for several (?region=a&region=b)."
    )
    assert date_from["description"] == (
        "Meetings that end on or after this date. A date, YYYY-MM-DD."
    )


def test_a_filter_without_help_text_keeps_its_label_and_choices(schema):
    completion = _query_parameter(schema, "/api/v1/commitments/", "completion")

    assert completion["description"].startswith("Completion\n\n* `")
