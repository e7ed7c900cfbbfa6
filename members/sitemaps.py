from django.contrib.sitemaps import Sitemap

from members.selectors import jurisdiction_list


class JurisdictionSitemap(Sitemap):
    """Every published member page, in every language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return jurisdiction_list().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at
