from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CirclesConfig(AppConfig):
    name = "circles"
    verbose_name = _("Local Circles")

    def ready(self):
        from circles import ratelimit  # noqa: F401 - registers the rate's check
