"""Query strings that no page or endpoint can read are refused before any view.

A query string must be UTF-8 text without a NUL character. Django reads invalid
UTF-8 as U+FFFD, so ``?q=%FF`` and ``?q=%FE`` would silently ask the same thing;
and PostgreSQL cannot hold a NUL in a string, so a ``%00`` reaching any query (a
filter, the admin's search) would be a server error. Such a request gets a 400 that
says why: the page in the visitor's language, or ``{"detail": …}`` under the API.
It runs before the response cache, so no cached answer stands in for it.
"""

from urllib.parse import unquote_to_bytes

from django.utils.translation import gettext_lazy as _

from common.api.languages import LANGUAGE_PARAMETER
from common.languages import language_codes
from common.views import bad_request_response, error_language, is_api_request


def query_string_is_readable(raw):
    """``raw`` as the server received it (WSGI hands it over as Latin-1)."""
    try:
        data = unquote_to_bytes(raw.encode("latin-1"))
        data.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False
    return b"\x00" not in data


def _language(request):
    """The API's ?lang= when it names one of ours (the rest of the query string
    may still be readable), else the page's or the browser's language."""
    if is_api_request(request):
        wanted = request.GET.get(LANGUAGE_PARAMETER, "")
        if wanted in language_codes():
            return wanted
    return error_language(request, before_locale_middleware=True)


class QueryStringMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if query_string_is_readable(request.META.get("QUERY_STRING", "")):
            return self.get_response(request)
        return bad_request_response(
            request,
            language=_language(request),
            page_message=_(
                "This address holds characters that cannot be read: text that is "
                "not UTF-8, or a null character. Check the link you followed."
            ),
            api_detail=_(
                "The query string must be UTF-8 text without null characters."
            ),
        )
