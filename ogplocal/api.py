"""The partner API, version 1: one router for every resource (see docs/api.md)."""

from csp.decorators import csp_update
from django.urls import include, path, re_path
from rest_framework import routers

from common.api.docs import RedocView, SchemaView, SwaggerView
from common.api.views import ApiRootView
from common.filters import SLUG_PATTERN
from common.http.errors import api_not_found
from events.api import MeetingSessionViewSet, MeetingViewSet, SessionViewSet
from members.api import JurisdictionViewSet
from plans.api import ActionPlanViewSet, CommitmentViewSet, DocumentViewSet
from reforms.api import ReformViewSet
from themes.api import ThemeViewSet
from website.views import api_guide


class Router(routers.DefaultRouter):
    APIRootView = ApiRootView
    # ?format= only: /reforms.csv would be a second name for every URL.
    include_format_suffixes = False


router = Router()
router.register("jurisdictions", JurisdictionViewSet, basename="jurisdiction")
router.register("themes", ThemeViewSet, basename="theme")
router.register("reforms", ReformViewSet, basename="reform")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("sessions", SessionViewSet, basename="session")
router.register("action-plans", ActionPlanViewSet, basename="action-plan")
router.register("commitments", CommitmentViewSet, basename="commitment")
router.register("documents", DocumentViewSet, basename="document")
router.register(
    rf"meetings/(?P<meeting_slug>{SLUG_PATTERN})/sessions",
    MeetingSessionViewSet,
    basename="meeting-session",
)

urlpatterns = [
    path("", include(router.urls)),
    path("schema/", SchemaView.as_view(), name="schema"),
    path("guide/", api_guide, name="guide"),
    path(
        "docs/",
        # The split view serves Swagger UI's start-up script as a file: no inline
        # script. Swagger UI sets a few inline styles, which this page alone allows.
        csp_update({"style-src": ["'unsafe-inline'"]})(
            SwaggerView.as_view(
                url_name="api:schema", template_name="api/swagger_ui.html"
            )
        ),
        name="docs",
    ),
    path(
        "docs/redoc/",
        # Redoc's bundle compiles schema validators at run time, styles itself with
        # injected <style> and searches in a blob worker; this page alone allows
        # that. Still no inline script and nothing from another host.
        csp_update(
            {
                "script-src": ["'unsafe-eval'"],
                "style-src": ["'unsafe-inline'"],
                "worker-src": ["'self'", "blob:"],
            }
        )(RedocView.as_view(url_name="api:schema", template_name="api/redoc.html")),
        name="redoc",
    ),
]
# Last: any other path ending in a slash (others first get the slash appended),
# line breaks (%0A) and all.
urlpatterns.append(re_path(r"^[\s\S]*/$", api_not_found))
