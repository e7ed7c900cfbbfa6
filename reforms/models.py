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
from reforms.enums import ReformStatus, ThemeCategory


class Theme(SearchableModel, PublishableModel):
    """A term members work on: an OGP policy area, value or process, or a theme
    of OGP Local's Local Circles (``category``); any of them may also be a Local
    Circle that people can ask to join (``is_local_circle``)."""

    searchable_fields = ("name", "slug")
    # A published theme's names are one term in every language for every list's
    # search (common.db.search_glossary).
    glossary_field = "name"

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = NormalisedTextField(
        _("description"),
        blank=True,
        help_text=_("What the term means in OGP, in plain words."),
    )
    category = models.CharField(
        _("category"),
        max_length=30,
        choices=ThemeCategory.choices,
        blank=True,
        help_text=_(
            "What the term is for OGP, as a source says: a policy area, one of its "
            "values, a process, or a theme of a Local Circle. Leave it empty when "
            "no source says."
        ),
    )
    is_local_circle = models.BooleanField(
        _("Local Circle"),
        default=False,
        help_text=_("A community of practice that people can ask to join."),
    )
    ogp_url = models.URLField(_("OGP page"), blank=True)
    sources = NormalisedTextField(
        _("sources"), blank=True, help_text=_("One web address per line.")
    )

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name_en", "slug"]
        constraints = [
            models.CheckConstraint(condition=~Q(slug=""), name="theme_slug_not_empty"),
            source_language_required("theme", "name"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("themes:detail", kwargs={"slug": self.slug})

    @property
    def source_list(self):
        return non_empty_lines(self.sources)

    @property
    def is_policy_area(self):
        """Kept for the API's ``is_policy_area``, which partners read."""
        return self.category == ThemeCategory.POLICY_AREA

    @property
    def shows_local_circle_badge(self):
        # "Local Circle theme" already says it; a second badge would repeat it.
        return (
            self.is_local_circle and self.category != ThemeCategory.LOCAL_CIRCLE_THEME
        )


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
    # By name: the plans app builds on this one (themes), so no import here.
    commitment = models.ForeignKey(
        "plans.Commitment",
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
