from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from common.db.indexes import sort_indexes
from common.db.text import NormalisedTextField, non_empty_lines
from common.models import (
    LinkModel,
    PublishableModel,
    SearchableModel,
    source_language_required,
    unique_link,
)
from members.models import Jurisdiction
from plans.models import Commitment
from reforms.enums import ReformStatus
from themes.models import Theme


class Reform(SearchableModel, PublishableModel):
    """An open-government reform that one or more members carry out."""

    searchable_fields = ("title", "summary", "slug")

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    title = models.CharField(_("title"), max_length=250)
    summary = NormalisedTextField(_("summary"), blank=True)
    jurisdictions = models.ManyToManyField(
        Jurisdiction,
        through="ReformJurisdiction",
        related_name="reforms",
        verbose_name=_("members"),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_(
            "Every country where the reform takes place, including those that "
            "have no member listed here."
        ),
    )
    themes = models.ManyToManyField(
        Theme, through="ReformTheme", related_name="reforms", verbose_name=_("themes")
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReformStatus.choices,
        default=ReformStatus.IN_PROGRESS,
    )
    website = models.URLField(_("web page"), blank=True)
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.SET_NULL,
        related_name="reforms",
        null=True,
        blank=True,
        verbose_name=_("commitment it implements"),
        help_text=_("The action-plan commitment this reform carries out, if any."),
    )
    sources = NormalisedTextField(
        _("sources"), blank=True, help_text=_("One web address per line.")
    )

    class Meta:
        verbose_name = _("reform")
        verbose_name_plural = _("reforms")
        ordering = ["title_en", "slug"]
        indexes = sort_indexes(
            "reform",
            translated=["title"],
            plain=["updated_at"],
            filtered=[("title_en", "status")],
        )
        constraints = [
            models.CheckConstraint(condition=~Q(slug=""), name="reform_slug_not_empty"),
            source_language_required("reform", "title"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("reforms:detail", kwargs={"slug": self.slug})

    @property
    def source_list(self):
        return non_empty_lines(self.sources)


class ReformJurisdiction(LinkModel):
    reform = models.ForeignKey(Reform, on_delete=models.CASCADE)
    jurisdiction = models.ForeignKey(Jurisdiction, on_delete=models.PROTECT)

    class Meta:
        verbose_name = _("member of a reform")
        verbose_name_plural = _("members of a reform")
        constraints = [unique_link("reform", "jurisdiction")]


class ReformTheme(LinkModel):
    reform = models.ForeignKey(Reform, on_delete=models.CASCADE)
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT)

    class Meta:
        verbose_name = _("theme of a reform")
        verbose_name_plural = _("themes of a reform")
        constraints = [unique_link("reform", "theme")]
