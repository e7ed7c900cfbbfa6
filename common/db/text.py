"""The one form stored text takes, whoever typed it.

A browser sends a textarea with ``\\r\\n`` line endings, a spreadsheet cell may hold
``\\r\\n`` or a lone ``\\r`` (old Mac exports, XLSX's ``_x000D_``), a word processor
pastes U+2028/U+2029, and people leave spaces at the ends of lines. Displays split
text on ``\\n`` (one item per line) and ``\\n\\n`` (paragraphs), and the admin
compares what the browser sent with what is stored to decide whether anything
changed: both only work when every entry point stores the same form.

``normalise_text`` decides that form. The fields below apply it wherever a value
enters a model: the admin's and the public forms (their form field), model
validation (``full_clean``), every save, ``bulk_create`` and ``update()``. The
spreadsheet import applies it to each cell (common.admin.spreadsheets) so that an
unchanged row is recognised as unchanged.
"""

import re

from django import forms
from django.db import models
from django.db.models import F
from django.utils import timezone

from common.db.model_fields import concrete_fields

# Paragraph and line separators that are not "\n", in the order they must be
# replaced ("\r\n" before the lone "\r").
_LINE_BREAKS = (("\r\n", "\n"), ("\r", "\n"), ("\u2028", "\n"), ("\u2029", "\n\n"))
_TRAILING_SPACE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)


def normalise_text(value):
    """``value`` with ``\\n`` line endings, no spaces at the end of a line and none
    around the whole text (a form field strips those already). Anything that is
    not a string (None, a number) is returned as it is."""
    if not isinstance(value, str):
        return value
    for separator, replacement in _LINE_BREAKS:
        value = value.replace(separator, replacement)
    return _TRAILING_SPACE.sub("", value).strip()


def non_empty_lines(text):
    """A one-item-per-line text (sources, institutions, other names) as its
    items: each line stripped, blank lines left out."""
    return [line.strip() for line in text.splitlines() if line.strip()]


class NormalisedFormField(forms.CharField):
    """A form's text field that cleans to ``normalise_text``: a textarea saved
    unchanged (sent with ``\\r\\n``) is not a change."""

    def to_python(self, value):
        return normalise_text(super().to_python(value))


class NormalisedTextMixin:
    """For a model's text field: stored, validated and edited in normalised form."""

    def to_python(self, value):
        return normalise_text(super().to_python(value))

    def get_prep_value(self, value):
        return normalise_text(super().get_prep_value(value))

    def pre_save(self, model_instance, add):
        # The saved record holds what the database holds (emails, history and the
        # rest of the request read it after the save).
        value = normalise_text(super().pre_save(model_instance, add))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": NormalisedFormField, **kwargs})

    def deconstruct(self):
        # The column is Django's own; the normalising happens in Python. Migrations
        # keep naming Django's field: a new class there would be an AlterField that
        # SQLite carries out by rebuilding the table, which drops its triggers
        # (events 0002). Stored text is normalised by a data migration instead
        # (normalise_stored_text).
        name, _path, args, kwargs = super().deconstruct()
        return name, self.migration_path, args, kwargs


class NormalisedTextField(NormalisedTextMixin, models.TextField):
    """Text of several lines or paragraphs (summaries, highlights, sources)."""

    migration_path = "django.db.models.TextField"


class NormalisedCharField(NormalisedTextMixin, models.CharField):
    """Bounded text that may hold several lines (a message, staff notes)."""

    migration_path = "django.db.models.CharField"


def normalise_stored_text(apps, schema_editor, *, app_label):
    """For a data migration (``RunPython`` with ``functools.partial``): rewrite
    every editable text value of ``app_label``'s models, edit history included,
    that is not in normalised form.

    Written with ``update()``: no ``updated_at`` moves and no history is added, as
    the text a reader sees is the same. The content version moves when a value
    changed, so no cached page keeps the old rendering (the highlights of a
    meeting saved from a browser, in one bullet).
    """
    database = schema_editor.connection.alias
    changed = False
    for model in apps.get_app_config(app_label).get_models():
        names = [
            field.name
            for field in concrete_fields(model)
            if isinstance(field, models.CharField | models.TextField)
            and field.editable
            and not field.primary_key
        ]
        if not names:
            continue
        rows = model.objects.using(database).values_list("pk", *names)
        for pk, *values in rows.iterator():
            updates = {
                name: normalise_text(value)
                for name, value in zip(names, values, strict=True)
                if isinstance(value, str) and normalise_text(value) != value
            }
            if updates:
                model.objects.using(database).filter(pk=pk).update(**updates)
                changed = True
    if changed:
        versions = apps.get_model("common", "ContentVersion").objects.using(database)
        versions.update(version=F("version") + 1, changed_at=timezone.now())
