"""The bad-input catalogue, partner API (/api/v1/): every list and detail endpoint.

Each refusal is a 4xx with a JSON body naming what is wrong — ``{"parameter":
["message"]}`` for a query parameter, ``{"detail": "…"}`` otherwise — in English, or
in Spanish with ``?lang=es`` (or ``Accept-Language: es``). The API is read-only:
nothing is ever written.
"""

import json

import pytest

from tests.api_helpers import body
from tests.bad_input import (
    DOT_DOT,
    HTML_LIKE,
    SQL_LIKE,
    TOO_LONG_SEARCH,
    TRAVERSAL,
    UNREADABLE_QUERY_DETAIL,
    record_counts,
)
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v1/jurisdictions/",
    "/api/v1/themes/",
    "/api/v1/reforms/",
    "/api/v1/meetings/",
    "/api/v1/sessions/",
    "/api/v1/meetings/open-americas-2022/sessions/",
]
DETAILS = [
    "/api/v1/jurisdictions/{slug}/",
    "/api/v1/themes/{slug}/",
    "/api/v1/reforms/{slug}/",
    "/api/v1/meetings/{slug}/",
    "/api/v1/sessions/open-americas-2022/{slug}/",
    "/api/v1/meetings/open-americas-2022/sessions/{slug}/",
]


@pytest.fixture
def directory(db):
    theme = ThemeFactory(slug="open-data")
    member = JurisdictionFactory(slug="rosario")
    reform = ReformFactory(slug="open-budget", jurisdictions=[member], themes=[theme])
    meeting = MeetingFactory(slug="open-americas-2022")
    SessionFactory(
        meeting=meeting,
        slug="opening",
        showcased_reforms=[reform],
        themes=[theme],
        jurisdictions=[member],
    )
    return record_counts()


def _json(response):
    assert response["Content-Type"] == "application/json", body(response)[:300]
    return json.loads(body(response))


