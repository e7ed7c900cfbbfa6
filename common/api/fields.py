"""Serializer fields of the API's resources (see ``common.api.serializers``).

Each says, in one declaration, how a value is read from a record and what it looks
like in the OpenAPI schema (common.api.schema maps the custom ones); the CSV
columns follow from the same declarations (common.api.csv_export).
"""

import datetime

from rest_framework import serializers

from common.db.text import non_empty_lines


class TranslatedField(serializers.Field):
    """A translated model field: ``{"en": "…", "es": "…"}`` with every configured
    language, or a string in the requested language with English as fallback (the
    serializer then names the field in the row's ``fallback_fields``).

    Reads the per-language attributes modeltranslation adds (``name_en``,
    ``name_es``) of the whole record, never the bare ``name``, through the
    ``texts`` of the serializer context (common.api.languages.Texts).
    """

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, record):
        return self.context["texts"].value(record, self.field_name)


class LinkedField(serializers.Field):
    """Related records, loaded by the resource's selector with
    ``common.selectors.published_links`` (a list on each record): their slugs, or
    whole objects of ``serializer`` when ``?expand=`` names the field.

    ``serializer`` is the related resource's serializer class, or its dotted path
    where importing it would make a cycle. ``many=False`` is a single record
    (a foreign key) rather than a list. ``key`` is the field that names a related
    record when it is not expanded (a commitment's ``ogp_id``).
    """

    def __init__(self, serializer, *, many=True, key="slug", **kwargs):
        self.serializer = serializer
        self.many = many
        self.key = key
        super().__init__(**kwargs)

    def to_representation(self, value):
        nested = self.parent.nested(self.field_name, self.serializer)
        if not self.many:
            return (
                nested.to_representation(value) if nested else getattr(value, self.key)
            )
        if nested is None:
            return [getattr(record, self.key) for record in value]
        return [nested.to_representation(record) for record in value]


class DetailURLField(serializers.URLField):
    """The record's own absolute URL in the API: the list ``url_name`` plus the
    record's slug; ``path`` gives the slugs of a nested address."""

    def __init__(self, url_name, *, path=None, **kwargs):
        self.url_name = url_name
        self.path = path or (lambda record: (record.slug,))
        kwargs["source"] = "*"
        kwargs.setdefault("help_text", "This record in the API.")
        super().__init__(**kwargs)

    def to_representation(self, record):
        return self.parent.links.detail(self.url_name, *self.path(record))


class FilteredListURLField(serializers.URLField):
    """The API list ``url_name`` filtered to this record (``?jurisdiction=slug``):
    a link to related records that may be many, which a row does not embed."""

    def __init__(self, url_name, *, parameter, **kwargs):
        self.url_name = url_name
        self.parameter = parameter
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, record):
        return f"{self.parent.links.base(self.url_name)}?{self.parameter}={record.slug}"


class LinesField(serializers.ListField):
    """A text field holding one item per line (sources), as a list of the lines."""

    def __init__(self, **kwargs):
        kwargs.setdefault("child", serializers.URLField())
        super().__init__(**kwargs)

    def to_representation(self, text):
        return non_empty_lines(text)


class CountryCodesField(serializers.ListField):
    """The ISO codes of a django-countries field with ``multiple=True``, read from
    its stored text ("AR,BR"), which the selector annotates as ``source``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("child", serializers.CharField())
        super().__init__(**kwargs)

    def to_representation(self, stored):
        return stored.split(",") if stored else []


class UTCDateTimeField(serializers.DateTimeField):
    """A moment in ISO 8601, in UTC with a ``Z``, whatever the site's time zone."""

    def __init__(self, **kwargs):
        kwargs["default_timezone"] = datetime.UTC
        super().__init__(**kwargs)


class FallbackFieldsField(serializers.ListField):
    """Names of the translated fields that fell back to English (collapsed rows only).

    Filled in by ``ResourceSerializer.to_representation``, after every other field.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("child", serializers.CharField())
        kwargs.setdefault("required", False)
        kwargs["source"] = "*"
        kwargs.setdefault(
            "help_text",
            "Only with ?lang= or Accept-Language: the translated fields of this "
            "object that have no text in the requested language and show English.",
        )
        super().__init__(**kwargs)

    def to_representation(self, record):
        return []
