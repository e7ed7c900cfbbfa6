"""The directory's admin site: Django's, plus translation gaps on the index."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class DirectoryAdminSite(admin.AdminSite):
    site_header = _("OGP Local Directory administration")
    site_title = _("OGP Local Directory")
    index_title = _("Curate the directory")

    def translation_gaps(self, request):
        """Per translated model the staff member can see: how many records miss
        each translation. One query per model, whatever the number of records."""
        gaps = []
        for app in self.get_app_list(request):
            for entry in app["models"]:
                model_admin = self._registry.get(entry["model"])
                summary = getattr(model_admin, "translation_gap_summary", None)
                counts = summary(request) if summary else None
                if counts is not None:
                    gaps.append({"name": entry["name"], "counts": counts})
        return gaps

    def index(self, request, extra_context=None):
        context = {"translation_gaps": self.translation_gaps(request)}
        return super().index(request, {**context, **(extra_context or {})})
