"""Read queries for themes and reforms. Pages and the API both read through here."""

from common.selectors import attach_linked
from members.selectors import jurisdiction_list
from reforms.models import Reform, Theme


def theme_list():
    """Published themes, ordered by English name then slug."""
    return Theme.objects.published().order_by("name_en", "slug")


def reform_list():
    """Published reforms, ordered by English title then slug."""
    return Reform.objects.published().order_by("title_en", "slug")


def reform_links_load(reforms, *, full=frozenset()):
    """Give each of ``reforms`` ``published_jurisdictions`` and ``published_themes``:
    its published members and themes in their lists' order, as slugs, or as whole
    records for the relations named in ``full``. Two queries for any number."""
    attach_linked(
        reforms,
        attr="published_jurisdictions",
        linked=jurisdiction_list(),
        through="reformjurisdiction__reform_id",
        full="jurisdictions" in full,
    )
    attach_linked(
        reforms,
        attr="published_themes",
        linked=theme_list(),
        through="reformtheme__reform_id",
        full="themes" in full,
    )
    return reforms
