from django.contrib.sitemaps import Sitemap

from reforms.selectors import reform_list
from themes.selectors import theme_list


class ReformSitemap(Sitemap):
    """Every published reform page, in every language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return reform_list().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class ThemeSitemap(ReformSitemap):
    """Every published theme page."""

    def items(self):
        return theme_list().only("slug", "updated_at")
