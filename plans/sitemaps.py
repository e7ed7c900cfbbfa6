from django.contrib.sitemaps import Sitemap

from plans.selectors import action_plan_list, commitment_list


class ActionPlanSitemap(Sitemap):
    """Every public action plan page, in every language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return action_plan_list().only("slug", "updated_at")

    def lastmod(self, item):
        return item.updated_at


class CommitmentSitemap(ActionPlanSitemap):
    """Every public commitment page."""

    def items(self):
        return commitment_list().only("ogp_id", "updated_at")
