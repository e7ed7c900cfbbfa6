"""Indexes that serve the orderings the pages and the API offer.

Every list sorts by one column (or a translated text in the active language) and
then by a unique tie-breaker, and shows one page: an index on exactly that
expression lets the database read the first rows in order instead of sorting
every match. A translated field sorts by ``ordering_with_fallback``, which is a
different expression in each language, so it gets an index per language.
"""

from django.db.models import F, Index

from common.languages import language_codes, ordering_with_fallback


def sort_indexes(prefix, *, translated=(), plain=(), tiebreaker=("slug",)):
    """Indexes for ``ORDER BY <field>, <tiebreaker…>`` of each field.

    ``plain`` holds ``("column", ("filter_column", …))`` pairs or bare column names;
    filter columns come first, so ``WHERE region = … ORDER BY name`` reads one
    stretch of the index.
    """
    tie = [F(name) for name in tiebreaker]
    indexes = []
    for field in translated:
        for language in language_codes():
            expression = ordering_with_fallback(field, language)
            indexes.append(
                Index(expression, *tie, name=f"{prefix}_{field}_{language}_sort")
            )
    for entry in plain:
        field, leading = (entry, ()) if isinstance(entry, str) else entry
        indexes.append(
            Index(
                *(F(name) for name in leading),
                F(field),
                *tie,
                name="_".join([prefix, *leading, field, "sort"])[:30],
            )
        )
    return indexes
