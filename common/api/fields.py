"""Serializer fields that describe the API's rows in the OpenAPI schema.

The resource serializers (see ``common.api.serializers``) build their rows
themselves; these fields say what each value looks like. common.api.schema maps
them to schema components.
"""

from rest_framework import serializers


class TranslatedField(serializers.Field):
    """A translated model field: ``{"en": "…", "es": "…"}`` with every configured
    language, or a string in the requested language (English fallback).

    Declared with ``source="*"``: the value comes from the per-language attributes
    of the whole instance (``name_en``, ``name_es``), never the bare ``name``.
    """

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        super().__init__(**kwargs)

    def to_representation(self, instance):
        texts = self.context["texts"]
        fallbacks = []
        return texts.value(instance, self.field_name, fallbacks)


class RelatedField(serializers.Field):
    """Links to related records: slugs, or whole objects when ``?expand=`` names the
    relation. ``serializer`` is the related resource's serializer class (or its
    dotted path, to avoid import cycles), used for the expanded form."""

    def __init__(self, serializer, *, many=True, **kwargs):
        self.serializer = serializer
        self.many = many
        super().__init__(**kwargs)

    def to_representation(self, value):  # pragma: no cover - rows are built directly
        raise NotImplementedError("Resource serializers build related values.")


class FallbackFieldsField(serializers.ListField):
    """Names of the translated fields that fell back to English (collapsed rows only)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("child", serializers.CharField())
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text",
            "Only with ?lang= or Accept-Language: the translated fields of this "
            "object that have no text in the requested language and show English.",
        )
        super().__init__(**kwargs)
