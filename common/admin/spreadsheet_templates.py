"""Templates staff download to start a spreadsheet import.

A template holds the columns under their headers in the staff member's language
and one example row: a real record (the demo record its resource names), exported
as the export writes it, so that importing the template unchanged changes
nothing. The XLSX template adds a sheet describing each column and one listing
the allowed values of the choice columns in every language; a CSV file has one
sheet only, so the import screen shows the same guide.
"""

import csv
import io

from django.utils.translation import gettext as _
from django.utils.translation import override
from openpyxl import Workbook
from openpyxl.styles import Font

from common.i18n.languages import language_codes
from common.templatetags.languages import language_name

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def template_rows(resource):
    """The header row and, when the site has a record to show, the example row."""
    rows = [resource.get_export_headers()]
    record = resource.example_record()
    if record is not None:
        rows.append([str(value) for value in resource.export_resource(record)])
    return rows


def template_csv(resource):
    """The template as CSV, UTF-8 with a byte-order mark so that Excel reads its
    accents (the import accepts either)."""
    rows = template_rows(resource)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" + out.getvalue()).encode()


def template_xlsx(resource):
    """The template as an Excel workbook: the rows to fill on the first sheet (the
    one the import reads), then the column guide and the allowed values."""
    rows = template_rows(resource)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Records")
    _write(sheet, rows)

    guide = resource.column_guide()
    columns = book.create_sheet(_("Columns"))
    _write(
        columns,
        [
            [_("Column"), _("Field name"), _("Required"), _("What it takes")],
            *(
                [
                    column["header"],
                    column["name"],
                    _("yes") if column["required"] else _("no"),
                    column["takes"],
                ]
                for column in guide
            ),
        ],
    )

    languages = language_codes()
    allowed = book.create_sheet(_("Allowed values"))
    header = [_("Column"), _("Code")] + [
        _("Name in %(language)s") % {"language": language_name(code)}
        for code in languages
    ]
    values = []
    for column in guide:
        names = {}
        for code in languages:
            with override(code):
                names[code] = dict(_choice_values(resource, column["name"]))
        for value, _name in column["allowed"]:
            values.append(
                [column["header"], value, *(names[code][value] for code in languages)]
            )
    _write(allowed, [header, *values])

    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _choice_values(resource, name):
    widget = resource.fields[name].widget
    return widget.allowed_values() if hasattr(widget, "allowed_values") else []


def _write(sheet, rows):
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for column in sheet.columns:
        width = max(len(str(cell.value or "")) for cell in column)
        sheet.column_dimensions[column[0].column_letter].width = min(
            max(width + 2, 10), 60
        )
