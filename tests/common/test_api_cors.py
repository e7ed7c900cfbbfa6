import pytest

pytestmark = pytest.mark.django_db

ORIGIN = "https://partner.example.org"


def test_any_origin_may_read_the_api(client):
    response = client.get("/api/v1/themes/", headers={"origin": ORIGIN})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Expose-Headers"] == (
        "Content-Disposition, ETag, Retry-After"
    )


def test_preflight_allows_reading_only(client):
    response = client.options(
        "/api/v1/themes/",
        headers={
            "origin": ORIGIN,
            "access-control-request-method": "GET",
            "access-control-request-headers": "if-none-match",
        },
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "if-none-match" in response["Access-Control-Allow-Headers"]


def test_pages_do_not_share_themselves(client):
    response = client.get("/en/", headers={"origin": ORIGIN})
    assert "Access-Control-Allow-Origin" not in response
