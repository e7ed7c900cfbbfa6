"""The names people read for a member's subdivision: "São Paulo (state)" where the
record holds the ISO 3166-2 code BR-SP, which is for machines."""

import pycountry
from django.utils.translation import pgettext_lazy

# ISO 3166-2 subdivision types (pycountry's ``type``), in each language. A type
# missing here shows the name alone rather than an untranslated English word.
SUBDIVISION_TYPES = {
    "State": pgettext_lazy("subdivision", "state"),
    "Province": pgettext_lazy("subdivision", "province"),
    "Region": pgettext_lazy("subdivision", "region"),
    "Department": pgettext_lazy("subdivision", "department"),
    "City": pgettext_lazy("subdivision", "city"),
    "Capital district": pgettext_lazy("subdivision", "capital district"),
    "Federal entity": pgettext_lazy("subdivision", "federal entity"),
}


def subdivision_label(code):
    """``São Paulo (state)`` / ``São Paulo (estado)`` for ``BR-SP``; the code
    itself if ISO 3166-2 does not know it, "" for no code."""
    if not code:
        return ""
    subdivision = pycountry.subdivisions.get(code=code)
    if subdivision is None:
        return code
    kind = SUBDIVISION_TYPES.get(subdivision.type)
    return f"{subdivision.name} ({kind})" if kind else subdivision.name
