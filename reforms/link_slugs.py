"""Keep the link slugs each reform stores current (common.stored_slugs).

A reform stores the slugs of its published members and themes
(``published_jurisdiction_slugs``, ``published_theme_slugs``), so that the API's
lists and exports read a column instead of two subqueries per row. They change
when a link is added or removed, and when a linked member or theme is saved
(published, unpublished, renamed, given a new slug); a reform's own save stores
them again, as it writes every column from what the instance held. The signals
below refresh the reforms concerned in the writing transaction, for saves, deletes
and ``add``/``remove``/``set``/``clear`` in either direction: the admin's forms,
spreadsheet imports, restores (``loaddata`` sends them too) and the demo content.
Code that writes links without signals (``bulk_create``, ``QuerySet.update``, raw
SQL) must call ``reform_link_slugs_refresh`` itself, as the scale data does.

Under ``SELF_CHECKS`` (tests, DEBUG) every read of the stored slugs also computes
them and fails on a difference, so a write path that forgets them fails its tests.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from reforms.models import Reform, ReformJurisdiction, ReformTheme
from reforms.selectors import reform_link_slugs_computed

# Each link table and the name of its key to the linked record.
LINK_TABLES = {ReformJurisdiction: "jurisdiction", ReformTheme: "theme"}


def reform_link_slugs_refresh(*, reforms=None):
    """Recompute the stored link slugs of ``reforms`` (reform ids, or a ``values``
    queryset of them; every reform when None) in one UPDATE. Returns how many
    reforms it wrote."""
    queryset = Reform.objects.all()
    if reforms is not None:
        queryset = queryset.filter(pk__in=reforms)
    return queryset.update(**reform_link_slugs_computed())


def _reform_saved(sender, instance, **_signal_arguments):
    """A save writes every column, the stored slugs too, from an instance that may
    have been read before its links last changed: store them again."""
    reform_link_slugs_refresh(reforms=[instance.pk])


def _link_written(sender, instance, **_signal_arguments):
    """A link row saved or deleted (``create``, ``delete``, cascades)."""
    reform_link_slugs_refresh(reforms=[instance.reform_id])


def _links_changed(sender, instance, action, reverse, pk_set, **_signal_arguments):
    """``add``, ``remove``, ``set`` or ``clear`` on a reform's links (``reverse``
    False: ``instance`` is the reform) or on a member's or theme's (``pk_set``
    names reforms)."""
    if not reverse:
        if action in ("post_add", "post_remove", "post_clear"):
            reform_link_slugs_refresh(reforms=[instance.pk])
        return
    if action == "pre_clear":
        # After the clear the links no longer say which reforms had them.
        instance._reforms_before_clear = list(
            sender.objects.filter(**{LINK_TABLES[sender]: instance}).values_list(
                "reform_id", flat=True
            )
        )
    elif action == "post_clear":
        reform_link_slugs_refresh(
            reforms=instance.__dict__.pop("_reforms_before_clear")
        )
    elif action in ("post_add", "post_remove"):
        reform_link_slugs_refresh(reforms=list(pk_set))


def _linked_record_saved(sender, instance, **_signal_arguments):
    """A member or theme saved: its slug, name (the order) or publication may have
    changed for every reform that links to it."""
    for through, key in LINK_TABLES.items():
        if through._meta.get_field(key).related_model is sender:
            reform_link_slugs_refresh(
                reforms=through.objects.filter(**{key: instance}).values("reform_id")
            )


def connect_link_slug_signals():
    post_save.connect(
        _reform_saved, sender=Reform, dispatch_uid="reform-link-slugs-reform-save"
    )
    for through, key in LINK_TABLES.items():
        uid = f"reform-link-slugs-{through._meta.label}"
        post_save.connect(_link_written, sender=through, dispatch_uid=f"{uid}-save")
        post_delete.connect(_link_written, sender=through, dispatch_uid=f"{uid}-delete")
        m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"{uid}-m2m")
        post_save.connect(
            _linked_record_saved,
            sender=through._meta.get_field(key).related_model,
            dispatch_uid=f"{uid}-linked-save",
        )
