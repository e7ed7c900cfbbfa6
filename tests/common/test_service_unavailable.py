"""While the database cannot be reached, visitors get a 503 in their language."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def client():
    """A visitor's client: an exception in the site is its answer, not raised."""
    return Client(raise_request_exception=False)


def test_a_page_is_a_503_in_the_visitors_language(client, unreachable_database):
    response = client.get("/es/members/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="es">' in html
    assert "No disponible por unos momentos" in html
    assert response["X-Request-ID"] in html


def test_an_api_answer_is_a_json_503(client, unreachable_database):
    response = client.get("/api/v1/reforms/", headers={"accept-language": "es"})
    assert response.status_code == 503
    body = response.json()
    assert body == {
        "detail": "El servicio no está disponible por unos momentos. Vuelva a "
        "intentarlo dentro de un minuto.",
        "request_id": response["X-Request-ID"],
    }


def test_healthz_names_the_database_afterwards(client, unreachable_database):
    client.get("/en/")
    response = client.get("/healthz")
    assert response.status_code == 200
    lines = response.content.decode().splitlines()
    assert lines[0] == "degraded"
    assert lines[1].startswith("database: unavailable")


@pytest.mark.django_db
def test_a_fault_in_our_code_is_still_a_500(client, settings):
    settings.ROOT_URLCONF = "tests.common.raising_urls"
    response = client.get("/en/fail/")
    assert response.status_code == 500
