"""Validators for conditional GET: ETag and Last-Modified without rendering.

A response's validators come from one aggregate query over the records it shows:
how many there are, the newest ``updated_at`` among them, and the newest
``updated_at`` in each table whose records they link to (a member renamed or
unpublished changes the reforms that list it). Together with what the request
asked for (address, query string, language, format) they are hashed into the ETag, so
a matching ``If-None-Match`` is answered 304 before any row is fetched.

The count notices a record removed from the set; Last-Modified alone cannot, so
clients should prefer ETag. The same query gives the paginator its count.
"""

import dataclasses
import datetime
import hashlib

from django.db import connections
from django.db.models import Count, Max
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, quote_etag

# Part of every ETag: change it when a representation changes without any data
# changing (a new field, a new format), so clients do not keep the old shape.
REPRESENTATION_REVISION = "1"


@dataclasses.dataclass(frozen=True)
class Validators:
    count: int
    last_modified: datetime.datetime | None
    etag: str

    @property
    def last_modified_header(self):
        if self.last_modified is None:
            return None
        return http_date(self.last_modified.timestamp())

    def not_modified(self, request):
        """Django's answer to the request's conditional headers: a 304 or None."""
        last_modified = (
            int(self.last_modified.timestamp()) if self.last_modified else None
        )
        return get_conditional_response(
            request, etag=self.etag, last_modified=last_modified
        )


def newest_changes(models, using):
    """The newest ``updated_at`` of each model's whole table, drafts included
    (unpublishing a member changes the reforms that list it).

    One raw query of indexed MAX() subqueries, built from the models' own names:
    as ORM expressions they cost many times more to compile than to run.
    """
    if not models:
        return []
    connection = connections[using]
    quote = connection.ops.quote_name
    parts = [
        f"(SELECT MAX({quote(model._meta.get_field('updated_at').column)}) "
        f"FROM {quote(model._meta.db_table)})"
        for model in models
    ]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}")
        return [_aware(value) for value in cursor.fetchone()]


def _aware(value):
    """A raw MAX(updated_at): SQLite gives a naive UTC string, PostgreSQL a datetime."""
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value


def validators_for(queryset, *, request, variant, related_models=()):
    """Count, Last-Modified and ETag of the records in ``queryset``.

    ``variant`` holds what else shapes the body (language, format, expansions).
    """
    values = queryset.aggregate(count=Count("pk"), newest=Max("updated_at"))
    stamps = [values["newest"], *newest_changes(related_models, queryset.db)]
    count = values["count"]
    known = [stamp for stamp in stamps if stamp is not None]
    last_modified = max(known) if known else None
    fingerprint = "|".join(
        [
            REPRESENTATION_REVISION,
            # Scheme and host too: the body holds absolute URLs.
            request.build_absolute_uri(),
            *variant,
            str(count),
            *(stamp.isoformat() if stamp else "-" for stamp in stamps),
        ]
    )
    digest = hashlib.sha256(fingerprint.encode()).hexdigest()[:32]
    return Validators(count=count, last_modified=last_modified, etag=quote_etag(digest))
