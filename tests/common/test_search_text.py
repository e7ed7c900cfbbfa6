import pytest

from common.db.search_text import MAX_QUERY_LENGTH, normalise_search_text, search_terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peñalolén", "penalolen"),
        ("PEÑALOLÉN", "penalolen"),
        ("Penalolen", "penalolen"),
        ("São  Paulo\n", "sao paulo"),
        ("Estado de México", "estado de mexico"),
        ("Bogotá D.C.", "bogota d.c."),
        ("", ""),
        (None, ""),
    ],
)
def test_normalise_search_text(text, expected):
    assert normalise_search_text(text) == expected


def test_search_terms_split_and_fold():
    assert search_terms("  Estado de MÉXICO ") == ["estado", "de", "mexico"]


def test_search_terms_ignore_text_past_the_limit():
    assert search_terms("a" * (MAX_QUERY_LENGTH + 50)) == ["a" * MAX_QUERY_LENGTH]
