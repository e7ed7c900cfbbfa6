"""The bad-input catalogue, public pages: lists, detail pages, calendar files.

A list page never fails on its query string: a value it cannot use is left out
with a message in the visitor's language naming the filter and the value; a page
that does not exist is a 404 with the list's own page. A query string that is not
text at all (invalid UTF-8, a NUL) is a 400 page saying so, before any view runs. A
slug that names nothing, or cannot be a slug, is a 404. Nothing is ever written.
"""

import datetime
import re

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.bad_input import (
    BAD_REQUEST_TITLE,
    DOT_DOT,
    HTML_LIKE,
    SQL_LIKE,
    TOO_LONG_SEARCH,
    TRAVERSAL,
    UNREADABLE_ADDRESS,
    error_page,
    record_counts,
)
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.pages import notices, result_slugs

pytestmark = pytest.mark.django_db

LIST_PAGES = ["members", "reforms", "meetings", "themes", "commitments"]


@pytest.fixture
def directory(db):
    """One published record of each kind, linked, so every page has a result."""
    theme = ThemeFactory(
        slug="open-data", name_en="Open data", name_es="Datos abiertos"
    )
    member = JurisdictionFactory(slug="rosario", name_en="Rosario", name_es="Rosario")
    reform = ReformFactory(slug="open-budget", jurisdictions=[member], themes=[theme])
    meeting = MeetingFactory(slug="open-americas-2022")
    SessionFactory(
        meeting=meeting,
        slug="opening",
        starts_at=datetime.datetime(2022, 9, 26, 13, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2022, 9, 26, 14, tzinfo=datetime.UTC),
        showcased_reforms=[reform],
        themes=[theme],
        jurisdictions=[member],
    )
    ThemeFactory(slug="climate", is_local_circle=True, category="local-circle-theme")
    plan = ActionPlanFactory(slug="rosario-2021-2023", jurisdiction=member)
    CommitmentFactory(ogp_id="ARROS0001", action_plan=plan, primary_theme=theme)
    return record_counts()


def _get(client, path, **headers):
    response = client.get(path, headers=headers)
    assert response.status_code < 500
    return response


# -- values a list page leaves out, saying so ----------------------------------

SEARCH_MESSAGES = [
    # (case, query, English message, Spanish message)
    (
        "search-too-long",
        f"q={TOO_LONG_SEARCH}",
        "Search: Ensure this value has at most 200 characters (it has 201). "
        "That filter was left out.",
        "Buscar: Asegúrese de que este valor tenga menos de 200 caracteres "
        "(tiene 201). Se omitió ese filtro.",
    ),
    (
        "search-unit-separator",
        "q=a%1Fb",
        "Search: Remove the control character U+001F: it cannot be shown or "
        "stored. That filter was left out.",
        "Buscar: Quite el carácter de control U+001F: no se puede mostrar ni "
        "guardar. Se omitió ese filtro.",
    ),
    (
        "search-c1-control",
        "q=a%C2%85b",
        "Search: Remove the control character U+0085: it cannot be shown or "
        "stored. That filter was left out.",
        "Buscar: Quite el carácter de control U+0085: no se puede mostrar ni "
        "guardar. Se omitió ese filtro.",
    ),
    (
        "search-bidi-override",
        "q=%E2%80%AEatad",
        "Search: Remove the control character U+202E: it cannot be shown or "
        "stored. That filter was left out.",
        "Buscar: Quite el carácter de control U+202E: no se puede mostrar ni "
        "guardar. Se omitió ese filtro.",
    ),
    (
        "page-not-a-number",
        "page=abc",
        "“abc” is not a page number: here is the first page.",
        "«abc» no es un número de página: se muestra la primera página.",
    ),
    (
        "page-exponent",
        "page=1e9",
        "“1e9” is not a page number: here is the first page.",
        "«1e9» no es un número de página: se muestra la primera página.",
    ),
    (
        "ordering-unknown",
        "ordering=password",
        "Sort by: Select a valid choice. password is not one of the available "
        "choices. That filter was left out.",
        "Ordenar por: Escoja una opción válida. password no es una de las "
        "opciones disponibles. Se omitió ese filtro.",
    ),
]

