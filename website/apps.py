from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    """The pages that show several apps at once: home, about, member, theme, reform
    and commitment pages, and the sitemaps."""

    name = "website"
    verbose_name = _("Website pages")
