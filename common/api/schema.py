"""How the API describes itself in OpenAPI 3 (drf-spectacular).

The schema must match real responses: the paginated JSON list, the export formats
with their own media types, the error bodies, the language and expansion
parameters, and the caching headers. Its text is English, like the API guide.
"""

import django_filters
from django.utils import translation
from django.utils.module_loading import import_string
from django_countries import countries
from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import build_array_type
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse

from common import filters
from common.api.geojson import feature_collection_serializer
from common.api.languages import FALLBACK_FIELDS
from common.api.views import ResourceListViewSet
from common.db.search_text import MAX_QUERY_LENGTH
from common.http.parameters import (
    EXPAND_PARAMETER,
    FORMAT_PARAMETER,
    LANGUAGE_PARAMETER,
)
from common.http.request_language import EVERY_LANGUAGE, language_choices
from common.i18n.languages import language_codes, source_language
from common.validators import CONTROL_CHARACTERS


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def translated_text_schema():
    codes = language_codes()
    return {
        "oneOf": [
            {
                "type": "object",
                "description": (
                    "Every language (no ?lang= and no Accept-Language naming one of "
                    "ours, or ?lang=all). A missing translation is an empty string."
                ),
                "properties": {code: {"type": "string"} for code in codes},
                "required": codes,
            },
            {
                "type": "string",
                "description": (
                    "One language (?lang= or Accept-Language). An empty translation "
                    f"shows the source-language ({source_language()}) text, and the "
                    f"object lists the field in {FALLBACK_FIELDS}."
                ),
            },
        ]
    }


SHARED_COMPONENTS = {
    "ValidationErrors": {
        "type": "object",
        "description": "Each key names a query parameter; its value lists what is wrong.",
        "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "example": {
            "region": [
                "Select a valid choice. mars is not one of the available choices."
            ]
        },
    },
    "Error": {
        "type": "object",
        "properties": {"detail": {"type": "string"}},
        "required": ["detail"],
    },
}


def comma_separated(values):
    """Some of ``values`` (plain words), comma-separated, or empty: as sent (see
    SLUG_LIST_SCHEMA)."""
    choice = "|".join(values)
    return {"type": "string", "pattern": f"^(?:(?:{choice})(?:,(?:{choice}))*)?$"}


# Slugs as sent: one parameter, comma-separated, at most MAX_SLUGS, or empty (no
# filter). Written as the text it is rather than as an array with explode: false,
# whose wire form is ambiguous: a list of one empty slug and an empty list are
# both ?theme=, and a slug such as "2022" is also what the number 2022 becomes, so
# schemathesis took valid requests for invalid ones. ``ordering`` and ``expand``
# are written the same way, for the same reason.
SLUG_LIST_SCHEMA = {
    "type": "string",
    "pattern": (
        f"^(?:{filters.SLUG_PATTERN}(?:,{filters.SLUG_PATTERN}){{0,{filters.MAX_SLUGS - 1}}})?$"
    ),
}


def _country_codes():
    """The canonical (upper) case only: an enum listing both cases makes code
    generators fail on names that differ only in case (``AR`` and ``ar``). The
    filters still accept lower case, as the parameter descriptions say."""
    return sorted(code for code, _name in countries)


def _filter_schema(filter_field, schema):
    """The constraints a filter checks, beyond the type drf-spectacular infers.

    The FilterSets decide what a 400 is; this says the same in the schema, so a
    client (and schemathesis) can tell a valid request from an invalid one.
    """
    if isinstance(filter_field, filters.SearchFilter):
        return {
            "type": "string",
            "maxLength": MAX_QUERY_LENGTH,
            "pattern": f"^[^{CONTROL_CHARACTERS}]*$",
        }
    if isinstance(filter_field, filters.SlugListFilter):
        return SLUG_LIST_SCHEMA
    if isinstance(filter_field, filters.TranslatedOrderingFilter):
        return comma_separated(schema["items"]["enum"])
    if isinstance(filter_field, filters.CountryFilter):
        return {"type": "array", "items": {"type": "string", "enum": _country_codes()}}
    if isinstance(filter_field, filters.LanguageCodeFilter):
        return {"type": "string", "pattern": "^[A-Za-z]{2}$"}
    if isinstance(filter_field, filters.UpdatedSinceFilter):
        return {
            "type": "string",
            "anyOf": [{"format": "date-time"}, {"format": "date"}],
        }
    return schema


