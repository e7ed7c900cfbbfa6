from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from common.db.text import NormalisedTextField, non_empty_lines
from common.models import (
    PublishableModel,
    SearchableModel,
    source_language_required,
)
from themes.enums import ThemeCategory


class Theme(SearchableModel, PublishableModel):
    """A term members work on: an OGP policy area, value or process, or a theme
    of OGP Local's Local Circles (``category``); any of them may also be a Local
    Circle that people can ask to join (``is_local_circle``)."""

    searchable_fields = ("name", "slug")
    # A published theme's names are one term in every language for every list's
    # search (common.search_glossary).
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
        # The table keeps the name it had when themes lived in the reforms app.
        db_table = "reforms_theme"
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
