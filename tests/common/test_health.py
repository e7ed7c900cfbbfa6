import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


def test_healthz_needs_no_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok")
    assert "no-cache" in response["Cache-Control"]


def test_readyz_checks_database_and_cache(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.fixture
def unreachable_database():
    """Point the real connection at a database that cannot be reached, then restore.

    The open connection is set aside rather than closed: SQLite's in-memory test
    database would vanish with it.
    """
    original_settings = dict(connection.settings_dict)
    open_connection = connection.connection
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-directory/unreachable.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"  # nothing listens there
    yield
    if connection.connection is not None:
        connection.connection.close()
    connection.connection = open_connection
    connection.settings_dict.clear()
    connection.settings_dict.update(original_settings)


@pytest.mark.django_db(transaction=True)
def test_readyz_fails_cleanly_when_the_database_is_down(client, unreachable_database):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "failed",
        "cache": "ok",
    }
