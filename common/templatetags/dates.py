"""Dates written the way OGP's own pages write them in each language.

US style in English ("September 26–29, 2022"), the RAE's in Spanish ("del 26 al
29 de septiembre de 2022", "11 y 12 de octubre de 2022"). Each
shape is a translatable pattern, so a new language needs catalogue entries only, no
code. Month names come from Django's own catalogue.
"""

import datetime

from django import template
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

register = template.Library()


def _parts(day):
    return {"day": day.day, "month": MONTHS[day.month], "year": day.year}


def format_long_date(day):
    """``September 26, 2022`` / ``26 de septiembre de 2022``."""
    # Translators: one day, e.g. "September 26, 2022" ("26 de septiembre de 2022").
    return _("%(month)s %(day)s, %(year)s") % _parts(day)


def format_date_range(start, end):
    """A span of days, sharing the month and year when the two ends share them."""
    if end is None or end == start:
        return format_long_date(start)
    if start.year != end.year:
        # Translators: a range of days across two years, e.g. "December 30, 2022 –
        # January 2, 2023" ("del 30 de diciembre de 2022 al 2 de enero de 2023").
        pattern = _(
            "%(start_month)s %(start_day)s, %(start_year)s – "
            "%(end_month)s %(end_day)s, %(end_year)s"
        )
    elif start.month != end.month:
        # Translators: a range of days across two months, e.g. "September 30 –
        # October 2, 2022" ("del 30 de septiembre al 2 de octubre de 2022").
        pattern = _(
            "%(start_month)s %(start_day)s – %(end_month)s %(end_day)s, %(end_year)s"
        )
    elif end - start == datetime.timedelta(days=1):
        # Translators: two days in a row within one month, e.g. "October 11–12,
        # 2022" ("11 y 12 de octubre de 2022"): Spanish names both days.
        pattern = pgettext(
            "two days", "%(start_month)s %(start_day)s–%(end_day)s, %(end_year)s"
        )
    else:
        # Translators: a range of days within one month, e.g. "September 26–29,
        # 2022" ("del 26 al 29 de septiembre de 2022").
        pattern = _("%(start_month)s %(start_day)s–%(end_day)s, %(end_year)s")
    values = {f"start_{key}": value for key, value in _parts(start).items()}
    values.update({f"end_{key}": value for key, value in _parts(end).items()})
    return pattern % values


@register.filter
def long_date(value):
    if not isinstance(value, datetime.date):
        return ""
    if isinstance(value, datetime.datetime):
        value = value.date()
    return format_long_date(value)


@register.simple_tag
def date_range(start, end=None):
    """``{% date_range meeting.start_date meeting.end_date %}``."""
    if not isinstance(start, datetime.date):
        return ""
    return format_date_range(start, end)


def _month_point(year, month):
    """``August 2021`` / ``agosto de 2021``; the year alone when no month is known."""
    if month is None:
        return str(year)
    # Translators: a month and its year, e.g. "August 2021" ("agosto de 2021").
    return _("%(month)s %(year)s") % {"month": MONTHS[month], "year": year}


def format_month_period(start_year, start_month, end_year, end_month):
    """A span known to the month or only to the year: "August 2021 – October
    2023", "2021 – October 2023"; "since …" or "until …" when one end is open,
    "" when neither is known."""
    start = _month_point(start_year, start_month) if start_year else ""
    end = _month_point(end_year, end_month) if end_year else ""
    if start and end:
        if start == end:
            return start
        # Translators: a span of months or years, e.g. "August 2021 – October 2023".
        return _("%(start)s – %(end)s") % {"start": start, "end": end}
    if start:
        # Translators: a span with no end given, e.g. "since August 2021".
        return _("since %(start)s") % {"start": start}
    if end:
        # Translators: a span with no start given, e.g. "until October 2023".
        return _("until %(end)s") % {"end": end}
    return ""


@register.simple_tag
def month_period(record):
    """``{% month_period plan %}`` for a record with start/end year and month."""
    return format_month_period(
        record.start_year, record.start_month, record.end_year, record.end_month
    )
