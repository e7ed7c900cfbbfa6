"""PostgreSQL timestamps read by the ISO fast path equal what Django's loader reads."""

import datetime

import pytest
from django.db import connection
from psycopg.pq import Format

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="a loader of psycopg's, for PostgreSQL",
    ),
]

LITERALS = [
    "2026-11-27 18:15:43.916782+00",
    "2026-11-27 18:15:43.9+00",
    "2026-11-27 18:15:43+00",
    "2026-11-27 23:45:00+05:30",
    "2026-03-29 01:30:00-03",
    "0001-01-01 00:00:00+00",
    "9999-12-31 23:59:59.999999+00",
]


def current_loader():
    connection.ensure_connection()
    adapters = connection.connection.adapters
    return adapters.get_loader(adapters.types["timestamptz"].oid, Format.TEXT)


def read(literals, *, loader=None):
    with connection.cursor() as cursor:
        if loader is not None:
            cursor.cursor.adapters.register_loader("timestamptz", loader)
        cursor.execute(
            "SELECT value::timestamptz FROM unnest(%s::text[]) AS value", [literals]
        )
        return [value for (value,) in cursor.fetchall()]


def test_the_fast_loader_is_installed_on_each_connection():
    loader = current_loader()
    assert loader.__name__ == "IsoTimestamptzLoader"
    assert loader.timezone == connection.timezone


def test_values_equal_those_of_djangos_loader():
    djangos_loader = current_loader().__mro__[1]
    assert djangos_loader.__module__ == "django.db.backends.postgresql.psycopg_any"

    fast = read(LITERALS)
    slow = read(LITERALS, loader=djangos_loader)

    assert fast == slow
    assert [value.tzinfo for value in fast] == [value.tzinfo for value in slow]
    assert fast[3] == datetime.datetime(2026, 11, 27, 18, 15, tzinfo=datetime.UTC)
    assert fast[1].microsecond == 900000


def test_what_iso_cannot_read_goes_to_djangos_loader():
    # BC dates: psycopg refuses them as before, with its own error.
    with pytest.raises(Exception, match="BC"):
        read(["2000-01-01 00:00:00+00 BC"])
