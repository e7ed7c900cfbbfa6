"""The admin in the staff member's language: chosen in the admin itself (every page,
the sign-in and lockout pages included), kept for a year in the language cookie,
which only the admin receives; third-party screens (django-axes,
django-import-export) and the translation-gap panel read as proper Spanish."""

import re

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.factories import DocumentFactory, JurisdictionFactory

pytestmark = pytest.mark.django_db

YEAR = 365 * 24 * 60 * 60
MEMBER_CSV = (
    "slug,name_en,name_es,local_name,kind,country,subdivision,ocd_id,region,"
    "member_since,status,summary_en,summary_es,website,ogp_url,latitude,longitude,"
    "sources,last_verified_on,is_published\n"
    "rosario,Rosario,Rosario,Municipalidad de Rosario,municipality,AR,AR-S,,americas,"
    "2020,active,A city on the Paraná.,Una ciudad junto al Paraná.,"
    "https://www.rosario.gob.ar,,-32.94682,-60.63932,,2026-11-01,1"
).encode()


def page_language(response):
    return re.search(r'<html lang="([^"]+)"', response.text).group(1)


def in_spanish(client):
    """What the chooser leaves behind: the language cookie."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    return client


@pytest.fixture
def superuser_client(django_user_model):
    user = django_user_model.objects.create_superuser(
        "curator", "curator@example.org", "unused-password"
    )
    client = Client()
    client.force_login(user)
    return client


def test_sign_in_page_offers_every_language_by_its_own_name(client):
    response = client.get("/admin/login/?next=/admin/")

    chooser = re.search(
        r'<form id="language-chooser" action="([^"]+)".*?</form>', response.text, re.S
    )
    assert chooser.group(1) == "/i18n/setlang/"
    assert re.findall(
        r'<option value="(\w+)" lang="\w+"[^>]*>([^<]+)</option>', chooser.group(0)
    ) == [("en", "English"), ("es", "Español")]
    assert '<label for="admin-language">Admin language</label>' in chooser.group(0)
    assert 'name="next" value="/admin/login/?next=/admin/"' in chooser.group(0)


def test_choosing_spanish_keeps_it_a_year_for_the_admin_only(client):
    response = client.post(
        "/i18n/setlang/", {"language": "es", "next": "/admin/members/jurisdiction/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/members/jurisdiction/"
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert (cookie.value, cookie["max-age"], cookie["path"], cookie["httponly"]) == (
        "es",
        YEAR,
        "/admin/",
        True,
    )


def test_the_chosen_language_wins_over_the_browsers(client):
    in_spanish(client)

    response = client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="en")

    assert page_language(response) == "es"
    assert '<input type="submit" value="Iniciar sesión">' in response.text
    assert (
        '<label for="admin-language">Idioma de la administración</label>'
        in response.text
    )


def lock_out(client, username="nadie"):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            "/admin/login/?next=/admin/",
            {"username": username, "password": "not-the-password"},
        )
    return response


def test_lockout_page_is_an_admin_page_in_english(client):
    response = lock_out(client)

    assert response.status_code == 429
    assert page_language(response) == "en"
    assert "<title>Sign-in locked | OGP Local Directory</title>" in response.text
    assert (
        "This account was signed in to with a wrong password 5 times in a row, so it "
        "is locked for now." in response.text
    )
    assert (
        "You can try again in 1\xa0hour, or ask another administrator to unlock it "
        "sooner (Access attempts, in the admin)." in response.text
    )
    assert 'id="language-chooser"' in response.text


def test_lockout_page_reads_spanish(client):
    response = lock_out(in_spanish(client))

    assert response.status_code == 429
    assert page_language(response) == "es"
    assert "<title>Inicio de sesión bloqueado | " in response.text
    assert (
        "Se intentó entrar en esta cuenta con una contraseña incorrecta 5 veces "
        "seguidas, por lo que está bloqueada por ahora." in response.text
    )
    assert (
        "Puede volver a intentarlo dentro de 1\xa0hora, o pedir a otro administrador "
        "que la desbloquee antes (Intentos de acceso, en la administración)."
        in response.text
    )


def test_axes_screens_read_spanish(client, superuser_client):
    lock_out(client)
    in_spanish(superuser_client)

    index = superuser_client.get("/admin/")
    attempts = superuser_client.get("/admin/axes/accessattempt/")
    # PostgreSQL's sequences do not restart between tests: look the attempt up.
    locked = AccessAttempt.objects.get()
    attempt = superuser_client.get(f"/admin/axes/accessattempt/{locked.pk}/change/")

    for name in ("Intentos de acceso", "Accesos fallidos", "Registros de acceso"):
        assert f">{name}</a>" in index.text
    for heading in ("Nombre de usuario", "Dirección IP", "Hora del intento"):
        assert f">{heading}</a>" in attempts.text
    assert ">Eliminar los intentos vencidos</option>" in attempts.text
    for legend in ("Datos del formulario", "Metadatos"):
        assert legend in attempt.text
    assert "Inicios de sesión fallidos" in attempt.text


def test_import_summary_reads_spanish(superuser_client):
    client = in_spanish(superuser_client)
    preview = client.post(
        "/admin/members/jurisdiction/import/",
        {
            "resource": "0",
            "format": "0",
            "import_file": SimpleUploadedFile("members.csv", MEMBER_CSV),
        },
    )

    response = client.post(
        "/admin/members/jurisdiction/process_import/",
        preview.context["confirm_form"].initial,
        follow=True,
    )

    assert [str(message) for message in response.context["messages"]] == [
        "Importación terminada. Nuevos: 1; actualizados: 0; eliminados: 0; "
        "omitidos: 0 (miembros)."
    ]


def gap_links(response):
    return re.findall(r'data-count="\d+">([^<]+)</a>', response.text)


def test_translation_gaps_read_as_a_sentence_in_either_language(superuser_client):
    JurisdictionFactory(name_en="Rosario", name_es="")
    JurisdictionFactory(name_en="Córdoba", name_es="Córdoba")

    english = superuser_client.get("/admin/")
    spanish = in_spanish(superuser_client).get("/admin/")

    assert "1 without Spanish" in gap_links(english)
    assert "1 sin traducción al español" in gap_links(spanish)
    assert "0 sin traducción al español" in gap_links(spanish)


def test_missing_translation_column_names_the_language_in_lower_case(
    superuser_client,
):
    response = in_spanish(superuser_client).get("/admin/members/jurisdiction/")

    assert ">Falta español</a>" in response.text


def test_document_language_filter_names_languages_and_unknown(superuser_client):
    DocumentFactory(language="es")
    DocumentFactory(language="")

    english = superuser_client.get("/admin/plans/document/")
    spanish = in_spanish(superuser_client).get("/admin/plans/document/")

    assert re.findall(r'<a href="\?language=(\w*)">([^<]+)</a>', english.text) == [
        ("", "Unknown"),
        ("es", "Spanish"),
    ]
    assert re.findall(r'<a href="\?language=(\w*)">([^<]+)</a>', spanish.text) == [
        ("", "Desconocido"),
        ("es", "Español"),
    ]
