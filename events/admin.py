from django.contrib import admin
from django.db.models import Count, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from common.admin import ContentAdmin, ContentInline, CountryListFilter
from common.spreadsheets import SpreadsheetAdminMixin
from events.models import Meeting, Session
from events.resources import MeetingResource, SessionResource

SESSION_LINKS = ("showcased_reforms", "jurisdictions", "themes")


class SessionInline(ContentInline):
    """The meeting's programme, in programme order; ``position`` orders sessions
    whose times are not known yet."""

    model = Session
    through_fieldsets = [
        (
            None,
            {
                "fields": (
                    ("position", "kind"),
                    "title",
                    "slug",
                    ("starts_at", "ends_at"),
                    "description",
                    "showcased_reforms",
                    "jurisdictions",
                    "themes",
                    ("languages", "participant_count"),
                    "is_published",
                )
            },
        )
    ]
    autocomplete_fields = SESSION_LINKS
    # A plenary showcases no reform; a workshop may list no members.
    optional_links = SESSION_LINKS
    prepopulated_fields = {"slug": ("title_en",)}
    show_change_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(*SESSION_LINKS)
            .order_by(F("starts_at").asc(nulls_last=True), "position", "slug")
        )


@admin.register(Meeting)
class MeetingAdmin(SpreadsheetAdminMixin, ContentAdmin):
    resource_classes = [MeetingResource]
    inlines = [SessionInline]
    list_display = (
        "name",
        "start_date",
        "end_date",
        "host_city",
        "host_country",
        "region",
        "kind",
        "session_count",
        "is_published",
    )
    list_filter = (
        "is_published",
        "kind",
        "region",
        ("host_country", CountryListFilter),
    )
    date_hierarchy = "start_date"
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "region", "is_published")}),
        (
            _("When and where"),
            {
                "fields": (
                    ("start_date", "end_date"),
                    "timezone",
                    "host_city",
                    "host_country",
                    "venue",
                    ("latitude", "longitude"),
                )
            },
        ),
        (
            _("About"),
            {
                "fields": (
                    "summary",
                    "highlights",
                    ("participant_count", "country_count"),
                    "website",
                )
            },
        ),
        (_("Provenance"), {"fields": ("sources", "created_at", "updated_at")}),
    )

    def get_queryset(self, request):
        # A subquery, not a JOIN + GROUP BY: the date hierarchy and filters keep
        # reading plain meeting rows.
        sessions = (
            Session.objects.filter(meeting=OuterRef("pk"))
            .order_by()
            .values("meeting")
            .annotate(count=Count("pk"))
            .values("count")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                session_total=Coalesce(
                    Subquery(sessions, output_field=IntegerField()), 0
                )
            )
        )

    @admin.display(description=_("sessions"), ordering="session_total")
    def session_count(self, meeting):
        return meeting.session_total


@admin.register(Session)
class SessionAdmin(SpreadsheetAdminMixin, ContentAdmin):
    resource_classes = [SessionResource]
    list_display = (
        "title",
        "meeting",
        "kind",
        "starts_at",
        "position",
        "is_published",
    )
    list_filter = ("is_published", "meeting", "kind", "themes")
    list_select_related = ("meeting",)
    related_search_paths = ("meeting__search_text",)
    autocomplete_fields = ("meeting", *SESSION_LINKS)
    optional_links = SESSION_LINKS
    prepopulated_fields = {"slug": ("title_en",)}
    through_fieldsets = (
        (None, {"fields": ("meeting", "title", "slug", "kind", "is_published")}),
        (
            _("Programme"),
            {"fields": ("position", ("starts_at", "ends_at"), "description")},
        ),
        (
            _("Who and what"),
            {
                "fields": (
                    *SESSION_LINKS,
                    ("languages", "participant_count"),
                )
            },
        ),
        (_("Record"), {"fields": ("created_at", "updated_at")}),
    )

    def get_ordering(self, request):
        return [
            "-meeting__start_date",
            "meeting__slug",
            F("starts_at").asc(nulls_last=True),
            "position",
            "slug",
        ]
