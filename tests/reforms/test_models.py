import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from reforms.models import Reform
from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory
from themes.models import Theme

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "overrides", [{"slug": ""}, {"title_en": ""}], ids=["slug", "title"]
)
def test_reform_constraint_refuses_bad_row(overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        ReformFactory(**overrides)
    assert Reform.objects.count() == 0


def test_reform_slug_is_unique():
    ReformFactory(slug="bogota-inclusion-agenda")
    with pytest.raises(IntegrityError), transaction.atomic():
        ReformFactory(slug="bogota-inclusion-agenda")
    assert Reform.objects.count() == 1


def test_a_member_is_linked_to_a_reform_once():
    member = JurisdictionFactory()
    reform = ReformFactory(jurisdictions=[member])
    with pytest.raises(IntegrityError), transaction.atomic():
        reform.jurisdictions.through.objects.create(reform=reform, jurisdiction=member)
    assert reform.jurisdictions.count() == 1


def test_deleting_a_theme_that_a_reform_uses_is_refused():
    theme = ThemeFactory()
    ReformFactory(themes=[theme])
    with pytest.raises(ProtectedError):
        theme.delete()
    assert Theme.objects.filter(pk=theme.pk).exists()


def test_deleting_a_reform_unlinks_but_keeps_its_members_and_themes():
    member, theme = JurisdictionFactory(), ThemeFactory()
    reform = ReformFactory(jurisdictions=[member], themes=[theme])
    reform.delete()
    assert member.reforms.count() == 0
    assert Theme.objects.filter(pk=theme.pk).exists()


def test_reform_spans_countries_beyond_its_members():
    member = JurisdictionFactory(country="EC")
    reform = ReformFactory(jurisdictions=[member], countries=["EC", "BR"])
    reform.refresh_from_db()
    assert [country.code for country in reform.countries] == ["BR", "EC"]
