"""The API's documentation: the OpenAPI schema, which Swagger UI and Redoc read.
The guide (docs/api.md) is rendered by common.api.guide."""

from django.db import transaction
from django.utils import translation
from django.utils.decorators import method_decorator
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from common.api.exceptions import JSONErrors
from common.i18n.languages import source_language


@method_decorator(transaction.non_atomic_requests, name="dispatch")
class SchemaView(JSONErrors, SpectacularAPIView):
    """The OpenAPI schema in English (its prose is English) whatever Accept-Language
    says; drf-spectacular's own ``?lang=`` still translates what it can."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        with translation.override(source_language()):
            return super().get(request, *args, **kwargs)


class SwaggerView(JSONErrors, SpectacularSwaggerSplitView):
    """Swagger UI on the schema."""


class RedocView(JSONErrors, SpectacularRedocView):
    """Redoc on the schema."""
