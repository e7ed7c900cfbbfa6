from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin.options import ContentAdmin, CountryListFilter
from common.admin.spreadsheets import SpreadsheetAdminMixin
from reforms.models import Reform
from reforms.resources import ReformResource


@admin.register(Reform)
class ReformAdmin(SpreadsheetAdminMixin, ContentAdmin):
    resource_classes = [ReformResource]
    list_display = (
        "title",
        "member_names",
        "theme_names",
        "status",
        "is_published",
        "updated_at",
    )
    list_filter = (
        "is_published",
        "status",
        "themes",
        ("jurisdictions__country", CountryListFilter),
        "jurisdictions__region",
    )
    list_prefetch_related = ("jurisdictions", "themes")
    related_search_paths = ("jurisdictions__search_text",)
    autocomplete_fields = ("jurisdictions", "themes")
    prepopulated_fields = {"slug": ("title_en",)}
    through_fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "status", "is_published")}),
        (_("Where and what"), {"fields": ("jurisdictions", "countries", "themes")}),
        (
            _("Provenance"),
            {"fields": ("website", "sources", "created_at", "updated_at")},
        ),
    )

    @admin.display(description=_("members"))
    def member_names(self, reform):
        return ", ".join(sorted(str(member) for member in reform.jurisdictions.all()))

    @admin.display(description=_("themes"))
    def theme_names(self, reform):
        return ", ".join(sorted(str(theme) for theme in reform.themes.all()))
