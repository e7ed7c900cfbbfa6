"""Admin pieces shared by the content apps."""

from django.contrib.admin.widgets import AutocompleteSelectMultiple
from django.db import models
from modeltranslation.admin import TabbedTranslationAdmin


class ContentAdmin(TabbedTranslationAdmin):
    """Base admin for public content: English/Spanish tabs and publishing state."""

    readonly_fields = ("created_at", "updated_at")
    # Staff paste bare domains ("rosario.gob.ar"); public sites are served over https.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_per_page = 50

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Our many-to-many links use explicit through models (so the database can
        # refuse deletions that would orphan them). They carry no required extra
        # columns, so the plain widget can edit them; Django's admin only hides them
        # because it cannot know that.
        if db_field.name in self.autocomplete_fields:
            kwargs["widget"] = AutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return db_field.formfield(**kwargs)
