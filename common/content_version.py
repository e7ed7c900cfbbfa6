"""The content version: read it per request, move it on every public-content change.

Every save, delete and many-to-many change of a publishable model moves it (the
signals are connected in CommonConfig.ready). Code that changes content without
signals (``QuerySet.update``, raw SQL) must call ``content_changed()`` itself.

The version moves inside the writing transaction: a request that reads the old
version while the write is open also reads the old content, so whatever it caches is
consistent; after the commit every request reads the new version.
"""

import datetime

from django.db import connection
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from common.models import ContentVersion, PublishableModel
from common.postgres_version_read import read_content_version_row

SINGLETON = 1
REQUEST_ATTRIBUTE = "_content_version"


def content_version(request=None):
    """The current version and when content last changed: ``(7, datetime)``.

    One query, read once per ``request`` when one is given (the response cache and
    the API's validators then share it). Every cache hit pays this query, so it is
    plain SQL: the ORM would spend longer compiling it than the database running it;
    on PostgreSQL it goes through libpq directly where it safely can
    (common.postgres_version_read).
    """
    if request is not None and hasattr(request, REQUEST_ATTRIBUTE):
        return getattr(request, REQUEST_ATTRIBUTE)
    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    row = None
    if connection.vendor == "postgresql":
        connection.ensure_connection()
        row = read_content_version_row(connection, table, SINGLETON)
    if row is None:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT version, changed_at FROM {table} WHERE id = %s", [SINGLETON]
            )
            row = cursor.fetchone()
    if row is None:
        created = ContentVersion.objects.get_or_create(pk=SINGLETON)[0]
        row = (created.version, created.changed_at)
    version, changed_at = row
    result = (version, _aware(changed_at))
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, result)
    return result


def content_stamp(version, changed_at):
    """A name for one state of the content, for cache keys and ETags.

    The version alone could repeat: a database restored from a backup goes back to
    an older number, and keys made before the restore would then match content
    they were not made from. The time of the change that made the version does not
    repeat.
    """
    return f"{version}-{changed_at.timestamp():.6f}"


def _aware(value):
    """A raw datetime column: SQLite gives a naive UTC string, PostgreSQL a datetime."""
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value


def content_changed(**_signal_arguments):
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
        for field in model._meta.many_to_many:
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
