"""How OGP Local grew: its members worldwide, year by year, each figure with the
source that states it (../shared/reference/ogp-local-facts.md, section 1.1).

OGP gave no exact total in 2024, only "over 150"; that is what the page says.
"""

import dataclasses

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from common.pages.charts import ChartRow, bar_chart


@dataclasses.dataclass(frozen=True)
class MemberCount:
    year: int
    members: int
    more_than: bool  # True when the source gives a floor ("over 150"), not a count
    source_url: str
    source_label: str

    @property
    def text(self):
        if self.more_than:
            return _("more than %(count)s") % {"count": self.members}
        return str(self.members)


MEMBERS_BY_YEAR = (
    MemberCount(
        2016,
        15,
        False,
        "https://www.opengovpartnership.org/stories/press-release-fifteen-local-"
        "governments-chosen-international-open-government-partnership",
        gettext_lazy("OGP press release, April 2016: 15 pioneers chosen"),
    ),
    MemberCount(
        2018,
        20,
        False,
        "https://www.opengovpartnership.org/news/open-government-partnership-adds-"
        "five-new-local-governments-to-its-local-program/",
        gettext_lazy("OGP news, April 2018: five new members join the 15"),
    ),
    MemberCount(
        2020,
        76,
        False,
        "https://www.opengovpartnership.org/news/56-local-jurisdictions-join-global-"
        "partnership-to-promote-open-government",
        gettext_lazy("OGP news, October 2020: 56 new members join the 20"),
    ),
    MemberCount(
        2022,
        106,
        False,
        "https://www.opengovpartnership.org/news/open-government-partnership-"
        "welcomes-30-new-local-governments/",
        gettext_lazy("OGP news, May 2022: 30 new members, 106 in all"),
    ),
    MemberCount(
        2024,
        150,
        True,
        "https://opengovpartnership.org/news/55-local-governments-join-"
        "international-partnership-on-open-government/",
        gettext_lazy("OGP news, April 2024: 55 new members, over 150 in all"),
    ),
)


def growth_chart():
    """OGP Local members per year, as a bar chart (the 2024 bar ends in an arrow:
    more than the bar shows)."""
    rows = [
        ChartRow(
            label=str(count.year),
            value=count.members,
            value_text=count.text,
            open_ended=count.more_than,
        )
        for count in MEMBERS_BY_YEAR
    ]
    return bar_chart(
        id="growth-chart", title=_("OGP Local members per year"), rows=rows
    )
