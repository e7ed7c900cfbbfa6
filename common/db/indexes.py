"""Indexes that serve the orderings the pages and the API offer.

Every list sorts by one column (or a translated text in the active language) and
then by a unique tie-breaker, and shows one page: an index on exactly that
expression lets the database read the first rows in order instead of sorting
every match. A translated field sorts by ``ordering_with_fallback``, which is a
different expression in each language, so it gets an index per language.
"""

from django.db.models import F, Index

from common.i18n.languages import language_codes, ordering_with_fallback


def sort_indexes(prefix, *, translated=(), plain=(), filtered=(), tiebreaker=("slug",)):
    """Indexes for ``ORDER BY <field> ASC|DESC, <tiebreaker…> ASC``.

    Each field of ``translated`` and ``plain`` gets one index per direction (the
    tie-breaker ascends either way, so one index read backwards cannot serve both).
    ``filtered`` holds ``("column", "filter_column")`` pairs: the filter column
    leads, so ``WHERE region = … ORDER BY name`` reads one stretch of the index.
    """
    tie = [F(name) for name in tiebreaker]
    indexes = []

    def both_ways(expression, name):
        indexes.append(Index(expression.asc(), *tie, name=f"{name}_sort"))
        indexes.append(Index(expression.desc(), *tie, name=f"{name}_desc"))

    for field in translated:
        for language in language_codes():
            both_ways(
                ordering_with_fallback(field, language), f"{prefix}_{field}_{language}"
            )
    for field in plain:
        both_ways(F(field), f"{prefix}_{field}")
    for field, leading in filtered:
        indexes.append(
            Index(F(leading), F(field), *tie, name=f"{prefix}_{leading}_{field}_sort")
        )
    return indexes
