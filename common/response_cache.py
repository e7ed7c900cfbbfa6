"""A cache of public GET responses, correct by construction.

Keys hold the content version (common.content_version), so any change to public
content makes every stored response unreachable at once; a timeout only frees memory.
The key also holds the path (with its /en/ or /es/ prefix), the query string in a
canonical order, whether the client takes gzip (answers are stored compressed for
those that do) and, outside the language prefixes (the API), the Accept and
Accept-Language headers. Streaming responses (CSV exports) are stored as they stream.

Never cached: requests carrying a session cookie or credentials (staff previewing
drafts), and responses that set cookies, that vary on Cookie for a request that
carried some (a form with that visitor's CSRF token), or that say private/no-store.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.http import http_date

from common.compression import mark_as_stored
from common.content_version import content_stamp, content_version
from common.process_cache import ProcessResponseStore

UNCACHEABLE_DIRECTIVES = ("private", "no-store", "no-cache")
SKIPPED_PREFIXES = ("/static/", "/i18n/", "/healthz", "/readyz")


def _language_prefixes():
    return tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def cache_key(request, stamp):
    # The raw pairs, sorted: the same query in any order is one entry, and parsing
    # the query string would cost a fair share of a hit.
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    gzip = "gzip" if "gzip" in request.headers.get("Accept-Encoding", "") else ""
    parts = [stamp, request.path, query, gzip]
    if not request.path.startswith(_language_prefixes()):
        parts += [
            request.headers.get("Accept", ""),
            request.headers.get("Accept-Language", ""),
        ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"response:{stamp}:{digest}"


# This process' most used responses (common.process_cache), in front of the cache.
process_store = ProcessResponseStore(settings.RESPONSE_CACHE_PROCESS_BYTES)


class PublicResponseCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._request_is_cacheable(request):
            return self.get_response(request)
        cache = caches[settings.RESPONSE_CACHE_ALIAS]
        version, changed_at = content_version(request)
        key = cache_key(request, content_stamp(version, changed_at))
        stored = process_store.get(key)
        if stored is None:
            stored = cache.get(key)
            if stored is not None:
                process_store.set(key, stored)
        if stored is not None:
            return self._rebuild(stored)
        if request.method == "GET":
            mark_as_stored(request)
        response = self.get_response(request)
        if request.method == "GET" and self._response_is_cacheable(request, response):
            self._add_validators(response, changed_at)
            if response.streaming:
                self._store_while_streaming(response, cache, key)
            elif len(response.content) <= settings.RESPONSE_CACHE_MAX_BYTES:
                self._add_etag(response, response.content)
                self._store(cache, key, self._freeze(response, response.content))
        response["X-Cache"] = "miss"
        return response

    @staticmethod
    def _store(cache, key, frozen):
        cache.set(key, frozen, settings.RESPONSE_CACHE_SECONDS)
        process_store.set(key, frozen)

    @staticmethod
    def _request_is_cacheable(request):
        return (
            settings.RESPONSE_CACHE
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(
                (*SKIPPED_PREFIXES, f"/{settings.ADMIN_URL}")
            )
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "Authorization" not in request.headers
        )

    @staticmethod
    def _response_is_cacheable(request, response):
        if response.status_code != 200 or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
            return False
        # "Vary: Cookie" comes from merely looking at the session (is this staff?).
        # Asked without any cookie, the answer is the one every anonymous visitor
        # gets; a page with a form would also have set the CSRF cookie (not stored).
        vary = {part.strip().lower() for part in response.get("Vary", "").split(",")}
        return "cookie" not in vary or not request.COOKIES

    @staticmethod
    def _add_validators(response, changed_at):
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(changed_at.timestamp())
        if not response.has_header("Cache-Control"):
            # Shared caches may keep a copy but must ask again (ETag makes that cheap).
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)

    @staticmethod
    def _add_etag(response, content):
        if not response.has_header("ETag"):
            response["ETag"] = f'"{hashlib.sha256(content).hexdigest()[:32]}"'

    @staticmethod
    def _freeze(response, content):
        return {
            "status": response.status_code,
            "content": content,
            "headers": list(response.items()),
        }

    @staticmethod
    def _rebuild(stored):
        response = HttpResponse(stored["content"], status=stored["status"])
        for header, value in stored["headers"]:
            response[header] = value
        response["X-Cache"] = "hit"
        return response

    def _store_while_streaming(self, response, cache, key):
        limit = settings.RESPONSE_CACHE_MAX_BYTES
        original = response.streaming_content
        # The headers as they leave this middleware: by the end of the stream the
        # outer middleware has added its own (CSP, this request's X-Request-ID),
        # which each hit gets afresh from them.
        headers = [(h, v) for h, v in response.items() if h != "X-Cache"]

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
                content = b"".join(chunks)
                frozen = self._freeze(response, content)
                frozen["headers"] = headers
                # The API sets its own validators, and a hit must keep them: a
                # client revalidating with the ETag of a miss then gets its 304.
                if not any(h == "ETag" for h, _v in headers):
                    etag = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
                    frozen["headers"] = [*headers, ("ETag", etag)]
                self._store(cache, key, frozen)

        response.streaming_content = stream()
