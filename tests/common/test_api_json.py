"""The API's JSON is DRF's JSON byte for byte, only encoded faster."""

import datetime
from decimal import Decimal

import pytest
from django.utils.translation import gettext_lazy
from rest_framework import renderers
from rest_framework.exceptions import ErrorDetail
from rest_framework.utils.serializer_helpers import ReturnDict, ReturnList

from common.api.renderers import JSONRenderer

PAYLOADS = [
    {"count": 2, "next": None, "previous": None, "results": []},
    ReturnList(
        [{"title": {"en": "Open budgets", "es": "Presupuestos abiertos ñ"}}],
        serializer=None,
    ),
    ReturnDict(
        {"detail": ErrorDetail("Not found.", code="not_found")}, serializer=None
    ),
    {"lazy": gettext_lazy("Search"), "decimal": Decimal("-32.94682")},
    {
        "at": datetime.datetime(2026, 11, 27, 12, 0, 0, 123456, tzinfo=datetime.UTC),
        "on": datetime.date(2026, 11, 27),
    },
    {"separators": "a\u2028b\u2029c", "float": -60.63932, "flag": True},
]


@pytest.mark.parametrize("data", PAYLOADS)
def test_the_bytes_are_those_drf_writes(data):
    assert JSONRenderer().render(data) == renderers.JSONRenderer().render(data)


def test_an_indent_asked_for_is_honoured():
    data = {"a": [1, 2]}
    assert JSONRenderer().render(data, "application/json; indent=2") == (
        b'{\n  "a": [\n    1,\n    2\n  ]\n}'
    )


def test_nothing_renders_as_an_empty_body():
    assert JSONRenderer().render(None) == b""
