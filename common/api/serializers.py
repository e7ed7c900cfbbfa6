"""The base of the API's read-only serializers."""

from functools import cached_property

from rest_framework import serializers

from common.api.languages import Texts


class ResourceSerializer(serializers.Serializer):
    """A read-only serializer that builds each row itself.

    The declared fields describe a row for the OpenAPI schema (and a test checks
    real rows against it); ``to_representation`` builds the dict directly from the
    prefetched instance. DRF's per-field machinery (an attribute lookup and a
    conversion call per field and row) made a 50-row list several times slower.

    The view's serializer context carries ``texts`` (how translated fields read),
    ``links`` (API URLs) and ``expand`` (relations to show as objects).

    ``columns``, when a subclass sets it, names every field and annotation of the
    viewset's queryset that ``to_representation`` reads (``id`` among them): list
    pages then read only those, as ``common.api.rows.Row`` objects rather than
    model instances. ``to_representation`` must read them as attributes only.
    """

    columns = None

    @cached_property
    def texts(self):
        return self.context.get("texts") or Texts()

    @cached_property
    def links(self):
        return self.context["links"]

    @cached_property
    def expand(self):
        return self.context.get("expand", frozenset())

    def nested(self, serializer_class):
        """A serializer for expanded related objects; their own relations stay slugs."""
        return serializer_class(context={**self.context, "expand": frozenset()})

    def related(self, name, links, serializer_class):
        """Links loaded by the app's ``*_links_load`` selector: whole records shown
        as rows when ``?expand=`` names ``name``, otherwise slugs, shown as they are."""
        if name in self.expand:
            nested = self._nested_serializers.get(name)
            if nested is None:
                nested = self._nested_serializers[name] = self.nested(serializer_class)
            return [nested.to_representation(item) for item in links]
        return links

    @cached_property
    def _nested_serializers(self):
        return {}


def iso_datetime(value):
    """An aware datetime as ISO 8601 in UTC with a ``Z``, or None."""
    if value is None:
        return None
    return value.isoformat().replace("+00:00", "Z")


def iso_date(value):
    return value.isoformat() if value is not None else None


def number(value):
    """A Decimal coordinate as a JSON number, or None."""
    return float(value) if value is not None else None


def country_codes(record, field):
    """ISO codes of the CountryField ``field`` of ``record`` (a model instance or a
    Row), a list for ``multiple=True``, read from the stored value: django-countries'
    attribute builds a translated Country object per code, the costliest part of a
    list row."""
    stored = record.__dict__[field.attname]
    if isinstance(stored, str):
        # As read from the database, where the field keeps it clean ("AR,BR").
        if field.multiple:
            return stored.split(",") if stored else []
        return stored
    if field.multiple and isinstance(stored, list):
        return stored
    return field.get_clean_value(stored)


def lines(text):
    """A one-item-per-line text field as a list."""
    return [line.strip() for line in text.splitlines() if line.strip()]
