"""The language a request is answered in, decided once for pages, API, exports and
errors.

``request_language(request)`` decides it the first time it is asked and keeps the
answer on the request (``request.language``), so every part that speaks (the query
string guard, the API's rate limit, the error pages, ``LanguageMiddleware``, the
API's views and serializers) reads the same decision, before or after the
middleware that activates it:

- **a page** speaks the language of its address (``/es/…``); an address without
  one (the sitemap, a static file) speaks the browser's, as Django's
  ``LocaleMiddleware`` would choose it;
- **the API** answers in ``?lang=`` (``all`` for every language; ``es-MX`` means
  ``es``), else in the first language of ours in ``Accept-Language``, else with
  every language. Translated content then reads as a string in that language, or
  as an object with every language; messages and errors speak that language, or
  English for the object form. A ``?lang=`` that names no language of ours is
  kept as ``refused`` for the API's views to answer with a 400 that names it.
"""

from dataclasses import dataclass

from django.core.exceptions import TooManyFieldsSent
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from django.utils.translation import gettext_lazy as _

from common.http.parameters import LANGUAGE_PARAMETER
from common.i18n.languages import language_codes, source_language

# The partner API answers in its own language rules, and errors in JSON.
API_PREFIX = "/api/"
EVERY_LANGUAGE = "all"


def is_api_request(request):
    return request.path_info.startswith(API_PREFIX)


def language_choices():
    """The values ``?lang=`` takes."""
    return [EVERY_LANGUAGE, *language_codes()]


@dataclass(frozen=True)
class RequestLanguage:
    """How one request is answered.

    ``interface``: the language of messages, labels and errors (always one of ours).
    ``content``: the language translated content collapses to, or None for every
    language (the API's object form). ``refused``: a ``?lang=`` value that names no
    language of ours, or None.
    """

    interface: str
    content: str | None
    refused: str | None = None

    def refusal(self):
        """The 400 message for ``refused``, in the active language."""
        return _(
            "“%(value)s” is not an available language. Choose one of: %(choices)s."
        ) % {"value": self.refused, "choices": ", ".join(language_choices())}


def supported_language(code):
    """Our language for ``code`` (``es-MX`` → ``es``), or None."""
    try:
        return get_supported_language_variant(code.strip().lower())
    except LookupError:
        return None


def accepted_languages(header):
    """The language ranges of an ``Accept-Language`` header, most wanted first
    (RFC 9110, 12.5.4): ``"fr;q=0.5, es"`` gives ``["es", "fr"]``. Ranges with a
    quality of 0 or one that cannot be read are left out; so is anything malformed,
    which never stops the request."""
    weighted = []
    for position, item in enumerate(header.split(",")):
        code, _separator, parameters = item.partition(";")
        code = code.strip()
        quality = 1.0
        name, _equals, value = parameters.strip().partition("=")
        if name.strip().lower() == "q":
            try:
                quality = float(value)
            except ValueError:
                continue
        if code and 0 < quality <= 1:
            weighted.append((-quality, position, code))
    return [code for _quality, _position, code in sorted(weighted)]


def browser_language(request):
    """The first language of ours in ``Accept-Language``, or None."""
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for code in accepted_languages(header):
        if code != "*" and (language := supported_language(code)):
            return language
    return None


def language_parameter(request):
    """The ``?lang=`` value, or None. A query string with more parameters than
    Django reads, or with ``lang`` more than once, has none: the API refuses it,
    in the browser's language."""
    try:
        values = request.GET.getlist(LANGUAGE_PARAMETER)
    except TooManyFieldsSent:
        return None
    return values[0] if len(values) == 1 else None


def decide_api_language(request):
    content = refused = None
    value = language_parameter(request)
    if value is None:
        content = browser_language(request)
    elif value.strip().lower() != EVERY_LANGUAGE:
        content = supported_language(value) if value.strip() else None
        if content is None:
            refused = value
    interface = content or (browser_language(request) if refused is not None else None)
    return RequestLanguage(
        interface=interface or source_language(), content=content, refused=refused
    )


def decide_page_language(request):
    # What LocaleMiddleware chooses with i18n_patterns: the address's language,
    # else the language cookie, Accept-Language, then LANGUAGE_CODE.
    language = translation.get_language_from_request(request, check_path=True)
    return RequestLanguage(interface=language, content=language)


def request_language(request):
    """How ``request`` is answered (a RequestLanguage), decided on first use."""
    decided = getattr(request, "language", None)
    if decided is None:
        decide = (
            decide_api_language if is_api_request(request) else (decide_page_language)
        )
        decided = request.language = decide(request)
    return decided


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, activating the language ``request_language``
    decided (for pages, the one Django would choose; for the API, ``?lang=``).
    The rest (redirects to a language prefix, ``Vary``, ``Content-Language``) is
    Django's."""

    def process_request(self, request):
        translation.activate(request_language(request).interface)
        request.LANGUAGE_CODE = translation.get_language()
