"""The base of the API's read-only resource serializers.

One ``ModelSerializer`` per resource declares its fields once: the JSON rows, the
OpenAPI schema (common.api.schema) and the CSV columns (common.api.csv_export) all
come from it. Fields that need more than the model says are the classes of
common.api.fields: translated text, links to related records, the record's URL.

The view's serializer context carries ``texts`` (how translated fields read, in
the language decided for the request), ``links`` (API URLs) and ``expand``
(relations to show as objects).

The base declares the fields that every resource shows alike (a resource names
them in its ``Meta.fields`` and may declare its own instead: a session's slug is
unique within its meeting only); ``resource_fields`` ends every row the same way.
"""

from functools import cached_property

from django.utils.module_loading import import_string
from rest_framework import serializers

from common.api.fields import (
    FallbackFieldsField,
    LinesField,
    TranslatedField,
    UTCDateTimeField,
)
from common.api.languages import FALLBACK_FIELDS


def resource_fields(*names):
    """A resource's ``Meta.fields``: its own ``names``, then what every row ends
    with, the time of its last update and the fields that fell back."""
    return (*names, "updated_at", "fallback_fields")


class ResourceSerializer(serializers.ModelSerializer):
    """A published record as the API shows it (read-only)."""

    slug = serializers.SlugField(help_text="Stable identifier.")
    sources = LinesField()
    updated_at = UTCDateTimeField()
    fallback_fields = FallbackFieldsField()

    @cached_property
    def links(self):
        return self.context["links"]

    @cached_property
    def expand(self):
        return self.context.get("expand", frozenset())

    @cached_property
    def _nested_serializers(self):
        return {}

    def nested(self, name, serializer_class):
        """The serializer of the expanded relation ``name``, or None when
        ``?expand=`` does not name it. Expanded records show their own relations
        as slugs."""
        if name not in self.expand:
            return None
        nested = self._nested_serializers.get(name)
        if nested is None:
            if isinstance(serializer_class, str):
                serializer_class = import_string(serializer_class)
            nested = serializer_class(context={**self.context, "expand": frozenset()})
            self._nested_serializers[name] = nested
        return nested

    def build_standard_field(self, field_name, model_field):
        field_class, kwargs = super().build_standard_field(field_name, model_field)
        # Output only: every field is in every row, whatever the model's default.
        kwargs.pop("required", None)
        return field_class, kwargs

    @cached_property
    def translated_fields(self):
        return [
            name
            for name, field in self.fields.items()
            if isinstance(field, TranslatedField)
        ]

    def to_representation(self, record):
        row = super().to_representation(record)
        texts = self.context["texts"]
        if texts.collapsed:
            row[FALLBACK_FIELDS] = [
                name for name in self.translated_fields if texts.fell_back(record, name)
            ]
        else:
            row.pop(FALLBACK_FIELDS, None)
        return row