def _get(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code < 500
    return response


# -- a parameter the endpoint refuses: 400 naming it ---------------------------

EVERY_LIST = [
    # (case, query, parameter, English, Spanish)
    (
        "search-too-long",
        f"q={TOO_LONG_SEARCH}",
        "q",
        "Ensure this value has at most 200 characters (it has 201).",
        "Asegúrese de que este valor tenga menos de 200 caracteres (tiene 201).",
    ),
    (
        "search-unit-separator",
        "q=a%1Fb",
        "q",
        "Remove the control character U+001F: it cannot be shown or stored.",
        "Quite el carácter de control U+001F: no se puede mostrar ni guardar.",
    ),
    (
        "search-c1-control",
        "q=a%C2%85b",
        "q",
        "Remove the control character U+0085: it cannot be shown or stored.",
        "Quite el carácter de control U+0085: no se puede mostrar ni guardar.",
    ),
    (
        "search-bidi-override",
        "q=%E2%80%AEatad",
        "q",
        "Remove the control character U+202E: it cannot be shown or stored.",
        "Quite el carácter de control U+202E: no se puede mostrar ni guardar.",
    ),
    *[
        (
            f"page-{value}",
            f"page={value}",
            "page",
            "Enter a whole number from 1.",
            "Indique un número entero a partir de 1.",
        )
        for value in ["-1", "0", "abc", "1e9", "1.5"]
    ],
    *[
        (
            f"page-size-{value}",
            f"page_size={value}",
            "page_size",
            "Enter a whole number from 1 to 100.",
            "Indique un número entero entre 1 y 100.",
        )
        for value in ["-1", "0", "101", "99999999999999999999", "abc"]
    ],
    (
        "ordering-unknown",
        "ordering=password",
        "ordering",
        "Select a valid choice. password is not one of the available choices.",
        "Escoja una opción válida. password no es una de las opciones disponibles.",
    ),
    (
        "ordering-empty-item",
        "ordering=-updated_at,",
        "ordering",
        "Remove the empty value between the commas.",
        "Quite el valor vacío entre las comas.",
    ),
    (
        "updated-since-offset-out-of-range",
        "updated_since=2026-01-01T00:00:00%2B99:99",
        "updated_since",
        "Enter a date and time with its time zone, such as 2026-01-31T09:00:00Z, "
        "or a date such as 2026-01-31.",
        "Introduzca una fecha y hora con su zona horaria, como "
        "2026-01-31T09:00:00Z, o una fecha como 2026-01-31.",
    ),
    (
        "updated-since-words",
        "updated_since=yesterday",
        "updated_since",
        "Enter a date and time with its time zone, such as 2026-01-31T09:00:00Z, "
        "or a date such as 2026-01-31.",
        "Introduzca una fecha y hora con su zona horaria, como "
        "2026-01-31T09:00:00Z, o una fecha como 2026-01-31.",
    ),
]

NOT_A_SLUG = (
    "“{value}” is not a slug: slugs hold only letters, digits, hyphens and "
    "underscores.",
    "«{value}» no es un identificador: solo puede tener letras, dígitos, guiones y "
    "guiones bajos.",
)
BAD_DATE = (
    "Enter a date as YYYY-MM-DD, such as 2026-01-31.",
    "Introduzca una fecha con el formato AAAA-MM-DD, como 2026-01-31.",
)
BAD_CHOICE = (
    "Select a valid choice. {value} is not one of the available choices.",
    "Escoja una opción válida. {value} no es una de las opciones disponibles.",
)
SOME_LISTS = [
    # (case, endpoint, query, parameter, (English, Spanish))
    *[
        (
            f"slug-path-traversal-{resource}",
            f"/api/v1/{resource}/",
            f"theme={TRAVERSAL}",
            "theme",
            tuple(text.format(value="../../etc/passwd") for text in NOT_A_SLUG),
        )
        for resource in ["jurisdictions", "reforms", "meetings", "sessions"]
    ],
    (
        "slug-dot-dot",
        "/api/v1/reforms/",
        f"meeting={DOT_DOT}",
        "meeting",
        tuple(text.format(value="..") for text in NOT_A_SLUG),
    ),
    (
        "slug-html-like",
        "/api/v1/meetings/",
        "jurisdiction=%3Cscript%3E",
        "jurisdiction",
        tuple(text.format(value="<script>") for text in NOT_A_SLUG),
    ),
    (
        "slug-sql-like",
        "/api/v1/sessions/",
        "reform=%27%20OR%201%3D1%20--",
        "reform",
        tuple(text.format(value=SQL_LIKE) for text in NOT_A_SLUG),
    ),
    (
        "slug-too-long-shown-cut",
        "/api/v1/jurisdictions/",
        "meeting=" + "x" * 300 + "%2F",
        "meeting",
        tuple(text.format(value="x" * 100) for text in NOT_A_SLUG),
    ),
    (
        "slugs-empty-item",
        "/api/v1/reforms/",
        "theme=open-data,,inclusion",
        "theme",
        (
            "Remove the empty value between the commas.",
            "Quite el valor vacío entre las comas.",
        ),
    ),
    (
        "slugs-too-many",
        "/api/v1/meetings/",
        "theme=" + ",".join(f"t{n}" for n in range(101)),
        "theme",
        ("Name at most 100 slugs.", "Indique como máximo 100 identificadores."),
    ),
    (
        "date-impossible",
        "/api/v1/meetings/",
        "date_from=2022-13-45",
        "date_from",
        BAD_DATE,
    ),
    (
        "date-february-30",
        "/api/v1/sessions/",
        "date_to=2022-02-30",
        "date_to",
        BAD_DATE,
    ),
    (
        "date-local-format",
        "/api/v1/meetings/",
        "date_to=31%2F01%2F2026",
        "date_to",
        BAD_DATE,
    ),
    (
        "date-year-zero",
        "/api/v1/sessions/",
        "date_from=0000-01-01",
        "date_from",
        BAD_DATE,
    ),
    (
        "year-not-a-number",
        "/api/v1/jurisdictions/",
        "member_since=abc",
        "member_since",
        ("Enter a whole number.", "Introduzca un número entero."),
    ),
    (
        "region-unknown",
        "/api/v1/jurisdictions/",
        "region=mars",
        "region",
        tuple(text.format(value="mars") for text in BAD_CHOICE),
    ),
    (
        "country-unknown",
        "/api/v1/meetings/",
        "country=zz",
        "country",
        tuple(text.format(value="ZZ") for text in BAD_CHOICE),
    ),
    (
        "theme-kind-unknown",
        "/api/v1/themes/",
        "kind=mars",
        "kind",
        tuple(text.format(value="mars") for text in BAD_CHOICE),
    ),
    (
        "spoken-language-not-a-code",
        "/api/v1/sessions/",
        "language=english",
        "language",
        (
            "Enter a two-letter language code (ISO 639-1) such as “es”.",
            "Introduzca un código de idioma de dos letras (ISO 639-1), como «es».",
        ),
    ),
    (
        "expand-unknown",
        "/api/v1/reforms/",
        "expand=password",
        "expand",
        (
            "“password” cannot be expanded here. Choose from: jurisdictions, themes, commitment.",
            "Aquí no se puede expandir «password». Elija entre: jurisdictions, themes, commitment.",
        ),
    ),
]

# Every list endpoint with every shared case in English; in Spanish, the shared
# cases take the endpoints in turn (the messages come from the same code).
PARAMETER_CASES = (
    [
        pytest.param(endpoint, query, name, "en", english, id=f"en-{endpoint}-{case}")
        for endpoint in LISTS
        for case, query, name, english, _spanish in EVERY_LIST
    ]
    + [
        pytest.param(LISTS[n % len(LISTS)], query, name, "es", spanish, id=f"es-{case}")
        for n, (case, query, name, _english, spanish) in enumerate(EVERY_LIST)
    ]
    + [
        pytest.param(endpoint, query, name, language, message, id=f"{language}-{case}")
        for case, endpoint, query, name, messages in SOME_LISTS
        for language, message in zip(["en", "es"], messages, strict=True)
    ]
)


@pytest.mark.parametrize(
    ("endpoint", "query", "parameter", "language", "message"), PARAMETER_CASES
)
def test_a_bad_parameter_is_a_400_naming_it(
    client, directory, endpoint, query, parameter, language, message
):
    response = _get(client, f"{endpoint}?lang={language}&{query}")

    assert response.status_code == 400
    assert _json(response) == {parameter: [message]}
    assert record_counts() == directory


# -- languages and formats it does not have ------------------------------------


@pytest.mark.parametrize(
    ("endpoint", "value"),
    list(
        zip(
            [*LISTS, "/api/v1/reforms/open-budget/"],
            ["zz", "", "english", "%E2%80%AE", "e", "zz-zz", "%3Cb%3E"],
            strict=True,
        )
    ),
)
@pytest.mark.parametrize(
    ("accept_language", "message"),
    [
        ("en", "“{value}” is not an available language. Choose one of: all, en, es."),
        (
            "es",
            "«{value}» no es un idioma disponible. Elija uno de estos: all, en, es.",
        ),
    ],
)
def test_an_unknown_lang_is_a_400(
    client, directory, endpoint, value, accept_language, message
):
    response = _get(
        client, f"{endpoint}?lang={value}", **{"accept-language": accept_language}
    )

    shown = {"%E2%80%AE": "\u202e", "%3Cb%3E": "<b>"}.get(value, value)
    assert response.status_code == 400
    assert _json(response) == {"lang": [message.format(value=shown)]}


@pytest.mark.parametrize(
    "accept_language", ["zz", "x" * 3000, "*;q=-1", ",,,", "es-419;q=abc"]
)
def test_a_garbled_accept_language_gives_every_language(
    client, directory, accept_language
):
    response = _get(
        client, "/api/v1/themes/open-data/", **{"accept-language": accept_language}
    )

    assert response.status_code == 200
    assert response["Content-Language"] == "en, es"
    assert set(_json(response)["name"]) == {"en", "es"}


@pytest.mark.parametrize(
    ("endpoint", "formats"),
    [
        ("/api/v1/jurisdictions/", "json, csv, geojson"),
        ("/api/v1/themes/", "json, csv"),
        ("/api/v1/reforms/", "json, csv"),
        ("/api/v1/meetings/", "json, csv, ics"),
        ("/api/v1/sessions/", "json, csv, ics"),
        ("/api/v1/meetings/open-americas-2022/sessions/", "json, csv, ics"),
        ("/api/v1/reforms/open-budget/", "json"),
    ],
)
@pytest.mark.parametrize("value", ["xml", "..%2F..%2Fetc%2Fpasswd"])
@pytest.mark.parametrize(
    ("accept_language", "message"),
    [
        ("en", "“{value}” is not a format of this endpoint. Choose one of: {formats}."),
        (
            "es",
            "«{value}» no es un formato de este recurso. Elija uno de estos: {formats}.",
        ),
    ],
)
def test_an_unknown_format_is_a_400(
    client, directory, endpoint, formats, value, accept_language, message
):
    response = _get(
        client, f"{endpoint}?format={value}", **{"accept-language": accept_language}
    )

    shown = "../../etc/passwd" if value.startswith("..") else value
    assert response.status_code == 400
    assert _json(response) == {"format": [message.format(value=shown, formats=formats)]}


@pytest.mark.parametrize(
    ("query", "accept_language", "message"),
    [
        (
            "lang=es&format=xml",
            "en",
            "«xml» no es un formato de este recurso. Elija uno de estos: json, csv.",
        ),
        (
            "lang=en&format=xml",
            "es",
            "“xml” is not a format of this endpoint. Choose one of: json, csv.",
        ),
    ],
)
def test_an_unknown_format_is_refused_in_the_language_asked_for(
    client, directory, query, accept_language, message
):
    response = _get(
        client, f"/api/v1/themes/?{query}", **{"accept-language": accept_language}
    )
    assert response.status_code == 400
    assert _json(response) == {"format": [message]}


@pytest.mark.parametrize(
    ("endpoint", "accept"),
    list(
        zip(
            [*LISTS, "/api/v1/reforms/open-budget/"],
            [
                "application/xml",
                "text/html",
                "image/png, application/pdf;q=0.5",
                "\x00",
                ";;;,,,",
                "application/xml",
                "text/csv",  # an export format, but a single record has none
            ],
            strict=True,
        )
    ),
)
@pytest.mark.parametrize(
    ("accept_language", "message"),
    [
        ("en", "Could not satisfy the request Accept header."),
        ("es", "No se ha podido satisfacer la solicitud de cabecera de Accept."),
    ],
)
def test_an_accept_header_naming_no_format_is_a_406(
    client, directory, endpoint, accept, accept_language, message
):
    response = _get(
        client, endpoint, **{"accept": accept, "accept-language": accept_language}
    )

    assert response.status_code == 406
    assert _json(response) == {"detail": message}


# -- pages, slugs and addresses that do not exist: 404 -------------------------


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize("number", ["2", "99999999999999999999"])
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "There is no page {number}: the last page is 1."),
        ("es", "No existe la página {number}: la última es la 1."),
    ],
)
def test_a_page_past_the_end_is_a_404(
    client, directory, endpoint, number, language, message
):
    response = _get(client, f"{endpoint}?lang={language}&page={number}")

    assert response.status_code == 404
    assert _json(response) == {"detail": message.format(number=number)}


