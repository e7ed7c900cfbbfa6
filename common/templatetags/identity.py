"""Who runs the site, for the footer: read from settings, so the error pages,
rendered without a request or context processors, can show it too."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def site_publisher():
    """``{"name": …, "url": …}`` of the organisation that curates the directory
    (SITE_PUBLISHER, SITE_PUBLISHER_URL); the name is empty when none is set."""
    return {"name": settings.SITE_PUBLISHER, "url": settings.SITE_PUBLISHER_URL}
