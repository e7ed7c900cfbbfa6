"""A cache of public GET answers that honours ``Vary`` and never goes stale.

Like ``django.middleware.cache``, it learns from each answer's ``Vary`` header which
request headers the answers of a URL depend on (Origin for CORS, Accept and
Accept-Language for the API, Accept-Encoding for gzip, Cookie for pages that look
at the session), remembers that list per URL, and keys each answer by the
absolute URL and those headers' values (an absent header differs from an empty
one). Unlike it, every key starts with the content stamp (common.caching.stamp),
so a change to public content or a new day leaves every stored answer behind; and
``Accept-Language`` stays in the key: Django drops it when USE_I18N is on, on the
assumption that the answer speaks LocaleMiddleware's choice, which the API (it
reads ``?lang`` and the header itself) does not follow. Streamed answers (CSV
exports) are kept as they stream.

Never cached: requests carrying a session cookie or credentials (staff previewing
drafts), and answers that set cookies, vary on Cookie for a request that carried
some (a form with that visitor's CSRF token), vary on ``*``, or say
private/no-store/no-cache.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_cache_control

from common.caching.headers import (
    add_validators,
    public_cache_control,
    seconds_to_midnight,
)
from common.caching.process_copy import ProcessCopy
from common.caching.shared_cache import cache_get, cache_set
from common.caching.stamp import content_stamp

UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
SKIPPED_PREFIXES = ("/static/", "/i18n/", "/healthz", "/readyz")
ABSENT = "\x00absent"

process_copy = ProcessCopy(
    max_bytes=settings.RESPONSE_CACHE_PROCESS_BYTES,
    seconds=settings.RESPONSE_CACHE_PROCESS_SECONDS,
)


def _digest(*parts):
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def header_list_key(request, stamp):
    return f"vary:{stamp.key}:{_digest(request.build_absolute_uri())}"


def response_key(request, stamp, header_list):
    values = [request.META.get(header, ABSENT) for header in header_list]
    return f"response:{stamp.key}:{_digest(request.build_absolute_uri(), *values)}"


def vary_names(response):
    """The lower-case names in ``response``'s Vary header."""
    return {name.strip().lower() for name in response.get("Vary", "").split(",")} - {""}


def vary_header_list(response):
    """The request headers (META names) ``response`` varies on, in a fixed order."""
    return sorted(
        f"HTTP_{name.upper().replace('-', '_')}" for name in vary_names(response)
    )


def is_public_request(request):
    """An anonymous GET or HEAD of a public address."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith((*SKIPPED_PREFIXES, f"/{settings.ADMIN_URL}"))
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "Authorization" not in request.headers
    )


def is_public_response(request, response):
    """An answer that every anonymous visitor sending these headers would get."""
    if response.status_code != 200 or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    vary = vary_names(response)
    return "*" not in vary and ("cookie" not in vary or not request.COOKIES)


class PublicResponseCacheMiddleware:
    alias = "default"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public_request(request):
            return self.get_response(request)
        if not settings.RESPONSE_CACHE:
            # The same answers are public whether or not the cache keeps them.
            response = self.get_response(request)
            if is_public_response(request, response):
                public_cache_control(response)
            return response
        stamp = content_stamp(request)
        stored = self.lookup(request, stamp)
        if stored is not None:
            return self.rebuild(stored)
        response = self.get_response(request)
        if not is_public_response(request, response):
            response["X-Cache"] = "miss"
            return response
        add_validators(response, request, stamp)
        public_cache_control(response)
        if request.method == "GET":
            self.learn_and_store(request, response, stamp)
        response["X-Cache"] = "miss"
        return response

    def read(self, key):
        value = process_copy.get(key)
        if value is None:
            value = cache_get(self.alias, key)
            if value is not None:
                process_copy.set(key, value)
        return value

    def write(self, key, value):
        cache_set(self.alias, key, value, settings.RESPONSE_CACHE_SECONDS)
        process_copy.set(key, value)

    def lookup(self, request, stamp):
        header_list = self.read(header_list_key(request, stamp))
        if header_list is None:
            return None
        return self.read(response_key(request, stamp, header_list))

    def learn_and_store(self, request, response, stamp):
        header_list = vary_header_list(response)
        key = response_key(request, stamp, header_list)
        if response.streaming:
            self.store_while_streaming(response, key, header_list, request, stamp)
        elif len(response.content) <= settings.RESPONSE_CACHE_MAX_BYTES:
            self.write(header_list_key(request, stamp), header_list)
            self.write(key, self.freeze(response, response.content))

    @staticmethod
    def freeze(response, content, headers=None):
        """What is kept: status, headers and body, without the miss marker."""
        if headers is None:
            headers = [(h, v) for h, v in response.items() if h != "X-Cache"]
        return (response.status_code, headers, content)

    @staticmethod
    def rebuild(stored):
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for header, value in headers:
            response[header] = value
        # The max-age was cut to the seconds left in the day when the answer was
        # stored; cut it again for the moment it is sent.
        max_age = get_max_age(response)
        if max_age is not None:
            patch_cache_control(response, max_age=min(max_age, seconds_to_midnight()))
        response["X-Cache"] = "hit"
        return response

    def store_while_streaming(self, response, key, header_list, request, stamp):
        limit = settings.RESPONSE_CACHE_MAX_BYTES
        original = response.streaming_content
        # The headers as they leave this middleware: by the end of the stream the
        # outer middleware has added its own (CSP, this request's X-Request-ID),
        # which each hit gets afresh from them.
        headers = [(h, v) for h, v in response.items() if h != "X-Cache"]
        list_key = header_list_key(request, stamp)

        def stream():
            chunks, size = [], 0
            for chunk in original:
                if chunks is not None:
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > limit:
                        chunks = None  # too large to keep; still streamed whole
                yield chunk
            if chunks is not None:
                self.write(list_key, header_list)
                self.write(key, self.freeze(response, b"".join(chunks), headers))

        response.streaming_content = stream()
