"""Shared pieces for the circles tests: a valid join form and how to read pages."""

import re
import time
from html import unescape

from django.conf import settings
from django.core import signing

from circles.forms import STARTED_SALT

# With ATOMIC_REQUESTS on, each view runs in a savepoint: SAVEPOINT and RELEASE are
# two more statements in every query count.
REQUEST_TRANSACTION_QUERIES = (
    2 if settings.DATABASES["default"].get("ATOMIC_REQUESTS") else 0
)


def started(seconds_ago=30):
    """The form's signed timestamp, as if the page had been served that long ago."""
    return signing.dumps(time.time() - seconds_ago, salt=STARTED_SALT)


def join_data(chosen, /, **overrides):
    """A valid join form as a browser posts it. ``None`` leaves a field out."""
    data = {
        "name": "Ana Pérez",
        "email": "ana.perez@example.org",
        "organisation": "Municipalidad de Rosario",
        "sector": "local-government",
        "jurisdiction": "",
        "jurisdiction_name": "",
        "circles": [circle.pk for circle in chosen],
        "language": "es",
        "message": "Queremos compartir nuestro plan de acción climática.",
        "consent": "on",
        "website": "",
        "started": started(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def field_errors(response, field):
    """The error texts shown next to ``field`` (the list Django links to it)."""
    html = response.content.decode()
    match = re.search(rf'<ul class="errorlist" id="id_{field}_error">(.*?)</ul>', html)
    if not match:
        return []
    return [unescape(m) for m in re.findall(r"<li>(.*?)</li>", match.group(1))]


def page_text(response):
    """The page's visible text with tags dropped and spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
