"""Template helpers for search engines and link previews: canonical and absolute
URLs, Open Graph locale, schema.org JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, to_locale

register = template.Library()

# The escapes of django.utils.html.json_script: nothing inside the data can close
# the <script> element or open a comment.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_ESCAPES)),  # noqa: S308 - escaped above
    )


@register.simple_tag
def json_ld(data):
    """``{% json_ld data %}``: schema.org data as a non-executing data block."""
    if not data:
        return ""
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    """The absolute form of ``path`` (default: the current page, without query)."""
    request = context["request"]
    return request.build_absolute_uri(request.path if path is None else path)


@register.simple_tag
def og_locale(code=None):
    """``en`` → ``en``, ``pt-br`` → ``pt_BR``: the form Open Graph expects."""
    return to_locale(code or get_language())
