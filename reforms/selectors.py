"""Read queries for themes and reforms. Pages and the API both read through here."""

from reforms.models import Reform, Theme


def theme_list():
    """Published themes, ordered by English name then slug."""
    return Theme.objects.published().order_by("name_en", "slug")


def reform_list():
    """Published reforms, ordered by English title then slug."""
    return Reform.objects.published().order_by("title_en", "slug")
