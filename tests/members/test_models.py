from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import translation

from members.models import Jurisdiction
from tests.factories import JurisdictionFactory, ReformFactory

pytestmark = pytest.mark.django_db


def _assert_refused(**overrides):
    """The database itself refuses the row, and nothing is written."""
    with pytest.raises(IntegrityError), transaction.atomic():
        JurisdictionFactory(**overrides)
    assert Jurisdiction.objects.count() == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"latitude": Decimal("90.5")},
        {"latitude": Decimal("-91")},
        {"longitude": Decimal("180.1")},
        {"longitude": Decimal("-181")},
        {"latitude": None},
        {"longitude": None},
        {"member_since": 1999},
        {"member_since": 2101},
        {"slug": ""},
        {"name_en": ""},
        {"name_en": None},
    ],
    ids=lambda overrides: "-".join(f"{k}={v}" for k, v in overrides.items()),
)
def test_jurisdiction_constraint_refuses_bad_row(overrides):
    _assert_refused(**overrides)


def test_jurisdiction_slug_is_unique():
    JurisdictionFactory(slug="rosario")
    with pytest.raises(IntegrityError), transaction.atomic():
        JurisdictionFactory(slug="rosario")
    assert list(Jurisdiction.objects.values_list("slug", flat=True)) == ["rosario"]


def test_jurisdiction_without_coordinates_is_allowed():
    member = JurisdictionFactory(latitude=None, longitude=None)
    assert member.has_coordinates is False


def test_jurisdiction_subdivision_must_exist():
    member = JurisdictionFactory.build(country="MX", subdivision="MX-XYZ")
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict["subdivision"] == [
        "“MX-XYZ” is not an ISO 3166-2 subdivision code."
    ]


def test_jurisdiction_subdivision_must_belong_to_its_country():
    member = JurisdictionFactory.build(country="MX", subdivision="AR-S")
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict["subdivision"] == [
        "“AR-S” is not a subdivision of MX."
    ]


def test_jurisdiction_subdivision_is_upper_cased():
    member = JurisdictionFactory.build(country="MX", subdivision="mx-nle")
    member.full_clean()
    assert member.subdivision == "MX-NLE"


@pytest.mark.parametrize(
    "ocd_id",
    [
        "OCD-division/country:mx/state:nl",
        "ocd-division/country:mex/state:nl",
        "ocd-division/country:mx/state nl",
        "ocd-division/country:mx/State:nl",
    ],
)
def test_jurisdiction_rejects_malformed_ocd_id(ocd_id):
    member = JurisdictionFactory.build(country="MX", ocd_id=ocd_id)
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict["ocd_id"] == [
        "Enter an Open Civic Data division id such as "
        "“ocd-division/country:ar/province:s”: lower case, starting with the "
        "country code."
    ]


def test_jurisdiction_ocd_id_must_match_its_country():
    member = JurisdictionFactory.build(
        country="AR", ocd_id="ocd-division/country:mx/state:nl"
    )
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict["ocd_id"] == [
        "The Open Civic Data id must start with this member's country."
    ]


def test_jurisdiction_accepts_registered_identifiers():
    member = JurisdictionFactory.build(
        country="MX", subdivision="MX-NLE", ocd_id="ocd-division/country:mx/state:nl"
    )
    member.full_clean()


def test_jurisdiction_member_since_validator_message():
    member = JurisdictionFactory.build(member_since=1990)
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict["member_since"] == [
        "Enter a year between 2011 and 2100."
    ]


def test_jurisdiction_latitude_validator_message():
    member = JurisdictionFactory.build(latitude=Decimal("95"))
    with pytest.raises(ValidationError) as error:
        member.full_clean()
    assert error.value.message_dict["latitude"] == [
        "Ensure this value is less than or equal to 90."
    ]


def test_jurisdiction_validator_messages_are_translated():
    member = JurisdictionFactory.build(member_since=1990)
    with translation.override("es"):
        with pytest.raises(ValidationError) as error:
            member.full_clean()
        assert error.value.message_dict["member_since"] == [
            "Introduzca un año entre 2011 y 2100."
        ]


def test_spanish_name_falls_back_to_english():
    member = JurisdictionFactory(name_en="Rosario", name_es="")
    with translation.override("es"):
        assert member.name == "Rosario"


def test_spanish_name_is_used_when_present():
    member = JurisdictionFactory(name_en="State of Mexico", name_es="Estado de México")
    with translation.override("es"):
        assert member.name == "Estado de México"
    with translation.override("en"):
        assert member.name == "State of Mexico"


def test_search_text_holds_both_languages_without_accents():
    member = JurisdictionFactory(
        slug="penalolen",
        name_en="Peñalolén",
        name_es="PEÑALOLÉN",
        local_name="Municipalidad de Peñalolén",
        country="CL",
        subdivision="CL-RM",
    )
    assert member.search_text == (
        "penalolen penalolen municipalidad de penalolen penalolen cl-rm chile chile"
    )


def test_deleting_a_member_that_a_reform_uses_is_refused():
    member = JurisdictionFactory()
    ReformFactory(jurisdictions=[member])
    with pytest.raises(ProtectedError):
        member.delete()
    assert Jurisdiction.objects.filter(pk=member.pk).exists()
