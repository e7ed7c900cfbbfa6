"""A member's accountability record: its action plans, the commitments in them,
how the Independent Reporting Mechanism (IRM) reviewed each, and the documents."""

import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.db.indexes import sort_indexes
from common.db.language_tags import LanguageTagField
from common.db.text import NormalisedTextField, non_empty_lines
from common.models import (
    LinkModel,
    PublishableModel,
    PublishableQuerySet,
    SearchableModel,
    source_language_required,
    unique_link,
)
from common.validators import FIRST_MEMBERSHIP_YEAR, LAST_PLAUSIBLE_YEAR
from members.models import Jurisdiction
from plans.enums import (
    Completion,
    DocumentKind,
    OgpValue,
    PlanStatus,
    PotentialImpact,
)
from themes.models import Theme

# OGP's commitment ids: letters for the member, then a number (ARCRR0003, JAL0008).
OGP_COMMITMENT_ID_PATTERN = re.compile(r"^[A-Z]{2,8}[0-9]{4}$")

YEAR_VALIDATORS = [
    MinValueValidator(FIRST_MEMBERSHIP_YEAR),
    MaxValueValidator(LAST_PLAUSIBLE_YEAR),
]
MONTH_VALIDATORS = [MinValueValidator(1), MaxValueValidator(12)]

# Institutions are named as the plan names them, never translated: like a
# document's title, the names keep one language, which pages mark where it is not
# the page's. Empty is English, the language every untranslated field is typed in.
LEAD_INSTITUTIONS_LANGUAGE_HELP = _(
    "The language the names are written in (BCP 47, e.g. “es”); empty when they "
    "are in English."
)


def validate_ogp_commitment_id(value):
    if not OGP_COMMITMENT_ID_PATTERN.fullmatch(value or ""):
        raise ValidationError(
            _(
                "Enter OGP's commitment id in capitals, letters then four digits, "
                "such as “ARCRR0003”."
            ),
            code="invalid_ogp_id",
        )


def validate_ogp_values(value):
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise ValidationError(_("Enter a list of OGP values."), code="invalid_values")
    unknown = sorted(set(value) - set(OgpValue.values))
    if unknown:
        raise ValidationError(
            _("Unknown OGP values: %(values)s. Choose from: %(choices)s.")
            % {"values": ", ".join(unknown), "choices": ", ".join(OgpValue.values)},
            code="invalid_values",
        )
    if len(set(value)) != len(value):
        raise ValidationError(_("Name each OGP value once."), code="invalid_values")


