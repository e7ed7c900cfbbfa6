"""The content version: read it per request, move it on every public-content change.

Every save, delete and many-to-many change of a publishable model moves it (the
signals are connected in CommonConfig.ready). Code that changes content without
signals (``QuerySet.update``, raw SQL) must call ``content_changed()`` itself.

The version moves inside the writing transaction: a request that reads the old
version while the write is open also reads the old content, so whatever it caches is
consistent; after the commit every request reads the new version.
"""

from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from common.models import ContentVersion, PublishableModel

SINGLETON = 1


def content_version():
    """The current version and when content last changed (one query)."""
    row = (
        ContentVersion.objects.filter(pk=SINGLETON)
        .values_list("version", "changed_at")
        .first()
    )
    if row is None:
        row = ContentVersion.objects.get_or_create(pk=SINGLETON)[0]
        return row.version, row.changed_at
    return row


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
