"""Spreadsheet import and export of public content (django-import-export).

One column per language (``name_en``, ``name_es``), the slug as the key, links as
comma-separated slugs. An import is all or nothing: every row goes through the
model's validation, and a file with any bad row writes nothing (the preview lists
each bad row with its column). Rows that match the database are skipped, so
importing the same file twice changes nothing, not even ``updated_at``.

Staff read and write the columns under human headers in their own language
("Name (English)", "Nombre (inglés)"); the import also takes the headers of the
other languages and the field names older files carry. Choice columns take the
code or the name in any language, whatever its case and accents. How each column
is read is described by its widget (``describe()``), for the import screen and
the downloadable templates alike.
"""

import contextlib
import csv
import datetime
import io
import logging
import re
import tempfile
import time
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path

from diff_match_patch import diff_match_patch
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, InterfaceError, OperationalError
from django.db.models import CheckConstraint
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext, ngettext, override
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from import_export import fields, resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ImportForm, SelectableFieldsExportForm
from import_export.tmp_storages import BaseStorage, CacheStorage
from openpyxl import load_workbook

from common.admin.spreadsheet_templates import (
    XLSX_CONTENT_TYPE,
    template_csv,
    template_xlsx,
)
from common.api.fields import TranslatedField
from common.db.search_text import normalise_search_text
from common.db.text import normalise_text
from common.i18n.languages import language_codes, translated_columns, translated_fields
from common.spreadsheet_safety import escape_formula, unescape_formula
from common.templatetags.languages import language_name
from common.validators import validate_no_control_characters

logger = logging.getLogger(__name__)

# ---------------------------------------------------------------------------
# Widgets: strict, so that a typo is an error on its row and column. Each says
# what its column takes (``describe()``), for the import screen and templates.
# ---------------------------------------------------------------------------


class TextWidget(widgets.CharWidget):
    """A text cell in the form the database stores (common.db.text): ``\r\n``
    and lone ``\r`` line breaks as ``\n``, no spaces at line ends or around the
    text. Every text column uses it (ContentResource.WIDGETS_MAP), so a row that
    only differs in how its program wrote line breaks is an unchanged row; a
    column declared with its own widget can subclass it or call
    ``normalise_text``."""

    def clean(self, value, row=None, **kwargs):
        # An export escapes a formula with a quote (common.spreadsheet_safety);
        # importing the file again gives back the text itself.
        return normalise_text(unescape_formula(super().clean(value, row, **kwargs)))


def _in_every_language(text):
    """``text`` (a lazy translation) as each configured language writes it."""
    values = []
    for code in language_codes():
        with override(code):
            values.append(str(text))
    return values


def describe_widget(widget):
    """What a column read by ``widget`` takes, in the active language."""
    if hasattr(widget, "describe"):
        return widget.describe()
    if isinstance(widget, widgets.DateTimeWidget):
        return gettext("A date and time in UTC: YYYY-MM-DD HH:MM:SS.")
    if isinstance(widget, widgets.DateWidget):
        return gettext("A date: YYYY-MM-DD.")
    if isinstance(widget, widgets.IntegerWidget):
        return gettext("A whole number.")
    if isinstance(widget, widgets.DecimalWidget):
        return gettext("A number, with a point for decimals (-32.94682).")
    return gettext("Text.")


class ChoiceWidget(widgets.Widget):
    """One value of a fixed list, written as its code (``municipality``) or its
    name in any of the site's languages ("Municipality", "Municipio"), whatever
    the case and accents. It is stored and exported as the code.

    ``aliases`` maps other words staff meet in OGP's pages to a code: Chile's
    municipalities are "comunas", a word that is no label of ours.
    """

    def __init__(self, choices, aliases=None, **kwargs):
        self.choices = list(choices)
        self.aliases = dict(aliases or {})
        self.codes_by_name = None
        super().__init__(**kwargs)

    def allowed_values(self):
        """``[(code, name), …]``, names in the active language."""
        return [(str(code), str(label)) for code, label in self.choices]

    def code_for(self, text):
        if self.codes_by_name is None:
            # Built on first use, when the catalogues are loaded.
            names = {}
            for code, label in self.choices:
                for name in (code, *_in_every_language(label)):
                    names[normalise_search_text(name)] = code
            for alias, code in self.aliases.items():
                names.setdefault(normalise_search_text(alias), code)
            self.codes_by_name = names
        return self.codes_by_name.get(normalise_search_text(text))

    def clean(self, value, row=None, **kwargs):
        text = str("" if value is None else value).strip()
        if text == "":
            return ""
        code = self.code_for(text)
        if code is None:
            raise ValueError(
                _("“%(value)s” is not one of the allowed values: %(allowed)s.")
                % {"value": text, "allowed": self.allowed_text()}
            )
        return code

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)

    def allowed_text(self):
        names = dict(self.allowed_values())
        return "; ".join(
            [
                _("%(name)s (%(code)s)") % {"name": name, "code": code}
                for code, name in self.allowed_values()
            ]
            + [
                _("“%(alias)s” for %(name)s") % {"alias": alias, "name": names[code]}
                for alias, code in self.aliases.items()
            ]
        )

    def describe(self):
        return _(
            "One of these, by its code or its name in any of the site's "
            "languages: %(allowed)s."
        ) % {"allowed": self.allowed_text()}


