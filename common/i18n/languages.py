"""Helpers for reading translated fields without writing code per language."""

from django.conf import settings
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import translation


def language_codes():
    """Every configured language code, the source language (English) first."""
    return [code for code, _name in settings.LANGUAGES]


def translated_columns(*fields):
    """The columns of translated fields, one per language, fields in order:
    ``("name", "summary")`` → ``("name_en", "name_es", "summary_en", "summary_es")``.
    """
    return tuple(f"{field}_{code}" for field in fields for code in language_codes())


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def canonical_language_tag(tag):
    """A language tag in the case BCP 47 recommends: ``ES-mx`` → ``es-MX``,
    ``sr-latn`` → ``sr-Latn``. The ``lang`` attribute ignores case, but pages compare
    tags with the page's language, so one spelling is stored."""
    parts = tag.strip().split("-")
    canonical = [parts[0].lower()]
    for part in parts[1:]:
        canonical.append(part.title() if len(part) == 4 else part.upper())
    return "-".join(canonical) if tag.strip() else ""


def same_language(tag, other):
    """Whether two language tags name the same language, whatever the region or
    script: Mexican Spanish (``es-MX``) on a Spanish page needs no hint."""
    return tag.split("-")[0].lower() == other.split("-")[0].lower()


def fallback_languages(language):
    """The languages ``language`` reads in, in order: itself, then the chain
    modeltranslation is configured with (``MODELTRANSLATION_FALLBACK_LANGUAGES``, a
    tuple or a dict per language with a ``"default"``), then the source language.
    """
    chain = settings.MODELTRANSLATION_FALLBACK_LANGUAGES
    if isinstance(chain, dict):
        chain = chain.get(language, chain.get("default", ()))
    ordered = [language, *chain, source_language()]
    return list(dict.fromkeys(ordered))


def value_in_language(instance, field, language):
    """The value of ``field`` in ``language`` and the language it actually came from.

    Follows the same fallback chain as modeltranslation's attribute access, so
    callers can mark fallback text with the language really shown (``lang="en"``
    and an "only in English" hint; ``lang="es"`` where a third language falls back
    to Spanish).
    """
    for code in fallback_languages(language):
        value = getattr(instance, f"{field}_{code}", None)
        if value:
            return value, code
    return "", source_language()


def translated_fields(model):
    """Names of ``model``'s translated fields (``["name", "summary"]``), as registered
    in its app's translation.py."""
    from modeltranslation.translator import NotRegistered, translator

    try:
        return list(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return []


def missing_translation_condition(fields, language):
    """A ``Q`` matching rows where some translated field has a source value but
    none in ``language`` (empty or NULL): the admin's "missing" column and filter."""
    source = source_language()
    condition = Q(pk__in=[])
    for field in fields:
        condition |= Q(**{f"{field}_{source}__gt": ""}) & (
            Q(**{f"{field}_{language}__isnull": True})
            | Q(**{f"{field}_{language}": ""})
        )
    return condition


def ordering_with_fallback(field, language=None):
    """An expression ordering by ``field`` in the active language, falling back to the
    source language where the translation is empty (never order on the bare field)."""
    language = language or translation.get_language() or source_language()
    source = source_language()
    if language == source or language not in language_codes():
        return F(f"{field}_{source}")
    # Each translation column has its own modeltranslation field class, so Django
    # cannot infer the type of the expression when it has to (GROUP BY, say).
    return Coalesce(
        NullIf(F(f"{field}_{language}"), Value("")),
        F(f"{field}_{source}"),
        output_field=TextField(),
    )
