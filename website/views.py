import datetime
from itertools import groupby

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from common.api.guide import guide
from common.db.search_text import normalise_search_text
from common.pages.contact import contact_context
from members.enums import MemberRegion
from members.maps import world_view
from website.growth import growth_chart, member_counts
from website.selectors import directory_counts, home_content


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
        for value, label in MemberRegion.choices
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
            "growth": member_counts(),
            "latest_count": member_counts()[-1],
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


# ---- The pages that say whose site this is: about, contact, accessibility,
# privacy, open data and API. They state only what settings, the home page's counts
# and the code itself support.

# The day the accessibility statement was last checked against the site. Change it
# whenever the statement's text changes.
ACCESSIBILITY_STATEMENT_DATE = datetime.date(2026, 12, 7)

# The screen widths the browser tests check every page type at (tests/browser/).
TESTED_WIDTHS = (1280, 375, 320)

# The files the API offers for download: (label, API list route, formats), as
# docs/api.md ("Formats") lists them.
DOWNLOADS = (
    (_("Members"), "api:jurisdiction-list", ("csv", "geojson")),
    (_("Themes"), "api:theme-list", ("csv",)),
    (_("Reforms"), "api:reform-list", ("csv",)),
    (_("Meetings"), "api:meeting-list", ("csv", "ics")),
    (_("Sessions of every meeting"), "api:session-list", ("csv", "ics")),
    (_("Action plans"), "api:action-plan-list", ("csv",)),
    (_("Commitments"), "api:commitment-list", ("csv",)),
    (_("Documents"), "api:document-list", ("csv",)),
)
FORMAT_NAMES = {"csv": "CSV", "geojson": "GeoJSON", "ics": "iCalendar"}
# CSV has a column per language; these formats hold one language: the page's.
ONE_LANGUAGE_FORMATS = {"geojson", "ics"}


def site_contact():
    return contact_context(settings.SITE_CONTACT_EMAIL)


def about(request):
    return render(
        request,
        "home/about.html",
        {
            "counts": directory_counts(),
            "latest_count": member_counts()[-1],
            "publisher": settings.SITE_PUBLISHER,
            "publisher_url": settings.SITE_PUBLISHER_URL,
            **site_contact(),
        },
    )


def contact(request):
    return render(request, "home/contact.html", site_contact())


def accessibility(request):
    return render(
        request,
        "home/accessibility.html",
        {
            "statement_date": ACCESSIBILITY_STATEMENT_DATE,
            "tested_widths": TESTED_WIDTHS,
            **site_contact(),
        },
    )


def privacy(request):
    return render(
        request,
        "home/privacy.html",
        {
            "csrf_cookie": settings.CSRF_COOKIE_NAME,
            "csrf_days": settings.CSRF_COOKIE_AGE // 86400,
            "session_cookie": settings.SESSION_COOKIE_NAME,
            "language_cookie": settings.LANGUAGE_COOKIE_NAME,
            "session_hours": settings.SESSION_COOKIE_AGE // 3600,
            **site_contact(),
        },
    )


def downloads(language):
    """The open data page's download links, ``[(label, [(format name,
    address)])]``; the one-language formats in ``language``."""
    rows = []
    for label, route, formats in DOWNLOADS:
        base = reverse(route)
        links = []
        for format_ in formats:
            query = f"?format={format_}"
            if format_ in ONE_LANGUAGE_FORMATS:
                query += f"&lang={language}"
            links.append((FORMAT_NAMES[format_], base + query))
        rows.append((label, links))
    return rows


def open_data(request):
    return render(
        request,
        "home/open_data.html",
        {
            "downloads": downloads(translation.get_language()),
            "guide": guide(),
            "guide_language": settings.MODELTRANSLATION_DEFAULT_LANGUAGE,
        },
    )


def api_guide(request):
    """The guide's old address (/api/v1/guide/, which the schema links): the open
    data page that shows it, in the visitor's language."""
    return redirect(reverse("home:open-data") + "#guide")