FILTER_MESSAGES = [
    # (case, page, query, English message, Spanish message)
    (
        "slug-path-traversal",
        "members",
        f"theme={TRAVERSAL}",
        "Theme: nothing is called “../../etc/passwd”. That filter was left out.",
        "Tema: no existe «../../etc/passwd». Se omitió ese filtro.",
    ),
    (
        "slug-dot-dot",
        "reforms",
        f"meeting={DOT_DOT}",
        "Meeting: nothing is called “..”. That filter was left out.",
        "Encuentro: no existe «..». Se omitió ese filtro.",
    ),
    (
        "slug-too-long-shown-cut",
        "reforms",
        "jurisdiction=" + "x" * 300,
        f"Member: nothing is called “{'x' * 100}”. That filter was left out.",
        f"Miembro: no existe «{'x' * 100}». Se omitió ese filtro.",
    ),
    (
        "slug-sql-like",
        "reforms",
        "theme=%27%20OR%201%3D1%20--",
        f"Theme: nothing is called “{SQL_LIKE}”. That filter was left out.",
        f"Tema: no existe «{SQL_LIKE}». Se omitió ese filtro.",
    ),
    (
        "slug-html-like",
        "meetings",
        "theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        f"Theme: nothing is called “{HTML_LIKE}”. That filter was left out.",
        f"Tema: no existe «{HTML_LIKE}». Se omitió ese filtro.",
    ),
    (
        "date-impossible",
        "meetings",
        "date_from=2022-13-45",
        "From: Enter a date as YYYY-MM-DD, such as 2026-01-31. That filter was "
        "left out.",
        "Desde: Introduzca una fecha con el formato AAAA-MM-DD, como 2026-01-31. "
        "Se omitió ese filtro.",
    ),
    (
        "date-february-30",
        "meetings",
        "date_to=2022-02-30",
        "Until: Enter a date as YYYY-MM-DD, such as 2026-01-31. That filter was "
        "left out.",
        "Hasta: Introduzca una fecha con el formato AAAA-MM-DD, como 2026-01-31. "
        "Se omitió ese filtro.",
    ),
    (
        "date-local-format",
        "meetings",
        "date_from=31%2F01%2F2026",
        "From: Enter a date as YYYY-MM-DD, such as 2026-01-31. That filter was "
        "left out.",
        "Desde: Introduzca una fecha con el formato AAAA-MM-DD, como 2026-01-31. "
        "Se omitió ese filtro.",
    ),
    (
        "year-not-a-number",
        "members",
        "member_since=2020.5",
        "Member since: Enter a whole number. That filter was left out.",
        "Miembro desde: Introduzca un número entero. Se omitió ese filtro.",
    ),
    (
        "choice-unknown",
        "members",
        "region=mars",
        "Region: Select a valid choice. mars is not one of the available choices. "
        "That filter was left out.",
        "Región: Escoja una opción válida. mars no es una de las opciones "
        "disponibles. Se omitió ese filtro.",
    ),
    (
        "country-unknown",
        "reforms",
        "country=zz",
        "Country: Select a valid choice. ZZ is not one of the available choices. "
        "That filter was left out.",
        "País: Escoja una opción válida. ZZ no es una de las opciones "
        "disponibles. Se omitió ese filtro.",
    ),
    (
        "commitment-region-unknown",
        "commitments",
        "region=mars",
        "Region: Select a valid choice. mars is not one of the available choices. "
        "That filter was left out.",
        "Región: Escoja una opción válida. mars no es una de las opciones "
        "disponibles. Se omitió ese filtro.",
    ),
    (
        "commitment-theme-unknown",
        "commitments",
        f"theme={TRAVERSAL}",
        "Theme: nothing is called “../../etc/passwd”. That filter was left out.",
        "Tema: no existe «../../etc/passwd». Se omitió ese filtro.",
    ),
    (
        "commitment-member-unknown",
        "commitments",
        "jurisdiction=atlantis",
        "Member: nothing is called “atlantis”. That filter was left out.",
        "Miembro: no existe «atlantis». Se omitió ese filtro.",
    ),
    (
        "commitment-year-not-a-number",
        "commitments",
        "year=soon",
        "Active in year: Enter a whole number. That filter was left out.",
        "{Active in year}: Introduzca un número entero. Se omitió ese filtro.",
    ),
    (
        "commitment-completion-unknown",
        "commitments",
        "completion=half-done",
        "Completion: Select a valid choice. half-done is not one of the available "
        "choices. That filter was left out.",
        "{Completion}: Escoja una opción válida. half-done no es una de las "
        "opciones disponibles. Se omitió ese filtro.",
    ),
    (
        "commitment-plan-status-unknown",
        "commitments",
        "plan_status=%3Cb%3E",
        "Plan status: Select a valid choice. <b> is not one of the available "
        "choices. That filter was left out.",
        "{Plan status}: Escoja una opción válida. <b> no es una de las opciones "
        "disponibles. Se omitió ese filtro.",
    ),
    (
        "theme-kind-unknown",
        "themes",
        "kind=mars",
        "Type: Select a valid choice. mars is not one of the available choices. "
        "That filter was left out.",
        "Tipo: Escoja una opción válida. mars no es una de las opciones "
        "disponibles. Se omitió ese filtro.",
    ),
]

