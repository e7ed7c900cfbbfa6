"""The bad-input catalogue, Local Circle join form (the public site's only form).

Each bad field gets its own message next to it, in the visitor's language, and
nothing is stored or sent (tests/circles/test_forms.py covers the ordinary
mistakes: missing, too long, wrong choice). This adds what no person types on
purpose: control characters, bidirectional overrides, bytes that are not UTF-8,
ids out of range, bodies too large, too many fields; and proves that SQL- and
HTML-looking text is stored as typed and shown escaped to staff.
"""

import re

import pytest
from django.core import mail
from django.test import Client

from circles.models import JoinRequest
from tests.bad_input import (
    BAD_REQUEST_TITLE,
    HTML_LIKE,
    SQL_LIKE,
    error_page,
    record_counts,
)
from tests.circles.helpers import field_errors, join_data, started
from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

JOIN_FORM = "/{lang}/circles/climate-action/"

SINGLE_LINE = (
    "Please remove line breaks and special characters.",
    "Quite los saltos de línea y los caracteres especiales.",
)
MULTI_LINE = ("Please remove special characters.", "Quite los caracteres especiales.")
NULL = ("Null characters are not allowed.", "Los caracteres nulos no están permitidos.")
EMAIL = (
    "Please enter a valid email address, like name@example.org.",
    "Escriba un correo electrónico válido, como nombre@ejemplo.org.",
)
CIRCLES = ("Please choose circles from the list.", "Elija círculos de la lista.")
MEMBER = ("Please choose a member from the list.", "Elija un miembro de la lista.")

CHARACTERS = {
    "nul": "\x00",
    "unit-separator": "\x1f",
    "delete": "\x7f",
    "c1-next-line": "\x85",
    "bidi-override": "\u202e",
    "bidi-isolate": "\u2066",
    "not-utf8": "\ufffd",  # what Django reads bytes that are not UTF-8 as
}
TEXT_FIELDS = {
    "name": SINGLE_LINE,
    "organisation": SINGLE_LINE,
    "jurisdiction_name": SINGLE_LINE,
    "message": MULTI_LINE,
}

CASES = [
    pytest.param(
        field,
        {field: f"Ana{character}Pérez"},
        NULL if character == "\x00" else messages,
        id=f"{field}-{name}",
    )
    for field, messages in TEXT_FIELDS.items()
    for name, character in CHARACTERS.items()
] + [
    pytest.param("name", {"name": "Ana\tPérez"}, SINGLE_LINE, id="name-tab"),
    pytest.param(
        "email",
        {"email": "ana\x00@example.org"},
        tuple(zip(EMAIL, NULL, strict=True)),
        id="email-nul",
    ),
    *[
        pytest.param(
            "email", {"email": f"ana{character}@example.org"}, EMAIL, id=f"email-{name}"
        )
        for name, character in CHARACTERS.items()
        if name != "nul"
    ],
    pytest.param("email", {"email": SQL_LIKE}, EMAIL, id="email-sql-like"),
    pytest.param("email", {"email": HTML_LIKE}, EMAIL, id="email-html-like"),
    pytest.param(
        "email", {"email": "a" * 250 + "@example.org"}, None, id="email-too-long"
    ),
    *[
        pytest.param("circles", {"circles": [value]}, CIRCLES, id=f"circles-{name}")
        for name, value in [
            ("beyond-64-bits", "99999999999999999999"),
            ("negative", "-1"),
            ("zero", "0"),
            ("nul", "\x00"),
            ("path-traversal", "../../etc/passwd"),
            ("sql-like", SQL_LIKE),
        ]
    ],
    *[
        pytest.param(
            "jurisdiction", {"jurisdiction": value}, MEMBER, id=f"member-{name}"
        )
        for name, value in [
            ("beyond-64-bits", "99999999999999999999"),
            ("negative", "-1"),
            ("not-a-number", "rosario"),
        ]
    ],
    pytest.param("jurisdiction", {"jurisdiction": "1\x00"}, NULL, id="member-nul"),
]


@pytest.fixture
def climate(db):
    return ThemeFactory(
        slug="climate-action",
        name_en="Climate Action",
        name_es="Acción climática",
        is_local_circle=True,
    )