BAD_SLUGS = [
    TRAVERSAL,
    DOT_DOT,
    "%2e%2e%2f%2e%2e%2f",
    "%252e%252e",
    "x" * 300,
    "%FF",
    "%3Cscript%3E",
    "a%20b",
    "a%0Ab",  # a line break, which "." in a URL pattern does not match
    "no-such-slug",
]


@pytest.mark.parametrize("detail", DETAILS)
@pytest.mark.parametrize("slug", BAD_SLUGS)
def test_a_slug_that_names_nothing_is_a_json_404(client, directory, detail, slug):
    response = _get(client, detail.format(slug=slug))

    assert response.status_code == 404
    assert _json(response) == {"detail": "Not found."}
    assert record_counts() == directory


@pytest.mark.parametrize(
    "path",
    [
        f"/api/v1/meetings/{TRAVERSAL}/sessions/",
        f"/api/v1/meetings/{DOT_DOT}/sessions/",
        "/api/v1/meetings/no-such-meeting/sessions/",
        f"/api/v1/{TRAVERSAL}/",
        "/api/v1/nothing/",
        "/api/v2/reforms/",
        "/api/v2/a%0Ab/",
        "/api/",
    ],
)
@pytest.mark.parametrize(
    ("accept_language", "message"), [("en", "Not found."), ("es", "No encontrado.")]
)
def test_an_address_outside_the_api_is_a_json_404(
    client, directory, path, accept_language, message
):
    response = _get(client, path, **{"accept-language": accept_language})

    assert response.status_code == 404
    assert _json(response) == {"detail": message}


