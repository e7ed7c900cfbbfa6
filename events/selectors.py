"""Read queries for meetings and sessions. Pages and the API both read through here."""

from events.models import Meeting, Session


def meeting_list():
    """Published meetings, most recent first."""
    return Meeting.objects.published().order_by("-start_date", "slug")


def session_list():
    """Published sessions of published meetings, in programme order."""
    return (
        Session.objects.published()
        .filter(meeting__is_published=True)
        .select_related("meeting")
        .order_by(
            "meeting__start_date", "meeting__slug", "starts_at", "position", "slug"
        )
    )
