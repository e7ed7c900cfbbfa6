"""Validators for identifiers the directory shares with other datasets."""

import re
import zoneinfo

import pycountry
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FIRST_MEMBERSHIP_YEAR = 2011  # OGP itself was founded in 2011.
LAST_PLAUSIBLE_YEAR = 2100

# OCDEP 2: ocd-division/country:<iso2>(/<type>:<type_id>)*. Types are ASCII; type
# ids may hold lower-case letters of any script, digits and . - _ ~.
OCD_DIVISION_ID_PATTERN = re.compile(
    r"^ocd-division/country:[a-z]{2}(/[a-z_-]+:[\w.~-]+)*$"
)


def validate_ocd_division_id(value):
    if value and (
        value != value.lower() or not OCD_DIVISION_ID_PATTERN.fullmatch(value)
    ):
        raise ValidationError(
            _(
                "Enter an Open Civic Data division id such as "
                "“ocd-division/country:ar/province:s”: lower case, starting with "
                "the country code."
            ),
            code="invalid_ocd_id",
        )


def validate_year(value):
    if value is None:
        return
    if not FIRST_MEMBERSHIP_YEAR <= value <= LAST_PLAUSIBLE_YEAR:
        raise ValidationError(
            _("Enter a year between %(first)s and %(last)s."),
            code="invalid_year",
            params={"first": FIRST_MEMBERSHIP_YEAR, "last": LAST_PLAUSIBLE_YEAR},
        )


def validate_timezone_name(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("“%(value)s” is not an IANA time zone such as “America/Santo_Domingo”."),
            code="invalid_timezone",
            params={"value": value},
        )


def validate_subdivision_code(code, country_code):
    """Check an ISO 3166-2 code exists and belongs to ``country_code``."""
    if not code:
        return
    subdivision = pycountry.subdivisions.get(code=code.upper())
    if subdivision is None:
        raise ValidationError(
            _("“%(code)s” is not an ISO 3166-2 subdivision code."),
            code="unknown_subdivision",
            params={"code": code},
        )
    if country_code and subdivision.country_code != str(country_code).upper():
        raise ValidationError(
            _("“%(code)s” is not a subdivision of %(country)s."),
            code="subdivision_outside_country",
            params={"code": code, "country": country_code},
        )


def validate_language_codes(value):
    """A comma-separated list of ISO 639-1 codes such as ``es,en``."""
    for code in filter(None, (part.strip() for part in value.split(","))):
        if pycountry.languages.get(alpha_2=code.lower()) is None:
            raise ValidationError(
                _("“%(code)s” is not an ISO 639-1 language code such as “es”."),
                code="invalid_language",
                params={"code": code},
            )


# A BCP 47 language tag as content needs it: a language, then optionally a script
# and a region ("es", "es-MX", "es-419", "sr-Latn-RS"); any case on the way in.
LANGUAGE_TAG_PATTERN = re.compile(
    r"^(?P<language>[A-Za-z]{2,3})(?:-(?P<script>[A-Za-z]{4}))?"
    r"(?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?$"
)


def _is_language_subtag(code):
    """ISO 639-1, or ISO 639-3 where the language has no two-letter code (BCP 47
    uses the shortest); the special codes ("und", "mul") say nothing useful."""
    code = code.lower()
    if len(code) == 2:
        return pycountry.languages.get(alpha_2=code) is not None
    language = pycountry.languages.get(alpha_3=code)
    return (
        language is not None
        and not hasattr(language, "alpha_2")
        and language.scope != "S"
    )


def validate_language_tag(value):
    """A language tag (BCP 47) such as ``es`` or ``es-MX`` whose language, script
    and region exist; empty passes (the field says what empty means)."""
    if not value:
        return
    match = LANGUAGE_TAG_PATTERN.fullmatch(value)
    if (
        match is None
        or not _is_language_subtag(match["language"])
        or (
            match["script"]
            and pycountry.scripts.get(alpha_4=match["script"].title()) is None
        )
        or (
            match["region"]
            and match["region"].isalpha()
            and pycountry.countries.get(alpha_2=match["region"].upper()) is None
        )
    ):
        raise ValidationError(
            _("“%(value)s” is not a language tag (BCP 47) such as “es” or “es-MX”."),
            code="invalid_language_tag",
            params={"value": value},
        )


# C0 and C1 control characters and DEL, except tab, line feed and carriage return:
# invisible, never typed on purpose, and trouble in logs, emails and spreadsheets.
# Also the bidirectional embedding, override and isolate controls (U+202A–U+202E,
# U+2066–U+2069): English and Spanish text never needs them, and they make text
# read differently from what it holds ("Trojan Source"). A character class body,
# written with escapes so that it reads the same as a Python and an ECMA-262
# (OpenAPI) regular expression.
CONTROL_CHARACTERS = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_CONTROL_CHARACTER = re.compile(f"[{CONTROL_CHARACTERS}]")


def validate_no_control_characters(value):
    match = _CONTROL_CHARACTER.search(str(value))
    if match:
        raise ValidationError(
            _("Remove the control character %(code)s: it cannot be shown or stored."),
            code="control_character",
            params={"code": f"U+{ord(match.group()):04X}"},
        )