@pytest.mark.parametrize(("field", "overrides", "messages"), CASES)
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_character_no_one_types_is_refused_on_its_field_and_nothing_stored(
    client, climate, field, overrides, messages, language
):
    before = record_counts()

    response = client.post(
        JOIN_FORM.format(lang=language), join_data([climate], **overrides)
    )

    if messages is None:  # Django's own max_length message names the limit
        messages = (
            "Please use an email address of at most 254 characters.",
            "Use un correo electrónico de 254 caracteres como máximo.",
        )
    assert response.status_code == 200
    expected = messages[language == "es"]
    assert field_errors(response, field) == (
        list(expected) if isinstance(expected, tuple) else [expected]
    )
    assert record_counts() == before
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", b"Ana%FF%FEP%C3%A9rez"),
        ("organisation", b"Caf%E9"),  # Latin-1, not UTF-8
        ("message", b"%C0%AF"),  # an overlong UTF-8 "/"
    ],
)
def test_a_form_body_that_is_not_utf8_is_refused_on_its_field(
    client, climate, field, value
):
    data = join_data([climate])
    data.pop(field)
    body = b"&".join(
        f"{key}={item}".encode()
        for key, values in data.items()
        for item in (values if isinstance(values, list) else [values])
    )

    response = client.generic(
        "POST",
        JOIN_FORM.format(lang="en"),
        body + b"&" + field.encode() + b"=" + value,
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    expected = MULTI_LINE if field == "message" else SINGLE_LINE
    assert field_errors(response, field) == [expected[0]]
    assert JoinRequest.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "messages"),
    [
        (
            "en",
            {
                "name": ["Please enter your name."],
                "email": ["Please enter your email address."],
                "organisation": ["Please enter your organization."],
                "sector": ["Please choose your sector."],
                "circles": ["Please choose at least one circle."],
                "language": ["Please choose a language."],
                "consent": [
                    "Please agree to the privacy notice so that we can handle your "
                    "request."
                ],
            },
        ),
        (
            "es",
            {
                "name": ["Escriba su nombre."],
                "email": ["Escriba su correo electrónico."],
                "organisation": ["Escriba el nombre de su organización."],
                "sector": ["Elija su sector."],
                "circles": ["Elija al menos un círculo."],
                "language": ["Elija un idioma."],
                "consent": [
                    "Acepte el aviso de privacidad para que podamos gestionar su "
                    "solicitud."
                ],
            },
        ),
    ],
)
def test_an_empty_form_names_every_missing_field(client, climate, language, messages):
    # What a browser sends for an untouched form: empty text fields, and no value
    # at all for radio buttons and checkboxes left unchecked.
    empty = {
        "name": "",
        "email": "",
        "organisation": "",
        "jurisdiction": "",
        "jurisdiction_name": "",
        "message": "",
        "website": "",
        "started": started(),
    }

    response = client.post(JOIN_FORM.format(lang=language), empty)

    assert response.status_code == 200
    assert {field: field_errors(response, field) for field in messages} == messages
    assert JoinRequest.objects.count() == 0


# -- bodies too large, or with too many fields ---------------------------------


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "en",
            "What you sent is too large for us to read. Shorten it and send it again.",
        ),
        (
            "es",
            "Lo que envió es demasiado grande para que podamos leerlo. Acórtelo y "
            "vuelva a enviarlo.",
        ),
    ],
)
@pytest.mark.parametrize("enforce_csrf_checks", [False, True])
def test_a_body_larger_than_the_limit_is_a_413_page(
    climate, settings, language, message, enforce_csrf_checks
):
    # With CSRF checks on (as in production) the token is read from the body,
    # before the view: the page was opened first, as a browser would.
    client = Client(enforce_csrf_checks=enforce_csrf_checks)
    client.get(JOIN_FORM.format(lang=language))
    token = client.cookies["csrftoken"].value
    oversized = "m" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)

    response = client.post(
        JOIN_FORM.format(lang=language),
        join_data([climate], message=oversized, csrfmiddlewaretoken=token),
    )

    assert response.status_code == 413
    assert error_page(response) == (BAD_REQUEST_TITLE[language], message)
    assert JoinRequest.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The address or the form holds too many fields for us to read."),
        (
            "es",
            "La dirección o el formulario contiene demasiados campos para que "
            "podamos leerlos.",
        ),
    ],
)
def test_a_body_with_too_many_fields_is_a_400_page(client, climate, language, message):
    data = join_data([climate], circles=[str(n) for n in range(1001)])

    response = client.post(JOIN_FORM.format(lang=language), data)

    assert response.status_code == 400
    assert error_page(response) == (BAD_REQUEST_TITLE[language], message)
    assert JoinRequest.objects.count() == 0


@pytest.mark.parametrize(
    "path", ["/en/members/", "/en/circles/", "/en/reforms/open-budget/", "/en/privacy/"]
)
def test_a_page_without_a_form_refuses_a_post_whatever_its_size(client, path):
    response = client.generic(
        "POST",
        path,
        b"x=" + b"y" * (3 * 1024 * 1024),
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 405
    assert record_counts() == dict.fromkeys(record_counts(), 0)


# -- SQL- and HTML-looking text: stored as typed, shown escaped ----------------


def test_sql_and_html_looking_text_is_stored_as_typed_and_escaped_for_staff(
    client, climate, staff_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            JOIN_FORM.format(lang="en"),
            join_data(
                [climate],
                name=HTML_LIKE,
                organisation=SQL_LIKE,
                jurisdiction_name="<img src=x onerror=alert(1)>",
                message=f"{HTML_LIKE}\n{SQL_LIKE}; DROP TABLE circles_joinrequest;",
            ),
        )
    assert response.status_code == 302
    # Staff hear of a request once its sender confirms it from the mailed link.
    link = re.search(
        r"http://testserver(/es/circles/join/confirm/\S+/)", mail.outbox[-1].body
    ).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(link).status_code == 302

    stored = JoinRequest.objects.get()
    assert (stored.name, stored.organisation, stored.jurisdiction_name) == (
        HTML_LIKE,
        SQL_LIKE,
        "<img src=x onerror=alert(1)>",
    )
    assert stored.message == f"{HTML_LIKE}\n{SQL_LIKE}; DROP TABLE circles_joinrequest;"

    editor = staff_client("Editors")
    for page in (
        "/admin/circles/joinrequest/",
        f"/admin/circles/joinrequest/{stored.pk}/change/",
    ):
        html = editor.get(page).content.decode()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert HTML_LIKE not in html
        assert "<img src=x" not in html
    change = editor.get(f"/admin/circles/joinrequest/{stored.pk}/change/")
    html = change.content.decode()
    assert "&#x27; OR 1=1 --" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html

    notice = mail.outbox[-1].body
    assert HTML_LIKE in notice  # plain text: nothing there runs it
