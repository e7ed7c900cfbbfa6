from django.contrib import admin

from common.admin import ContentAdmin
from members.models import Jurisdiction


@admin.register(Jurisdiction)
class JurisdictionAdmin(ContentAdmin):
    list_display = (
        "name",
        "country",
        "kind",
        "region",
        "member_since",
        "status",
        "is_published",
    )
    list_filter = (
        "is_published",
        "region",
        "status",
        "kind",
        "member_since",
        "country",
    )
    search_fields = ("search_text", "slug", "local_name")
    prepopulated_fields = {"slug": ("name_en",)}
