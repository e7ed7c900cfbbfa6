"""The site's sitemap: an index (/sitemap.xml) of one section per kind of page, each
listing every public page in every language with its hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.sitemaps import MeetingSitemap
from members.sitemaps import JurisdictionSitemap
from plans.sitemaps import ActionPlanSitemap, CommitmentSitemap
from reforms.sitemaps import ReformSitemap, ThemeSitemap


class PageSitemap(Sitemap):
    """The home page, the list pages and the pages about the site."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return [
            "home:home",
            "members:list",
            "meetings:list",
            "reforms:list",
            "themes:list",
            "commitments:list",
            "home:about",
            "home:contact",
            "home:accessibility",
            "home:privacy",
            "home:open-data",
        ]

    def location(self, item):
        return reverse(item)


SITEMAPS = {
    "pages": PageSitemap,
    "members": JurisdictionSitemap,
    "meetings": MeetingSitemap,
    "reforms": ReformSitemap,
    "themes": ThemeSitemap,
    "action-plans": ActionPlanSitemap,
    "commitments": CommitmentSitemap,
}
