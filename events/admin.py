from django.contrib import admin, messages
from django.db import IntegrityError, router, transaction
from django.db.models import Count, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _

from common.admin.options import ContentAdmin, ContentInline, CountryListFilter
from common.admin.spreadsheets import SpreadsheetAdminMixin, SpreadsheetImportForm
from events.forms import SessionForm
from events.models import Meeting, Session
from events.resources import MeetingResource, MeetingTimeColumn, SessionResource
from events.timezones import WALL_CLOCK_FORMAT, utc_offset, wall_clock

SESSION_LINKS = ("showcased_reforms", "jurisdictions", "themes")
# The database's words when a session would fall outside its meeting's dates
# (events/migrations/0002_session_within_meeting_dates.py).
SESSION_OUTSIDE_MEETING = "session times must fall inside the meeting dates"


class SessionInline(ContentInline):
    """The meeting's programme, in programme order; ``position`` orders sessions
    whose times are not known yet."""

    model = Session
    form = SessionForm
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

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)

        class MeetingClockFormSet(formset):
            """Each session's times are typed on the clock of the meeting being
            edited, as the meeting form has just read it (its new time zone,
            when that changes in the same save)."""

            def get_form_kwargs(self, index):
                return {**super().get_form_kwargs(index), "meeting": self.instance}

        return MeetingClockFormSet


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

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """The admin's, except that a save the database refuses because a meeting and
        its sessions moved past each other in one go is a message, not a 500.

        Django saves the meeting before its sessions, so moving both to dates that
        do not overlap trips the session-dates trigger whichever is written first.
        The whole save is rolled back, nothing is written, and the page says how
        to make the move.
        """
        if request.method != "POST":
            return super().changeform_view(request, object_id, form_url, extra_context)
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                return super().changeform_view(
                    request, object_id, form_url, extra_context
                )
        except IntegrityError as error:
            if SESSION_OUTSIDE_MEETING not in str(error):
                raise
        self.message_user(
            request,
            _(
                "Nothing was saved: the meeting’s new dates and its sessions’ new "
                "times do not overlap the old ones, and they cannot move past each "
                "other in one save. Widen the meeting’s dates to cover both, save, "
                "move the sessions, save, then narrow the dates."
            ),
            messages.ERROR,
        )
        return HttpResponseRedirect(request.get_full_path())

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


class SessionImportForm(SpreadsheetImportForm):
    """The upload form, saying in which time zone the time columns are read."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.fields["import_file"].help_text = MeetingTimeColumn.help_text


@admin.register(Session)
class SessionAdmin(SpreadsheetAdminMixin, ContentAdmin):
    resource_classes = [SessionResource]
    import_form_class = SessionImportForm
    form = SessionForm
    list_display = (
        "title",
        "meeting",
        "kind",
        "local_start",
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
            _("Program"),
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

    def get_queryset(self, request):
        # The form and the list show times on the meeting's clock.
        return super().get_queryset(request).select_related("meeting")

    @admin.display(description=_("starts at (meeting’s time)"), ordering="starts_at")
    def local_start(self, session):
        if session.starts_at is None:
            return None
        zone = session.meeting.zone
        local = wall_clock(session.starts_at, zone)
        offset = utc_offset(zone, local.date())
        return f"{local:{WALL_CLOCK_FORMAT}} ({offset})"

    def get_ordering(self, request):
        return [
            "-meeting__start_date",
            "meeting__slug",
            F("starts_at").asc(nulls_last=True),
            "position",
            "slug",
        ]
