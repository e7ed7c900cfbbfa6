"""Join requests in the admin: personal data, visible only to staff whose group holds
the circles permissions (the lead grants them to Editors)."""

import csv

from django.contrib import admin, messages
from django.db.models import Prefetch
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from circles.enums import JoinRequestStatus
from circles.models import JoinRequest, JoinRequestCircle
from common.spreadsheet_safety import escape_formula


class JoinRequestCircleInline(admin.TabularInline):
    model = JoinRequestCircle
    fields = ("theme", "added_at")
    readonly_fields = ("added_at",)
    extra = 0
    min_num = 1
    verbose_name = _("circle")
    verbose_name_plural = _("circles")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "theme":
            kwargs["queryset"] = db_field.related_model.objects.filter(
                is_local_circle=True
            ).order_by("name_en", "slug")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    # The circles of a request are part of the request: the same three permissions
    # (view/change/delete_joinrequest) govern them, not a separate set.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("circles.view_joinrequest") or (
            self.has_change_permission(request, obj)
        )

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("circles.change_joinrequest")

    has_add_permission = has_change_permission
    has_delete_permission = has_change_permission


class ConfirmationFilter(admin.SimpleListFilter):
    title = _("confirmation")
    parameter_name = "confirmation"

    def lookups(self, request, model_admin):
        return [
            ("pending", _("Pending confirmation")),
            ("confirmed", _("Confirmed")),
        ]

    def queryset(self, request, queryset):
        if self.value() in ("pending", "confirmed"):
            return queryset.filter(confirmed_at__isnull=self.value() == "pending")
        return queryset


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "name",
        "email",
        "organisation",
        "sector",
        "circle_names",
        "language",
        "status",
        "confirmation",
        "consent_at",
    )
    list_editable = ("status",)
    list_filter = (
        ConfirmationFilter,
        "status",
        ("circles", admin.RelatedOnlyFieldListFilter),
        "language",
        "sector",
        "consent_at",
    )
    search_fields = (
        "name",
        "email",
        "organisation",
        "jurisdiction_name",
        "jurisdiction__name_en",
        "jurisdiction__name_es",
    )
    list_select_related = ("jurisdiction",)
    list_per_page = 50
    autocomplete_fields = ("jurisdiction",)
    inlines = (JoinRequestCircleInline,)
    readonly_fields = (
        "consent",
        "consent_at",
        "confirmed_at",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (_("Handling"), {"fields": ("status", "staff_notes")}),
        (
            _("Requester"),
            {
                "fields": (
                    "name",
                    "email",
                    "organisation",
                    "sector",
                    "jurisdiction",
                    "jurisdiction_name",
                    "language",
                    "message",
                )
            },
        ),
        (
            _("Consent and dates"),
            {
                "fields": (
                    "consent",
                    "consent_at",
                    "confirmed_at",
                    "created_at",
                    "updated_at",
                )
            },
        ),
    )
    actions = (
        "mark_new",
        "mark_contacted",
        "mark_joined",
        "mark_declined",
        "export_csv",
    )

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related(
                Prefetch(
                    "circle_links",
                    # By name: the column and the CSV list circles in one order
                    # on every database.
                    queryset=JoinRequestCircle.objects.select_related("theme").order_by(
                        "theme__name_en", "theme__slug"
                    ),
                )
            )
        )

    # Requests come from the public form, with the requester's own consent: staff
    # do not type in other people's data.
    def has_add_permission(self, request):
        return False

    def has_module_permission(self, request):
        return self.has_view_or_change_permission(request)

    @admin.display(description=_("confirmation"), ordering="confirmed_at")
    def confirmation(self, obj):
        # Pending requests may be a stranger's, typed with someone else's address.
        return _("Confirmed") if obj.is_confirmed else _("Pending confirmation")

    @admin.display(description=_("circles"))
    def circle_names(self, obj):
        return ", ".join(str(link.theme) for link in obj.circle_links.all())

    def _mark(self, request, queryset, status):
        updated = queryset.update(status=status, updated_at=timezone.now())
        self.message_user(
            request,
            ngettext(
                "%(count)d join request marked “%(status)s”.",
                "%(count)d join requests marked “%(status)s”.",
                updated,
            )
            % {"count": updated, "status": JoinRequestStatus(status).label},
            messages.SUCCESS,
        )

    @admin.action(permissions=["change"], description=_("Mark as new"))
    def mark_new(self, request, queryset):
        self._mark(request, queryset, JoinRequestStatus.NEW)

    @admin.action(permissions=["change"], description=_("Mark as contacted"))
    def mark_contacted(self, request, queryset):
        self._mark(request, queryset, JoinRequestStatus.CONTACTED)

    @admin.action(permissions=["change"], description=_("Mark as joined"))
    def mark_joined(self, request, queryset):
        self._mark(request, queryset, JoinRequestStatus.JOINED)

    @admin.action(permissions=["change"], description=_("Mark as declined"))
    def mark_declined(self, request, queryset):
        self._mark(request, queryset, JoinRequestStatus.DECLINED)

    @admin.action(permissions=["view"], description=_("Export as CSV"))
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"join-requests-{timezone.localdate():%Y-%m-%d}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        response.write("\ufeff")  # lets spreadsheet programs read accents as UTF-8
        writer = csv.writer(response)
        writer.writerow(
            [
                _("id"),
                _("status"),
                _("name"),
                _("email"),
                _("organization"),
                _("sector"),
                _("member"),
                _("other jurisdiction"),
                _("circles"),
                _("preferred language"),
                _("message"),
                _("staff notes"),
                _("consent given"),
                _("created"),
            ]
        )
        for join_request in queryset:
            writer.writerow(
                # Every column is text a visitor wrote or words of ours.
                escape_formula("" if value is None else str(value))
                for value in [
                    join_request.pk,
                    join_request.get_status_display(),
                    join_request.name,
                    join_request.email,
                    join_request.organisation,
                    join_request.get_sector_display(),
                    join_request.jurisdiction or "",
                    join_request.jurisdiction_name,
                    self.circle_names(join_request),
                    join_request.get_language_display(),
                    join_request.message,
                    join_request.staff_notes,
                    join_request.consent_at.isoformat(),
                    join_request.created_at.isoformat(),
                ]
            )
        return response
