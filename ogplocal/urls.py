from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from common.http.errors import api_not_found
from common.http.health import healthz, readyz
from website.sitemaps import SITEMAPS
from website.views import favicon, robots_txt

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("robots.txt", robots_txt, name="robots"),
    path("favicon.ico", favicon, name="favicon"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap-index",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap-section",
    ),
    path("api/v1/", include(("ogplocal.api", "api"))),
    # Any other API address (/api/v2/…) answers in JSON like the API's own; those
    # without the final slash first get it appended, as everywhere.
    re_path(r"^api/(?:[\s\S]*/)?$", api_not_found),
]

urlpatterns += i18n_patterns(
    path("", include("website.urls")),
    path("", include("circles.urls")),
    path("members/", include("website.member_urls")),
    path("meetings/", include("events.urls")),
    path("reforms/", include("website.reform_urls")),
    path("themes/", include("website.theme_urls")),
    path("action-plans/", include("plans.urls")),
    path("commitments/", include("website.commitment_urls")),
    prefix_default_language=True,
)

handler400 = "common.http.errors.bad_request"
handler500 = "common.http.errors.server_error"
