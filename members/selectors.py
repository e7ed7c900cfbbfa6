"""Read queries for members. Pages and the API both read through here."""

from django.db.models import Count
from django.shortcuts import get_object_or_404

from common.db.suggestions import closest_names
from common.i18n.languages import language_codes, ordering_with_fallback
from members.models import Jurisdiction


def jurisdiction_list():
    """Published members, ordered by English name then slug."""
    return Jurisdiction.objects.published().order_by("name_en", "slug")


def jurisdiction_name_suggestions(*, query, jurisdictions):
    """Up to three of ``jurisdictions`` (published members, with the directory's
    other filters applied) whose names come closest to ``query``, closest first:
    "Did you mean Bogotá?" for "bogata". Names in every language, local and other
    names count. One query."""
    return closest_names(jurisdictions, query)


def jurisdiction_detail(*, slug, include_drafts=False):
    """One member; 404 when there is none (or it is a draft and drafts are not
    asked for: staff preview only). Its reforms and sessions come from the
    reforms and events apps' selectors."""
    members = Jurisdiction.objects.all()
    if not include_drafts:
        members = members.published()
    return get_object_or_404(members, slug=slug)


def jurisdiction_facets():
    """The countries and membership years that published members have, for the
    directory's filters: ``{"countries": ["AR", …], "years": [2016, …]}``."""
    rows = jurisdiction_list().order_by().values_list("country", "member_since")
    rows = set(rows.distinct())
    return {
        "countries": sorted({country for country, _year in rows}),
        "years": sorted({year for _country, year in rows}),
    }


def jurisdiction_counts_by_region():
    """``{"americas": 25, …}``: published members per OGP region."""
    rows = (
        jurisdiction_list()
        .order_by()
        .values("region")
        .annotate(count=Count("pk"))
        .values_list("region", "count")
    )
    return dict(rows)


def jurisdiction_map_points():
    """Published members that have coordinates, with only what a map point needs."""
    return (
        jurisdiction_list()
        .filter(latitude__isnull=False, longitude__isnull=False)
        .only(
            "slug",
            "country",
            "latitude",
            "longitude",
            *(f"name_{code}" for code in language_codes()),
        )
        .order_by(ordering_with_fallback("name"), "slug")
    )


def jurisdiction_options(*, slugs):
    """Published members with these slugs, for filters that links set."""
    return jurisdiction_list().filter(slug__in=slugs)