# -- query strings that are not text, or too many parameters -------------------


@pytest.mark.parametrize(
    "endpoint", [*LISTS, "/api/v1/reforms/open-budget/", "/api/v1/"]
)
@pytest.mark.parametrize("query", ["q=%FF%FE", "q=a%00b"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_query_string_that_is_not_text_is_a_400(
    client, directory, endpoint, query, language
):
    response = _get(client, f"{endpoint}?lang={language}&{query}")

    assert response.status_code == 400
    assert _json(response) == {"detail": UNREADABLE_QUERY_DETAIL[language]}


@pytest.mark.parametrize(
    "query", ["q=caf%E9", "theme=%00", "%FF=1", "page=%C0%AF", "lang=es%00"]
)
def test_every_kind_of_unreadable_query_string_is_refused(client, directory, query):
    response = _get(client, f"/api/v1/meetings/?{query}")

    assert response.status_code == 400
    assert _json(response) == {"detail": UNREADABLE_QUERY_DETAIL["en"]}


@pytest.mark.parametrize(
    ("accept_language", "message"),
    [
        ("en", "The request holds too many parameters."),
        ("es", "La solicitud contiene demasiados parámetros."),
    ],
)
def test_too_many_parameters_is_a_400(client, directory, accept_language, message):
    query = "&".join(f"p{n}=1" for n in range(1001))

    response = _get(
        client, f"/api/v1/reforms/?{query}", **{"accept-language": accept_language}
    )

    assert response.status_code == 400
    assert _json(response) == {"detail": message}


# -- methods that would write, with bodies of any size: 405 --------------------


# Bigger than DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MB): the API never reads it.
OVERSIZED = b"x" * (3 * 1024 * 1024)
FORM = "application/x-www-form-urlencoded"


@pytest.mark.parametrize(
    ("endpoint", "method", "content", "content_type"),
    [
        ("/api/v1/reforms/", "POST", OVERSIZED, FORM),
        ("/api/v1/reforms/", "PUT", OVERSIZED, "application/json"),
        ("/api/v1/reforms/open-budget/", "PATCH", b"\xff\xfe{", "application/json"),
        ("/api/v1/reforms/open-budget/", "DELETE", b"title=%FF%FE&slug=%00", FORM),
        ("/api/v1/themes/", "POST", b'{"slug": "x", "name": "\' OR 1=1"}', FORM),
    ],
)
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", 'Method "{method}" not allowed.'),
        ("es", 'Método "{method}" no permitido.'),
    ],
)
def test_the_read_only_api_refuses_writes_whatever_the_body(
    client, directory, endpoint, method, content, content_type, language, message
):
    response = client.generic(
        method,
        f"{endpoint}?lang={language}",
        content,
        content_type=content_type,
        headers={"accept-language": language},
    )

    assert response.status_code == 405
    assert _json(response) == {"detail": message.format(method=method)}
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert record_counts() == directory


