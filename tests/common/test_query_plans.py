"""Every ordering and filter the pages and the API offer is served by an index.

PostgreSQL only (CI runs the suite there too): the plan of each list query, built
by the same selector and FilterSet as the page and the endpoint, must read the
index meant for it. Sequential scans and sorts are priced out for the EXPLAIN, so
the plan uses an index wherever one fits, and shows a sort where none does; the
test data is far too small for the planner's own choice to mean anything.
"""

import pytest
from django.db import connection
from django.http import QueryDict
from django.utils import translation

from events.filters import MeetingFilter
from events.models import Meeting, Session
from events.selectors import meeting_list
from members.filters import JurisdictionFilter
from members.models import Jurisdiction
from members.selectors import jurisdiction_list
from reforms.filters import ReformFilter
from reforms.models import Reform
from reforms.selectors import reform_list

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'",
        reason="query plans and trigram indexes are PostgreSQL's",
    ),
]


def forced(query):
    """EXPLAIN of ``query`` with sequential scans and (incremental) sorts priced
    out."""
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
        # Or the opposite direction's index, read backwards, would do for the
        # first column and leave the tie-breaker to an incremental sort.
        cursor.execute("SET LOCAL enable_incremental_sort = off")
    return query.explain()


def plan(filterset_class, queryset, params, language="en"):
    """The plan of the list's first page."""
    data = QueryDict(mutable=True)
    for key, value in params.items():
        data[key] = value
    with translation.override(language):
        filterset = filterset_class(data, queryset=queryset)
        assert filterset.is_valid(), filterset.errors
        return forced(filterset.qs[:20])


@pytest.mark.parametrize(
    ("params", "language", "index"),
    [
        ({"ordering": "title"}, "en", "reform_title_en_sort"),
        ({"ordering": "title"}, "es", "reform_title_es_sort"),
        ({"ordering": "-title"}, "es", "reform_title_es_desc"),
        ({"ordering": "-title"}, "en", "reform_title_en_desc"),
        ({"ordering": "updated_at"}, "en", "reform_updated_at_sort"),
        ({"ordering": "-updated_at"}, "en", "reform_updated_at_desc"),
        (
            {"ordering": "title", "status": "planned"},
            "en",
            "reform_status_title_en_sort",
        ),
    ],
)
def test_reform_lists_read_their_index(params, language, index):
    assert index in plan(ReformFilter, reform_list(), params, language)


@pytest.mark.parametrize(
    ("params", "language", "index"),
    [
        ({"ordering": "name"}, "en", "member_name_en_sort"),
        ({"ordering": "-name"}, "en", "member_name_en_desc"),
        ({"ordering": "name"}, "es", "member_name_es_sort"),
        ({"ordering": "-name"}, "es", "member_name_es_desc"),
        ({"ordering": "member_since"}, "en", "member_member_since_sort"),
        ({"ordering": "-member_since"}, "en", "member_member_since_desc"),
        ({"ordering": "country"}, "en", "member_country_sort"),
        ({"ordering": "-updated_at"}, "en", "member_updated_at_desc"),
        (
            {"ordering": "name", "region": "americas"},
            "en",
            "member_region_name_en_sort",
        ),
        ({"ordering": "name", "kind": "city"}, "en", "member_kind_name_en_sort"),
        ({"ordering": "name", "status": "active"}, "en", "member_status_name_en_sort"),
    ],
)
def test_member_lists_read_their_index(params, language, index):
    assert index in plan(JurisdictionFilter, jurisdiction_list(), params, language)


@pytest.mark.parametrize(
    ("params", "language", "index"),
    [
        ({"ordering": "start_date"}, "en", "meeting_start_date_sort"),
        ({"ordering": "-start_date"}, "en", "meeting_start_date_desc"),
        ({"ordering": "name"}, "es", "meeting_name_es_sort"),
        ({"ordering": "-name"}, "en", "meeting_name_en_desc"),
        ({"ordering": "-updated_at"}, "en", "meeting_updated_at_desc"),
    ],
)
def test_meeting_lists_read_their_index(params, language, index):
    assert index in plan(MeetingFilter, meeting_list(), params, language)


@pytest.mark.parametrize(
    ("model", "index"),
    [
        (Reform, "reform_search_trgm"),
        (Jurisdiction, "member_search_trgm"),
        (Meeting, "meeting_search_trgm"),
        (Session, "session_search_trgm"),
    ],
)
def test_search_words_are_looked_up_in_the_trigram_index(model, index):
    # ?q= matches each word with `contains` on search_text (common.filters).
    query = model.objects.filter(search_text__contains="presupuesto").order_by()
    assert index in forced(query)
