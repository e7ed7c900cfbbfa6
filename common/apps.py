from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _


class CommonConfig(AppConfig):
    name = "common"
    verbose_name = _("Common")

    def ready(self):
        from common.content_version import connect_content_signals

        connect_content_signals(apps.get_models())
