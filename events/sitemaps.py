from django.contrib.sitemaps import Sitemap

from events.selectors import meeting_list


class MeetingSitemap(Sitemap):
    """Every published meeting page, in every language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return meeting_list().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at
