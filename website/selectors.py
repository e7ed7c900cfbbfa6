"""Read queries for the home page."""

from django.db.models import Count, Q

from events.selectors import meeting_list, meeting_recent, meeting_upcoming
from members.enums import MembershipStatus
from members.selectors import (
    jurisdiction_counts_by_region,
    jurisdiction_list,
    jurisdiction_map_points,
)
from reforms.selectors import reform_featured, reform_list


def directory_counts():
    """How many published members, meetings and reforms the directory holds;
    ``current_members`` leaves out the members that have withdrawn from OGP."""
    members = jurisdiction_list().aggregate(
        total=Count("pk"),
        withdrawn=Count("pk", filter=Q(status=MembershipStatus.WITHDRAWN)),
    )
    return {
        "members": members["total"],
        "current_members": members["total"] - members["withdrawn"],
        "former_members": members["withdrawn"],
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