def country_code(text):
    """The ISO 3166-1 code of a country written as its code (``cl``) or its name in
    any of the site's languages ("Chile", "PERÚ", "Peru"); None when none fits."""
    text = str(text or "").strip()
    if text.upper() in countries:
        return text.upper()
    wanted = normalise_search_text(text)
    for language in language_codes():
        with override(language):
            for country in countries:
                if normalise_search_text(country.name) == wanted:
                    return country.code
    return None


def _not_a_country(text):
    return ValueError(
        _(
            "“%(value)s” is not a country. Write its two-letter ISO code (“CL”) or "
            "its name (“Chile”)."
        )
        % {"value": text}
    )


class SlugForeignKeyWidget(widgets.ForeignKeyWidget):
    """A related record named by its slug, e.g. the meeting of a session; with
    ``by_name``, its name in any language will do too (a theme)."""

    def __init__(self, model, *, by_name=False, **kwargs):
        self.by_name = by_name
        super().__init__(model, field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if self.by_name and value not in (None, ""):
            value = slugs_by_name(self.model, [str(value).strip()])[0]
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No %(model)s has the slug “%(slug)s”.")
                % {"model": self.model._meta.verbose_name, "slug": value}
            ) from None

    def describe(self):
        if self.by_name:
            return _("The slug or the name of a %(model)s.") % {
                "model": self.model._meta.verbose_name
            }
        return _("The slug of a %(model)s.") % {"model": self.model._meta.verbose_name}


def slugs_by_name(model, items):
    """``items`` with each that names a record of ``model`` by its translated name
    (any language, any case or accents) replaced by its slug; the rest unchanged."""
    records = model._default_manager.all()
    by_name = {}
    for record in records:
        for column in translated_columns("name"):
            if getattr(record, column):
                by_name.setdefault(
                    normalise_search_text(getattr(record, column)), record.slug
                )
    slugs = {record.slug for record in records}
    return [
        item if item in slugs else by_name.get(normalise_search_text(item), item)
        for item in items
    ]


