"""How lists load the records linked to each row: the one helper of the API's
selectors, on Django's ``prefetch_related`` (one query per relation, however many
rows)."""

from django.db.models import Prefetch


def published_links(relation, linked, *, whole=True):
    """A ``Prefetch`` that gives each row the list ``published_<relation>``: the
    records of ``linked`` (the linked model's selector queryset, which decides
    what may be shown and in which order) that the row links to.

    With ``whole=False`` the records carry their slug only: a list that shows
    slugs then builds light instances (a linked member has some twenty fields,
    with a translation of each).
    """
    if not whole:
        linked = linked.only("slug")
    return Prefetch(relation, queryset=linked, to_attr=f"published_{relation}")
