"""Every admin changelist, add and change page, as each role: the status it gets and
the number of queries it runs, the same for one row as for many."""

import datetime

import pytest
from django.conf import settings

from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

MODELS = [
    ("members", "jurisdiction"),
    ("themes", "theme"),
    ("reforms", "reform"),
    ("events", "meeting"),
    ("events", "session"),
]
PAGES = ["changelist", "add", "change"]

# Queries per page, for every role, besides the request's own transaction
# statements (see _transaction_queries). Each reads the session and the user; the staff roles add two
# permission lookups (the user's own and their groups'). A changelist then counts
# the rows (filtered and in all), fetches the page, the filters' choices and the
# prefetched links; a change page loads the record and one query per link widget
# (an inline's widgets share theirs).
QUERIES = {
    "Editors": {
        ("jurisdiction", "changelist"): 9,
        ("jurisdiction", "add"): 4,
        ("jurisdiction", "change"): 5,
        ("theme", "changelist"): 7,
        ("theme", "add"): 4,
        ("theme", "change"): 5,
        ("reform", "changelist"): 11,
        ("reform", "add"): 4,
        ("reform", "change"): 9,
        ("meeting", "changelist"): 10,
        ("meeting", "add"): 4,
        ("meeting", "change"): 9,
        ("session", "changelist"): 9,
        ("session", "add"): 4,
        ("session", "change"): 12,
    },
}
# Refused add pages stop after the permission lookups; a Translator's reform and
# session forms show the links read-only, without the widgets' lookups. A
# read-only session form shows its meeting from the session's own query (joined
# there for its time zone), where an editor's meeting widget looks it up.
QUERIES["Viewers"] = {
    **QUERIES["Editors"],
    **{(model, "add"): 4 for _app, model in MODELS},
    ("session", "change"): 11,
}
QUERIES["Translators"] = {
    **QUERIES["Viewers"],
    ("reform", "change"): 7,
    ("session", "change"): 8,
}
STATUS = {
    "Editors": {"changelist": 200, "add": 200, "change": 200},
    "Translators": {"changelist": 200, "add": 403, "change": 200},
    "Viewers": {"changelist": 200, "add": 403, "change": 200},
}


def _transaction_queries(status):
    """With ATOMIC_REQUESTS on, a view runs in a savepoint: SAVEPOINT and RELEASE,
    plus a ROLLBACK TO SAVEPOINT when the view refuses the request."""
    if not settings.DATABASES["default"].get("ATOMIC_REQUESTS"):
        return 0
    return 2 if status < 400 else 3


def _content(rows):
    """``rows`` of every model, linked to each other, and the records to open."""
    members = JurisdictionFactory.create_batch(rows)
    themes = ThemeFactory.create_batch(rows)
    reforms = ReformFactory.create_batch(rows, jurisdictions=members, themes=themes)
    meetings = MeetingFactory.create_batch(rows)
    sessions = [
        SessionFactory(
            meeting=meetings[0],
            starts_at=datetime.datetime(2022, 9, 27, 14, tzinfo=datetime.UTC),
            showcased_reforms=reforms,
            jurisdictions=members,
            themes=themes,
        )
        for _ in range(rows)
    ]
    return {
        "jurisdiction": members[0],
        "theme": themes[0],
        "reform": reforms[0],
        "meeting": meetings[0],
        "session": sessions[0],
    }


def _url(app, model, page, record):
    return {
        "changelist": f"/admin/{app}/{model}/",
        "add": f"/admin/{app}/{model}/add/",
        "change": f"/admin/{app}/{model}/{record.pk}/change/",
    }[page]


@pytest.mark.parametrize("rows", [1, 4])
@pytest.mark.parametrize("role", ["Editors", "Translators", "Viewers"])
@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("app,model", MODELS)
def test_admin_page_renders_with_constant_queries(
    staff_client, django_assert_num_queries, app, model, page, role, rows
):
    records = _content(rows)
    client = staff_client(role)
    url = _url(app, model, page, records[model])

    status = STATUS[role][page]
    expected = QUERIES[role][(model, page)] + _transaction_queries(status)

    with django_assert_num_queries(expected):
        response = client.get(url)

    assert response.status_code == status
