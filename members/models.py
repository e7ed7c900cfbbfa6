from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from common.db.indexes import sort_indexes
from common.db.search_text import names_text
from common.db.text import NormalisedTextField, non_empty_lines
from common.i18n.languages import language_codes
from common.models import (
    PublishableModel,
    SearchableModel,
    source_language_required,
)
from common.validators import (
    FIRST_MEMBERSHIP_YEAR,
    LAST_PLAUSIBLE_YEAR,
    OCD_DIVISION_ID_PATTERN,
    validate_ocd_division_id,
    validate_subdivision_code,
    validate_year,
)
from members.enums import JurisdictionKind, MemberRegion, MembershipStatus
from members.subdivisions import subdivision_label


class Jurisdiction(SearchableModel, PublishableModel):
    """A local government that is (or was) a member of OGP Local."""

    searchable_fields = ("name", "local_name", "other_names", "slug", "subdivision")
    search_columns = ("search_text", "names_text")

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Stable ASCII identifier used in URLs and the API."),
    )
    name = models.CharField(
        _("name"),
        max_length=160,
        help_text=_("The member's name as people know it, e.g. “State of Mexico”."),
    )
    local_name = models.CharField(
        _("official local name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The official name in the local language, e.g. “Municipalidad de Rosario”."
        ),
    )
    # Not translated: a short form ("CDMX"), a former name or the name in another
    # language is a name people search for whatever the language of the page.
    other_names = NormalisedTextField(
        _("other names"),
        blank=True,
        help_text=_(
            "Other names that people or sources use, one per line: short forms, "
            "former names, names in other languages (e.g. “CDMX”). Search finds "
            "the member by them."
        ),
    )
    # The names alone (every language, local and other names), folded like
    # search_text, one per line: what "Did you mean …?" compares a search with.
    # Matching search_text instead would suggest a member for a misspelt country.
    names_text = models.TextField(
        _("names, for suggestions"), blank=True, editable=False
    )
    kind = models.CharField(_("kind"), max_length=30, choices=JurisdictionKind.choices)
    country = CountryField(_("country"))
    subdivision = models.CharField(
        _("ISO 3166-2 subdivision"),
        max_length=6,
        blank=True,
        help_text=_(
            "The member's own first-level code (e.g. “MX-NLE”), or that of the "
            "first-level unit it lies in (a city in Santa Fe: “AR-S”)."
        ),
    )
    ocd_id = models.CharField(
        _("Open Civic Data division id"),
        max_length=200,
        blank=True,
        validators=[validate_ocd_division_id],
        help_text=_(
            "Only ids registered in the OCD division list, e.g. “ocd-division/country:mx/state:nl”."
        ),
    )
    region = models.CharField(
        _("OGP region"), max_length=30, choices=MemberRegion.choices
    )
    member_since = models.PositiveSmallIntegerField(
        _("member since"),
        validators=[validate_year],
        help_text=_(
            "The year the member joined; it names the cohort (2016 pioneers, 2020, 2022…)."
        ),
    )
    status = models.CharField(
        _("membership status"),
        max_length=20,
        choices=MembershipStatus.choices,
        default=MembershipStatus.ACTIVE,
    )
    # The sources often give a member's cohort or region only indirectly (a cohort
    # read from the year of its first action plan): such a fact is shown marked as
    # inferred, so that nobody takes it for one a source states.
    member_since_inferred = models.BooleanField(
        _("member since is inferred"),
        default=False,
        help_text=_(
            "No source states the year: it is deduced from other facts, such as "
            "the date of the member's first action plan."
        ),
    )
    region_inferred = models.BooleanField(
        _("region is inferred"),
        default=False,
        help_text=_("No source states the OGP region: it is deduced from other facts."),
    )
    status_inferred = models.BooleanField(
        _("status is inferred"),
        default=False,
        help_text=_(
            "No source states the membership status: it is deduced from other facts."
        ),
    )
    summary = NormalisedTextField(_("summary"), blank=True)
    website = models.URLField(_("official website"), blank=True)
    ogp_url = models.URLField(_("OGP member page"), blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("The seat of government, in decimal degrees."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    sources = NormalisedTextField(
        _("sources"), blank=True, help_text=_("One web address per line.")
    )
    last_verified_on = models.DateField(_("last verified on"), null=True, blank=True)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["name_en", "slug"]
        indexes = sort_indexes(
            "member",
            translated=["name"],
            plain=["member_since", "country", "updated_at"],
            filtered=[
                ("name_en", "region"),
                ("name_en", "kind"),
                ("name_en", "status"),
            ],
        )
        constraints = [
            models.CheckConstraint(
                condition=Q(latitude__isnull=True)
                | Q(latitude__gte=-90, latitude__lte=90),
                name="jurisdiction_latitude_in_range",
            ),
            models.CheckConstraint(
                condition=Q(longitude__isnull=True)
                | Q(longitude__gte=-180, longitude__lte=180),
                name="jurisdiction_longitude_in_range",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__isnull=False, longitude__isnull=False),
                name="jurisdiction_coordinates_paired",
            ),
            models.CheckConstraint(
                condition=Q(
                    member_since__gte=FIRST_MEMBERSHIP_YEAR,
                    member_since__lte=LAST_PLAUSIBLE_YEAR,
                ),
                name="jurisdiction_member_since_plausible",
            ),
            models.CheckConstraint(
                condition=~Q(slug=""), name="jurisdiction_slug_not_empty"
            ),
            source_language_required("jurisdiction", "name"),
        ]

    def __str__(self):
        return self.name

    @property
    def has_inferred_facts(self):
        return (
            self.member_since_inferred or self.region_inferred or self.status_inferred
        )

    def get_absolute_url(self):
        return reverse("members:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.subdivision:
            self.subdivision = self.subdivision.upper()
            try:
                validate_subdivision_code(self.subdivision, self.country)
            except ValidationError as error:
                raise ValidationError({"subdivision": error}) from error
        # Only a well-formed id (the field validator reports the others) is compared
        # with the member's country.
        if (
            self.ocd_id
            and self.country
            and OCD_DIVISION_ID_PATTERN.fullmatch(self.ocd_id)
            and self.ocd_id.split("/")[1] != f"country:{str(self.country).lower()}"
        ):
            raise ValidationError(
                {
                    "ocd_id": _(
                        "The Open Civic Data id must start with this member's country."
                    )
                }
            )
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))

    def search_text_parts(self):
        yield from super().search_text_parts()
        if self.country:
            yield from self.country_names()

    def refresh_search_text(self):
        super().refresh_search_text()
        self.names_text = names_text(self.all_names())

    def all_names(self):
        """Every name the member goes by: its name in each language, its local
        name and its other names."""
        yield from (getattr(self, f"name_{code}") for code in language_codes())
        yield self.local_name
        yield from self.other_name_list

    @property
    def other_name_list(self):
        return non_empty_lines(self.other_names)

    def country_names(self):
        """The country's name in every site language, for search."""
        for code in language_codes():
            with translation.override(code):
                yield str(self.country.name)

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def subdivision_label(self):
        return subdivision_label(self.subdivision)

    @property
    def source_list(self):
        return non_empty_lines(self.sources)
