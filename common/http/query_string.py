"""Query strings that no page or endpoint can read are refused before any view.

A query string must be UTF-8 text without a NUL character. Django reads invalid
UTF-8 as U+FFFD, so ``?q=%FF`` and ``?q=%FE`` would silently ask the same thing;
and PostgreSQL cannot hold a NUL in a string, so a ``%00`` reaching any query (a
filter, the admin's search) would be a server error. Such a request gets a 400 that
says why: the page in the visitor's language, or ``{"detail": …}`` under the API.
It runs before the response cache, so no cached answer stands in for it.

A readable query string is then put in a canonical form before anything reads it:
parameters that no page or endpoint reads are dropped (``?nocache=…``, ``utm_…``:
the answer is the one without them, links in it included) and the others are put
in order of name, so that the response cache keeps one copy per question, and a
client cannot keep every request on the slow path by adding a parameter.
"""

import functools
from urllib.parse import unquote_plus, unquote_to_bytes

from django.conf import settings
from django.http import QueryDict
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from common.http.errors import bad_request_response
from common.http.parameters import PARAMETERS_BESIDE_FILTERS


def query_string_is_readable(raw):
    """``raw`` as the server received it (WSGI hands it over as Latin-1)."""
    try:
        data = unquote_to_bytes(raw.encode("latin-1"))
        data.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return b"\x00" not in data


@functools.cache
def known_parameters():
    """Every parameter name a public page or endpoint reads: those of the
    FilterSets (``PUBLIC_FILTERSETS``, one per resource, shared by pages and API)
    and a few more."""
    names = set(PARAMETERS_BESIDE_FILTERS)
    for path in settings.PUBLIC_FILTERSETS:
        names.update(import_string(path).base_filters)
    return frozenset(names)


def canonical_query_string(raw):
    """``raw`` without unknown parameters, ordered by name (stable: the values of
    a repeated parameter keep their order)."""
    known = known_parameters()
    pairs = [part for part in raw.split("&") if part]
    if len(pairs) > settings.DATA_UPLOAD_MAX_NUMBER_FIELDS:
        return raw  # Django refuses it with its own 400 when it is read
    kept = [part for part in pairs if unquote_plus(part.split("=", 1)[0]) in known]
    kept.sort(key=lambda part: unquote_plus(part.split("=", 1)[0]))
    return "&".join(kept)


def _is_public_path(path):
    return not path.startswith(("/static/", f"/{settings.ADMIN_URL}"))


class QueryStringMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raw = request.META.get("QUERY_STRING", "")
        if query_string_is_readable(raw):
            if (
                raw
                and request.method in ("GET", "HEAD")
                and _is_public_path(request.path_info)
            ):
                canonical = canonical_query_string(raw)
                if canonical != raw:
                    request.META["QUERY_STRING"] = canonical
                    request.GET = QueryDict(canonical)
            return self.get_response(request)
        return bad_request_response(
            request,
            page_message=_(
                "This address holds characters that cannot be read: text that is "
                "not UTF-8, or a null character. Check the link you followed."
            ),
            api_detail=_(
                "The query string must be UTF-8 text without null characters."
            ),
        )
