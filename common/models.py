from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from common.db.search_text import normalise_search_text
from common.i18n.languages import language_codes


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True, db_index=True)

    class Meta:
        abstract = True


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """The only rows the public may see: pages, API, exports and sitemap."""
        return self.filter(is_published=True)

    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class PublishableModel(TimeStampedModel):
    """Draft → published. Drafts are visible to staff only."""

    is_published = models.BooleanField(
        _("published"),
        default=False,
        db_index=True,
        help_text=_("Drafts appear nowhere public: not on pages, API or exports."),
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    def natural_key(self):
        """Slugs, not database ids, identify content in portable dumps."""
        return (self.slug,)


class SearchableModel(models.Model):
    """Keeps ``search_text`` (see common.db.search_text) in step with the record.

    Declare ``searchable_fields``; a translated field contributes every language.
    Override ``search_text_parts`` to add derived text (country names, say), and
    ``refresh_search_text`` to keep further derived columns, named in
    ``search_columns`` so that a save with ``update_fields`` writes them too.
    A publishable model whose records' names are terms worth knowing in every
    language names that translated field in ``glossary_field``
    (common.search_glossary).
    """

    searchable_fields = ()
    glossary_field = None
    search_columns = ("search_text",)

    search_text = models.TextField(_("search text"), blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.refresh_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *self.search_columns}
        super().save(*args, **kwargs)

    def refresh_search_text(self):
        """Recompute ``search_text``; bulk writers call it, as they bypass save()."""
        self.search_text = normalise_search_text(
            " ".join(str(part) for part in self.search_text_parts() if part)
        )

    def search_text_parts(self):
        for name in self.searchable_fields:
            per_language = [f"{name}_{code}" for code in language_codes()]
            if hasattr(self, per_language[0]):
                yield from (getattr(self, attr) for attr in per_language)
            else:
                yield getattr(self, name)


class LinkModel(models.Model):
    """One link of a many-to-many relation, in a table of its own (the ``through``
    model): a foreign key to the record the link belongs to, declared first, with
    ``on_delete=CASCADE`` (its links go with it), then one to the linked record
    with ``on_delete=PROTECT``, so that the database refuses to delete a member or
    theme that content still links to instead of silently unlinking it. A subclass
    declares the two keys (and any field of the link itself, a position say) and
    ``unique_link`` among its constraints."""

    class Meta:
        abstract = True

    def __str__(self):
        owner, linked = (
            getattr(self, field.name)
            for field in self._meta.get_fields()
            if field.many_to_one and field.concrete
        )
        return f"{owner} – {linked}"


def unique_link(owner, linked):
    """The constraint of a ``LinkModel``: ``owner`` links to each ``linked`` record
    once. Named ``<owner>_<linked>_unique``."""
    return models.UniqueConstraint(
        fields=[owner, linked], name=f"{owner}_{linked}_unique"
    )


def source_language_required(model_name, field):
    """A CHECK that the source-language column of a translated field is filled.

    modeltranslation makes every language column nullable; the database itself must
    still refuse a record without English text.
    """
    column = f"{field}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}"
    return models.CheckConstraint(
        condition=Q(**{f"{column}__isnull": False}) & ~Q(**{column: ""}),
        name=f"{model_name}_{field}_source_language_required",
    )


class ContentVersion(models.Model):
    """One row whose number moves whenever public content changes.

    Cached pages and API responses are keyed by it, so one change invalidates them all
    at once, in every app server, whatever cache backend is in use.
    """

    version = models.PositiveBigIntegerField(_("version"), default=1)
    changed_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")

    def __str__(self):
        return f"{self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
