"""iCalendar (RFC 5545) files for meetings and sessions.

The public pages ("add to calendar") and the API's iCal format both build their files
here. A meeting is an all-day, multi-day event (DTEND is the day after the last day,
as RFC 5545 says); a session carries its meeting's IANA time zone as TZID, with the
matching VTIMEZONE. Text is in the active language with English fallback.
"""

import datetime

from django.http import HttpResponse
from icalendar import Calendar, Event

PRODUCT_ID = "-//OGP Local Directory//ogplocal//EN"
UID_DOMAIN = "ogplocal.directory"


def _location(meeting):
    parts = [meeting.venue, meeting.host_city, meeting.host_country.name]
    return ", ".join(str(part) for part in parts if part)


def _description(text, url):
    return "\n\n".join(part for part in (text, url) if part)


def meeting_event(meeting, *, url):
    event = Event()
    event.add("uid", f"meeting-{meeting.slug}@{UID_DOMAIN}")
    event.add("dtstamp", meeting.updated_at)
    event.add("summary", meeting.name)
    event.add("dtstart", meeting.start_date)
    event.add("dtend", meeting.end_date + datetime.timedelta(days=1))
    event.add("location", _location(meeting))
    event.add("description", _description(meeting.summary, url))
    if url:
        event.add("url", url)
    return event


def session_event(session, *, url):
    """The session as an event in its meeting's zone; None when it has no time yet."""
    if not session.starts_at:
        return None
    meeting = session.meeting
    zone = meeting.zone
    event = Event()
    event.add("uid", f"session-{meeting.slug}-{session.slug}@{UID_DOMAIN}")
    event.add("dtstamp", session.updated_at)
    event.add("summary", f"{session.title} – {meeting.name}")
    event.add("dtstart", session.starts_at.astimezone(zone))
    if session.ends_at:
        event.add("dtend", session.ends_at.astimezone(zone))
    event.add("location", _location(meeting))
    event.add("description", _description(session.description, url))
    if url:
        event.add("url", url)
    return event


def calendar_file(*, name, events, url=""):
    """Serialise events (None entries are skipped) as an iCalendar file in bytes."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    if url:
        calendar.add("url", url)
    for event in events:
        if event is not None:
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_response(body, *, filename, language):
    """An .ics download of ``body``, whose text is in ``language``."""
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = language
    return response
