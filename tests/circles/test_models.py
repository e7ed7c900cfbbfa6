"""The database itself refuses join requests that break the rules."""

import pytest
from django.db import IntegrityError, transaction

from circles.models import JoinRequest, JoinRequestCircle, email_key
from tests.factories import JoinRequestFactory, JurisdictionFactory

pytestmark = pytest.mark.django_db


def test_email_key_is_the_trimmed_case_folded_address():
    assert email_key("  Ana.Pérez@Example.ORG ") == "ana.pérez@example.org"
    assert JoinRequestFactory(email="Ana@Example.org").email_key == "ana@example.org"


def test_one_request_per_normalised_email():
    JoinRequestFactory(email="ana@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        JoinRequestFactory(email="ANA@example.org")


def test_one_row_per_circle_of_a_request(climate):
    join_request = JoinRequestFactory(circles=[climate])
    with pytest.raises(IntegrityError), transaction.atomic():
        JoinRequestCircle.objects.create(join_request=join_request, theme=climate)


@pytest.mark.parametrize(
    "values",
    [
        {"consent": False},
        {"status": "archived"},
        {"sector": "press"},
        {"language": "fr"},
        {"name": ""},
        {"jurisdiction_name": "Valparaíso", "jurisdiction": "MEMBER"},
    ],
    ids=["no-consent", "status", "sector", "language", "no-name", "two-jurisdictions"],
)
def test_database_refuses_invalid_rows(values):
    if values.get("jurisdiction") == "MEMBER":
        values = {**values, "jurisdiction": JurisdictionFactory()}
    with pytest.raises(IntegrityError), transaction.atomic():
        JoinRequestFactory(**values)


def test_text_of_a_request_holds_no_personal_data():
    join_request = JoinRequestFactory(name="Ana Pérez", email="ana@example.org")
    assert str(join_request) == f"Join request #{join_request.pk}"


def test_deleting_a_member_keeps_the_request():
    member = JurisdictionFactory()
    join_request = JoinRequestFactory(jurisdiction=member)
    member.delete()
    join_request.refresh_from_db()
    assert join_request.jurisdiction is None


def test_a_circle_with_requests_cannot_be_deleted(climate):
    JoinRequestFactory(circles=[climate])
    with pytest.raises(IntegrityError), transaction.atomic():
        climate.delete()


def test_deleting_a_request_deletes_its_circles(climate):
    JoinRequestFactory(circles=[climate]).delete()
    assert JoinRequestCircle.objects.count() == 0
    assert JoinRequest.objects.count() == 0
