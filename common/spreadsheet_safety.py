"""Text cells that a spreadsheet program shows as text, never runs as a formula.

OWASP's CSV injection guidance: a cell that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets
as a formula (``=HYPERLINK(…)`` to leak a row, ``+1+cmd|…`` to run a program).
Every export of ours (the admin's CSV and XLSX, the import templates, the API's
CSV, the join-request export) writes such text with a single quote in front, the
escape those programs show as text. The full-width forms of the four signs
(``＝ ＋ － ＠``) are escaped too: Excel in East Asian locales turns them into
their ASCII forms as it reads a cell.

Only text columns are escaped: a number (``-33.4``) or a date is written as what
it is, and a negative number is not a formula.

Importing reverses it (``unescape_formula``): a cell holding ``'=HYPERLINK(…)``
gives back ``=HYPERLINK(…)``, so an exported file imported again changes nothing.
Text that itself begins with quotes and then a formula sign (``'=1``) gets one more
quote on export (``''=1``), so that the import's removal of one quote gives back
exactly what was written; a quote before anything else is the text's own.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
ESCAPE = "'"


def escape_formula(value):
    """``value`` with a quote in front when it is text a spreadsheet would run;
    anything that is not text (a number, a date, None) unchanged."""
    if isinstance(value, str) and _runs_as_formula(value):
        return ESCAPE + value
    return value


def _runs_as_formula(text):
    return text.lstrip(ESCAPE).startswith(FORMULA_STARTS)


def unescape_formula(value):
    """An imported cell with the quote ``escape_formula`` put there removed: one
    quote, and only when quotes and then a formula sign are all the cell starts
    with."""
    if isinstance(value, str) and value.startswith(ESCAPE) and _runs_as_formula(value):
        return value[1:]
    return value
