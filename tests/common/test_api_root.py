import pytest

pytestmark = pytest.mark.django_db


def test_root_links_every_resource_and_the_docs(client, at_noon):
    response = client.get("/api/v1/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=300"
    assert response.json() == {
        "jurisdictions": "http://testserver/api/v1/jurisdictions/",
        "themes": "http://testserver/api/v1/themes/",
        "reforms": "http://testserver/api/v1/reforms/",
        "meetings": "http://testserver/api/v1/meetings/",
        "sessions": "http://testserver/api/v1/sessions/",
        "action-plans": "http://testserver/api/v1/action-plans/",
        "commitments": "http://testserver/api/v1/commitments/",
        "documents": "http://testserver/api/v1/documents/",
        "schema": "http://testserver/api/v1/schema/",
        "docs": "http://testserver/api/v1/docs/",
        "redoc": "http://testserver/api/v1/docs/redoc/",
        "guide": "http://testserver/api/v1/guide/",
    }


def test_guide_address_leads_to_the_rendered_guide_and_is_linked_from_the_docs(
    client,
):
    response = client.get("/api/v1/guide/", follow=True)
    assert response.redirect_chain == [("/en/open-data/#guide", 302)]
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert '<h2 id="guide">API guide</h2>' in response.content.decode()
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    assert "[API guide](/api/v1/guide/)" in schema["info"]["description"]


def test_missing_slash_redirects(client):
    response = client.get("/api/v1/themes")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/themes/"
