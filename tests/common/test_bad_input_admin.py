"""The bad-input catalogue, admin: spreadsheet import, lists, search, history.

A spreadsheet that cannot be read (not UTF-8, not the chosen format, binary junk,
columns the records do not have, no key column) is refused on the upload form with
a message in the staff member's language; one whose cells hold control characters
or text too long is refused row by row in the preview. Either way nothing is
written. Malformed ids and unreadable query strings in the admin's own addresses
are a 404 or a 400, never a 500.
"""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.bad_input import (
    BAD_REQUEST_TITLE,
    HTML_LIKE,
    SQL_LIKE,
    UNREADABLE_ADDRESS,
    error_page,
    record_counts,
)
from tests.common.test_admin_spreadsheets import (
    CSV,
    MEMBER_HEADER,
    ROSARIO,
    XLSX,
    _csv,
    _row_errors,
)
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

MEMBERS = "/admin/members/jurisdiction/"


def _upload(client, content, *, file_format=CSV, language="en", name="members.csv"):
    return client.post(
        f"{MEMBERS}import/",
        {
            "resource": "0",
            "format": file_format,
            "import_file": SimpleUploadedFile(name, content),
        },
        headers={"accept-language": language},
    )


def _form_errors(response):
    form = response.context["form"]
    return form.errors.get("import_file", [])