class SlugsWidget(widgets.ManyToManyWidget):
    """Linked records as comma-separated slugs (``rosario,penalolen``); with
    ``by_name``, names in any language will do too. An unknown slug is an error,
    where django-import-export would silently drop it."""

    def __init__(self, model, *, by_name=False, **kwargs):
        self.by_name = by_name
        super().__init__(model, separator=",", field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        items = [item.strip() for item in str(value or "").split(",")]
        items = [item for item in items if item]
        if self.by_name and items:
            items = slugs_by_name(self.model, items)
        slugs = sorted(set(items))
        records = self.model._default_manager.filter(slug__in=slugs)
        unknown = sorted(set(slugs) - {record.slug for record in records})
        if unknown:
            raise ValueError(
                _("Unknown slugs: %(slugs)s.") % {"slugs": ", ".join(unknown)}
            )
        return records

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.separator.join(sorted(record.slug for record in value.all()))

    def describe(self):
        names = self.model._meta.verbose_name_plural
        if self.by_name:
            return _(
                "Slugs or names of %(models)s, separated by commas; empty for none."
            ) % {"models": names}
        return _("Slugs of %(models)s, separated by commas; empty for none.") % {
            "models": names
        }


class CountryWidget(widgets.Widget):
    """A country, as its ISO 3166-1 code (``ar`` is read as ``AR``) or its name in
    any of the site's languages ("Chile")."""

    def clean(self, value, row=None, **kwargs):
        text = str(value or "").strip()
        if text == "":
            return ""
        code = country_code(text)
        if code is None:
            raise _not_a_country(text)
        return code

    def render(self, value, obj=None, **kwargs):
        return str(getattr(value, "code", value) or "")

    def describe(self):
        return gettext(
            "A country: its two-letter ISO code (“CL”) or its name (“Chile”)."
        )


class CountriesWidget(widgets.Widget):
    """Several countries (codes or names) separated by commas (``BR,EC``)."""

    def clean(self, value, row=None, **kwargs):
        codes = set()
        for item in str(value or "").split(","):
            if item.strip():
                code = country_code(item)
                if code is None:
                    raise _not_a_country(item.strip())
                codes.add(code)
        return sorted(codes)

    def render(self, value, obj=None, **kwargs):
        return ",".join(sorted(str(country.code) for country in value or []))

    def describe(self):
        return gettext(
            "Countries, separated by commas: each its two-letter ISO code (“CL”) or "
            "its name (“Chile”)."
        )


class DayWidget(widgets.DateWidget):
    """A date; XLSX cells hold dates as datetimes at midnight."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            # django-import-export's own message is English only and names no
            # format.
            raise ValueError(_("Enter a date as YYYY-MM-DD.")) from None


class PlainDecimalWidget(widgets.DecimalWidget):
    """A decimal number written the same in every language (``-32.94682``): a file
    exported from the Spanish admin imports in the English one. A comma is read
    as the decimal mark when there is no point (``-32,94682``)."""

    def clean(self, value, row=None, **kwargs):
        if self.is_empty(value):
            return None
        text = str(value).strip()
        if "." not in text:
            text = text.replace(",", ".")
        try:
            return Decimal(text)
        except InvalidOperation:
            raise ValueError(
                _("Enter a number, with a point for decimals (-32.94682).")
            ) from None

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        # In a workbook a number cell, which a spreadsheet computes with.
        return value if kwargs.get("force_native_type") else str(value)


class PlainIntegerWidget(widgets.IntegerWidget):
    """A whole number, written without separators (``2020``)."""

    def clean(self, value, row=None, **kwargs):
        if self.is_empty(value):
            return None
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite() or number != int(number):
            raise ValueError(_("Enter a whole number."))
        return int(number)

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return value if kwargs.get("force_native_type") else str(value)


class StrictBooleanWidget(widgets.BooleanWidget):
    """1/0 or true/false; anything else is an error rather than "false"."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, str):
            value = value.strip()
        if value in self.NULL_VALUES:
            return False
        if value in self.TRUE_VALUES:
            return True
        if value in self.FALSE_VALUES:
            return False
        raise ValueError(_("Enter 1 or 0 (true or false)."))

    def describe(self):
        return gettext("1 or 0 (true or false).")


# ---------------------------------------------------------------------------
# Resources
# ---------------------------------------------------------------------------


def spreadsheet_column(name, widget):
    """A column a resource declares because its model field's own widget will not
    do (a country, linked records by slug, a strict yes/no): the field ``name``,
    under the same name, read and written by ``widget``."""
    return fields.Field(attribute=name, column_name=name, widget=widget)


def spreadsheet_columns(serializer_class, *, first=(), last=("is_published",)):
    """The columns of a resource's spreadsheet, from its API serializer: each of
    its fields that a staff member writes (a field or link of the model; one
    column per language for translated text), in the serializer's order, after
    ``first`` and before ``last``. So the JSON, the CSV and the spreadsheet hold
    the same data under the same names; the record's URL, its update time and
    the fields derived from others (a session's time zone) stay out.
    """
    model = serializer_class.Meta.model
    writable = {
        field.name
        for field in model._meta.get_fields()
        if field.concrete or field.many_to_many
    } - {"id", "updated_at", "search_text"}
    columns = list(first)
    for name, field in serializer_class().fields.items():
        if name in columns or name in last:
            continue
        if isinstance(field, TranslatedField):
            columns += translated_columns(name)
        elif name in writable:
            columns.append(name)
    return (*columns, *last)


def _comparable(value):
    # A translation left empty is NULL in the database and "" in a spreadsheet.
    return "" if value is None else value


class CellDiff(resources.Diff):
    """The preview's change to each cell, as ``<ins>``/``<del>`` that admin.css
    colours. diff-match-patch's own HTML carries inline ``style`` attributes, which
    the Content-Security-Policy blocks (a console error per cell, and no colour)."""

    MARKUP = {
        diff_match_patch.DIFF_INSERT: "<ins>{}</ins>",
        diff_match_patch.DIFF_DELETE: "<del>{}</del>",
        diff_match_patch.DIFF_EQUAL: "<span>{}</span>",
    }

    def as_html(self):
        matcher = diff_match_patch()
        cells = []
        for before, after in zip(self.left, self.right, strict=False):
            if before != after and self.new:
                before = ""
            # The cells as stored, without the quote an export puts before a
            # formula (the diff reads them through export_field).
            before, after = unescape_formula(before), unescape_formula(after)
            changes = matcher.diff_main(str(before), str(after))
            matcher.diff_cleanupSemantic(changes)
            cells.append(
                format_html_join(
                    "",
                    "{}",
                    (
                        (format_html(self.MARKUP[operation], text),)
                        for operation, text in changes
                        if text
                    ),
                )
            )
        return cells


class OutOfTime(Exception):
    """Raised for each row an import reaches after IMPORT_TIME_BUDGET seconds."""


def import_time_budget():
    """The seconds an import may spend on its rows: less than the request's
    database deadline, so that a file too large to check in time is refused in
    plain words rather than cut off with a 503 (None: no deadline)."""
    if settings.IMPORT_TIME_BUDGET is not None:
        return settings.IMPORT_TIME_BUDGET
    if settings.DATABASE_REQUEST_TIMEOUT <= 0:
        return None
    return settings.DATABASE_REQUEST_TIMEOUT * 0.75


# SQLite names the constraint only in its message; psycopg gives it apart.
SQLITE_CHECK_FAILED = re.compile(r"CHECK constraint failed: (\w+)")


def violated_check_constraint(instance, error):
    """The CHECK constraint of ``instance``'s model that ``error`` (an
    IntegrityError from saving it) reports, or None for any other error."""
    diagnostic = getattr(error.__cause__, "diag", None)  # psycopg's Diagnostic
    if diagnostic is not None:
        name = diagnostic.constraint_name
    else:
        match = SQLITE_CHECK_FAILED.fullmatch(str(error))
        name = match and match.group(1)
    return next(
        (
            constraint
            for constraint in instance._meta.constraints
            if isinstance(constraint, CheckConstraint) and constraint.name == name
        ),
        None,
    )


class ContentResource(resources.ModelResource):
    """Base resource: slug key, model validation, unchanged rows skipped; human
    headers in the staff member's language, choices by code or name.

    A subclass may name the record its templates show as the example row
    (``example = {"slug": "penalolen"}``, a demo record) and give a column a
    header other than its field's name (``column_headers``) and accept other words
    for a choice (``choice_aliases``).
    """

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        **dict.fromkeys(
            [
                "IntegerField",
                "PositiveIntegerField",
                "PositiveSmallIntegerField",
                "SmallIntegerField",
                "BigIntegerField",
            ],
            PlainIntegerWidget,
        ),
        "DecimalField": PlainDecimalWidget,
        "CharField": TextWidget,
        "TextField": TextWidget,
        "DateField": DayWidget,
    }
    example = {}
    column_headers = {}
    choice_aliases = {}

    # Every resource's last column (spreadsheet_columns); a typo there is an error
    # on its row, where django-import-export would read it as "not published".
    is_published = spreadsheet_column("is_published", StrictBooleanWidget())

    class Meta:
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    @classmethod
    def get_diff_class(cls):
        return CellDiff

    @classmethod
    def field_from_django_field(cls, field_name, django_field, readonly):
        field = super().field_from_django_field(field_name, django_field, readonly)
        if django_field.choices:
            field.widget = ChoiceWidget(
                django_field.choices, aliases=cls.choice_aliases.get(field_name)
            )
        return field

    # -- columns as staff read them ------------------------------------------

    def model_field(self, attribute):
        """The model field behind a column (a translated column: its base field)
        and the language of the column, if it is one language's."""
        model = self.Meta.model
        for base in translated_fields(model):
            for code in language_codes():
                if attribute == f"{base}_{code}":
                    return model._meta.get_field(base), code
        return model._meta.get_field(attribute), None

    def column_header(self, field):
        """A column's header in the active language: "Name (English)"."""
        if field.attribute in self.column_headers:
            return str(self.column_headers[field.attribute])
        model_field, language = self.model_field(field.attribute)
        name = capfirst(str(model_field.verbose_name))
        if language is None:
            return name
        return _("%(field)s (%(language)s)") % {
            "field": name,
            "language": language_name(language),
        }

    def column_headers_by_name(self):
        """Every header a column is known by, folded (case and accents): its
        field name, and its header in each of the site's languages."""
        names = {}
        for field in self.get_import_fields():
            names[normalise_search_text(field.column_name)] = field.column_name
            for code in language_codes():
                with override(code):
                    names[normalise_search_text(self.column_header(field))] = (
                        field.column_name
                    )
        return names

    def column_for_header(self, header):
        """The column a file's header names, or None."""
        return self.column_headers_by_name().get(normalise_search_text(header))

    def column_guide(self):
        """For each column, in the active language: its header, field name,
        whether it must be filled, and what it takes."""
        guide = []
        for field in self.get_import_fields():
            model_field, language = self.model_field(field.attribute)
            # An empty yes/no cell reads as "no".
            required = (
                not model_field.blank
                and not isinstance(field.widget, widgets.BooleanWidget)
                and (language is None or language == language_codes()[0])
            )
            takes = describe_widget(field.widget)
            if model_field.help_text:
                takes = f"{takes} {model_field.help_text}"
            guide.append(
                {
                    "header": self.column_header(field),
                    "name": field.column_name,
                    "required": required,
                    "takes": takes,
                    "allowed": getattr(field.widget, "allowed_values", list)(),
                }
            )
        return guide

    def example_record(self):
        """The record a template shows as its example row: the demo record the
        resource names, else the first published one; None on an empty site."""
        records = self.filter_export(self.Meta.model._default_manager.all())
        return (
            records.filter(**self.example).first()
            or records.filter(is_published=True).order_by("pk").first()
        )

    def get_export_headers(self, selected_fields=None):
        return [
            self.column_header(field)
            for field in self.get_export_fields(selected_fields)
            if field
        ]

    def import_data(self, *args, **kwargs):
        budget = import_time_budget()
        self.stop_at = None if budget is None else time.monotonic() + budget
        return super().import_data(*args, **kwargs)

    def before_import(self, dataset, **kwargs):
        # Headers as exported (in any language) or as field names: read them all
        # as field names, which the rest of the import works with.
        names = self.column_headers_by_name()
        dataset.headers = [
            names.get(normalise_search_text(header), header) if header else header
            for header in dataset.headers or []
        ]
        # The spreadsheet row where each record's key was first seen.
        self.rows_by_key = {}
        super().before_import(dataset, **kwargs)

    def _link_fields(self):
        return [
            field
            for field in self.get_import_fields()
            if isinstance(field.widget, widgets.ManyToManyWidget)
        ]

    def before_import_row(self, row, **kwargs):
        stop_at = getattr(self, "stop_at", None)
        if stop_at is not None and time.monotonic() > stop_at:
            # Each row left fails at once, without a query.
            raise OutOfTime
        # An empty XLSX cell reads as None where a CSV one reads as "": read both
        # as "" (text columns store "", the other widgets read "" as no value).
        for column, value in row.items():
            if value is None:
                row[column] = ""
        # Before the row's key is looked up: PostgreSQL cannot even compare a
        # string holding NUL.
        errors = {}
        for field in self.get_import_fields():
            value = row.get(field.column_name)
            if isinstance(value, str):
                try:
                    validate_no_control_characters(value)
                except ValidationError as error:
                    errors[field.attribute] = error.error_list
        if errors:
            raise ValidationError(errors)
        self.check_key_once(row, kwargs.get("row_number"))
        super().before_import_row(row, **kwargs)

    def check_key_once(self, row, row_number):
        """Refuse a row whose key (slug, OGP id…) an earlier row of the same file
        already has, naming both rows: otherwise the last would silently win."""
        if row_number is None:
            return
        names = self.get_import_id_fields()
        key = tuple(
            str(row.get(self.fields[name].column_name, "")).strip() for name in names
        )
        if not all(key):
            return  # a missing key is reported on its column
        line = row_number + 1  # the header is row 1
        first = self.rows_by_key.setdefault(key, line)
        if first != line:
            raise ValidationError(
                {
                    self.fields[names[0]].attribute: _(
                        "Rows %(first)s and %(row)s are the same record (%(key)s): "
                        "a file names each record once. Keep one of the two rows."
                    )
                    % {"first": first, "row": line, "key": ", ".join(key)}
                }
            )

    def get_instance(self, instance_loader, row):
        try:
            return super().get_instance(instance_loader, row)
        except ValueError:
            # A key column names a record that does not exist (a session's
            # meeting): report it on its column like any other bad value.
            errors = {}
            for name in self.get_import_id_fields():
                field = self.fields[name]
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = ValidationError(str(error))
            raise ValidationError(errors) from None

    def import_instance(self, instance, row, **kwargs):
        # django-import-export reads link columns only after saving the record;
        # reading them here too puts an unknown slug among the row's errors, so
        # the whole file is refused before anything is written.
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for field in self._link_fields():
            if field.column_name in row:
                try:
                    field.clean(row)
                except ValueError as error:
                    errors[field.attribute] = [ValidationError(str(error))]
        if errors:
            raise ValidationError(errors)

    def validate_instance(
        self, instance, import_validation_errors=None, validate_unique=True
    ):
        """The model's validation, less its CHECK constraints' queries.

        Django checks each CHECK constraint with a query in a savepoint of its
        own: three round trips, eighteen of the twenty-five a member row cost,
        which put a file of IMPORT_MAX_ROWS rows past the database deadline. The
        database checks them anyway when the row is saved, inside the row's own
        savepoint, and ``do_instance_save`` reports a violation with the
        constraint's message. Unique constraints are still checked here, as
        ``Model.validate_constraints`` does.
        """
        errors = dict(import_validation_errors or {})
        try:
            instance.full_clean(
                exclude=errors.keys(),
                validate_unique=validate_unique,
                validate_constraints=False,
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for constraint in instance._meta.constraints:
            if isinstance(constraint, CheckConstraint):
                continue
            try:
                constraint.validate(type(instance), instance, exclude=set(errors))
            except ValidationError as error:
                fields = getattr(constraint, "fields", ())
                if error.code == "unique" and len(fields) == 1:
                    errors.setdefault(fields[0], []).append(error)
                else:
                    errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def before_save_instance(self, instance, row, **kwargs):
        # A preview is rolled back: the edit history it would write is thrown
        # away with it, so it is not written (django-simple-history's switch).
        if kwargs.get("dry_run"):
            instance.skip_history_when_saving = True
        super().before_save_instance(instance, row, **kwargs)

    def do_instance_save(self, instance, is_create):
        try:
            super().do_instance_save(instance, is_create)
        except IntegrityError as error:
            constraint = violated_check_constraint(instance, error)
            if constraint is None:
                raise
            # The row's savepoint is rolled back as this leaves it.
            raise ValidationError(
                constraint.get_violation_error_message(),
                code=constraint.violation_error_code,
            ) from None

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors or original is None or original.pk is None:
            return False
        for field in self.get_import_fields():
            if field.column_name not in row:
                continue
            if field in self._link_fields():
                wanted = {record.pk for record in field.clean(row)}
                current = {record.pk for record in field.get_value(original).all()}
                if wanted != current:
                    return False
            elif _comparable(field.get_value(instance)) != _comparable(
                field.get_value(original)
            ):
                return False
        return True

    # Columns whose cells are numbers, dates or yes/no: written as what they are,
    # never escaped (a negative number is not a formula).
    NOT_TEXT_WIDGETS = (
        widgets.NumberWidget,
        widgets.DateWidget,
        widgets.DateTimeWidget,
        widgets.TimeWidget,
        widgets.BooleanWidget,
    )

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        if isinstance(field.widget, self.NOT_TEXT_WIDGETS):
            return value
        return escape_formula(value)

    def filter_export(self, queryset, **kwargs):
        links = [field.attribute for field in self._link_fields()]
        return queryset.prefetch_related(*links)


# ---------------------------------------------------------------------------
# Admin
# ---------------------------------------------------------------------------


def count_rows(data, *, binary):
    """The rows holding something below the header of a CSV text (``binary``
    False) or of the first sheet of an XLSX workbook, counted without building
    the dataset, and only up to one more than IMPORT_MAX_ROWS: enough to refuse a
    file, however many rows it has."""
    if binary:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            lines = book.active.iter_rows(values_only=True)
            return _count_filled(lines)
        finally:
            book.close()
    return _count_filled(csv.reader(io.StringIO(data)))


def _count_filled(lines):
    limit = settings.IMPORT_MAX_ROWS + 1
    count = -1  # the header
    for line in lines:
        if any(cell not in (None, "") for cell in line):
            count += 1
            if count >= limit:
                break
    return max(count, 0)


class ImportUploadStorage(CacheStorage):
    """An uploaded file in the shared cache between the preview and the confirm
    step, for IMPORT_UPLOAD_LIFETIME seconds (django-import-export keeps it a
    day, whether or not the import is ever confirmed)."""

    def save(self, data):
        self.CACHE_LIFETIME = settings.IMPORT_UPLOAD_LIFETIME
        super().save(data)


class ImportUploadFolder(BaseStorage):
    """An uploaded file in a folder of the temporary directory between the
    preview and the confirm step, where there is no shared cache (one app
    server). A folder does not expire its files as a cache does: a file is not
    read after IMPORT_UPLOAD_LIFETIME seconds, and every new upload first deletes
    the files that old (django-import-export's own folder storage keeps them
    until the machine empties its temporary directory)."""

    FOLDER_NAME = "ogplocal-import-uploads"
    NAME = re.compile(r"[0-9a-f]{32}")

    @classmethod
    def folder(cls):
        folder = Path(tempfile.gettempdir()) / cls.FOLDER_NAME
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder

    def path(self):
        # The name comes back from a form: only one this class made names a file.
        if not self.NAME.fullmatch(self.name or ""):
            raise FileNotFoundError(self.name)
        return self.folder() / self.name

    def save(self, data):
        self.remove_expired()
        self.name = self.name or uuid.uuid4().hex
        self.path().write_bytes(data)

    def read(self):
        path = self.path()
        if path.stat().st_mtime < time.time() - settings.IMPORT_UPLOAD_LIFETIME:
            raise FileNotFoundError(self.name)
        with open(path, self.read_mode, encoding=self.encoding) as file:
            return file.read()

    def remove(self):
        self.path().unlink()

    @classmethod
    def remove_expired(cls):
        oldest = time.time() - settings.IMPORT_UPLOAD_LIFETIME
        for file in cls.folder().iterdir():
            # Another app process may delete the same file first.
            with contextlib.suppress(OSError):
                if file.stat().st_mtime < oldest:
                    file.unlink()


class SpreadsheetImportForm(ImportForm):
    """The upload form, which reads the file before anything is imported.

    A file that is not UTF-8 text (CSV) or not a workbook (XLSX), or whose first row
    names columns the records do not have or lacks the key column, is refused here
    with a message on the file field; django-import-export would name a Python
    exception, or quietly ignore a misspelt column.
    """

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.format_classes = formats
        self.resource_classes = resources

    def clean(self):
        cleaned = super().clean()
        upload, chosen = cleaned.get("import_file"), cleaned.get("format")
        if upload is None or chosen in (None, ""):
            return cleaned
        file_format = self.format_classes[int(chosen)]()
        # Sizes first, before anything is parsed: a file that is too large is
        # refused without costing the server its memory or the database its time.
        if upload.size > settings.IMPORT_MAX_BYTES:
            self.add_error(
                "import_file",
                _(
                    "This file is %(size)s; an import takes files of at most "
                    "%(max)s. Split it into smaller files and import them one "
                    "after the other."
                )
                % {
                    "size": filesizeformat(upload.size),
                    "max": filesizeformat(settings.IMPORT_MAX_BYTES),
                },
            )
            return cleaned
        data = b"".join(upload.chunks())
        upload.seek(0)
        if not file_format.is_binary():
            try:
                data = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                self.add_error(
                    "import_file",
                    _(
                        "This file is not UTF-8 text. Save it as “CSV UTF-8” (or "
                        "as an Excel workbook, and choose xlsx) and upload it again."
                    ),
                )
                return cleaned
        try:
            rows = count_rows(data, binary=file_format.is_binary())
            if rows > settings.IMPORT_MAX_ROWS:
                self.add_error(
                    "import_file",
                    _(
                        "This file has more than %(max)s rows; an import takes at "
                        "most %(max)s. Split it into smaller files and import them "
                        "one after the other."
                    )
                    % {"max": settings.IMPORT_MAX_ROWS},
                )
                return cleaned
            dataset = file_format.create_dataset(data)
        except Exception:  # whatever the reader of that format raises
            self.add_error(
                "import_file",
                _(
                    "This file cannot be read as %(format)s. Check that the "
                    "format chosen is the file's own."
                )
                % {"format": file_format.get_title()},
            )
            return cleaned
        resource = self.resource_classes[int(cleaned.get("resource") or 0)]()
        self._check_columns(resource, [h for h in dataset.headers or [] if h])
        return cleaned

    def _check_columns(self, resource, headers):
        columns = [resource.column_for_header(header) for header in headers]
        unknown = [
            header
            for header, column in zip(headers, columns, strict=True)
            if not column
        ]
        if unknown:
            self.add_error(
                "import_file",
                _(
                    "The first row names columns these records do not have: "
                    "%(columns)s. The columns are listed below."
                )
                % {"columns": ", ".join(str(column) for column in unknown)},
            )
        missing = [
            resource.column_header(resource.fields[name])
            for name in resource.get_import_id_fields()
            if resource.fields[name].column_name not in columns
        ]
        if missing:
            self.add_error(
                "import_file",
                ngettext(
                    "The first row must name the column %(columns)s: it says which "
                    "record each row is.",
                    "The first row must name the columns %(columns)s: they say "
                    "which record each row is.",
                    len(missing),
                )
                % {"columns": ", ".join(missing)},
            )


def import_problems(resource, result):
    """Every problem of an import, one line each, in the active language: the
    spreadsheet row (the header is row 1), the column's header, the value read and
    what is wrong; for each column, what it takes. Errors that are not about a
    value (the database refused a row) are named by their row only: a driver's
    message means nothing to staff, and the log keeps it."""
    guide = {column["name"]: column for column in resource.column_guide()}
    by_attribute = {field.attribute: field for field in resource.get_import_fields()}
    source = language_codes()[0]
    problems = []
    for row in result.invalid_rows:
        values = dict(zip(result.diff_headers, row.values, strict=False))
        for attribute, messages_ in row.error_dict.items():
            field = by_attribute.get(attribute) or by_attribute.get(
                f"{attribute}_{source}"
            )
            column = field.column_name if field else None
            for message in messages_:
                # modeltranslation reports a translated field's error under its
                # own name and the source language's column: list it once.
                if any(
                    (seen["row"], seen["column"], seen["message"])
                    == (row.number + 1, guide[column]["header"], message)
                    for seen in problems
                    if column
                ):
                    continue
                problems.append(
                    {
                        "row": row.number + 1,
                        "column": guide[column]["header"] if column else "",
                        "value": values.get(column, "") if column else "",
                        "message": message,
                        "takes": guide[column]["takes"] if column else "",
                    }
                )
    unfinished = None
    for row in result.error_rows:
        errors = [error.error for error in row.errors]
        if any(
            isinstance(error, OutOfTime | OperationalError | InterfaceError)
            for error in errors
        ):
            # Out of time, or the database stopped answering: every row from
            # here on fails the same way; one line says so.
            unfinished = unfinished or (row.number + 1, errors)
            continue
        logger.error(
            "Spreadsheet import: row %s failed: %s",
            row.number,
            "; ".join(repr(error) for error in errors),
        )
        problems.append(
            {
                "row": row.number + 1,
                "column": "",
                "value": "",
                "message": gettext(
                    "This row could not be saved. Check its values against the "
                    "columns listed above; if they look right, tell the site's "
                    "administrators."
                ),
                "takes": "",
            }
        )
    if unfinished:
        first, errors = unfinished
        out_of_time = any(isinstance(error, OutOfTime) for error in errors)
        logger.warning(
            "Spreadsheet import: stopped at row %s: %s",
            first - 1,
            "out of time" if out_of_time else "; ".join(repr(e) for e in errors),
        )
        problems.append(
            {
                "row": first,
                "column": "",
                "value": "",
                "message": gettext(
                    "From this row on, the file was not checked: checking it takes "
                    "longer than a page may wait. Split it into smaller files and "
                    "import them one after the other."
                )
                if out_of_time
                else gettext(
                    "From this row on, the file could not be checked: the database "
                    "did not answer. Try again in a moment; if it happens again, "
                    "tell the site's administrators."
                ),
                "takes": "",
            }
        )
    if result.base_errors:
        # The import failed outside any row (the database stopped answering).
        logger.error(
            "Spreadsheet import failed: %s",
            "; ".join(repr(error.error) for error in result.base_errors),
        )
        problems.append(
            {
                "row": "",
                "column": "",
                "value": "",
                "message": gettext(
                    "The file could not be checked against the records: the "
                    "database did not answer in time. Try again in a moment; if "
                    "it happens again, tell the site's administrators."
                ),
                "takes": "",
            }
        )
    return problems


class SpreadsheetExportForm(SelectableFieldsExportForm):
    """The export form, its column boxes labelled with the columns' headers."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        for resource_class in resources:
            resource = resource_class()
            for name in resource.get_export_order():
                box = self.fields.get(
                    self.create_boolean_field_name(resource_class, name)
                )
                if box is not None:
                    box.label = resource.column_header(resource.fields[name])


class SpreadsheetAdminMixin(ImportExportMixin):
    """Import (with its preview) and export as CSV or XLSX, for the roles holding
    the import / export permissions (settings.STAFF_ROLES)."""

    formats = [CSV, XLSX]
    import_form_class = SpreadsheetImportForm
    export_form_class = SpreadsheetExportForm
    TEMPLATES = {
        "csv": (template_csv, "text/csv; charset=utf-8"),
        "xlsx": (template_xlsx, XLSX_CONTENT_TYPE),
    }

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "import/template.<str:extension>",
                self.admin_site.admin_view(self.import_template_view),
                name="{}_{}_import_template".format(*info),
            ),
            *super().get_urls(),
        ]

    def spreadsheet_resource(self, request):
        return self.get_import_resource_classes(request)[0](
            **self.get_import_resource_kwargs(request)
        )

    def import_template_view(self, request, extension):
        """The template to fill, in the staff member's language (CSV or XLSX)."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        if extension not in self.TEMPLATES:
            raise Http404
        build, content_type = self.TEMPLATES[extension]
        response = HttpResponse(
            build(self.spreadsheet_resource(request)), content_type=content_type
        )
        template = gettext("template")
        name = slugify(f"{self.opts.verbose_name_plural} {template}")
        response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
        return response

    def pending_upload_key(self):
        return f"import-upload:{self.opts.app_label}.{self.opts.model_name}"

    def discard_upload(self, name):
        """Delete an uploaded file django-import-export stored for the confirm
        step (in the cache or the temporary folder)."""
        if not name:
            return
        storage = self.get_tmp_storage_class()(
            name=name, **self.get_tmp_storage_class_kwargs()
        )
        # Already gone: confirmed, or the temporary folder was emptied.
        with contextlib.suppress(OSError):
            storage.remove()

    def pending_upload(self, request, name):
        """Whether ``name`` is the upload this staff member's last preview stored
        and it is still there (not expired, not abandoned for a newer preview)."""
        if not name or request.session.get(self.pending_upload_key()) != name:
            return False
        storage = self.get_tmp_storage_class()(
            name=name, read_mode="rb", **self.get_tmp_storage_class_kwargs()
        )
        try:
            return storage.read() is not None
        except OSError:
            return False

    def process_import(self, request, **kwargs):
        # Only the file this staff member's own preview stored is imported: a
        # confirmation after it expired (or after a newer preview) gets a plain
        # answer, and no other stored file can be named.
        if (
            request.method == "POST"
            and self.has_import_permission(request)
            and not self.pending_upload(request, request.POST.get("import_file_name"))
        ):
            self.message_user(
                request,
                _(
                    "This preview is no longer open: nothing was imported. Upload "
                    "the file again to see its preview."
                ),
                messages.ERROR,
            )
            info = self.opts.app_label, self.opts.model_name
            return HttpResponseRedirect(
                reverse(f"{self.admin_site.name}:{info[0]}_{info[1]}_import")
            )
        request.session.pop(self.pending_upload_key(), None)
        return super().process_import(request, **kwargs)

    def import_action(self, request, **kwargs):
        # Opening the import page again abandons the preview shown before: its
        # file is deleted, not left waiting for a confirmation that won't come.
        self.discard_upload(request.session.pop(self.pending_upload_key(), None))
        upload = request.FILES.get("import_file")
        try:
            response = super().import_action(request, **kwargs)
        except Exception:
            self.discard_upload(getattr(upload, "tmp_storage_name", None))
            raise
        stored = getattr(upload, "tmp_storage_name", None)
        if stored:
            context = getattr(response, "context_data", None) or {}
            if context.get("confirm_form") is None:
                # Problems to correct: the file will be uploaded again.
                self.discard_upload(stored)
            else:
                request.session[self.pending_upload_key()] = stored
        if isinstance(response, TemplateResponse):
            resource = self.spreadsheet_resource(request)
            context = response.context_data
            info = self.opts.app_label, self.opts.model_name
            context["template_links"] = [
                (
                    extension,
                    reverse(
                        "{}:{}_{}_import_template".format(self.admin_site.name, *info),
                        args=[extension],
                    ),
                )
                for extension in self.TEMPLATES
            ]
            context["column_guide"] = resource.column_guide()
            result = context.get("result")
            if result is not None:
                context["column_headers"] = [
                    resource.column_header(resource.fields[name])
                    if name in resource.fields
                    else name
                    for name in result.diff_headers
                ]
                context["row_problems"] = import_problems(resource, result)
        return response

    def get_import_data_kwargs(self, **kwargs):
        # The confirm step imports again for real; should the data have changed
        # since the preview, a bad row must still write nothing.
        return {
            **super().get_import_data_kwargs(**kwargs),
            "use_transactions": True,
            "rollback_on_validation_errors": True,
        }

    def process_result(self, result, request):
        if result.has_errors() or result.has_validation_errors():
            self.message_user(
                request,
                _(
                    "Nothing was imported: the records changed since the preview "
                    "and some rows are no longer valid. Upload the file again to "
                    "see them."
                ),
                messages.ERROR,
            )
            info = self.opts.app_label, self.opts.model_name
            return HttpResponseRedirect(
                reverse(f"{self.admin_site.name}:{info[0]}_{info[1]}_import")
            )
        return super().process_result(result, request)
