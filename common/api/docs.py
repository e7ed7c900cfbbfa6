"""The API's documentation: the OpenAPI schema (Swagger UI and Redoc read it) and
the guide (docs/api.md)."""

from django.conf import settings
from django.db import transaction
from django.http import FileResponse
from django.utils import translation
from django.utils.decorators import method_decorator
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView

from common.i18n.languages import source_language


@method_decorator(transaction.non_atomic_requests, name="dispatch")
class SchemaView(SpectacularAPIView):
    """The OpenAPI schema in English (its prose is English) whatever Accept-Language
    says; drf-spectacular's own ``?lang=`` still translates what it can."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        with translation.override(source_language()):
            return super().get(request, *args, **kwargs)


GUIDE = settings.BASE_DIR / "docs" / "api.md"


def guide(request):
    """docs/api.md as it is in the repository, so the docs pages can link to it."""
    response = FileResponse(
        GUIDE.open("rb"), content_type="text/markdown; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="ogp-local-api-guide.md"'
    return response