def _workbook(rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


# -- files that cannot be read, or name the wrong columns: a form error --------

NOT_UTF8 = (
    "This file is not UTF-8 text. Save it as “CSV UTF-8” (or as an Excel workbook, "
    "and choose xlsx) and upload it again.",
    "Este archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» (o como libro de "
    "Excel, y elija xlsx) y vuelva a subirlo.",
)
NOT_CSV = (
    "This file cannot be read as csv. Check that the format chosen is the file's own.",
    "Este archivo no se puede leer como csv. Compruebe que el formato elegido sea el "
    "del archivo.",
)
NOT_XLSX = (
    "This file cannot be read as xlsx. Check that the format chosen is the file's own.",
    "Este archivo no se puede leer como xlsx. Compruebe que el formato elegido sea el "
    "del archivo.",
)
BINARY_JUNK = bytes(range(256)) * 8
FILE_CASES = [
    # (case, content, format, [(English, Spanish), …])
    (
        "latin-1-csv",
        _csv(ROSARIO).replace("Paraná".encode(), "Paraná".encode("latin-1")),
        CSV,
        [NOT_UTF8],
    ),
    ("invalid-utf8-bytes", _csv(ROSARIO) + b"\xff\xfe", CSV, [NOT_UTF8]),
    ("binary-junk-as-csv", BINARY_JUNK, CSV, [NOT_UTF8]),
    ("binary-junk-as-xlsx", BINARY_JUNK, XLSX, [NOT_XLSX]),
    ("csv-as-xlsx", _csv(ROSARIO), XLSX, [NOT_XLSX]),
    (
        "cell-beyond-the-csv-field-limit",
        _csv(ROSARIO.replace("A city on the Paraná.", "x" * 200_000)),
        CSV,
        [NOT_CSV],
    ),
    (
        "misspelt-column",
        _csv(ROSARIO, header=MEMBER_HEADER.replace("name_es", "nmae_es")),
        CSV,
        [
            (
                "The first row names columns these records do not have: nmae_es. "
                "The columns are listed below.",
                "La primera fila nombra columnas que estos registros no tienen: "
                "nmae_es. Las columnas se enumeran más abajo.",
            )
        ],
    ),
    (
        "no-key-column",
        _csv(ROSARIO.split(",", 1)[1], header=MEMBER_HEADER.split(",", 1)[1]),
        CSV,
        [
            (
                "The first row must name the column Slug: it says which record each "
                "row is.",
                "La primera fila debe nombrar la columna Identificador: indique a qué registro "
                "corresponde cada fila.",
            )
        ],
    ),
    (
        "another-spreadsheet",
        _csv("1,2,3", header="id,password,<script>"),
        CSV,
        [
            (
                "The first row names columns these records do not have: id, "
                "password, <script>. The columns are listed below.",
                "La primera fila nombra columnas que estos registros no tienen: id, "
                "password, <script>. Las columnas se enumeran más abajo.",
            ),
            (
                "The first row must name the column Slug: it says which record each "
                "row is.",
                "La primera fila debe nombrar la columna Identificador: indique a qué registro "
                "corresponde cada fila.",
            ),
        ],
    ),
    (
        "workbook-with-wrong-columns",
        _workbook([["slug", "nombre"], ["rosario", "Rosario"]]),
        XLSX,
        [
            (
                "The first row names columns these records do not have: nombre. The "
                "columns are listed below.",
                "La primera fila nombra columnas que estos registros no tienen: "
                "nombre. Las columnas se enumeran más abajo.",
            )
        ],
    ),
    (
        "empty-file",
        b"",
        CSV,
        # (sic: Django's own Spanish)
        [("The submitted file is empty.", "El archivo enviado está vació.")],
    ),
    (
        "header-only",
        MEMBER_HEADER.encode(),
        CSV,
        [
            (
                "No valid data to import. Ensure your file has the correct headers or "
                "data for import.",
                "No hay datos válidos para importar. Revise que el archivo tenga los "
                "encabezados correctos y datos para importar.",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("content", "file_format", "messages"),
    [pytest.param(*case[1:], id=case[0]) for case in FILE_CASES],
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_file_that_cannot_be_read_is_a_form_error_and_writes_nothing(
    staff_client, content, file_format, messages, language
):
    client = staff_client("Editors")
    before = record_counts()

    response = _upload(client, content, file_format=file_format, language=language)

    assert response.status_code == 200
    assert _form_errors(response) == [message[language == "es"] for message in messages]
    assert "result" not in response.context
    assert "confirm_form" not in response.context
    assert record_counts() == before


# -- cells that cannot be stored: the row and column named, nothing written ----

CONTROL = "Remove the control character {code}: it cannot be shown or stored."
CONTROL_ES = "Quite el carácter de control {code}: no se puede mostrar ni guardar."


@pytest.mark.parametrize(
    ("character", "code"),
    [
        ("\x00", "U+0000"),
        ("\x1f", "U+001F"),
        ("\x7f", "U+007F"),
        ("\x85", "U+0085"),
        ("\u202e", "U+202E"),
        ("\u2067", "U+2067"),
    ],
)
@pytest.mark.parametrize(
    ("attribute", "cells", "bad_cells"),
    [
        ("slug", "rosario,Rosario", "ros{c}ario,Rosario"),
        ("name_en", "Rosario,Rosario,", "Ros{c}ario,Rosario,"),
        ("summary_es", "Una ciudad", "Una{c} ciudad"),
    ],
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_control_character_in_a_cell_rejects_the_file(
    staff_client, character, code, attribute, cells, bad_cells, language
):
    client = staff_client("Editors")
    row = ROSARIO.replace(cells, bad_cells.format(c=character), 1)
    before = record_counts()

    response = _upload(client, _csv(row), language=language)

    message = (CONTROL if language == "en" else CONTROL_ES).format(code=code)
    assert response.status_code == 200
    assert _row_errors(response) == [(1, {attribute: [message]})]
    assert "confirm_form" not in response.context
    assert record_counts() == before


def test_tabs_and_line_breaks_in_a_cell_are_text(staff_client):
    client = staff_client("Editors")
    summary = '"A city\non the\tParaná."'

    response = _upload(client, _csv(ROSARIO.replace("A city on the Paraná.", summary)))

    assert _row_errors(response) == []
    assert "confirm_form" in response.context


@pytest.mark.parametrize(
    ("old", "new", "errors"),
    [
        (
            "Rosario,Rosario,Municipalidad",
            "R" * 161 + ",Rosario,Municipalidad",
            {
                "name": ["Ensure this value has at most 160 characters (it has 161)."],
                "name_en": [
                    "Ensure this value has at most 160 characters (it has 161)."
                ],
            },
        ),
        (
            "rosario,Rosario",
            "r" * 81 + ",Rosario",
            {"slug": ["Ensure this value has at most 80 characters (it has 81)."]},
        ),
        (
            "rosario,Rosario",
            "..%2F..%2Fetc,Rosario",
            {
                "slug": [
                    "Enter a valid “slug” consisting of letters, numbers, underscores "
                    "or hyphens."
                ]
            },
        ),
        (
            "Rosario,Rosario,Municipalidad",
            ",,Municipalidad",
            {
                "name": ["This field cannot be blank."],
                "name_en": ["This field cannot be blank."],
            },
        ),
        (
            "americas,2020",
            "americas,-1",
            {
                "member_since": [
                    "Enter a year between 2011 and 2100.",
                    "Ensure this value is greater than or equal to 0.",
                ]
            },
        ),
        (
            "2026-11-01,1",
            "2026-13-45,1",
            {"last_verified_on": ["Enter a date as YYYY-MM-DD."]},
        ),
    ],
    ids=[
        "name-too-long",
        "slug-too-long",
        "slug-traversal",
        "name-empty",
        "year",
        "date",
    ],
)
def test_a_value_the_record_cannot_hold_rejects_the_file(
    staff_client, old, new, errors
):
    client = staff_client("Editors")
    before = record_counts()

    response = _upload(client, _csv(ROSARIO.replace(old, new, 1)))

    assert _row_errors(response) == [(1, errors)]
    assert record_counts() == before


def test_sql_and_html_looking_cells_are_imported_as_text_and_shown_escaped(
    staff_client, client
):
    editor = staff_client("Editors")
    row = ROSARIO.replace(
        "Rosario,Rosario,Municipalidad", f'"{HTML_LIKE}","{SQL_LIKE}",Municipalidad', 1
    )
    preview = _upload(editor, _csv(row))
    assert editor.post(
        f"{MEMBERS}process_import/", preview.context["confirm_form"].initial
    ).status_code == (302)

    member = JurisdictionFactory._meta.model.objects.get(slug="rosario")
    assert (member.name_en, member.name_es) == (HTML_LIKE, SQL_LIKE)
    for page, audience in [
        (MEMBERS, editor),
        (f"{MEMBERS}{member.pk}/change/", editor),
        ("/en/members/rosario/", client),
        ("/en/members/", client),
    ]:
        html = audience.get(page).content.decode()
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, page
        assert HTML_LIKE not in html, page
    assert "&#x27; OR 1=1 --" in client.get("/es/members/rosario/").content.decode()


# -- the admin's own addresses -------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        f"{MEMBERS}?q=%00",
        f"{MEMBERS}?country=%00",
        f"{MEMBERS}?region=a%00b",
        f"{MEMBERS}?status=%FF",
        "/admin/reforms/reform/?status=%00",
        "/admin/events/meeting/?region=%00",
        "/admin/circles/joinrequest/?status=%00",
        "/admin/autocomplete/?term=%00&app_label=reforms&model_name=reform"
        "&field_name=themes",
    ],
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_an_unreadable_query_string_in_the_admin_is_a_400(staff_client, path, language):
    response = staff_client("Editors").get(path, headers={"accept-language": language})

    assert response.status_code == 400
    assert error_page(response) == (
        BAD_REQUEST_TITLE[language],
        UNREADABLE_ADDRESS[language],
    )


@pytest.mark.parametrize(
    "object_id", ["abc", "-", "1.5", "%00", "%FF", "99999999999999999999"]
)
@pytest.mark.parametrize(
    "model",
    ["members/jurisdiction", "reforms/reform", "themes/theme", "events/meeting"],
)
def test_a_history_address_with_an_id_that_cannot_be_one_is_a_404(
    staff_client, model, object_id
):
    client = staff_client("Editors")
    member = JurisdictionFactory()

    for path in (
        f"/admin/{model}/{object_id}/history/",
        f"/admin/members/jurisdiction/{member.pk}/history/{object_id}/",
    ):
        assert client.get(path).status_code == 404, path


def test_an_error_on_a_translated_field_is_listed_once(staff_client):
    client = staff_client("Editors")

    response = _upload(
        client, _csv(ROSARIO.replace("Rosario,Rosario,Municipalidad", ",,Mun", 1))
    )

    assert [
        (problem["row"], problem["column"], problem["value"], problem["message"])
        for problem in response.context["row_problems"]
    ] == [(2, "Name (English)", "", "This field cannot be blank.")]