class MonthPeriodModel(models.Model):
    """A span known to the month, or only to the year: OGP gives "2021 – October
    2023" as often as "August 2021 – October 2023". A month without its year is
    meaningless, so the database refuses it."""

    start_year = models.PositiveSmallIntegerField(
        _("start year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    start_month = models.PositiveSmallIntegerField(
        _("start month"),
        null=True,
        blank=True,
        validators=MONTH_VALIDATORS,
        help_text=_("1 to 12; empty when only the year is known."),
    )
    end_year = models.PositiveSmallIntegerField(
        _("end year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    end_month = models.PositiveSmallIntegerField(
        _("end month"),
        null=True,
        blank=True,
        validators=MONTH_VALIDATORS,
        help_text=_("1 to 12; empty when only the year is known."),
    )

    class Meta:
        abstract = True

    @classmethod
    def period_constraints(cls, prefix):
        return [
            models.CheckConstraint(
                condition=Q(start_month__isnull=True)
                | Q(start_year__isnull=False, start_month__gte=1, start_month__lte=12),
                name=f"{prefix}_start_month_valid",
            ),
            models.CheckConstraint(
                condition=Q(end_month__isnull=True)
                | Q(end_year__isnull=False, end_month__gte=1, end_month__lte=12),
                name=f"{prefix}_end_month_valid",
            ),
            models.CheckConstraint(
                condition=Q(start_year__isnull=True)
                | Q(end_year__isnull=True)
                | Q(end_year__gte=models.F("start_year")),
                name=f"{prefix}_ends_after_start",
            ),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start_month is not None and self.start_year is None:
            errors["start_month"] = _("Give the year of this month too.")
        if self.end_month is not None and self.end_year is None:
            errors["end_month"] = _("Give the year of this month too.")
        if (
            self.start_year is not None
            and self.end_year is not None
            and (self.end_year, self.end_month or 12)
            < (self.start_year, self.start_month or 1)
        ):
            errors["end_year"] = _("The end comes before the start.")
        if errors:
            raise ValidationError(errors)


class ActionPlan(SearchableModel, PublishableModel, MonthPeriodModel):
    """One of a member's action plans: the reforms it committed to, co-created with
    civil society, for a period of one to four years."""

    searchable_fields = ("title", "slug", "lead_institutions")

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        on_delete=models.PROTECT,
        related_name="action_plans",
        verbose_name=_("member"),
    )
    title = models.CharField(_("title"), max_length=250)
    submitted_on = models.DateField(_("submitted on"), null=True, blank=True)
    lead_institutions = NormalisedTextField(
        _("lead institutions"),
        blank=True,
        help_text=_("One institution per line, as the plan names them."),
    )
    lead_institutions_language = LanguageTagField(
        _("language of the lead institutions"),
        help_text=LEAD_INSTITUTIONS_LANGUAGE_HELP,
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PlanStatus.choices,
        blank=True,
        help_text=_("Empty when no source states it."),
    )
    commitments_announced = models.PositiveSmallIntegerField(
        _("commitments in the plan"),
        null=True,
        blank=True,
        help_text=_(
            "How many commitments the plan holds, as a source states it; this "
            "directory may list fewer."
        ),
    )
    ogp_url = models.URLField(_("OGP document page"), blank=True)
    sources = NormalisedTextField(
        _("sources"), blank=True, help_text=_("One web address per line.")
    )

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["jurisdiction__name_en", "-start_year", "slug"]
        indexes = sort_indexes(
            "actionplan",
            translated=["title"],
            plain=["start_year", "updated_at"],
        )
        constraints = [
            models.CheckConstraint(
                condition=~Q(slug=""), name="actionplan_slug_not_empty"
            ),
            source_language_required("actionplan", "title"),
            *MonthPeriodModel.period_constraints("actionplan"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("plans:detail", kwargs={"slug": self.slug})

    @property
    def source_list(self):
        return non_empty_lines(self.sources)

    @property
    def lead_institution_list(self):
        return non_empty_lines(self.lead_institutions)


class Document(SearchableModel, PublishableModel):
    """A document of a member or of one of its plans: the plan itself, an IRM
    report, a letter. Its title stays in the document's own language."""

    searchable_fields = ("title", "slug")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    jurisdiction = models.ForeignKey(
        Jurisdiction,
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("member"),
    )
    action_plan = models.ForeignKey(
        ActionPlan,
        on_delete=models.PROTECT,
        related_name="documents",
        null=True,
        blank=True,
        verbose_name=_("action plan"),
    )
    kind = models.CharField(_("type"), max_length=30, choices=DocumentKind.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    title = models.CharField(
        _("title"),
        max_length=400,
        help_text=_("As the document is titled, in its own language."),
    )
    url = models.URLField(
        _("address"),
        max_length=500,
        blank=True,
        help_text=_("Where the document can be read; empty when only named."),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        help_text=_("The document's language (BCP 47, e.g. “es”); empty if unknown."),
    )
    sources = NormalisedTextField(
        _("sources"), blank=True, help_text=_("One web address per line.")
    )

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["jurisdiction__name_en", "-year", "slug"]
        indexes = sort_indexes("document", plain=["year", "updated_at"])
        constraints = [
            models.CheckConstraint(
                condition=~Q(slug=""), name="document_slug_not_empty"
            ),
            models.CheckConstraint(
                condition=~Q(title=""), name="document_title_not_empty"
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if (
            self.action_plan_id
            and self.jurisdiction_id
            and self.action_plan.jurisdiction_id != self.jurisdiction_id
        ):
            raise ValidationError(
                {"action_plan": _("This plan belongs to another member.")}
            )

    @property
    def source_list(self):
        return non_empty_lines(self.sources)


class CommitmentQuerySet(PublishableQuerySet):
    def get_by_natural_key(self, ogp_id):
        return self.get(ogp_id=ogp_id)


class Commitment(SearchableModel, PublishableModel, MonthPeriodModel):
    """One commitment of an action plan, under OGP's id, with what the IRM's
    review said of it. Every review field is optional: empty means no source
    read states it, and pages say "not yet reviewed" rather than guess."""

    searchable_fields = ("ogp_id", "title", "description", "lead_institutions")

    ogp_id = models.CharField(
        _("OGP commitment id"),
        max_length=16,
        unique=True,
        validators=[validate_ogp_commitment_id],
        help_text=_("As OGP writes it, e.g. “ARCRR0003”."),
    )
    action_plan = models.ForeignKey(
        ActionPlan,
        on_delete=models.PROTECT,
        related_name="commitments",
        verbose_name=_("action plan"),
    )
    title = models.CharField(_("title"), max_length=400)
    description = NormalisedTextField(_("short description"), blank=True)
    primary_theme = models.ForeignKey(
        Theme,
        on_delete=models.PROTECT,
        related_name="primary_commitments",
        null=True,
        blank=True,
        verbose_name=_("primary policy area"),
    )
    themes = models.ManyToManyField(
        Theme,
        through="CommitmentTheme",
        related_name="commitments",
        blank=True,
        verbose_name=_("further themes"),
    )
    lead_institutions = NormalisedTextField(
        _("lead institutions"), blank=True, help_text=_("One institution per line.")
    )
    lead_institutions_language = LanguageTagField(
        _("language of the lead institutions"),
        help_text=LEAD_INSTITUTIONS_LANGUAGE_HELP,
    )
    ogp_values = models.JSONField(
        _("OGP values"),
        default=list,
        blank=True,
        validators=[validate_ogp_values],
        help_text=_("The OGP values OGP's page lists for the commitment."),
    )
    # The review (IRM). Verifiable, relevance and potential results come from the
    # design review (an inception or design report), completion from the report
    # at the end (an end of commitment report or final report).
    verifiable = models.BooleanField(_("verifiable"), null=True, blank=True)
    relevant = models.BooleanField(_("relevant to OGP values"), null=True, blank=True)
    potential_impact = models.CharField(
        _("potential results"),
        max_length=20,
        choices=PotentialImpact.choices,
        blank=True,
    )
    design_review = models.ForeignKey(
        Document,
        on_delete=models.PROTECT,
        related_name="design_reviewed_commitments",
        null=True,
        blank=True,
        verbose_name=_("design review document"),
        help_text=_("The report the three fields above come from."),
    )
    completion = models.CharField(
        _("completion"), max_length=20, choices=Completion.choices, blank=True
    )
    completion_review = models.ForeignKey(
        Document,
        on_delete=models.PROTECT,
        related_name="completion_reviewed_commitments",
        null=True,
        blank=True,
        verbose_name=_("completion review document"),
        help_text=_("The report that assessed completion."),
    )
    review_notes = NormalisedTextField(
        _("review notes"),
        blank=True,
        help_text=_("What the review says beyond the fields above, as it says it."),
    )
    ogp_url = models.URLField(_("OGP commitment page"), max_length=500, blank=True)
    sources = NormalisedTextField(
        _("sources"), blank=True, help_text=_("One web address per line.")
    )

    objects = CommitmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["ogp_id"]
        indexes = sort_indexes(
            "commitment",
            translated=["title"],
            plain=["updated_at"],
            tiebreaker=("ogp_id",),
        )
        constraints = [
            models.CheckConstraint(
                condition=~Q(ogp_id=""), name="commitment_ogp_id_not_empty"
            ),
            source_language_required("commitment", "title"),
            *MonthPeriodModel.period_constraints("commitment"),
        ]

    def __str__(self):
        return f"{self.ogp_id} {self.title}"

    def get_absolute_url(self):
        return reverse("commitments:detail", kwargs={"ogp_id": self.ogp_id})

    def natural_key(self):
        return (self.ogp_id,)

    def clean(self):
        if self.ogp_id:
            self.ogp_id = self.ogp_id.strip().upper()
        super().clean()
        errors = {}
        for field, document in (
            ("design_review", self.design_review),
            ("completion_review", self.completion_review),
        ):
            if (
                document is not None
                and self.action_plan_id
                and document.jurisdiction_id != self.action_plan.jurisdiction_id
            ):
                errors[field] = _("This document belongs to another member.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_reviewed(self):
        """Whether any review finding is recorded."""
        return (
            self.verifiable is not None
            or self.relevant is not None
            or bool(self.potential_impact)
            or bool(self.completion)
        )

    @property
    def source_list(self):
        return non_empty_lines(self.sources)

    @property
    def lead_institution_list(self):
        return non_empty_lines(self.lead_institutions)


class CommitmentTheme(LinkModel):
    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE)
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT)

    class Meta:
        verbose_name = _("theme of a commitment")
        verbose_name_plural = _("themes of a commitment")
        constraints = [unique_link("commitment", "theme")]
