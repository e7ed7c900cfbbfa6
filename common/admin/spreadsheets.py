"""Spreadsheet import and export of public content (django-import-export).

One column per language (``name_en``, ``name_es``), the slug as the key, links as
comma-separated slugs. An import is all or nothing: every row goes through the
model's validation, and a file with any bad row writes nothing (the preview lists
each bad row with its column). Rows that match the database are skipped, so
importing the same file twice changes nothing, not even ``updated_at``.
"""

import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export import resources, widgets
from import_export.admin import ImportExportMixin
from import_export.formats.base_formats import CSV, XLSX
from import_export.forms import ImportForm

from common.api.fields import TranslatedField
from common.db.text import normalise_text
from common.i18n.languages import translated_columns
from common.validators import validate_no_control_characters

# ---------------------------------------------------------------------------
# Widgets: strict, so that a typo is an error on its row and column
# ---------------------------------------------------------------------------


class TextWidget(widgets.CharWidget):
    """A text cell in the form the database stores (common.db.text): ``\r\n``
    and lone ``\r`` line breaks as ``\n``, no spaces at line ends or around the
    text. Every text column uses it (ContentResource.WIDGETS_MAP), so a row that
    only differs in how its program wrote line breaks is an unchanged row; a
    column declared with its own widget can subclass it or call
    ``normalise_text``."""

    def clean(self, value, row=None, **kwargs):
        return normalise_text(super().clean(value, row, **kwargs))


class SlugForeignKeyWidget(widgets.ForeignKeyWidget):
    """A related record named by its slug, e.g. the meeting of a session."""

    def __init__(self, model, **kwargs):
        super().__init__(model, field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No %(model)s has the slug “%(slug)s”.")
                % {"model": self.model._meta.verbose_name, "slug": value}
            ) from None


class SlugsWidget(widgets.ManyToManyWidget):
    """Linked records as comma-separated slugs (``rosario,penalolen``). An unknown
    slug is an error, where django-import-export would silently drop it."""

    def __init__(self, model, **kwargs):
        super().__init__(model, separator=",", field="slug", **kwargs)

    def clean(self, value, row=None, **kwargs):
        slugs = sorted({slug.strip() for slug in str(value or "").split(",")} - {""})
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


class CountryWidget(widgets.Widget):
    """An ISO 3166-1 code; ``ar`` is read as ``AR`` (model validation rejects
    codes that do not exist)."""

    def clean(self, value, row=None, **kwargs):
        return str(value or "").strip().upper()

    def render(self, value, obj=None, **kwargs):
        return str(getattr(value, "code", value) or "")


class CountriesWidget(widgets.Widget):
    """Several ISO 3166-1 codes separated by commas (``BR,EC``)."""

    def clean(self, value, row=None, **kwargs):
        codes = {code.strip().upper() for code in str(value or "").split(",")}
        return sorted(codes - {""})

    def render(self, value, obj=None, **kwargs):
        return ",".join(sorted(str(country.code) for country in value or []))


class DayWidget(widgets.DateWidget):
    """A date; XLSX cells hold dates as datetimes at midnight."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        return super().clean(value, row, **kwargs)


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


# ---------------------------------------------------------------------------
# Resources
# ---------------------------------------------------------------------------


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


class ContentResource(resources.ModelResource):
    """Base resource: slug key, model validation, unchanged rows skipped."""

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "CharField": TextWidget,
        "TextField": TextWidget,
        "DateField": DayWidget,
    }

    class Meta:
        import_id_fields = ("slug",)
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True
        use_transactions = True

    def _link_fields(self):
        return [
            field
            for field in self.get_import_fields()
            if isinstance(field.widget, widgets.ManyToManyWidget)
        ]

    def before_import_row(self, row, **kwargs):
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
        super().before_import_row(row, **kwargs)

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

    def filter_export(self, queryset, **kwargs):
        links = [field.attribute for field in self._link_fields()]
        return queryset.prefetch_related(*links)


# ---------------------------------------------------------------------------
# Admin
# ---------------------------------------------------------------------------


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
        known = {field.column_name for field in resource.get_import_fields()}
        unknown = [header for header in headers if header not in known]
        if unknown:
            self.add_error(
                "import_file",
                _(
                    "The first row names columns these records do not have: "
                    "%(columns)s. The columns are listed below."
                )
                % {"columns": ", ".join(str(column) for column in unknown)},
            )
        keys = [
            resource.fields[name].column_name
            for name in resource.get_import_id_fields()
        ]
        missing = [key for key in keys if key not in headers]
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


class SpreadsheetAdminMixin(ImportExportMixin):
    """Import (with its preview) and export as CSV or XLSX, for the roles holding
    the import / export permissions (common/roles.py)."""

    formats = [CSV, XLSX]
    import_form_class = SpreadsheetImportForm

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
