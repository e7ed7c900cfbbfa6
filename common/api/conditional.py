"""Validators for conditional GET: ETag and Last-Modified without rendering.

Both come from the content version (common.content_version), which moves on every
change of public content, links and unpublishing included. Hashed together with
what the request asked for (address, query string, language, format), it makes an
ETag that changes whenever the body could, so a matching ``If-None-Match`` is
answered 304 after one cheap query, before any record is read. The price: any
change to public content, even to an unrelated record, makes every copy stale;
edits are rare next to reads, and a stale copy is never served.
"""

import dataclasses
import datetime
import hashlib

from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag

from common.content_version import content_stamp, content_version

# Part of every ETag: change it when a representation changes without any data
# changing (a new field, a new format), so clients do not keep the old shape.
REPRESENTATION_REVISION = "2"


@dataclasses.dataclass(frozen=True)
class Validators:
    last_modified: datetime.datetime
    etag: str

    @property
    def last_modified_header(self):
        return http_date(self.last_modified.timestamp())

    def not_modified(self, request):
        """Django's answer to the request's conditional headers: a 304 or None."""
        return get_conditional_response(
            request,
            etag=self.etag,
            last_modified=int(self.last_modified.timestamp()),
        )


def validators_for(request, *, variant):
    """Last-Modified and ETag of the answer to ``request``.

    ``variant`` holds what else shapes the body (language, format, expansions).
    """
    version, changed_at = content_version(request)
    fingerprint = "|".join(
        [
            REPRESENTATION_REVISION,
            # Scheme and host too: the body holds absolute URLs.
            request.build_absolute_uri(),
            *variant,
            content_stamp(version, changed_at),
        ]
    )
    digest = hashlib.sha256(fingerprint.encode()).hexdigest()[:32]
    return Validators(last_modified=changed_at, etag=quote_etag(digest))
