"""Every admin changelist, add and change page, as each role: the status it gets and
the number of queries it runs, the same for one row as for many."""

import datetime

import pytest

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
    ("reforms", "theme"),
    ("reforms", "reform"),
    ("events", "meeting"),
    ("events", "session"),
]
PAGES = ["changelist", "add", "change"]

# Queries per page, for every role. Each includes the request's savepoint and its
# release (ATOMIC_REQUESTS), the session and the user; the staff roles add two
# permission lookups (the user's own and their groups'). A changelist then counts
# the rows (filtered and in all), fetches the page, the filters' choices and the
# prefetched links; a change page loads the record and one query per link widget
# (an inline's widgets share theirs).
QUERIES = {
    "Editors": {
        ("jurisdiction", "changelist"): 11,
        ("jurisdiction", "add"): 6,
        ("jurisdiction", "change"): 7,
        ("theme", "changelist"): 9,
        ("theme", "add"): 6,
        ("theme", "change"): 7,
        ("reform", "changelist"): 13,
        ("reform", "add"): 6,
        ("reform", "change"): 11,
        ("meeting", "changelist"): 12,
        ("meeting", "add"): 6,
        ("meeting", "change"): 11,
        ("session", "changelist"): 11,
        ("session", "add"): 6,
        ("session", "change"): 14,
    },
}
# Refused add pages stop after the permission lookups; a Translator's reform and
# session forms show the links read-only, without the widgets' lookups.
QUERIES["Viewers"] = {
    **QUERIES["Editors"],
    **{(model, "add"): 7 for _app, model in MODELS},
}
QUERIES["Translators"] = {
    **QUERIES["Viewers"],
    ("reform", "change"): 9,
    ("session", "change"): 11,
}
STATUS = {
    "Editors": {"changelist": 200, "add": 200, "change": 200},
    "Translators": {"changelist": 200, "add": 403, "change": 200},
    "Viewers": {"changelist": 200, "add": 403, "change": 200},
}


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

    with django_assert_num_queries(QUERIES[role][(model, page)]):
        response = client.get(url)

    assert response.status_code == STATUS[role][page]