MESSAGE_CASES = [
    pytest.param(page, query, english, spanish, id=f"{page}-{case}")
    for page in LIST_PAGES
    for case, query, english, spanish in SEARCH_MESSAGES
] + [
    pytest.param(page, query, english, spanish, id=f"{page}-{case}")
    for case, page, query, english, spanish in FILTER_MESSAGES
]


def _in_spanish_labels(message):
    """A Spanish message whose ``{Label}`` is the filter label as the Spanish
    catalogue has it (the plan filters' labels may await their translation)."""
    with translation.override("es"):
        return re.sub(r"\{([^}]+)\}", lambda found: gettext(found.group(1)), message)


@pytest.mark.parametrize(("page", "query", "english", "spanish"), MESSAGE_CASES)
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_value_a_list_cannot_use_is_left_out_with_a_message(
    client, directory, page, query, english, spanish, language
):
    response = _get(client, f"/{language}/{page}/?{query}")

    assert response.status_code == 200
    assert notices(response) == [
        english if language == "en" else _in_spanish_labels(spanish)
    ]
    assert record_counts() == directory


@pytest.mark.parametrize("page", LIST_PAGES)
@pytest.mark.parametrize("number", ["-1", "0", "99999999999999999999"])
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "There is no page {number}: these results fit on 1 page."),
        ("es", "No existe la página {number}: estos resultados caben en 1 página."),
    ],
)
def test_a_page_number_out_of_range_is_a_404_with_the_list(
    client, directory, page, number, language, message
):
    response = _get(client, f"/{language}/{page}/?page={number}")

    assert response.status_code == 404
    assert notices(response) == [message.format(number=number)]
    assert result_slugs(response) == []
    assert record_counts() == directory


# -- values a list page has no use for: ignored --------------------------------


@pytest.mark.parametrize("page", LIST_PAGES)
@pytest.mark.parametrize(
    "query",
    [
        "page_size=-1",
        "page_size=99999999999999999999",
        "format=xml",
        "lang=zz",
        "expand=..%2F..%2Fetc%2Fpasswd",
        "jurisdiction=,,,",  # commas only: no slug at all
    ],
)
def test_parameters_a_page_does_not_take_or_that_are_empty_are_ignored(
    client, directory, page, query
):
    plain = _get(client, f"/en/{page}/")

    response = _get(client, f"/en/{page}/?{query}")

    assert response.status_code == 200
    assert notices(response) == []
    assert result_slugs(response) == result_slugs(plain) != []


