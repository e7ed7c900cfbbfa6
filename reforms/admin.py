from django.contrib import admin

from common.admin import ContentAdmin
from reforms.models import Reform, Theme


@admin.register(Theme)
class ThemeAdmin(ContentAdmin):
    list_display = ("name", "slug", "is_policy_area", "is_local_circle", "is_published")
    list_filter = ("is_published", "is_policy_area", "is_local_circle")
    search_fields = ("search_text", "slug")
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Reform)
class ReformAdmin(ContentAdmin):
    list_display = ("title", "status", "is_published", "updated_at")
    list_filter = ("is_published", "status", "themes", "jurisdictions__country")
    search_fields = ("search_text", "slug")
    autocomplete_fields = ("jurisdictions", "themes")
    prepopulated_fields = {"slug": ("title_en",)}
