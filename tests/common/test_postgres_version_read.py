"""The content version read through libpq gives what Django's cursor gives, and steps
aside wherever reading beside psycopg could change what the request sees."""

import datetime

import psycopg
import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from common.content_version import content_changed, content_version
from common.postgres_version_read import STATEMENT_NAME, read_content_version_row

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="reads through psycopg's libpq"
    ),
]

TABLE = '"common_contentversion"'


def read_fast():
    connection.ensure_connection()
    return read_content_version_row(connection, TABLE, 1)


def read_through_django():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT version, changed_at FROM {TABLE} WHERE id = 1")
        return cursor.fetchone()


def statement_is_prepared():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE name = %s",
            [STATEMENT_NAME.decode()],
        )
        return cursor.fetchone()[0] == 1


def test_reads_what_django_reads_and_follows_each_change():
    content_changed()
    first = read_fast()
    assert first == read_through_django()
    assert first[1].tzinfo == datetime.UTC

    content_changed()
    second = read_fast()
    assert second == read_through_django()
    assert second[0] == first[0] + 1
    assert statement_is_prepared()


def test_a_request_reads_it_through_libpq(client, settings):
    settings.RESPONSE_CACHE = True
    content_changed()
    expected = read_through_django()
    client.get("/en/members/")
    response = client.get("/en/members/")
    assert response["X-Cache"] == "hit"
    # Last-Modified comes from the version the response cache read.
    assert response["Last-Modified"] == expected[1].strftime(
        "%a, %d %b %Y %H:%M:%S GMT"
    )
    assert statement_is_prepared()


def test_prepares_the_statement_again_after_it_was_deallocated():
    content_changed()
    read_fast()
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")
    assert not statement_is_prepared()

    assert read_fast() == read_through_django()
    assert statement_is_prepared()


def test_runs_unprepared_for_a_pooler_in_transaction_mode(monkeypatch):
    content_changed()
    monkeypatch.setitem(connection.settings_dict["OPTIONS"], "prepare_threshold", None)
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")

    assert read_fast() == read_through_django()
    assert not statement_is_prepared()


def test_steps_aside_inside_a_transaction_where_django_sees_its_own_writes():
    content_changed()
    committed = read_through_django()[0]
    with transaction.atomic():
        content_changed()
        assert read_fast() is None
        assert content_version()[0] == committed + 1
    assert content_version()[0] == committed + 1


def test_steps_aside_while_queries_are_logged():
    content_changed()
    with CaptureQueriesContext(connection) as queries:
        assert read_fast() is None
        version = content_version()[0]
    assert version == read_through_django()[0]
    assert len(queries) == 1
    assert queries[0]["sql"].startswith(f"SELECT version, changed_at FROM {TABLE}")


def test_a_closed_connection_is_opened_again():
    content_changed()
    expected = read_through_django()
    connection.close()
    assert content_version() == expected


def test_a_broken_connection_falls_back_to_django_which_reports_it():
    content_changed()
    read_fast()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    with psycopg.connect(**connection.get_connection_params()) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])

    assert read_fast() is None
    connection.close()
    assert content_version()[0] == read_through_django()[0]