# -- SQL- and HTML-looking text is only text -----------------------------------


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize("words", [SQL_LIKE, HTML_LIKE, "%", "_", "\\"])
def test_sql_and_html_looking_searches_find_nothing(client, directory, endpoint, words):
    response = client.get(endpoint, {"q": words})

    assert response.status_code == 200
    assert _json(response)["count"] == 0


def test_html_looking_text_stored_in_a_record_is_served_as_json_text(client, db):
    ThemeFactory(slug="scripted", name_en=HTML_LIKE, name_es=SQL_LIKE)

    response = client.get("/api/v1/themes/scripted/")

    assert response["Content-Type"] == "application/json"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert _json(response)["name"] == {"en": HTML_LIKE, "es": SQL_LIKE}


# -- a parameter sent twice where the schema says once -------------------------


@pytest.mark.parametrize(
    ("path", "parameters"),
    [
        ("/api/v1/reforms/?theme=open-data&theme=inclusion", ["theme"]),
        ("/api/v1/meetings/?q=open&q=budget&page=1&page=2", ["page", "q"]),
        ("/api/v1/sessions/?ordering=title&ordering=-title", ["ordering"]),
        ("/api/v1/jurisdictions/?expand=themes&expand=meetings", ["expand"]),
        ("/api/v1/themes/?page_size=1&page_size=100", ["page_size"]),
        ("/api/v1/reforms/open-budget/?lang=en&lang=es", ["lang"]),
        ("/api/v1/meetings/?format=csv&format=json", ["format"]),
    ],
)
@pytest.mark.parametrize(
    ("accept_language", "message"),
    [
        ("en", "Send this parameter only once."),
        ("es", "Envíe este parámetro una sola vez."),
    ],
)
def test_a_parameter_sent_twice_is_a_400(
    client, directory, path, parameters, accept_language, message
):
    response = _get(client, path, **{"accept-language": accept_language})

    assert response.status_code == 400
    assert _json(response) == {name: [message] for name in parameters}


def test_the_choice_filters_may_be_repeated(client, directory):
    response = _get(client, "/api/v1/jurisdictions/?region=americas&region=europe")

    assert response.status_code == 200
    assert [row["slug"] for row in _json(response)["results"]] == ["rosario"]
