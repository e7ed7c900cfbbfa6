"""Template helpers for the language switcher, hreflang links and fallback marking."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from common.i18n.languages import value_in_language

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language, keeping the query string.

    Returns dicts with ``code``, ``name`` (in that language), ``url`` and ``current``.
    """
    request = context["request"]
    current = translation.get_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        path = translate_url(request.path, code)
        query = request.META.get("QUERY_STRING", "")
        alternates.append(
            {
                "code": code,
                "name": translation.get_language_info(code)["name_local"],
                "url": f"{path}?{query}" if query else path,
                "current": code == current,
            }
        )
    return alternates


@register.simple_tag
def translated(instance, field, element="span"):
    """Render a translated field in the active language.

    Where the text falls back to English it carries ``lang`` and a visible hint, so a
    Spanish reader (and a screen reader) knows why the text is in another language.
    """
    language = translation.get_language()
    value, used = value_in_language(instance, field, language)
    if used == language:
        return format_html("<{0}>{1}</{0}>", element, value)
    return format_html(
        '<{0} lang="{1}">{2}</{0}> <small class="fallback-hint">({3})</small>',
        element,
        used,
        value,
        _("available in English only"),
    )


# Names of the languages sessions are held in, as they read inside a sentence
# ("Spoken in Spanish, English" / "Idiomas: español, inglés"). Django's own names are
# capitalised for menus; other codes fall back to them.
SPOKEN_LANGUAGE_NAMES = {
    "en": pgettext_lazy("spoken language", "English"),
    "es": pgettext_lazy("spoken language", "Spanish"),
    "pt": pgettext_lazy("spoken language", "Portuguese"),
    "fr": pgettext_lazy("spoken language", "French"),
}


@register.filter
def language_name(code):
    """``es`` → "Spanish" in the active language; unknown codes stay as they are."""
    code = str(code).lower()
    if code in SPOKEN_LANGUAGE_NAMES:
        return SPOKEN_LANGUAGE_NAMES[code]
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.simple_tag
def translated_paragraphs(instance, field, element="div", item="p"):
    """A translated text field of several paragraphs (blank-line separated), each in
    its own ``item`` element, marked like ``translated`` when it falls back."""
    language = translation.get_language()
    value, used = value_in_language(instance, field, language)
    paragraphs = [part.strip() for part in value.split("\n\n") if part.strip()]
    items = format_html_join("", "<{0}>{1}</{0}>", ((item, p) for p in paragraphs))
    if used == language:
        return format_html("<{0}>{1}</{0}>", element, items)
    return format_html(
        '<{0} lang="{1}">{2}</{0}><p><small class="fallback-hint">({3})</small></p>',
        element,
        used,
        items,
        _("available in English only"),
    )
