"""Read-query helpers that several apps' selectors share."""

from collections import defaultdict

from django.db.models import F


def attach_linked(records, *, attr, linked, through, full):
    """Give each of ``records`` (already fetched) the list ``attr`` of its links.

    ``linked`` is the linked model's selector queryset, which decides what may be
    shown (published only) and in which order; ``through`` is the path from the
    linked model to the link table's key of the records
    (``"reformjurisdiction__reform_id"``). The list
    holds whole records when ``full``, otherwise only their slugs, which a list
    needs far more often and which cost no model instances.

    One query, however many records: the lists' replacement for
    ``prefetch_related``, which builds a model instance per link even for a slug.
    """
    found = defaultdict(list)
    if records:
        linked = linked.filter(**{f"{through}__in": [record.pk for record in records]})
        if full:
            for item in linked.annotate(linked_to=F(through)):
                found[item.linked_to].append(item)
        else:
            # Neither column is translated: skip modeltranslation's per-row
            # fallback processing of values_list(), which doubled its cost.
            if hasattr(linked, "rewrite"):
                linked = linked.rewrite(False)
            for owner, slug in linked.values_list(through, "slug"):
                found[owner].append(slug)
    for record in records:
        setattr(record, attr, found.get(record.pk, []))
    return records
