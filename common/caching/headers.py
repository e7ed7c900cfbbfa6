"""The one ETag producer and the one Cache-Control policy of public answers.

An ETag names the representation a request gets: its absolute URL (the body holds
absolute links), the request headers public answers vary on besides Origin, which
changes headers only, and the content stamp, which moves with every change of
public content and every day. So it can be computed before rendering (the API
answers ``If-None-Match`` with a 304 after one query) and after it (pages),
and both give the same value. Answers compressed by GZipMiddleware get the weak
form of it, as Django does for any ETag.
"""

import datetime
import hashlib

from django.conf import settings
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, quote_etag

# Part of every ETag: change it when a representation changes without any data
# changing (a new field, a new format), so clients do not keep the old shape.
REPRESENTATION_REVISION = "3"
VARYING_HEADERS = ("HTTP_ACCEPT", "HTTP_ACCEPT_LANGUAGE")


def etag_for(request, stamp):
    """The ETag of the public answer to ``request`` under ``stamp``."""
    parts = [REPRESENTATION_REVISION, request.build_absolute_uri(), stamp.key]
    parts += [request.META.get(header, "") for header in VARYING_HEADERS]
    return quote_etag(hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32])


def add_validators(response, request, stamp):
    """ETag and Last-Modified of a public answer, unless the view set them."""
    if not response.has_header("ETag"):
        response["ETag"] = etag_for(request, stamp)
    if not response.has_header("Last-Modified"):
        response["Last-Modified"] = http_date(stamp.last_modified.timestamp())


def seconds_to_midnight():
    """Seconds until the site's date changes, when date-dependent answers turn."""
    now = timezone.localtime()
    tomorrow = datetime.datetime.combine(
        now.date() + datetime.timedelta(days=1), datetime.time.min, now.tzinfo
    )
    return int((tomorrow - now).total_seconds())


def public_cache_control(response):
    """The Cache-Control of every public answer.

    Pages are read by people who expect an edit to show when they reload: a
    browser keeps them but asks again each time (``max-age=0, must-revalidate``;
    the ETag makes the answer a 304). Answers read by programs (API, CSV,
    GeoJSON, calendars) may be reused for CACHE_MAX_AGE seconds. Neither is
    reused past midnight, when date-dependent answers change.
    """
    if response.status_code in (200, 304) and not response.has_header("Cache-Control"):
        # A DRF Response is not rendered yet: its media type is the negotiated one.
        media_type = getattr(response, "accepted_media_type", None) or response.get(
            "Content-Type", ""
        )
        if media_type.startswith("text/html"):
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        else:
            max_age = min(settings.CACHE_MAX_AGE, seconds_to_midnight())
            patch_cache_control(response, public=True, max_age=max_age)
    return response