def _description(filter_field, name):
    """What a filter's parameter means, for partners: the filter's ``help_text``
    (written where the resource declares its FilterSet), and how a value is sent
    where the filter class decides it. None when the filter has no help text."""
    help_text = filter_field.extra.get("help_text")
    if not help_text:
        return None
    if isinstance(filter_field, django_filters.MultipleChoiceFilter):
        return f"{help_text} Repeat the parameter for several (?{name}=a&{name}=b)."
    if isinstance(filter_field, filters.IsoDateFilter):
        return f"{help_text} A date, YYYY-MM-DD."
    return help_text


class FilterExtension(DjangoFilterExtension):
    """The query parameters of the resource FilterSets, with what each accepts.

    Any of them may be sent once with an empty value (``?date_from=``,
    ``?kind=``, as the pages' forms do): it then filters nothing, which
    ``allowEmptyValue`` says. The lists left (the repeatable choices) hold only
    values of an enum, so a value that is empty, or a number or boolean sent as
    text, is never mistaken for a valid one.

    A filter with a help text is described by it alone: drf-spectacular would add
    a list of the choices, which the parameter's enum already gives.
    """

    target_class = "common.api.filtering.FilterBackend"
    priority = 1

    def resolve_filter_field(
        self, auto_schema, model, filterset_class, field_name, filter_field
    ):
        parameters = super().resolve_filter_field(
            auto_schema, model, filterset_class, field_name, filter_field
        )
        description = _description(filter_field, field_name)
        for parameter in parameters:
            if description is not None:
                parameter["description"] = description
            schema = _filter_schema(filter_field, parameter["schema"])
            if schema["type"] == "array" and parameter["schema"]["type"] == "array":
                schema = {**parameter["schema"], **schema}
            parameter["schema"] = schema
            parameter["allowEmptyValue"] = True
            if schema["type"] != "array":
                # How a list is spread over the query string: not a list here.
                parameter.pop("style", None)
                parameter.pop("explode", None)
        return parameters


def add_shared_components(result, generator, request, public):
    """Postprocessing hook: the components that fields and error responses refer
    to by name (TranslatedText follows the configured languages)."""
    schemas = result.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(SHARED_COMPONENTS, TranslatedText=translated_text_schema())
    return dict(
        result,
        components=dict(result["components"], schemas=dict(sorted(schemas.items()))),
    )


class TranslatedFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "common.api.fields.TranslatedField"

    def map_serializer_field(self, auto_schema, direction):
        return _ref("TranslatedText")


# How a related record is named when ``?expand=`` does not show it whole.
KEY_DESCRIPTIONS = {
    "slug": "The record's slug.",
    "ogp_id": "The commitment's OGP id, e.g. CLPLN0001.",
}


class LinkedFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "common.api.fields.LinkedField"

    def map_serializer_field(self, auto_schema, direction):
        serializer = self.target.serializer
        if isinstance(serializer, str):
            serializer = import_string(serializer)
        component = auto_schema.resolve_serializer(serializer, direction)
        key = KEY_DESCRIPTIONS[self.target.key]
        item = {
            "oneOf": [
                {"type": "string", "description": key},
                component.ref,
            ]
        }
        if self.target.many:
            return build_array_type(item)
        if self.target.allow_null:
            item["nullable"] = True
        return item


FORMAT_DESCRIPTIONS = {
    "json": "json (default): one page of records.",
    "csv": (
        "csv: every matching record (not one page), streamed; one column per "
        "language for translated fields; related records as slugs joined with ';'."
    ),
    "geojson": (
        "geojson: a FeatureCollection of every matching record that has coordinates, "
        "as Point features ([longitude, latitude]) whose properties are the JSON "
        "record."
    ),
    "ics": (
        "ics: an iCalendar (RFC 5545) file of every matching record, in the "
        "requested language."
    ),
}

LANGUAGE_QUERY = OpenApiParameter(
    LANGUAGE_PARAMETER,
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=language_choices(),
    description=(
        "Language of translated fields. Without it (or with "
        f"{EVERY_LANGUAGE}) each translated field is an object with every language; "
        "with a language code it is a string in that language, English where the "
        f"translation is missing (listed in {FALLBACK_FIELDS}). Takes precedence over "
        "Accept-Language. Upper case and regional variants (es-MX) are accepted too "
        "and read as the code they start with; any other value is a 400."
    ),
)
ACCEPT_LANGUAGE = OpenApiParameter(
    "Accept-Language",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=(
        "Used when there is no ?lang=: the first of our languages it names collapses "
        "translated fields as ?lang= would; naming none of them gives every language."
    ),
)
RESPONSE_HEADERS = [
    OpenApiParameter(
        "ETag",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[200, 304],
        description="Send it back in If-None-Match to get a 304 while nothing changed.",
    ),
    OpenApiParameter(
        "Last-Modified",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[200, 304],
        description="The newest change among the records shown (and those they link to).",
    ),
    OpenApiParameter(
        "Content-Language",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[200],
        description='The language of translated fields, or every language ("en, es").',
    ),
    OpenApiParameter(
        "Cache-Control",
        OpenApiTypes.STR,
        OpenApiParameter.HEADER,
        response=[200, 304],
        description="public, max-age=… : shared caches may keep the answer that long.",
    ),
    OpenApiParameter(
        "Retry-After",
        OpenApiTypes.INT,
        OpenApiParameter.HEADER,
        response=[429],
        description="Seconds to wait before the next request.",
    ),
]


