from itertools import groupby

from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse

from common.db.search_text import normalise_search_text
from home.growth import MEMBERS_BY_YEAR, growth_chart
from home.selectors import home_content
from members.enums import Region
from members.maps import world_view


def members_by_country(members):
    """``[(country, [members])]``, countries by name in the active language."""
    ordered = sorted(
        members,
        key=lambda member: (
            normalise_search_text(member.country.name),
            normalise_search_text(member.name),
        ),
    )
    groups = groupby(ordered, key=lambda member: member.country.code)
    return [(group[0].country, group) for group in (list(g) for _code, g in groups)]


def home(request):
    content = home_content()
    # A region with no member listed is left out: "Europe: 0" would read as a
    # fact about OGP Local, when it only says what this directory holds.
    regions = [
        (value, label, content["region_counts"][value])
        for value, label in Region.choices
        if content["region_counts"].get(value)
    ]
    return render(
        request,
        "home/home.html",
        {
            **content,
            "regions": regions,
            "map": world_view(content["map_members"]),
            "map_countries": members_by_country(content["map_members"]),
            "unmapped_count": content["counts"]["members"]
            - len(content["map_members"]),
            "growth_chart": growth_chart(),
            "growth": MEMBERS_BY_YEAR,
            "latest_count": MEMBERS_BY_YEAR[-1],
        },
    )


def robots_txt(request):
    """Everything public may be crawled; the admin may not. Points at the sitemap."""
    sitemap = request.build_absolute_uri(reverse("sitemap-index"))
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def favicon(request):
    """The site's icon where a document names none (the API's JSON, the sitemap):
    browsers then ask for /favicon.ico."""
    return redirect(static("favicon.svg"))
