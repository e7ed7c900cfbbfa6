"""Closest names for a search that found nothing: "Did you mean Bogotá?".

Compared with a column of folded names (``names_text``, one per line; see
common.db.search_text.names_text), so that "bogata" and "BOGATÁ" come equally close
to "Bogotá" and the suggestion never comes from other text (a country, a code).

On PostgreSQL, pg_trgm's strict word similarity: how well the search matches the
closest run of whole words in the names ("sao paolo" against "sao paulo", 0.54),
computed by the database in one query. Plain word similarity also matches parts of
words, and then offers "Bogotá" for "data" and "La Libertad" for "lima".

SQLite has no trigram functions; there, difflib compares the search with each
name's runs of words in Python, also in one query: the directory SQLite serves
(development, a small deployment) is small enough to read whole.
"""

import difflib

from django.contrib.postgres.search import TrigramStrictWordSimilarity
from django.db import connections

from common.db.search_text import MAX_QUERY_LENGTH, normalise_search_text

# Below these a "suggestion" is mostly noise. Measured on the demo members:
# "bogata" to "Bogotá" is 0.4 in strict word similarity and 0.83 in difflib's
# ratio, "santiago" to "Santa Catarina" 0.36 and 0.77, "osaco" to "São Paulo"
# (difflib only) 0.75.
MIN_SIMILARITY = 0.4
MIN_RATIO = 0.8
LIMIT = 3


def closest_names(queryset, query, *, column="names_text", limit=LIMIT):
    """Up to ``limit`` records of ``queryset`` whose names (``column``) come
    closest to ``query``, closest first; none when none is close enough."""
    folded = normalise_search_text(query[:MAX_QUERY_LENGTH])
    if not folded:
        return []
    if connections[queryset.db].vendor == "postgresql":
        return list(
            queryset.annotate(
                name_similarity=TrigramStrictWordSimilarity(folded, column)
            )
            .filter(name_similarity__gte=MIN_SIMILARITY)
            .order_by("-name_similarity", "pk")[:limit]
        )
    scored = []
    for record in queryset:
        ratio = _closest_ratio(folded, getattr(record, column).splitlines())
        if ratio >= MIN_RATIO:
            scored.append((-ratio, record.pk, record))
    return [record for _ratio, _pk, record in sorted(scored)[:limit]]


def _closest_ratio(query, names):
    """difflib's ratio of ``query`` to the closest run of as many words in any of
    ``names``: "cordova" is compared with "cordoba" and "city", not with "cordoba
    city" whole (as strict word similarity does on PostgreSQL)."""
    width = len(query.split())
    best = 0
    for name in names:
        words = name.split()
        for start in range(max(1, len(words) - width + 1)):
            window = " ".join(words[start : start + width])
            best = max(best, difflib.SequenceMatcher(None, query, window).ratio())
    return best
