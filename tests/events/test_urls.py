import pytest
from django.utils import translation

from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_public_records_know_their_page_in_the_active_language():
    member = JurisdictionFactory(slug="rosario")
    theme = ThemeFactory(slug="open-data")
    reform = ReformFactory(slug="open-budget")
    session = SessionFactory(slug="opening", meeting=MeetingFactory(slug="summit"))
    with translation.override("es"):
        assert [
            member.get_absolute_url(),
            theme.get_absolute_url(),
            reform.get_absolute_url(),
            session.meeting.get_absolute_url(),
            session.get_absolute_url(),
        ] == [
            "/es/members/rosario/",
            "/es/themes/open-data/",
            "/es/reforms/open-budget/",
            "/es/meetings/summit/",
            "/es/meetings/summit/#session-opening",
        ]
    assert member.get_absolute_url() == "/en/members/rosario/"
