"""A meeting's clock: how its time zone is named, and how a time read on it
becomes a moment and back.

Sessions are stored as moments (UTC in the database); staff type, and visitors
read, them on the clock of the meeting's host city. Every conversion between the
two goes through here.
"""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from common.validators import validate_timezone_name

WALL_CLOCK_FORMAT = "%Y-%m-%d %H:%M"


def meeting_zone(meeting):
    """The meeting's ``ZoneInfo``, or None while its time zone is not a valid IANA
    name (a meeting being added, a form with an error)."""
    if meeting is None:
        return None
    try:
        validate_timezone_name(meeting.timezone)
    except ValidationError:
        return None
    return zoneinfo.ZoneInfo(meeting.timezone)


def utc_offset(zone, day):
    """``UTC−4``, ``UTC+5:30`` or ``UTC``: the zone's offset at noon on ``day``."""
    offset = zone.utcoffset(datetime.datetime.combine(day, datetime.time(12)))
    minutes = int(offset.total_seconds() // 60)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "\u2212"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")


def timezone_in_words(meeting):
    """The host city's clock as people say it: "Santo Domingo time (UTC−4)"."""
    return _("%(city)s time (%(offset)s)") % {
        "city": meeting.host_city,
        "offset": utc_offset(meeting.zone, meeting.start_date),
    }


def timezone_in_full(meeting):
    """The public page's words plus the IANA name staff give the meeting:
    "Santo Domingo time (America/Santo_Domingo, UTC−4)"."""
    zone = meeting.zone
    return _("%(city)s time (%(zone)s, %(offset)s)") % {
        "city": meeting.host_city or meeting.timezone,
        "zone": meeting.timezone,
        # A meeting form sent back with a bad first day has none yet.
        "offset": utc_offset(zone, meeting.start_date or timezone.localdate()),
    }


def wall_clock(moment, zone):
    """What the clocks of ``zone`` read at the aware ``moment`` (a naive datetime)."""
    return moment.astimezone(zone).replace(tzinfo=None)


def moment_at(wall, zone):
    """The moment at which the clocks of ``zone`` read ``wall`` (naive).

    Raises ValidationError when they never read it (the hour skipped when the
    clocks go forward) or read it twice (the hour repeated when they go back):
    Python would silently pick one, and the programme would be an hour off.
    """
    earlier = wall.replace(tzinfo=zone, fold=0)
    later = wall.replace(tzinfo=zone, fold=1)
    if earlier.utcoffset() == later.utcoffset():
        return earlier
    params = {"time": wall.strftime(WALL_CLOCK_FORMAT), "zone": zone.key}
    # Through UTC: astimezone() to the datetime's own zone changes nothing.
    if wall_clock(earlier.astimezone(datetime.UTC), zone) != wall:
        raise ValidationError(
            _(
                "%(time)s does not exist in %(zone)s: the clocks go forward that "
                "night and skip it. Enter a time before or after the change."
            ),
            code="nonexistent_time",
            params=params,
        )
    raise ValidationError(
        _(
            "%(time)s happens twice in %(zone)s: the clocks go back that night and "
            "repeat it. Enter a time outside the repeated hour."
        ),
        code="ambiguous_time",
        params=params,
    )
