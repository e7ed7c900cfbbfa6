"""The directory's admin site: Django's, plus translation gaps on the index, and
round trips that are exact for every model registered on it."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from common.admin.options import ExactRoundTripMixin


class DirectoryAdminSite(admin.AdminSite):
    site_header = _("OGP Local Directory administration")
    site_title = _("OGP Local Directory")
    index_title = _("Curate the directory")

    def register(self, model_or_iterable, admin_class=None, **options):
        """Django's, with every ModelAdmin made to save nothing when nothing
        changed (ExactRoundTripMixin): ours, Django's (users, groups) and third
        parties', including any model registered later."""
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, ExactRoundTripMixin):
            admin_class = type(
                admin_class.__name__,
                (ExactRoundTripMixin, admin_class),
                {"__module__": admin_class.__module__},
            )
        super().register(model_or_iterable, admin_class, **options)

    def translation_gaps(self, request):
        """Per translated model the staff member can see: how many records miss
        each translation. One query per model, whatever the number of records."""
        gaps = []
        for app in self.get_app_list(request):
            for entry in app["models"]:
                model_admin = self.get_model_admin(entry["model"])
                summary = getattr(model_admin, "translation_gap_summary", None)
                counts = summary(request) if summary else None
                if counts is not None:
                    gaps.append({"name": entry["name"], "counts": counts})
        return gaps

    def index(self, request, extra_context=None):
        context = {"translation_gaps": self.translation_gaps(request)}
        return super().index(request, {**context, **(extra_context or {})})
