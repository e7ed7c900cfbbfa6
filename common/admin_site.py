"""The directory's admin site: Django's, plus translation gaps on the index."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class DirectoryAdminSite(admin.AdminSite):
    site_header = _("OGP Local Directory administration")
    site_title = _("OGP Local Directory")
    index_title = _("Curate the directory")

    def index(self, request, extra_context=None):
        # Only the index shows the counts: each_context (every admin page, through
        # the sidebar) keeps Django's plain app list.
        app_list = self.get_app_list(request)
        for app in app_list:
            for entry in app["models"]:
                model_admin = self._registry.get(entry["model"])
                counter = getattr(model_admin, "translation_gap_summary", None)
                if counter is not None:
                    entry["translation_gaps"] = counter(request)
        return super().index(request, {"app_list": app_list, **(extra_context or {})})