@pytest.mark.parametrize("page", LIST_PAGES)
@pytest.mark.parametrize(
    ("headers", "language"),
    [
        ({"accept": "application/xml"}, "en"),
        ({"accept": "text/csv;q=abc, */*;q=-1"}, "en"),
        ({"accept-language": "zz"}, "en"),
        ({"accept-language": "es-419;q=abc, zz;q=2"}, "en"),
        ({"accept-language": "x" * 3000}, "en"),
    ],
)
def test_unknown_formats_and_languages_in_headers_change_nothing(
    client, directory, page, headers, language
):
    response = _get(client, f"/{language}/{page}/", **headers)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert f'<html lang="{language}">' in response.content.decode()
    assert notices(response) == []


@pytest.mark.parametrize(
    "accept_language", ["zz", "x" * 3000, "*;q=-1", ",,,", "es-419;q=abc"]
)
def test_an_unknown_browser_language_gets_the_english_site(client, accept_language):
    response = client.get("/", headers={"accept-language": accept_language})

    assert (response.status_code, response["Location"]) == (302, "/en/")


@pytest.mark.parametrize("page", LIST_PAGES)
@pytest.mark.parametrize("query", ["q=", "q=%20%20", "q=%1F", "theme=&page="])
def test_empty_values_redirect_to_the_address_without_them(client, page, query):
    response = client.get(f"/es/{page}/?{query}")

    assert (response.status_code, response["Location"]) == (302, f"/es/{page}/")


# -- SQL- and HTML-looking text is only text -----------------------------------


@pytest.mark.parametrize("page", LIST_PAGES)
@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("q=%27%20OR%201%3D1%20--", 'value="&#x27; OR 1=1 --"'),
        (
            "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            'value="&lt;script&gt;alert(1)&lt;/script&gt;"',
        ),
    ],
)
def test_sql_and_html_looking_searches_find_nothing_and_are_shown_escaped(
    client, directory, page, query, shown
):
    response = _get(client, f"/en/{page}/?{query}")
    body = response.content.decode()

    assert response.status_code == 200
    assert result_slugs(response) == []
    assert shown in body
    assert HTML_LIKE not in body
    assert record_counts() == directory


