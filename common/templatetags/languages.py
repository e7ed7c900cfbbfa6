"""Template helpers for the language switcher, hreflang links and fallback marking."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from common.db.text import non_empty_lines
from common.i18n.languages import (
    same_language,
    source_language,
    translated_fields,
    value_in_language,
)

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
def fallback_hint(language, *, compact=False):
    """The visible note that text is shown in ``language``, in the reader's
    language: "available in English only" after a field, "in English" after a short
    item of a list. The one place its wording lives; it names the language really
    shown, so a third language falling back to Spanish reads "only in Spanish"."""
    name = language_name(language)
    if compact:
        return _("in %(language)s") % {"language": name}
    return _("available in %(language)s only") % {"language": name}


def marked(content, language, element="span", *, compact=False):
    """``content`` (text or safe HTML) in an ``element``; where ``language`` is not
    the page's, the element carries ``lang`` and is followed by the hint."""
    if not language or same_language(language, translation.get_language()):
        return format_html("<{0}>{1}</{0}>", element, content)
    return format_html(
        '<{0} lang="{1}">{2}</{0}> <small class="fallback-hint">({3})</small>',
        element,
        language,
        content,
        fallback_hint(language, compact=compact),
    )


def shown_value(instance, field, language=None):
    """The text of ``field`` to show on the current page and the language it is in.

    A translated field follows the fallback chain. Any other content field (a
    document's title, a plan's lead institutions) is kept in one language: the
    ``language`` it is written in when the record says so, else the source language
    every untranslated field is typed in."""
    if field in translated_fields(type(instance)):
        return value_in_language(instance, field, translation.get_language())
    return getattr(instance, field) or "", language or source_language()


@register.simple_tag
def translated(
    instance, field, element="span", *, language=None, compact=False, separator=None
):
    """Render a content field in the active language.

    Where the text shown is in another language (a translation falls back, or the
    field exists in one language only) it carries ``lang`` and a visible hint, so a
    Spanish reader (and a screen reader) knows why. ``compact`` gives the short hint
    for items of a list; ``separator`` joins a one-per-line field ("A; B") in one
    element, marked once; ``language`` is the language of an untranslated field.
    """
    value, used = shown_value(instance, field, language)
    if separator is not None:
        value = separator.join(non_empty_lines(value))
    return marked(value, used, element, compact=compact)


@register.simple_tag
def hint_for(language, compact=True, always=False):
    """``{% hint_for title_language %}``: the hint alone, after an element that
    already carries ``lang`` (a link); empty where ``language`` is the page's,
    unless ``always`` (a document says its language on every page)."""
    language = language or source_language()
    if language == translation.get_language() and not always:
        return ""
    return format_html(
        ' <small class="fallback-hint">({})</small>',
        fallback_hint(language, compact=compact),
    )


@register.filter
def text_language(language):
    """The language of an untranslated text: ``language`` when the record gives
    one, else the source language (``{{ document.language|text_language }}``)."""
    return language or source_language()


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
        fallback_hint(used),
    )
