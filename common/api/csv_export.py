"""CSV exports: every matching row, streamed, one column per language.

The columns come from the resource serializer's declared fields, so the CSV and the
JSON always hold the same data: a translated field becomes one column per
configured language (``name_en``, ``name_es``), a list (related slugs, countries,
sources) is joined with ``;``, booleans read ``true``/``false`` and a missing value
is an empty cell. Text that a spreadsheet would run as a formula is written with a
quote in front (common.spreadsheet_safety); numbers and dates are not text and
are written as they are.
"""

import csv
import io

from django.http import StreamingHttpResponse
from rest_framework import serializers

from common.api.fields import FallbackFieldsField, TranslatedField
from common.i18n.languages import language_codes
from common.spreadsheet_safety import escape_formula

ROWS_PER_QUERY = 500
ROWS_PER_CHUNK = 100
LIST_SEPARATOR = ";"
# Serializer fields whose values are not text: never escaped.
NOT_TEXT_FIELDS = (
    serializers.BooleanField,
    serializers.DateField,
    serializers.DateTimeField,
    serializers.DecimalField,
    serializers.FloatField,
    serializers.IntegerField,
)


def columns(serializer):
    """``(header, field name, language or None)`` for each column."""
    result = []
    for name, field in serializer.fields.items():
        if isinstance(field, FallbackFieldsField):
            continue
        if isinstance(field, TranslatedField):
            result += [(f"{name}_{code}", name, code) for code in language_codes()]
        else:
            result.append((name, name, None))
    return result


def _cell(value, *, text):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        value = LIST_SEPARATOR.join(str(item) for item in value)
    return escape_formula(value) if text else value


def rows(serializer, queryset):
    """The header, then one list of cells per record."""
    layout = columns(serializer)
    yield [header for header, _name, _code in layout]
    text = {
        name: not isinstance(field, NOT_TEXT_FIELDS)
        for name, field in serializer.fields.items()
    }
    # Prefetched links are read for each chunk of records.
    for record in queryset.iterator(chunk_size=ROWS_PER_QUERY):
        row = serializer.to_representation(record)
        yield [
            _cell(row[name][code] if code else row[name], text=text[name])
            for _h, name, code in layout
        ]


def _chunks(lines):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for index, line in enumerate(lines, start=1):
        writer.writerow(line)
        if index % ROWS_PER_CHUNK == 0:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode()


def csv_response(serializer, queryset, *, filename):
    """A streamed UTF-8 CSV download of every record in ``queryset``, in the
    language of ``serializer``'s context (every language, one column each).

    Records are read ``ROWS_PER_QUERY`` at a time with their links, so memory
    stays flat however many rows match.
    """
    response = StreamingHttpResponse(
        _chunks(rows(serializer, queryset)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = serializer.context["texts"].content_language
    return response
