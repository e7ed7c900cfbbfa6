"""A staff edit is visible on the very next public request, pages and API, in both
languages, whatever kind of change it was (issue 7).

Visitors are anonymous clients (their answers come from the response cache); staff
work through the real admin with their own session (never cached).
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from members.models import Jurisdiction
from tests.adminforms import change_form_data
from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory

pytestmark = pytest.mark.django_db(transaction=True)

MEMBER_PAGES = ["/en/members/rosario/", "/es/members/rosario/"]
MEMBER_API = [
    "/api/v1/jurisdictions/rosario/?lang=en",
    "/api/v1/jurisdictions/rosario/?lang=es",
]


@pytest.fixture
def visitor(settings):
    settings.RESPONSE_CACHE = True
    return Client()


@pytest.fixture
def editor(staff_client):
    return staff_client("Editors")


@pytest.fixture
def rosario():
    return JurisdictionFactory(slug="rosario", name_en="Rosario", name_es="Rosario")


def served_from_cache(visitor, path):
    """Ask twice; the second answer must come from the cache."""
    first = visitor.get(path)
    second = visitor.get(path)
    assert (first.status_code, second["X-Cache"]) == (200, "hit"), path
    return second


def test_a_renamed_member_shows_at_once_in_both_languages(visitor, editor, rosario):
    for path in MEMBER_PAGES + MEMBER_API:
        served_from_cache(visitor, path)

    change_page = editor.get(f"/admin/members/jurisdiction/{rosario.pk}/change/")
    data = change_form_data(change_page)
    data.update(name_en="City of Rosario", name_es="Ciudad de Rosario")
    assert (
        editor.post(
            f"/admin/members/jurisdiction/{rosario.pk}/change/", data
        ).status_code
        == 302
    )

    english, spanish = (visitor.get(path) for path in MEMBER_PAGES)
    assert (english["X-Cache"], spanish["X-Cache"]) == ("miss", "miss")
    assert "City of Rosario" in english.content.decode()
    assert "Ciudad de Rosario" in spanish.content.decode()
    api_english, api_spanish = (visitor.get(path).json()["name"] for path in MEMBER_API)
    assert (api_english, api_spanish) == ("City of Rosario", "Ciudad de Rosario")


def _listed(visitor, page, api):
    html = visitor.get(page).content.decode()
    return 'data-result="rosario"' in html, [
        r["slug"] for r in visitor.get(api).json()["results"]
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_publishing_and_unpublishing_show_at_once(visitor, editor, rosario, language):
    page, api = f"/{language}/members/", f"/api/v1/jurisdictions/?lang={language}"
    served_from_cache(visitor, page)
    served_from_cache(visitor, api)
    assert _listed(visitor, page, api) == (True, ["rosario"])

    action = {"action": "unpublish", "_selected_action": [rosario.pk], "index": 0}
    editor.post("/admin/members/jurisdiction/", action)
    assert _listed(visitor, page, api) == (False, [])

    editor.post("/admin/members/jurisdiction/", {**action, "action": "publish"})
    assert _listed(visitor, page, api) == (True, ["rosario"])


def test_a_deleted_member_is_gone_at_once(visitor, editor, rosario):
    for path in MEMBER_PAGES + MEMBER_API:
        served_from_cache(visitor, path)

    response = editor.post(
        f"/admin/members/jurisdiction/{rosario.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302

    assert [visitor.get(path).status_code for path in MEMBER_PAGES + MEMBER_API] == [
        404
    ] * 4


def test_a_theme_added_to_a_reform_shows_at_once(visitor, editor, rosario):
    reform = ReformFactory(slug="digital-participation", jurisdictions=[rosario])
    theme = ThemeFactory(
        slug="open-data", name_en="Open data", name_es="Datos abiertos"
    )
    pages = ["/en/reforms/digital-participation/", "/es/reforms/digital-participation/"]
    api = "/api/v1/reforms/digital-participation/"
    for path in [*pages, api]:
        served_from_cache(visitor, path)

    change_page = editor.get(f"/admin/reforms/reform/{reform.pk}/change/")
    data = change_form_data(change_page)
    data["themes"] = [str(theme.pk)]
    assert (
        editor.post(f"/admin/reforms/reform/{reform.pk}/change/", data).status_code
        == 302
    )

    english, spanish = (visitor.get(path).content.decode() for path in pages)
    assert "Open data" in english
    assert "Datos abiertos" in spanish
    assert visitor.get(api).json()["themes"] == ["open-data"]


def test_an_imported_member_shows_at_once(visitor, editor):
    page, api = "/es/members/", "/api/v1/jurisdictions/"
    served_from_cache(visitor, page)
    served_from_cache(visitor, api)

    content = (
        "slug,name_en,name_es,kind,country,region,member_since,status,is_published\n"
        "maipu,Maipú,Maipú,municipality,CL,americas,2022,active,1\n"
    ).encode()
    preview = editor.post(
        "/admin/members/jurisdiction/import/",
        {
            "resource": "0",
            "format": "0",
            "import_file": SimpleUploadedFile("members.csv", content),
        },
    )
    confirm = preview.context["confirm_form"].initial
    assert (
        editor.post("/admin/members/jurisdiction/process_import/", confirm).status_code
        == 302
    )
    assert Jurisdiction.objects.filter(slug="maipu").exists()

    assert 'data-result="maipu"' in visitor.get(page).content.decode()
    assert [r["slug"] for r in visitor.get(api).json()["results"]] == ["maipu"]
