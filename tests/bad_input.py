"""Shared pieces of the bad-input catalogue (tests/common/test_bad_input_*.py).

Hostile values are written once here, so that every entry point is tried with the
same ones; ``record_counts()`` proves that a refused request wrote nothing.
"""

import html
import re

from circles.models import JoinRequest
from events.models import Meeting, Session
from members.models import Jurisdiction
from reforms.models import Reform
from themes.models import Theme

TOO_LONG_SEARCH = "x" * 201  # common.db.search_text.MAX_QUERY_LENGTH is 200
SQL_LIKE = "' OR 1=1 --"
HTML_LIKE = "<script>alert(1)</script>"
TRAVERSAL = "..%2F..%2Fetc%2Fpasswd"
DOT_DOT = "%2e%2e"

# The message of the 400 page for a query string with invalid UTF-8 or a NUL.
UNREADABLE_ADDRESS = {
    "en": (
        "This address holds characters that cannot be read: text that is not "
        "UTF-8, or a null character. Check the link you followed."
    ),
    "es": (
        "Esta dirección contiene caracteres que no se pueden leer: texto que no es "
        "UTF-8 o un carácter nulo. Revise el enlace que siguió."
    ),
}
UNREADABLE_QUERY_DETAIL = {
    "en": "The query string must be UTF-8 text without null characters.",
    "es": "La cadena de consulta debe ser texto UTF-8 sin caracteres nulos.",
}
BAD_REQUEST_TITLE = {"en": "Request not understood", "es": "Solicitud no comprendida"}

MODELS = (Jurisdiction, Theme, Reform, Meeting, Session, JoinRequest)


def record_counts():
    """How many records of each kind (and history rows) the database holds."""
    counts = {model.__name__: model.objects.count() for model in MODELS}
    for model in MODELS:
        if hasattr(model, "history"):
            counts[f"{model.__name__} history"] = model.history.count()
    return counts


def error_page(response):
    """``(title, message)`` of the 400 page: its <h1> and first paragraph."""
    body = response.content.decode()
    title = re.search(r"<h1>(.*?)</h1>", body).group(1)
    message = re.search(r"</h1>\s*<p>(.*?)</p>", body, re.DOTALL).group(1)
    return html.unescape(title), html.unescape(message)
