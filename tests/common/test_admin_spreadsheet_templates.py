"""Import templates: one per resource, CSV and XLSX, in the staff member's language,
with a real demo record as the example row; downloaded and imported unchanged,
a template changes nothing."""

import csv
import io

import openpyxl
import pytest
from django.core.management import call_command

from tests.common.test_admin_spreadsheets import XLSX, _row_types, _upload
from tests.demo.conftest import _delete_demo_rows

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_records")]


@pytest.fixture(scope="module")
def demo_records(django_db_setup, django_db_blocker):
    """The demo content, loaded once: these tests import only as previews, which
    write nothing. Removed afterwards, history included (deleting a record adds
    a version to its history, so the tables are emptied twice)."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    yield
    with django_db_blocker.unblock():
        _delete_demo_rows()
        _delete_demo_rows()


# Each importing admin, and the first two cells of its template's example row.
RESOURCES = [
    ("/admin/members/jurisdiction/", ["penalolen", "Peñalolén"]),
    (
        "/admin/reforms/reform/",
        [
            "penalolen-co-creation-lessons",
            "What Peñalolén learned from co-creating its action plan",
        ],
    ),
    ("/admin/events/meeting/", ["open-americas-2022", "Open Americas"]),
    ("/admin/events/session/", ["open-americas-2022", "peer-exchange"]),
    ("/admin/plans/actionplan/", ["mendoza-2021-2023", "mendoza"]),
    ("/admin/plans/commitment/", ["ARCMD0001", "mendoza-2021-2023"]),
]


def _download(client, path, extension, language="en"):
    return client.get(
        f"{path}import/template.{extension}", headers={"accept-language": language}
    )


def _csv_rows(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.mark.parametrize(("path", "example"), RESOURCES)
def test_csv_template_holds_the_export_headers_and_a_demo_row_and_reimports_unchanged(
    staff_client, path, example
):
    client = staff_client("Editors")

    response = _download(client, path, "csv")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, row = _csv_rows(response.content)
    assert row[:2] == example
    assert len(header) == len(row)
    preview = _upload(client, path, response.content, name="template.csv")
    assert _row_types(preview) == ["skip"]
    assert "confirm_form" in preview.context


@pytest.mark.parametrize(("path", "example"), RESOURCES)
def test_xlsx_template_reimports_unchanged(staff_client, path, example):
    client = staff_client("Editors")

    response = _download(client, path, "xlsx")

    assert response.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Records", "Columns", "Allowed values"]
    assert [cell.value for cell in book["Records"][2]][:2] == example
    preview = _upload(
        client, path, response.content, file_format=XLSX, name="template.xlsx"
    )
    assert _row_types(preview) == ["skip"]


def test_the_members_template_speaks_the_staff_members_language(staff_client):
    client = staff_client("Editors")

    english = _download(client, "/admin/members/jurisdiction/", "csv", "en")
    spanish = _download(client, "/admin/members/jurisdiction/", "csv", "es")

    assert english["Content-Disposition"] == (
        'attachment; filename="members-template.csv"'
    )
    assert spanish["Content-Disposition"] == (
        'attachment; filename="miembros-plantilla.csv"'
    )
    assert _csv_rows(english.content)[0][:6] == [
        "Slug",
        "Name (English)",
        "Name (Spanish)",
        "Official local name",
        "Other names",
        "Type of government",
    ]
    assert _csv_rows(spanish.content)[0][:6] == [
        "Identificador",
        "Nombre (inglés)",
        "Nombre (español)",
        "Nombre oficial local",
        "Otros nombres",
        "Tipo de gobierno",
    ]
    # Both languages' headers import: the Spanish template is the same record.
    preview = _upload(client, "/admin/members/jurisdiction/", spanish.content)
    assert _row_types(preview) == ["skip"]


def test_the_xlsx_template_lists_columns_and_allowed_values_in_every_language(
    staff_client,
):
    client = staff_client("Editors")

    response = _download(client, "/admin/members/jurisdiction/", "xlsx", "es")

    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Registros", "Columnas", "Valores admitidos"]
    columns = [[cell.value for cell in row] for row in book["Columnas"].iter_rows()]
    assert columns[0] == ["Columna", "Nombre del campo", "Obligatoria", "Qué admite"]
    assert columns[1][:3] == ["Identificador", "slug", "sí"]
    assert columns[7][:3] == ["País", "country", "sí"]
    allowed = [
        [cell.value for cell in row] for row in book["Valores admitidos"].iter_rows()
    ]
    assert allowed[0] == ["Columna", "Código", "Nombre en inglés", "Nombre en español"]
    assert [row for row in allowed if row[0] == "Región de OGP"] == [
        ["Región de OGP", "americas", "Americas", "Américas"],
        ["Región de OGP", "europe", "Europe", "Europa"],
        [
            "Región de OGP",
            "africa-middle-east",
            "Africa and the Middle East",
            "África y Medio Oriente",
        ],
        ["Región de OGP", "asia-pacific", "Asia and the Pacific", "Asia y el Pacífico"],
        ["Región de OGP", "not-stated", "Region not stated", "Región no indicada"],
    ]
    assert ["Tipo de gobierno", "municipality", "Municipality", "Municipio"] in allowed


def test_the_import_screen_links_both_templates_and_lists_the_columns(staff_client):
    client = staff_client("Editors")

    response = client.get("/admin/members/jurisdiction/import/")

    assert response.context["template_links"] == [
        ("csv", "/admin/members/jurisdiction/import/template.csv"),
        ("xlsx", "/admin/members/jurisdiction/import/template.xlsx"),
    ]
    guide = {column["name"]: column for column in response.context["column_guide"]}
    assert guide["region"]["header"] == "OGP region"
    assert guide["region"]["takes"] == (
        "One of these, by its code or its name in any of the site's languages: "
        "Americas (americas); Europe (europe); Africa and the Middle East "
        "(africa-middle-east); Asia and the Pacific (asia-pacific); Region not stated "
        "(not-stated)."
    )
    assert (guide["name_en"]["required"], guide["name_es"]["required"]) == (True, False)
    html = response.content.decode()
    assert 'href="/admin/members/jurisdiction/import/template.xlsx" download' in html
    assert "Download the template (CSV)" in html


@pytest.mark.parametrize("role", ["Translators", "Viewers"])
def test_only_those_who_import_download_templates(staff_client, role):
    client = staff_client(role)

    assert _download(client, "/admin/members/jurisdiction/", "csv").status_code == 403


def test_a_template_in_another_format_is_not_found(staff_client):
    client = staff_client("Editors")

    assert _download(client, "/admin/members/jurisdiction/", "ods").status_code == 404