def test_an_unknown_slug_in_a_message_is_escaped(client, directory):
    response = _get(client, "/en/members/?theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    body = response.content.decode()

    assert "“&lt;script&gt;alert(1)&lt;/script&gt;”" in body
    assert HTML_LIKE not in body


# -- query strings that are not text: a 400 before any view --------------------

PAGES_AND_FILES = [
    "/{lang}/",
    "/{lang}/members/",
    "/{lang}/reforms/",
    "/{lang}/meetings/",
    "/{lang}/themes/",
    "/{lang}/circles/",
    "/{lang}/members/rosario/",
    "/{lang}/reforms/open-budget/",
    "/{lang}/meetings/open-americas-2022/",
    "/{lang}/themes/open-data/",
    "/{lang}/circles/climate/",
    "/{lang}/action-plans/rosario-2021-2023/",
    "/{lang}/commitments/ARROS0001/",
    "/{lang}/privacy/",
    "/{lang}/meetings/open-americas-2022/calendar.ics",
    "/{lang}/meetings/open-americas-2022/sessions/opening/calendar.ics",
]
UNREADABLE_QUERIES = [
    "q=%FF%FE",  # invalid UTF-8
    "q=caf%E9",  # Latin-1, not UTF-8
    "q=a%00b",  # NUL: PostgreSQL cannot hold it
    "theme=%00",
    "meeting=open-americas-2022%00",
    "%FF=1",  # in a parameter's name
    "page=%C0%AF",  # an overlong UTF-8 "/"
]


@pytest.mark.parametrize("path", PAGES_AND_FILES)
@pytest.mark.parametrize("query", ["q=%FF%FE", "q=a%00b"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_query_string_that_is_not_text_is_a_400_saying_so(
    client, directory, path, query, language
):
    response = client.get(f"{path.format(lang=language)}?{query}")

    assert response.status_code == 400
    assert response["Content-Type"] == "text/html; charset=utf-8"
    assert error_page(response) == (
        BAD_REQUEST_TITLE[language],
        UNREADABLE_ADDRESS[language],
    )
    assert f'<html lang="{language}">' in response.content.decode()
    assert record_counts() == directory


@pytest.mark.parametrize("query", UNREADABLE_QUERIES)
def test_every_kind_of_unreadable_query_string_is_refused(client, directory, query):
    response = client.get(f"/es/reforms/?{query}")

    assert response.status_code == 400
    assert error_page(response) == (BAD_REQUEST_TITLE["es"], UNREADABLE_ADDRESS["es"])
    assert record_counts() == directory


def test_the_400_page_outside_a_language_prefix_speaks_the_browsers_language(
    client,
):
    response = client.get("/robots.txt?x=%FF", headers={"accept-language": "es"})

    assert response.status_code == 400
    assert error_page(response) == (BAD_REQUEST_TITLE["es"], UNREADABLE_ADDRESS["es"])


def test_a_query_string_that_is_not_text_is_never_answered_from_the_cache(
    client, directory, settings
):
    settings.RESPONSE_CACHE = True
    # U+FFFD, written properly, is text: the page (and its cache entry) exists.
    assert client.get("/en/members/?q=%EF%BF%BD").status_code == 200

    # Django would read %FF as that same U+FFFD.
    assert client.get("/en/members/?q=%FF").status_code == 400


# -- slugs that name nothing or cannot be slugs: 404 ---------------------------

DETAIL_PREFIXES = [
    "/{lang}/members/",
    "/{lang}/reforms/",
    "/{lang}/meetings/",
    "/{lang}/themes/",
    "/{lang}/circles/",
    "/{lang}/action-plans/",
    "/{lang}/commitments/",
]
BAD_SLUGS = [
    TRAVERSAL,
    DOT_DOT,
    "%2e%2e%2f%2e%2e%2f",
    "%252e%252e",  # double-encoded
    "x" * 300,
    "%00",
    "%FF",
    "%3Cb%3E",
    "a%20b",
    "a%0Ab",
    "no-such-slug",
    "open-data",  # a theme's slug, under members
]


@pytest.mark.parametrize("prefix", DETAIL_PREFIXES)
@pytest.mark.parametrize("slug", BAD_SLUGS)
def test_a_slug_that_names_nothing_is_a_404_page(client, directory, prefix, slug):
    if prefix.endswith("themes/") and slug == "open-data":
        slug = "rosario"
    response = client.get(f"{prefix.format(lang='en')}{slug}/")

    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.content.decode()
    assert record_counts() == directory


@pytest.mark.parametrize("prefix", DETAIL_PREFIXES)
def test_the_404_page_of_a_bad_slug_speaks_spanish_under_es(client, prefix):
    response = client.get(f"{prefix.format(lang='es')}{TRAVERSAL}/")

    assert response.status_code == 404
    assert "<h1>Página no encontrada</h1>" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    [
        f"/en/meetings/{TRAVERSAL}/calendar.ics",
        f"/en/meetings/{DOT_DOT}/calendar.ics",
        "/en/meetings/no-such-meeting/calendar.ics",
        f"/en/meetings/open-americas-2022/sessions/{TRAVERSAL}/calendar.ics",
        "/en/meetings/open-americas-2022/sessions/no-such-session/calendar.ics",
        "/en/meetings/open-americas-2022/sessions/opening/calendar.ics/..%2F..",
        f"/en/{TRAVERSAL}",
        "/static/..%2F..%2Fogplocal%2Fsettings.py",
        "/static/%2e%2e/%2e%2e/ogplocal/settings.py",
    ],
)
def test_path_traversal_finds_no_file(client, directory, path):
    response = client.get(path)

    assert response.status_code == 404
    assert b"SECRET_KEY" not in response.content


@pytest.mark.parametrize(
    "path", ["/zz/", "/zz/members/", "/zz/members/rosario/", "/EN/members/", "/e/"]
)
def test_an_unknown_language_prefix_is_a_404(client, directory, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "<h1>Page not found</h1>" in response.content.decode()
