"""Read queries for the home page."""

from events.selectors import meeting_list
from members.selectors import jurisdiction_list
from reforms.selectors import reform_list


def directory_counts():
    """How many published members, meetings and reforms the directory holds."""
    return {
        "members": jurisdiction_list().count(),
        "meetings": meeting_list().count(),
        "reforms": reform_list().count(),
    }
