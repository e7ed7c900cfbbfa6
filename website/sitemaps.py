"""The site's sitemap: an index (/sitemap.xml) of one section per kind of page, each
listing every public page in every language with its hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.selectors import meeting_list
from members.selectors import jurisdiction_list
from plans.selectors import action_plan_list, commitment_list
from reforms.selectors import reform_list
from themes.selectors import theme_list


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


class PublishedSitemap(Sitemap):
    """Every public page of one kind, in every language, with hreflang alternates:
    the records that ``records`` (a selector, which decides what is public)
    returns, each addressed by ``key`` and dated by its last update."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def __init__(self, records, *, key="slug"):
        self.records = records
        self.key = key

    def items(self):
        return self.records().only(self.key, "updated_at")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "pages": PageSitemap,
    "members": PublishedSitemap(jurisdiction_list),
    "meetings": PublishedSitemap(meeting_list),
    "reforms": PublishedSitemap(reform_list),
    "themes": PublishedSitemap(theme_list),
    "action-plans": PublishedSitemap(action_plan_list),
    "commitments": PublishedSitemap(commitment_list, key="ogp_id"),
}
