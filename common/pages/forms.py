"""Form fields that several apps share (public filters, the join form)."""

import datetime
import re

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext_lazy as _

from common.validators import validate_no_control_characters


class PlainTextField(forms.CharField):
    """Text without control characters: one message naming the first one found
    (Django's own check only knows NUL)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [
            validator
            for validator in self.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ] + [validate_no_control_characters]


# ASCII digits only: int() would also take "1_000", "٣" or " 7 ".
_WHOLE_NUMBER = re.compile(r"-?[0-9]+", re.ASCII)


def parse_whole_number(value):
    """``value`` as an int when it is written as a whole number, else None."""
    value = str(value)
    return int(value) if _WHOLE_NUMBER.fullmatch(value) else None


class WholeNumberField(forms.IntegerField):
    """A whole number written plainly: no decimals, exponent or other digits."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        number = parse_whole_number(value)
        if number is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return number


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
# RFC 3339: a date, T, a time with seconds (and maybe a fraction) and an offset.
_RFC3339 = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]"
    r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
    r"(?:\.(?P<fraction>[0-9]+))?"
    r"(?:(?P<utc>[Zz])|(?P<sign>[+-])(?P<offset_hour>[0-9]{2}):(?P<offset_minute>[0-9]{2}))",
    re.ASCII,
)


def parse_iso_date(value):
    """``YYYY-MM-DD`` as a date, or None (whatever the active language)."""
    if not _ISO_DATE.fullmatch(value):
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


def parse_rfc3339(value):
    """An RFC 3339 date-time (``2026-01-01T00:00:00Z``, ``…+05:30``) as an aware
    datetime in UTC, or None. A leap second reads as the end of its minute."""
    match = _RFC3339.fullmatch(value)
    if match is None:
        return None
    parts = match.groupdict()
    day = parse_iso_date(parts["date"])
    hour, minute, second = (int(parts[name]) for name in ("hour", "minute", "second"))
    microsecond = int((parts["fraction"] or "0")[:6].ljust(6, "0"))
    if second == 60:
        second, microsecond = 59, 999_999
    offset = datetime.timedelta(0)
    if not parts["utc"]:
        offset_hour, offset_minute = (
            int(parts["offset_hour"]),
            int(parts["offset_minute"]),
        )
        if offset_hour > 23 or offset_minute > 59:
            return None
        offset = datetime.timedelta(hours=offset_hour, minutes=offset_minute)
        if parts["sign"] == "-":
            offset = -offset
    if day is None or hour > 23 or minute > 59 or second > 59:
        return None
    try:
        moment = datetime.datetime.combine(
            day,
            datetime.time(hour, minute, second, microsecond),
            tzinfo=datetime.timezone(offset),
        )
        # In UTC: PostgreSQL refuses offsets beyond ±15:59, RFC 3339 allows ±23:59.
        return moment.astimezone(datetime.UTC)
    except OverflowError:
        # Before 0001-01-01 or after 9999-12-31 in UTC (0001-01-01T00:30+01:00):
        # valid RFC 3339 that no datetime holds. The nearest one that does compares
        # the same with every stored time.
        nearest = datetime.datetime.min if day.year == 1 else datetime.datetime.max
        return nearest.replace(tzinfo=datetime.UTC)


class IsoDateField(forms.DateField):
    """A date as ``YYYY-MM-DD`` only: Django's DateField also reads local formats
    (``01/02/2024`` is 1 February in Spanish, 2 January in English)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return value
        day = parse_iso_date(str(value))
        if day is None:
            raise forms.ValidationError(
                _("Enter a date as YYYY-MM-DD, such as 2026-01-31."), code="invalid"
            )
        return day


class Rfc3339DateTimeField(forms.DateTimeField):
    """An RFC 3339 date-time with its offset, or a date (midnight UTC)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value
        value = str(value)
        moment = parse_rfc3339(value)
        if moment is None and (day := parse_iso_date(value)) is not None:
            moment = datetime.datetime.combine(
                day, datetime.time(), tzinfo=datetime.UTC
            )
        if moment is None:
            raise forms.ValidationError(
                _(
                    "Enter a date and time with its time zone, such as "
                    "2026-01-31T09:00:00Z, or a date such as 2026-01-31."
                ),
                code="invalid",
            )
        return moment
