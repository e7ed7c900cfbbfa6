"""Normalised search text: one lower-case, accent-free string per record.

modeltranslation's fallback works on attribute access only, so searching the bare
translated column would miss the other language. Each searchable model instead keeps
a ``search_text`` column holding every language of its searchable fields, folded the
same way as the visitor's query. This behaves identically on SQLite and PostgreSQL
(neither needs collations or extensions): "Penalolen", "peñalolén" and "PEÑALOLÉN"
all fold to "penalolen".
"""

import unicodedata

MAX_QUERY_LENGTH = 200


def normalise_search_text(text):
    """Fold ``text`` to lower case without accents and with single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    without_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(without_marks.casefold().split())


def search_terms(query):
    """Split a visitor's query into folded terms; every term must match."""
    return normalise_search_text(query[:MAX_QUERY_LENGTH]).split()


def names_text(names):
    """Distinct folded ``names``, one per line, in the order given: the column that
    name suggestions read (common.db.suggestions)."""
    folded = (normalise_search_text(name) for name in names)
    return "\n".join(dict.fromkeys(name for name in folded if name))
