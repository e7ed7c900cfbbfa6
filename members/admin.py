from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin.options import ContentAdmin, CountryListFilter
from common.admin.spreadsheets import SpreadsheetAdminMixin
from members.models import Jurisdiction
from members.resources import JurisdictionResource


@admin.register(Jurisdiction)
class JurisdictionAdmin(SpreadsheetAdminMixin, ContentAdmin):
    resource_classes = [JurisdictionResource]
    list_display = (
        "name",
        "country",
        "kind",
        "region",
        "member_since",
        "status",
        "is_published",
        "updated_at",
    )
    list_filter = (
        "is_published",
        "region",
        ("country", CountryListFilter),
        "kind",
        "status",
        "member_since",
    )
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "name",
                    "slug",
                    "local_name",
                    "other_names",
                    "kind",
                    "country",
                    "subdivision",
                )
            },
        ),
        (
            _("Membership"),
            {
                "fields": (
                    "region",
                    "region_inferred",
                    "member_since",
                    "member_since_inferred",
                    "status",
                    "status_inferred",
                    "is_published",
                )
            },
        ),
        (_("About"), {"fields": ("summary", "website", "ogp_url")}),
        (_("Place"), {"fields": ("latitude", "longitude", "ocd_id")}),
        (
            _("Provenance"),
            {"fields": ("sources", "last_verified_on", "created_at", "updated_at")},
        ),
    )
