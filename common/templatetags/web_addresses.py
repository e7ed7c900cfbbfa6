"""Web addresses shown as text: they wrap between their parts, not inside a word."""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

register = template.Library()

# Where a long address may break, as style guides advise: after a slash (once
# after "//") and before a dot or other punctuation, so no part is split.
BREAK_POINTS = re.compile(r"(?<=/)(?!/)|(?=[.?#&=_~])")


@register.filter(needs_autoescape=True)
def address_breaks(value, autoescape=True):
    """``{{ url|address_breaks }}``: the address with a ``<wbr>`` at each point
    where it may wrap. The text itself (what is copied or read aloud) is
    unchanged; text with spaces is not an address and is left as it is."""
    escape = conditional_escape if autoescape else str
    text = str(value)
    if not text or any(character.isspace() for character in text):
        return escape(text)
    parts = [part for part in BREAK_POINTS.split(text) if part]
    return mark_safe("<wbr>".join(escape(part) for part in parts))
