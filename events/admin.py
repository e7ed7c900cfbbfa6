from django.contrib import admin

from common.admin import ContentAdmin
from events.models import Meeting, Session


@admin.register(Meeting)
class MeetingAdmin(ContentAdmin):
    list_display = (
        "name",
        "start_date",
        "end_date",
        "host_country",
        "region",
        "is_published",
    )
    list_filter = ("is_published", "kind", "region", "host_country")
    search_fields = ("search_text", "slug")
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Session)
class SessionAdmin(ContentAdmin):
    list_display = ("title", "meeting", "kind", "starts_at", "is_published")
    list_filter = ("is_published", "kind", "meeting")
    list_select_related = ("meeting",)
    search_fields = ("search_text", "slug")
    autocomplete_fields = ("meeting", "themes", "jurisdictions", "showcased_reforms")
    prepopulated_fields = {"slug": ("title_en",)}
