import pytest
from django.utils import translation

from common.i18n.languages import (
    language_codes,
    ordering_with_fallback,
    value_in_language,
)
from members.models import Jurisdiction
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db


def test_language_codes_start_with_the_source_language():
    assert language_codes() == ["en", "es"]


def test_value_in_language_reports_the_fallback():
    member = JurisdictionFactory(name_en="Rosario", name_es="")
    assert value_in_language(member, "name", "es") == ("Rosario", "en")


def test_value_in_language_without_fallback():
    member = JurisdictionFactory(name_en="State of Mexico", name_es="Estado de México")
    assert value_in_language(member, "name", "es") == ("Estado de México", "es")


def test_ordering_with_fallback_sorts_spanish_names_with_english_fallback():
    JurisdictionFactory(slug="a", name_en="Zeta", name_es="")
    JurisdictionFactory(slug="b", name_en="Alpha", name_es="Omega")
    JurisdictionFactory(slug="c", name_en="Beta", name_es="Beta")
    with translation.override("es"):
        slugs = list(
            Jurisdiction.objects.order_by(
                ordering_with_fallback("name"), "slug"
            ).values_list("slug", flat=True)
        )
    assert slugs == ["c", "b", "a"]
