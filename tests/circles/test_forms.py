"""Every invalid field of the join form: its own message next to it, in the visitor's
language, and nothing stored or sent."""

import pytest
from django.core import mail

from circles.models import JoinRequest
from tests.circles.helpers import field_errors, join_data, page_text, started
from tests.factories import JurisdictionFactory, ThemeFactory

pytestmark = pytest.mark.django_db

INVALID = [
    # (case id, field, overrides, English message, Spanish message)
    (
        "name-missing",
        "name",
        {"name": "  "},
        "Please enter your name.",
        "Escriba su nombre.",
    ),
    (
        "name-too-long",
        "name",
        {"name": "A" * 201},
        "Please shorten your name to 200 characters.",
        "Acorte su nombre a 200 caracteres.",
    ),
    (
        "name-line-break",
        "name",
        {"name": "Ana\r\nBcc: x@example.org"},
        "Please remove line breaks and special characters.",
        "Quite los saltos de línea y los caracteres especiales.",
    ),
    (
        "email-missing",
        "email",
        {"email": ""},
        "Please enter your email address.",
        "Escriba su correo electrónico.",
    ),
    (
        "email-invalid",
        "email",
        {"email": "ana@"},
        "Please enter a valid email address, like name@example.org.",
        "Escriba un correo electrónico válido, como nombre@ejemplo.org.",
    ),
    (
        "organisation-missing",
        "organisation",
        {"organisation": None},
        "Please enter your organization.",
        "Escriba el nombre de su organización.",
    ),
    (
        "organisation-too-long",
        "organisation",
        {"organisation": "O" * 201},
        "Please shorten the organization's name to 200 characters.",
        "Acorte el nombre de la organización a 200 caracteres.",
    ),
    (
        "sector-missing",
        "sector",
        {"sector": None},
        "Please choose your sector.",
        "Elija su sector.",
    ),
    (
        "sector-unknown",
        "sector",
        {"sector": "mayor"},
        "Please choose one of the sectors listed.",
        "Elija uno de los sectores de la lista.",
    ),
    (
        "member-unknown",
        "jurisdiction",
        {"jurisdiction": "999999"},
        "Please choose a member from the list.",
        "Elija un miembro de la lista.",
    ),
    (
        "member-and-typed-name",
        "jurisdiction_name",
        {"jurisdiction": "MEMBER", "jurisdiction_name": "Valparaíso"},
        "Please choose a member from the list or type a name, not both.",
        "Elija un miembro de la lista o escriba un nombre, pero no ambos.",
    ),
    (
        "typed-name-too-long",
        "jurisdiction_name",
        {"jurisdiction_name": "V" * 201},
        "Please shorten this name to 200 characters.",
        "Acorte este nombre a 200 caracteres.",
    ),
    (
        "circles-missing",
        "circles",
        {"circles": None},
        "Please choose at least one circle.",
        "Elija al menos un círculo.",
    ),
    (
        "circles-not-a-circle",
        "circles",
        {"circles": ["NOT_A_CIRCLE"]},
        "Please choose circles from the list.",
        "Elija círculos de la lista.",
    ),
    (
        "circles-garbage",
        "circles",
        {"circles": ["abc"]},
        "Please choose circles from the list.",
        "Elija círculos de la lista.",
    ),
    (
        "language-missing",
        "language",
        {"language": None},
        "Please choose a language.",
        "Elija un idioma.",
    ),
    (
        "language-unknown",
        "language",
        {"language": "fr"},
        "Please choose one of the languages listed.",
        "Elija uno de los idiomas de la lista.",
    ),
    (
        "message-too-long",
        "message",
        {"message": "m" * 2001},
        "Please shorten your message to 2000 characters (it has 2001).",
        "Acorte su mensaje a 2000 caracteres (ahora tiene 2001).",
    ),
    (
        "consent-missing",
        "consent",
        {"consent": None},
        "Please agree to the privacy notice so that we can handle your request.",
        "Acepte el aviso de privacidad para que podamos gestionar su solicitud.",
    ),
]


@pytest.mark.parametrize(
    ("field", "overrides", "english", "spanish"),
    [case[1:] for case in INVALID],
    ids=[case[0] for case in INVALID],
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_invalid_field_shows_its_error_in_the_visitors_language_and_stores_nothing(
    client, climate, language, field, overrides, english, spanish
):
    member = JurisdictionFactory()
    not_a_circle = ThemeFactory(is_local_circle=False)
    placeholders = {"MEMBER": str(member.pk), "NOT_A_CIRCLE": str(not_a_circle.pk)}
    overrides = {
        key: (
            [placeholders.get(v, v) for v in value]
            if isinstance(value, list)
            else placeholders.get(value, value)
        )
        for key, value in overrides.items()
    }
    response = client.post(
        f"/{language}/circles/climate-action/", join_data([climate], **overrides)
    )
    assert response.status_code == 200
    assert field_errors(response, field) == [english if language == "en" else spanish]
    other_fields = [case[1] for case in INVALID if case[1] != field]
    assert [f for f in other_fields if field_errors(response, f)] == []
    assert JoinRequest.objects.count() == 0
    assert mail.outbox == []


def test_invalid_form_keeps_what_was_typed_and_says_why_at_the_top(client, climate):
    response = client.post(
        "/es/circles/climate-action/", join_data([climate], email="ana@")
    )
    html = response.content.decode()
    assert 'value="Municipalidad de Rosario"' in html
    assert 'aria-invalid="true"' in html
    assert "Su solicitud todavía no se envió. Corrija los campos señalados." in (
        page_text(response)
    )
    assert "<title>Error:" in html


def test_unpublished_member_cannot_be_chosen(client, climate):
    hidden = JurisdictionFactory(is_published=False)
    response = client.post(
        "/en/circles/climate-action/",
        join_data([climate], jurisdiction=str(hidden.pk)),
    )
    assert field_errors(response, "jurisdiction") == [
        "Please choose a member from the list."
    ]
    assert JoinRequest.objects.count() == 0


def test_draft_circle_cannot_be_chosen(client, climate):
    draft = ThemeFactory(is_local_circle=True, is_published=False)
    response = client.post("/en/circles/climate-action/", join_data([climate, draft]))
    assert field_errors(response, "circles") == ["Please choose circles from the list."]
    assert JoinRequest.objects.count() == 0


@pytest.mark.parametrize("language", ["en", "es"])
def test_expired_form_asks_to_send_again_and_stores_nothing(
    client, climate, settings, language
):
    settings.CIRCLES_FORM_MAX_AGE = 60
    response = client.post(
        f"/{language}/circles/climate-action/",
        join_data([climate], started=started(seconds_ago=120)),
    )
    expected = {
        "en": "This form was open for a long time. Please check your details and "
        "send it again.",
        "es": "Este formulario estuvo abierto mucho tiempo. Revise sus datos y "
        "envíelo de nuevo.",
    }[language]
    assert response.status_code == 200
    assert expected in page_text(response)
    assert JoinRequest.objects.count() == 0
    # A fresh timestamp replaces the stale one, so the next try goes through.
    assert started(seconds_ago=120) not in response.content.decode()


@pytest.mark.parametrize(
    "field", ["name", "email", "organisation", "jurisdiction_name", "message"]
)
def test_null_characters_are_refused_not_a_server_error(client, climate, field):
    response = client.post(
        "/en/circles/climate-action/", join_data([climate], **{field: "Ana\x00"})
    )
    assert response.status_code == 200
    assert "Null characters are not allowed." in field_errors(response, field)
    assert JoinRequest.objects.count() == 0
