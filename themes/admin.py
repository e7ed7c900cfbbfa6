from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin.options import ContentAdmin
from themes.models import Theme


@admin.register(Theme)
class ThemeAdmin(ContentAdmin):
    list_display = (
        "name",
        "slug",
        "category",
        "is_local_circle",
        "is_published",
        "updated_at",
    )
    list_filter = ("is_published", "category", "is_local_circle")
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (None, {"fields": ("name", "slug", "description")}),
        (
            _("Type"),
            {"fields": ("category", "is_local_circle", "is_published")},
        ),
        (
            _("Provenance"),
            {"fields": ("ogp_url", "sources", "created_at", "updated_at")},
        ),
    )
