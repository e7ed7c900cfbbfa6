"""Read queries for the home page."""

from events.selectors import meeting_list, meeting_recent, meeting_upcoming
from members.selectors import (
    jurisdiction_counts_by_region,
    jurisdiction_list,
    jurisdiction_map_points,
)
from reforms.selectors import reform_featured, reform_list


def directory_counts():
    """How many published members, meetings and reforms the directory holds."""
    return {
        "members": jurisdiction_list().count(),
        "meetings": meeting_list().count(),
        "reforms": reform_list().count(),
    }


def home_content():
    """Everything the home page shows, each list evaluated once."""
    return {
        "counts": directory_counts(),
        "region_counts": jurisdiction_counts_by_region(),
        "upcoming_meetings": list(meeting_upcoming(limit=3)),
        "recent_meetings": list(meeting_recent(limit=3)),
        "featured_reforms": list(reform_featured(limit=4)),
        "map_members": list(jurisdiction_map_points()),
    }
