from django.apps import AppConfig, apps
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "common"
    verbose_name = _("Common")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from common.admin.login_limit import start_count_again
        from common.caching.stamp import connect_content_signals
        from common.services import sync_roles_after_migrate

        connect_content_signals(apps.get_models())
        user_logged_in.connect(start_count_again, dispatch_uid="admin_sign_in_count")
        # Groups and their permissions follow settings.STAFF_ROLES after every migrate.
        post_migrate.connect(
            sync_roles_after_migrate, sender=self, dispatch_uid="common_sync_roles"
        )


class DirectoryAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the directory's own admin site as ``admin.site``."""

    default = False  # "common" itself is CommonConfig

    default_site = "common.admin.site.DirectoryAdminSite"
