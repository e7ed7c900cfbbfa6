from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin.options import ContentAdmin, LanguageListFilter
from common.admin.spreadsheets import SpreadsheetAdminMixin
from plans.models import ActionPlan, Commitment, Document
from plans.resources import ActionPlanResource, CommitmentResource

PERIOD = ("start_year", "start_month", "end_year", "end_month")


@admin.register(ActionPlan)
class ActionPlanAdmin(SpreadsheetAdminMixin, ContentAdmin):
    resource_classes = [ActionPlanResource]
    list_display = (
        "title",
        "jurisdiction",
        "start_year",
        "end_year",
        "status",
        "is_published",
        "updated_at",
    )
    list_filter = ("is_published", "status", "jurisdiction__region")
    list_select_related = ("jurisdiction",)
    related_search_paths = ("jurisdiction__search_text",)
    autocomplete_fields = ("jurisdiction",)
    prepopulated_fields = {"slug": ("title_en",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "jurisdiction", "is_published")}),
        (
            _("Period and status"),
            {"fields": (*PERIOD, "submitted_on", "status", "commitments_announced")},
        ),
        (
            _("Lead institutions"),
            {"fields": ("lead_institutions", "lead_institutions_language")},
        ),
        (
            _("Provenance"),
            {"fields": ("ogp_url", "sources", "created_at", "updated_at")},
        ),
    )


@admin.register(Commitment)
class CommitmentAdmin(SpreadsheetAdminMixin, ContentAdmin):
    resource_classes = [CommitmentResource]
    list_display = (
        "ogp_id",
        "title",
        "action_plan",
        "completion",
        "is_published",
        "updated_at",
    )
    list_filter = ("is_published", "completion", "potential_impact", "themes")
    list_select_related = ("action_plan",)
    related_search_paths = ("action_plan__jurisdiction__search_text",)
    autocomplete_fields = (
        "action_plan",
        "primary_theme",
        "themes",
        "design_review",
        "completion_review",
    )
    through_fieldsets = (
        (None, {"fields": ("ogp_id", "title", "action_plan", "is_published")}),
        (
            _("What and when"),
            {
                "fields": (
                    "description",
                    "primary_theme",
                    "themes",
                    *PERIOD,
                    "lead_institutions",
                    "lead_institutions_language",
                    "ogp_values",
                )
            },
        ),
        (
            _("Review"),
            {
                "fields": (
                    "verifiable",
                    "relevant",
                    "potential_impact",
                    "design_review",
                    "completion",
                    "completion_review",
                    "review_notes",
                )
            },
        ),
        (
            _("Provenance"),
            {"fields": ("ogp_url", "sources", "created_at", "updated_at")},
        ),
    )


@admin.register(Document)
class DocumentAdmin(ContentAdmin):
    list_display = (
        "title",
        "jurisdiction",
        "kind",
        "year",
        "language",
        "is_published",
        "updated_at",
    )
    list_filter = ("is_published", "kind", ("language", LanguageListFilter))
    list_select_related = ("jurisdiction", "action_plan")
    related_search_paths = ("jurisdiction__search_text",)
    autocomplete_fields = ("jurisdiction", "action_plan")
    prepopulated_fields = {"slug": ("title",)}
    fieldsets = (
        (None, {"fields": ("title", "slug", "is_published")}),
        (
            _("Whose and what"),
            {"fields": ("jurisdiction", "action_plan", "kind", "year", "language")},
        ),
        (
            _("Provenance"),
            {"fields": ("url", "sources", "created_at", "updated_at")},
        ),
    )
