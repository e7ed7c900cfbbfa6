"""Reading API responses in tests: JSON, streamed CSV, slugs."""

import csv
import io
import json


def body(response):
    """The whole body, streamed or not."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def get_json(client, path, params=None, **extra):
    """GET and parse JSON; ``extra`` are WSGI environ keys (HTTP_ACCEPT_LANGUAGE)."""
    response = client.get(path, params or {}, **extra)
    assert response["Content-Type"] == "application/json", body(response)[:500]
    return response, json.loads(body(response))


def result_slugs(client, path, params=None):
    """Slugs of a list's records (one page), asserting a 200."""
    response, data = get_json(client, path, {"page_size": 100, **(params or {})})
    assert response.status_code == 200, data
    return [row["slug"] for row in data["results"]]


def csv_rows(response):
    """A CSV response parsed with the csv module, as dicts by header."""
    text = body(response).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))
