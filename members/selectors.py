"""Read queries for members. Pages and the API both read through here."""

from members.models import Jurisdiction


def jurisdiction_list():
    """Published members, ordered by English name then slug."""
    return Jurisdiction.objects.published().order_by("name_en", "slug")
