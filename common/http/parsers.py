"""Query values read strictly, for the pages' filters and the API alike.

Each parser takes the text as sent and gives the value, or None when the text
is not written the one way it accepts; the caller says what is wrong in its own
terms (a form error on a page, a 400 naming the parameter in the API).
"""

import datetime
import re

# ASCII digits only: int() would also take "1_000", "٣" or " 7 ".
_WHOLE_NUMBER = re.compile(r"-?[0-9]+", re.ASCII)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
# RFC 3339: a date, T, a time with seconds (and maybe a fraction) and an offset.
_RFC3339 = re.compile(
    r"(?P<date>[0-9]{4}-[0-9]{2}-[0-9]{2})[Tt]"
    r"(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})"
    r"(?:\.(?P<fraction>[0-9]+))?"
    r"(?:(?P<utc>[Zz])|(?P<sign>[+-])(?P<offset_hour>[0-9]{2}):(?P<offset_minute>[0-9]{2}))",
    re.ASCII,
)


def parse_whole_number(value):
    """``value`` as an int when it is written as a whole number, else None."""
    value = str(value)
    return int(value) if _WHOLE_NUMBER.fullmatch(value) else None


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
