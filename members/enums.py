from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    AMERICAS = "americas", _("Americas")
    EUROPE = "europe", _("Europe")
    AFRICA_MIDDLE_EAST = "africa-middle-east", _("Africa and the Middle East")
    ASIA_PACIFIC = "asia-pacific", _("Asia and the Pacific")


class MemberRegion(models.TextChoices):
    """A member's OGP region: one of OGP's four, or not stated."""

    AMERICAS = Region.AMERICAS.value, Region.AMERICAS.label
    EUROPE = Region.EUROPE.value, Region.EUROPE.label
    AFRICA_MIDDLE_EAST = (
        Region.AFRICA_MIDDLE_EAST.value,
        Region.AFRICA_MIDDLE_EAST.label,
    )
    ASIA_PACIFIC = Region.ASIA_PACIFIC.value, Region.ASIA_PACIFIC.label
    # A member whose sources leave its region unresolved (the reference notes give
    # none for Bishkek, in the Kyrgyz Republic). A meeting always has a region, so
    # this choice is the members' alone.
    NOT_STATED = "not-stated", _("Region not stated")


class JurisdictionKind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    CITY = "city", _("City")
    DISTRICT = "district", _("District")
    CAPITAL_DISTRICT = "capital-district", _("Capital district")
    METROPOLITAN_DISTRICT = "metropolitan-district", _("Metropolitan district")
    AUTONOMOUS_CITY = "autonomous-city", _("Autonomous city")
    COUNTY = "county", _("County")
    DEPARTMENT = "department", _("Department")
    PROVINCE = "province", _("Province")
    STATE = "state", _("State")
    REGION = "region", _("Region")
    # A member whose sources name it without saying what kind of government it
    # is (OGP often writes just "Paris" or "Seoul"): any other choice would be a
    # guess.
    NOT_STATED = "not-stated", _("Type not stated")


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    INACTIVE = "inactive", _("Inactive")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # A pioneer whose later standing no source read states: saying "active" or
    # "inactive" would be a guess.
    NOT_STATED = "not-stated", _("Status not stated")
