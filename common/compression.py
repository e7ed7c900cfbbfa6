"""Gzip at a level that fits how many times the compressed bytes will be sent.

Django's GZipMiddleware compresses everything at level 6. A response rendered for
one request pays that every time: for the 50-row API list it took 0.29 ms, a tenth
of the request, where level 1 (nginx's default) takes 0.08 ms for a body 15%
larger. A response the response cache keeps is compressed once and then sent many
times, so there the smallest body is worth the time: level 9, 4% smaller than
level 6.

The response cache (common.response_cache) marks the requests whose answers it
will keep. Streamed responses (CSV exports) and everything this module does not
compress itself go through Django's middleware unchanged.
"""

import gzip
import secrets

from django.middleware.gzip import GZipMiddleware as DjangoGZipMiddleware
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_vary_headers

STORED_LEVEL = 9
RENDERED_LEVEL = 1
WILL_BE_STORED = "_response_will_be_stored"


def mark_as_stored(request):
    """Tell the compression that ``request``'s answer will be kept and served again."""
    setattr(request, WILL_BE_STORED, True)


def compress(content, *, level, max_random_bytes):
    """``content`` gzipped at ``level``, with a file name of random length in the
    header as Django writes it: the body's length then says little about what it
    holds (a mitigation of BREACH)."""
    compressed = memoryview(gzip.compress(content, compresslevel=level, mtime=0))
    header = bytearray(compressed[:10])
    header[3] = gzip.FNAME
    name = b"a" * secrets.randbelow(max_random_bytes) + b"\x00"
    return bytes(header) + name + compressed[10:]


class GZipMiddleware(DjangoGZipMiddleware):
    def process_response(self, request, response):
        if (
            response.streaming
            or len(response.content) < 200
            or response.has_header("Content-Encoding")
            or not re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        ):
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Encoding",))
        level = STORED_LEVEL if hasattr(request, WILL_BE_STORED) else RENDERED_LEVEL
        compressed = compress(
            response.content, level=level, max_random_bytes=self.max_random_bytes
        )
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        # As Django does: a strong ETag of the plain body becomes weak (RFC 9110
        # 8.8.1), so conditional requests still match.
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response.headers["ETag"] = "W/" + etag
        response.headers["Content-Encoding"] = "gzip"
        return response