JSON = "application/json"


def _error(description, name="Error"):
    return OpenApiResponse(response=_ref(name), description=description)


class ResourceSchema(AutoSchema):
    """AutoSchema that knows the conventions of ResourceViewSet."""

    def _is_resource(self):
        return isinstance(self.view, ResourceListViewSet)

    def get_summary(self):
        if not self._is_resource():
            return super().get_summary()
        summaries = getattr(self.view, "schema_summaries", {})
        if self.view.action in summaries:
            return summaries[self.view.action]
        with translation.override(source_language()):
            meta = self.view.queryset.model._meta
            if self.view.action == "list":
                return f"List {meta.verbose_name_plural}"
            return f"One {meta.verbose_name}, by {self.view.lookup_name}"

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if not self._is_resource():
            return parameters
        parameters += [LANGUAGE_QUERY, ACCEPT_LANGUAGE, *RESPONSE_HEADERS]
        if self.view.expandable:
            parameters.append(
                OpenApiParameter(
                    EXPAND_PARAMETER,
                    OpenApiTypes.STR,
                    OpenApiParameter.QUERY,
                    pattern=comma_separated(self.view.expandable)["pattern"],
                    description=(
                        "Related records to show as whole objects instead of slugs, "
                        "comma-separated (JSON and GeoJSON; CSV always uses slugs): "
                        f"{', '.join(self.view.expandable)}. Expanded objects show "
                        "their own relations as slugs. Any other value is a 400."
                    ),
                    examples=[
                        OpenApiExample(
                            "Every relation", value=",".join(self.view.expandable)
                        )
                    ],
                )
            )
        formats = [renderer.format for renderer in self.view.get_renderers()]
        if len(formats) > 1:
            parameters.append(
                OpenApiParameter(
                    FORMAT_PARAMETER,
                    OpenApiTypes.STR,
                    OpenApiParameter.QUERY,
                    enum=formats,
                    description=" ".join(FORMAT_DESCRIPTIONS[f] for f in formats)
                    + " The Accept header works too. Any other value is a 400.",
                )
            )
        return parameters

    def _not_found_description(self, is_list):
        if not is_list:
            return f"No published record has this {self.view.lookup_name}."
        if "{" in self.path:
            return (
                "No published record has the slug in the path, or the page is past "
                "the last page."
            )
        return "The page is past the last page."

    def export_schema(self, renderer):
        if renderer.format == "geojson":
            return feature_collection_serializer(self.view.get_serializer_class())
        return OpenApiTypes.STR

    def get_response_serializers(self):
        if not self._is_resource():
            return super().get_response_serializers()
        is_list = self.view.action == "list"
        responses = {
            (200, JSON): OpenApiResponse(
                response=self.view.get_serializer_class(),
                description=(
                    "A page of records, or every matching record in the export formats."
                    if is_list
                    else "The record."
                ),
            )
        }
        for renderer in self.view.get_renderers():
            if renderer.format != "json":
                responses[(200, renderer.media_type)] = self.export_schema(renderer)
        responses[304] = OpenApiResponse(
            description="Not modified: the ETag in If-None-Match is still current."
        )
        responses[(400, JSON)] = OpenApiResponse(
            response={"anyOf": [_ref("ValidationErrors"), _ref("Error")]},
            description=(
                "A query parameter is wrong (a filter value, lang, expand, format, "
                "page or page_size); the body names it. A query string that is not "
                "UTF-8 text is refused as a whole, with a detail."
            ),
        )
        responses[(404, JSON)] = _error(self._not_found_description(is_list))
        responses[(405, JSON)] = _error(
            "The API is read-only: only GET, HEAD and OPTIONS are allowed."
        )
        responses[(406, JSON)] = _error(
            "The Accept header names no format of this endpoint."
        )
        responses[414] = OpenApiResponse(
            description=(
                "The address is longer than the server reads (a request line of "
                "about 4 KB): send fewer or shorter values. Answered by the web "
                "server before the API, as a short HTML page."
            )
        )
        responses[(429, JSON)] = _error(
            "Too many requests from this address; wait Retry-After seconds."
        )
        return responses
