from django import template
from django.utils import translation
from django.utils.html import format_html, format_html_join

from common.citations import citation
from common.templatetags.languages import fallback_hint
from common.templatetags.web_addresses import address_breaks

register = template.Library()


@register.simple_tag
def cite(url):
    """``{% cite source %}``: one source as a reader can judge it, its title linked
    and its publisher named.

    Words in another language than the page's (an English slug or publisher on a
    Spanish page) carry ``lang``; the item ends with one short hint per language so
    marked, as a list of sources would be cluttered by a hint after every part.
    """
    found = citation(url)
    page_language = translation.get_language()
    hinted = []

    def in_language(text, language):
        if not language or language == page_language:
            return text
        if language not in hinted:
            hinted.append(language)
        return format_html('<span lang="{}">{}</span>', language, text)

    title = str(found.title)
    if not found.words:
        # A title that is the address itself wraps between its parts.
        title = address_breaks(title)
    else:
        before, words, after = title.rpartition(found.words)
        title = format_html(
            "{}{}{}", before, in_language(words, found.title_language), after
        )
    if found.publisher:
        cited = format_html(
            '<cite><a href="{}" rel="external">{}</a></cite>, {}',
            found.url,
            title,
            in_language(str(found.publisher), found.publisher_language),
        )
    else:
        cited = format_html("<cite>{}</cite>", title)
    hints = format_html_join(
        "",
        ' <small class="fallback-hint">({})</small>',
        ((fallback_hint(language, compact=True),) for language in hinted),
    )
    return format_html("{}{}", cited, hints)
