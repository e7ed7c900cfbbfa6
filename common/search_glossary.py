"""The search glossary: names that mean the same in every language.

A theme is called "Open Data" in English and "Datos abiertos" in Spanish; a record
whose English-only title speaks of open data should be found by a visitor who
searches for "datos abiertos". A model lists such names by declaring
``glossary_field`` (a translated field, Theme's ``name``): the names its published
records carry in every configured language are the glossary. When a run of a
query's words is one of these names, common.filters.SearchFilter also accepts the
same record's name in any other language in its place.

The glossary is small (one line per theme) and changes only with public content,
so it is remembered under the content stamp (common.caching.memo): a warm request
reads no row of it, a cold one reads it in one query per glossary model, and a
cache that is down leaves each request to read it once.
"""

from django.apps import apps

from common.caching.memo import memoised
from common.db.search_text import normalise_search_text
from common.i18n.languages import language_codes, translated_columns
from common.models import PublishableModel

# Where a request keeps the glossary it has read: a list filtered several times in
# one request (its count, its page, its facets) reads it once, even uncached.
REQUEST_ATTRIBUTE = "search_glossary"


def glossary_models():
    """The publishable models that declare a ``glossary_field``."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, PublishableModel)
        and getattr(model, "glossary_field", None)
    ]


def glossary_entries():
    """The folded names of every published record of the glossary models: one
    list per record, each name once (``[["open data", "datos abiertos"], …]``).
    A record named alike in every language has nothing to add and is left out."""
    entries = []
    for model in glossary_models():
        columns = translated_columns(model.glossary_field)
        rows = model.objects.published().order_by().values_list(*columns)
        for row in rows:
            names = list(dict.fromkeys(filter(None, map(normalise_search_text, row))))
            if len(names) > 1:
                entries.append(names)
    return entries


def search_glossary(request=None):
    """``{folded name: (every name meaning the same, itself included, sorted)}``.

    Read at most once per ``request``; remembered under the content stamp, so a
    published, renamed or unpublished theme counts from the next request on.
    """
    glossary = getattr(request, REQUEST_ATTRIBUTE, None)
    if glossary is not None:
        return glossary
    # The languages are part of the key: a language added in settings must not
    # be served a glossary read without it.
    entries = memoised(
        "search-glossary", language_codes(), glossary_entries, request=request
    )
    synonyms = {}
    for names in entries:
        for name in names:
            synonyms.setdefault(name, set()).update(names)
    glossary = {name: tuple(sorted(same)) for name, same in synonyms.items()}
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, glossary)
    return glossary


def term_groups(terms, glossary):
    """``terms`` grouped into what must each match, each group a tuple of
    alternatives and each alternative a tuple of words that must all match.

    A run of terms that is a glossary name becomes one group whose alternatives
    are that name in every language; the longest run starting at a word wins, read
    from the left. Every other term is a group of its own::

        ["portal", "datos", "abiertos"] → [(("portal",),),
                                           (("datos", "abiertos"), ("open", "data"))]
    """
    longest = max((len(name.split()) for name in glossary), default=0)
    groups = []
    start = 0
    while start < len(terms):
        for width in range(min(longest, len(terms) - start), 0, -1):
            name = " ".join(terms[start : start + width])
            if name in glossary:
                groups.append(tuple(tuple(same.split()) for same in glossary[name]))
                start += width
                break
        else:
            groups.append(((terms[start],),))
            start += 1
    return groups
