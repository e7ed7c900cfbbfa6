"""Read queries for themes. Pages and the API both read through here."""

from django.shortcuts import get_object_or_404

from common.i18n.languages import ordering_with_fallback
from themes.models import Theme


def theme_list():
    """Published themes, ordered by English name then slug."""
    return Theme.objects.published().order_by("name_en", "slug")


def theme_list_by_name():
    """Published themes ordered by name in the active language."""
    return Theme.objects.published().order_by(ordering_with_fallback("name"), "slug")


def theme_detail(*, slug, include_drafts=False):
    """One theme; 404 when there is none, or when it is a draft and drafts are not
    asked for."""
    themes = Theme.objects.all() if include_drafts else Theme.objects.published()
    return get_object_or_404(themes, slug=slug)


def theme_options(*, slugs):
    """Published themes with these slugs, for filters that links set."""
    return theme_list().filter(slug__in=slugs)
