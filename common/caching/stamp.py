"""The content stamp: one name for the state of public content on one day.

Every save, delete and many-to-many change of a publishable model moves the
content version (the signals are connected in CommonConfig.ready). Code that
changes content without signals (``QuerySet.update``, raw SQL, bulk loads) must call
``content_changed()`` itself.

The version moves inside the writing transaction: a request that reads the old
version while the write is open also reads the old content, so whatever it caches
is consistent; after the commit every request reads the new version.
"""

import dataclasses
import datetime

from django.db import connection
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from common.db.model_fields import many_to_many_fields
from common.models import ContentVersion, PublishableModel

SINGLETON = 1


@dataclasses.dataclass(frozen=True)
class ContentStamp:
    """The content version, when it last moved, and the site's date."""

    version: int
    changed_at: datetime.datetime
    day: datetime.date

    @property
    def key(self):
        """For cache keys and ETags. The version alone could repeat (a database
        restored from a backup goes back to an older number); the time of the
        change that made it does not. The day turns date-dependent answers over."""
        return f"{self.version}.{self.changed_at.timestamp():.6f}.{self.day}"

    @property
    def last_modified(self):
        """When the answers of this stamp could last have changed: the content's
        last change, or the midnight that began the day, whichever is later."""
        midnight = timezone.make_aware(
            datetime.datetime.combine(self.day, datetime.time.min)
        )
        return max(self.changed_at, midnight)


def content_stamp(request=None):
    """The current ``ContentStamp``; read once per ``request`` when one is given
    (the response cache, the API's validators and the counts then share it).

    Every cache hit pays this read, so it is one plain query by primary key.
    """
    if request is not None and getattr(request, "content_stamp", None) is not None:
        return request.content_stamp
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT version, changed_at FROM {table} WHERE id = %s", [SINGLETON]
        )
        row = cursor.fetchone()
    if row is None:
        created = ContentVersion.objects.get_or_create(pk=SINGLETON)[0]
        row = (created.version, created.changed_at)
    stamp = ContentStamp(
        version=row[0], changed_at=_aware(row[1]), day=timezone.localdate()
    )
    if request is not None:
        request.content_stamp = stamp
    return stamp


def _aware(value):
    """A raw datetime column: SQLite gives a naive UTC string, PostgreSQL a datetime."""
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value


def content_changed(**_signal_arguments):
    """Move the content version: every remembered answer is left behind."""
    updated = ContentVersion.objects.filter(pk=SINGLETON).update(
        version=F("version") + 1, changed_at=timezone.now()
    )
    if not updated:
        ContentVersion.objects.get_or_create(pk=SINGLETON)


def connect_content_signals(models):
    """Move the version on every change of the publishable ``models``."""
    for model in models:
        if not issubclass(model, PublishableModel) or model._meta.abstract:
            continue
        uid = f"content-version-{model._meta.label}"
        post_save.connect(content_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}-delete")
        for field in many_to_many_fields(model):
            through = field.remote_field.through
            m2m_changed.connect(
                content_changed, sender=through, dispatch_uid=f"{uid}-{field.name}"
            )
            post_save.connect(
                content_changed, sender=through, dispatch_uid=f"{uid}-{field.name}-save"
            )
            post_delete.connect(
                content_changed,
                sender=through,
                dispatch_uid=f"{uid}-{field.name}-delete",
            )
