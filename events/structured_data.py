"""schema.org data for meeting pages (rendered as JSON-LD)."""


def meeting_json_ld(meeting, *, url, sessions=(), session_url=None):
    """A meeting as an ``Event``: dates, place, time zone and its timed sessions.

    schema.org has no time zone on ``Event`` itself; ``eventSchedule`` (a
    ``Schedule``) carries the IANA name in ``scheduleTimezone``.
    """
    place = {
        "@type": "Place",
        "name": meeting.venue or str(meeting.host_city),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": str(meeting.host_city),
            "addressCountry": str(meeting.host_country),
        },
    }
    if meeting.latitude is not None and meeting.longitude is not None:
        place["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(meeting.latitude),
            "longitude": float(meeting.longitude),
        }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": url,
        "name": str(meeting.name),
        "url": url,
        "startDate": meeting.start_date.isoformat(),
        "endDate": meeting.end_date.isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": place,
        "eventSchedule": {
            "@type": "Schedule",
            "startDate": meeting.start_date.isoformat(),
            "endDate": meeting.end_date.isoformat(),
            "scheduleTimezone": meeting.timezone,
        },
        "organizer": {
            "@type": "Organization",
            "name": "Open Government Partnership",
            "url": "https://www.opengovpartnership.org/",
        },
    }
    if meeting.summary:
        data["description"] = str(meeting.summary)
    if meeting.website:
        data["sameAs"] = [meeting.website]
    sub_events = []
    for session in sessions:
        if not session.starts_at:
            continue
        sub_event = {
            "@type": "Event",
            "name": str(session.title),
            "startDate": session.starts_at.astimezone(meeting.zone).isoformat(),
            "location": place,
            "eventAttendanceMode": data["eventAttendanceMode"],
        }
        if session.ends_at:
            sub_event["endDate"] = session.ends_at.astimezone(meeting.zone).isoformat()
        if session_url:
            sub_event["url"] = session_url(session)
        sub_events.append(sub_event)
    if sub_events:
        data["subEvent"] = sub_events
    return data
