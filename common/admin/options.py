"""Admin pieces shared by the content apps.

``ContentAdmin`` gives every public model the same staff workplace: English/Spanish
tabs, a "Spanish missing" column and filter, accent-blind search over both
languages, Publish / Unpublish actions, edit history with restore, and the rules
of the staff roles (settings.STAFF_ROLES: a translator edits the translated fields
only).
"""

import copy

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.views.main import ChangeList
from django.contrib.admin.widgets import (
    AdminDateWidget,
    AdminTextareaWidget,
    AutocompleteSelectMultiple,
)
from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import BooleanField, Case, Count, Value, When
from django.http import Http404
from django.urls import reverse
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import to_historic

from common.db.model_fields import primary_key_field
from common.db.text import NormalisedCharField
from common.filters import SearchFilter
from common.i18n.languages import (
    missing_translation_condition,
    ordering_with_fallback,
    source_language,
    translated_columns,
    translated_fields,
)
from common.services import content_publication_set
from common.templatetags.languages import language_name


class CalendarDateWidget(AdminDateWidget):
    """The admin's date input without the server-time note: a day is a day."""

    template_name = "common/widgets/calendar_date.html"


# Every content form: web addresses default to https, days carry no clock note.
CONTENT_FORMFIELD_OVERRIDES = {
    models.URLField: {"assume_scheme": "https"},
    models.DateField: {"widget": CalendarDateWidget},
}


def other_languages():
    """``[(code, name)]`` of every language that translates the source language, the
    name as it reads inside a sentence ("Falta español", not "Falta Español")."""
    return [
        (code, language_name(code))
        for code, _name in settings.LANGUAGES
        if code != source_language()
    ]


def missing_annotation(code):
    return f"translation_missing_{code}"


# ---------------------------------------------------------------------------
# Widgets and list filters
# ---------------------------------------------------------------------------


class PrefetchedAutocompleteSelectMultiple(AutocompleteSelectMultiple):
    """Renders the selected options from records the form already holds.

    Django's autocomplete widget looks its selected records up again, one query per
    widget: an inline with N sessions and three link fields would run 3×N queries.
    The formset hands each widget the records it prefetched (``known``); the
    lookup only runs for values the form does not know (a re-displayed POST).
    """

    known = None

    def optgroups(self, name, value, attr=None):
        selected = {
            str(v) for v in value if str(v) not in self.choices.field.empty_values
        }
        known = self.known or {}
        if not selected.issubset(known):
            return super().optgroups(name, value, attr)
        options = [
            self.create_option(
                name,
                known[pk].pk,
                self.choices.field.label_from_instance(known[pk]),
                selected,
                index,
            )
            for index, pk in enumerate(sorted(selected, key=lambda pk: str(known[pk])))
        ]
        return [(None, options, 0)]


class TranslationStatusFilter(admin.SimpleListFilter):
    """Translation: complete / Spanish missing (computed in SQL, see get_queryset)."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            ("complete", _("Complete")),
            *[
                (f"missing-{code}", format_lazy(_("{language} missing"), language=name))
                for code, name in other_languages()
            ],
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "complete":
            return queryset.filter(
                **{missing_annotation(code): False for code, _name in other_languages()}
            )
        codes = [code for code, _name in other_languages()]
        if value and value.removeprefix("missing-") in codes:
            return queryset.filter(**{missing_annotation(value[8:]): True})
        return queryset


class CountryListFilter(admin.AllValuesFieldListFilter):
    """Only the countries that occur, by name in the staff member's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lookup_choices = sorted(
            (code for code in self.lookup_choices if code),
            key=lambda code: str(countries.name(code)),
        )

    def choices(self, changelist):
        for choice in super().choices(changelist):
            name = countries.name(str(choice["display"]))
            if name:
                choice["display"] = name
            yield choice


class LanguageListFilter(admin.AllValuesFieldListFilter):
    """The languages (BCP 47 codes) that occur, by name in the staff member's
    language; an empty code reads "Unknown" rather than as a link without text."""

    def choices(self, changelist):
        choices = super().choices(changelist)
        yield next(choices)  # "All"
        for choice in choices:
            code = str(choice["display"])
            choice["display"] = capfirst(language_name(code)) if code else _("Unknown")
            yield choice


class ContentChangeList(ChangeList):
    """Sorts translated columns in the staff member's language (English fallback),
    never on the bare column, and prefetches the admin's ``list_prefetch_related``
    for the rows of the page only (the filters read the same queryset with
    ``values()``, which cannot prefetch)."""

    def get_ordering_field(self, field_name):
        order_field = super().get_ordering_field(field_name)
        if isinstance(order_field, str):
            descending = order_field.startswith("-")
            name = order_field.removeprefix("-")
            if name in translated_fields(self.model):
                expression = ordering_with_fallback(name)
                return expression.desc() if descending else expression
        return order_field

    def get_results(self, request):
        super().get_results(request)
        prefetch = getattr(self.model_admin, "list_prefetch_related", ())
        if prefetch:
            models.prefetch_related_objects(self.result_list, *prefetch)


# ---------------------------------------------------------------------------
# Roles: settings.STAFF_ROLES declares them; these hooks apply them
# ---------------------------------------------------------------------------


class ExplicitThroughManyToManyMixin:
    """Our many-to-many links use explicit through models (so the database can refuse
    deletions that would orphan them). They carry no required extra columns, so the
    autocomplete widget can edit them; Django's admin only hides them because it
    cannot know that."""

    # Links a record may have none of (the model fields are not ``blank``, which
    # the form would otherwise read as "required").
    optional_links = ()

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name in self.optional_links:
            kwargs["required"] = False
        if db_field.name in self.autocomplete_fields:
            kwargs["widget"] = PrefetchedAutocompleteSelectMultiple(
                db_field, self.admin_site, using=kwargs.get("using")
            )
        return db_field.formfield(**kwargs)


def with_translation_columns(names, translated):
    """``names`` (a fieldset's fields) with each of the ``translated`` fields
    replaced by its columns, one per language (``title`` → ``title_en``,
    ``title_es``); a row (a tuple of names) stays a row."""
    expanded = []
    for name in names:
        if isinstance(name, list | tuple):
            expanded.append(tuple(with_translation_columns(name, translated)))
        elif name in translated:
            expanded.extend(translated_columns(name))
        else:
            expanded.append(name)
    return expanded


class ThroughFieldsetsMixin:
    """``through_fieldsets``: fieldsets that may name many-to-many fields with an
    explicit through model. Django's checks refuse those in ``fieldsets``
    (admin.E013) although the form edits them fine (see above); get_fieldsets is
    not checked.

    modeltranslation replaces a translated field by its columns in ``fieldsets``
    only, so these name the columns themselves, as its admin would."""

    through_fieldsets = None

    def get_fieldsets(self, request, obj=None):
        if self.through_fieldsets is None:
            return super().get_fieldsets(request, obj)
        translated = set(translated_fields(self.model))
        return [
            (
                title,
                {
                    **options,
                    "fields": with_translation_columns(options["fields"], translated),
                },
            )
            for title, options in self.through_fieldsets
        ]


class RolePermissionsMixin:
    """Applies the custom ``translate`` and ``publish`` permissions.

    A user who may ``translate`` but not ``change`` gets the change form with every
    field that is not a translation read-only; read-only fields are left out of the
    form, so a crafted POST cannot change them either.
    """

    def _perm(self, action):
        return f"{self.opts.app_label}.{get_permission_codename(action, self.opts)}"

    def has_translate_permission(self, request):
        return request.user.has_perm(self._perm("translate"))

    def has_publish_permission(self, request, obj=None):
        return request.user.has_perm(self._perm("publish"))

    def has_full_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(
            request, obj
        ) or self.has_translate_permission(request)

    def translation_only(self, request, obj=None):
        return not self.has_full_change_permission(
            request, obj
        ) and self.has_translate_permission(request)

    def editable_field_names(self):
        """Every field of the form: translated ones per language (``name_en``…)."""
        translated = set(translated_fields(self.model))
        return [
            field.name
            for field in [*self.opts.fields, *self.opts.many_to_many]
            if field.editable
            and not field.auto_created
            and field.name not in translated
        ]

    def untranslated_field_names(self):
        localized = {
            f"{name}_{code}"
            for name in translated_fields(self.model)
            for code, _name in settings.LANGUAGES
        }
        return [name for name in self.editable_field_names() if name not in localized]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if self.translation_only(request, obj):
            extra = self.untranslated_field_names()
        elif not self.has_publish_permission(request):
            extra = ["is_published"]
        else:
            extra = []
        return readonly + [name for name in extra if name not in readonly]

    def get_prepopulated_fields(self, request, obj=None):
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            field: sources
            for field, sources in super().get_prepopulated_fields(request, obj).items()
            if field not in readonly
        }


# ---------------------------------------------------------------------------
# Saving a change form unchanged writes nothing
# ---------------------------------------------------------------------------


class ExactRoundTripMixin:
    """A change form saved without a change is not a write, and a text that may
    hold several lines is edited in a textarea (a one-line input would drop its
    line breaks on the way back).

    Django saves the record, its many-to-many links and logs "No fields changed."
    on every press of Save. Here, when neither the form nor any inline formset has
    changed (``has_changed()``, which compares with what is stored, line endings
    normalised by common.db.text), nothing is written: ``updated_at``, the edit
    history, the admin's action log and the content stamp stay as they were, so
    every page and API answer built from the record stays byte for byte the same.
    An inline changed under an unchanged form saves the inline only.

    The directory's admin site mixes this into every ModelAdmin it registers
    (common.admin.site), Django's and third parties' included.
    """

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, NormalisedCharField) and "widget" not in kwargs:
            kwargs["widget"] = AdminTextareaWidget
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    # For forms whose initial values are not the stored record (restoring an old
    # version from the history): save even when "unchanged".
    save_unchanged = False

    def is_unchanged(self, form, change):
        return change and not self.save_unchanged and not form.has_changed()

    def save_model(self, request, obj, form, change):
        if self.is_unchanged(form, change):
            return
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if self.is_unchanged(form, change):
            # The form's many-to-many links are unchanged too: only the inlines
            # may hold changes (an unchanged formset saves nothing).
            for formset in formsets:
                self.save_formset(request, form, formset, change=change)
            return
        super().save_related(request, form, formsets, change)

    def log_change(self, request, obj, message):
        # construct_change_message() gives an empty message when neither the form
        # nor any formset changed.
        if not message and not self.save_unchanged:
            return None
        return super().log_change(request, obj, message)


# ---------------------------------------------------------------------------
# The base admin
# ---------------------------------------------------------------------------


class ContentAdmin(
    ExactRoundTripMixin,
    ExplicitThroughManyToManyMixin,
    ThroughFieldsetsMixin,
    RolePermissionsMixin,
    SimpleHistoryAdmin,
    TabbedTranslationAdmin,
):
    """Base admin for public content. Subclasses declare the usual options plus:

    - ``list_prefetch_related``: many-to-many columns of the list, prefetched for
      the page's rows;
    - ``related_search_paths``: other search-text columns that find a record, e.g.
      ``("jurisdictions__search_text",)`` finds reforms by their members' names.
    """

    readonly_fields = ("created_at", "updated_at")
    # Staff paste bare domains ("rosario.gob.ar"); public sites are served over https.
    formfield_overrides = CONTENT_FORMFIELD_OVERRIDES
    list_per_page = 50
    # The search itself is get_search_results; declaring the column keeps Django's
    # checks (autocomplete needs search_fields) and shows the search box.
    search_fields = ("search_text",)
    search_help_text = _(
        "Finds words in either language, with or without accents (Peñalolén, penalolen)."
    )
    related_search_paths = ()
    list_prefetch_related = ()
    actions = ["publish", "unpublish"]

    # History: who changed what, in each language. Diffs leave out the bare
    # translated column (it holds whichever language was active when saving) and
    # the timestamps.
    history_diff_excluded = ("created_at", "updated_at")

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        self.missing_columns = [
            self._missing_column(code, name) for code, name in other_languages()
        ]
        self.version_link_columns = {
            field.name: self._version_link_column(field)
            for field in self.opts.get_fields()
            if field.many_to_many and field.concrete
        }

    @staticmethod
    def _missing_column(code, name):
        def column(obj):
            return getattr(obj, missing_annotation(code))

        column.__name__ = missing_annotation(code)
        return admin.display(
            boolean=True,
            description=format_lazy(_("{language} missing"), language=name),
            ordering=missing_annotation(code),
        )(column)

    # -- lists --------------------------------------------------------------

    def get_queryset(self, request):
        fields = translated_fields(self.model)
        return (
            super()
            .get_queryset(request)
            .annotate(
                **{
                    missing_annotation(code): Case(
                        When(
                            missing_translation_condition(fields, code),
                            then=Value(True),
                        ),
                        default=Value(False),
                        output_field=BooleanField(),
                    )
                    for code, _name in other_languages()
                }
            )
        )

    def get_ordering(self, request):
        """The model's ordering, with ``name_en`` read as "name in the staff member's
        language, English where it is missing"."""
        source = source_language()
        translated = translated_fields(self.model)
        ordering = []
        for item in super().get_ordering(request) or self.opts.ordering:
            if isinstance(item, str):
                name = item.removeprefix("-").removesuffix(f"_{source}")
                if name in translated:
                    expression = ordering_with_fallback(name)
                    item = (
                        expression.desc() if item.startswith("-") else expression.asc()
                    )
            ordering.append(item)
        return ordering

    def get_list_display(self, request):
        return [*super().get_list_display(request), *self.missing_columns]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationStatusFilter]

    def get_changelist(self, request, **kwargs):
        return ContentChangeList

    def get_search_results(self, request, queryset, search_term):
        """Every word must occur in the record's folded search text (both languages,
        no accents), or in a related record's (``related_search_paths``).

        Without the theme glossary, which holds published names only: here, where
        drafts count too, a search finds what its words say."""
        search = SearchFilter(
            related_paths=self.related_search_paths,
            include_drafts=True,
            glossary=False,
        )
        return search.filter(queryset, search_term), False

    def translation_gap_summary(self, request):
        """For the admin index: how many records lack each translation, with a link
        to them. One query per model."""
        fields = translated_fields(self.model)
        # A model with nothing to translate (a document keeps its own title) has
        # no gap to show.
        if not fields or not self.has_view_or_change_permission(request):
            return None
        counts = self.model._default_manager.aggregate(
            **{
                code: Count("pk", filter=missing_translation_condition(fields, code))
                for code, _name in other_languages()
            }
        )
        url = reverse(
            f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_changelist"
        )
        return [
            {
                "code": code,
                "language": name,
                "count": counts[code],
                "url": f"{url}?{TranslationStatusFilter.parameter_name}=missing-{code}",
            }
            for code, name in other_languages()
        ]

    # -- publishing -----------------------------------------------------------

    def _publication(self, request, queryset, *, published):
        changed = content_publication_set(
            queryset=queryset, published=published, user=request.user
        )
        if published:
            message = ngettext(
                "%(count)d record published.", "%(count)d records published.", changed
            )
        else:
            message = ngettext(
                "%(count)d record unpublished.",
                "%(count)d records unpublished.",
                changed,
            )
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)

    @admin.action(
        description=_("Publish the selected %(verbose_name_plural)s"),
        permissions=["publish"],
    )
    def publish(self, request, queryset):
        self._publication(request, queryset, published=True)

    @admin.action(
        description=_("Unpublish the selected %(verbose_name_plural)s"),
        permissions=["publish"],
    )
    def unpublish(self, request, queryset):
        self._publication(request, queryset, published=False)

    # -- history --------------------------------------------------------------

    def has_change_history_permission(self, request, obj=None):
        # Restoring a version rewrites every field: only for full editors.
        return self.has_full_change_permission(request, obj)

    def _require_history_ids(self, object_id, version_id=None):
        """A 404 for ids that cannot be ids: simple-history looks them up as given,
        and ``…/abc/history/`` would be a ValueError (a 500)."""
        # register_history keeps simple-history's default manager name, history.
        history_model = self.model.history.model
        try:
            primary_key_field(self.model).to_python(unquote(object_id))
            if version_id is not None:
                primary_key_field(history_model).to_python(version_id)
        except ValidationError:
            raise Http404 from None

    def history_view(self, request, object_id, extra_context=None):
        self._require_history_ids(object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._require_history_ids(object_id, version_id)
        if self.has_change_history_permission(request):
            # The restore form starts from the old version, so it is "unchanged"
            # exactly when it must be saved.
            restorer = copy.copy(self)
            restorer.save_unchanged = True
            return super(ContentAdmin, restorer).history_form_view(
                request, object_id, version_id, extra_context
            )
        # simple-history saves a POSTed version for anyone who may *view* history;
        # only those who may restore it may post.
        if request.method == "POST":
            raise PermissionDenied
        # A read-only look at the version (see get_readonly_fields). simple-history
        # hands the admin's prepopulated_fields to the page as they are, which fails
        # once the slug is read-only: show it from a copy without them.
        reader = copy.copy(self)
        reader.prepopulated_fields = {}
        return SimpleHistoryAdmin.history_form_view(
            reader, request, object_id, version_id, extra_context
        )

    def version_links(self, obj):
        """``{field name: [linked pk, …]}``: the links the old version ``obj`` had,
        for each many-to-many field whose links differ from the latest version's.

        simple-history documents the links it records only through
        ``diff_against()``, whose rows map the through model's fields to primary
        keys; a field missing here has the latest version's links, today's."""
        record = to_historic(obj)
        latest = obj.history.latest()
        links = {}
        for change in latest.diff_against(record).changes:
            field = self.opts.get_field(change.field)
            if field.many_to_many:
                through = getattr(self.model, field.name).through
                linked = next(
                    key.name
                    for key in through._meta.get_fields()
                    if key.many_to_one and key.related_model is field.related_model
                )
                links[field.name] = [row[linked] for row in change.old]
        return links

    def _version_link_column(self, field):
        """A read-only column showing ``field``'s links in an old version, as
        Django's read-only many-to-many field shows today's (same name, label and
        help text)."""

        def column(obj):
            ids = self.version_links(obj).get(field.name)
            if ids is None:
                linked = getattr(obj, field.name).all()
            else:
                linked = field.related_model._default_manager.filter(pk__in=ids)
            return ", ".join(map(str, linked))

        column.__name__ = field.name
        return admin.display(description=field.verbose_name)(column)

    def is_version_shown_read_only(self, request, obj):
        return (
            obj is not None
            and to_historic(obj) is not None
            and not self.has_change_history_permission(request, obj)
        )

    def with_version_link_columns(self, names):
        """``names`` (fields, or rows of them) with each many-to-many field replaced
        by its version column."""
        return [
            tuple(self.with_version_link_columns(name))
            if isinstance(name, list | tuple)
            else self.version_link_columns.get(name, name)
            for name in names
        ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if (
            obj is None
            or to_historic(obj) is None
            or request.method != "GET"
            or not self.has_change_history_permission(request, obj)
        ):
            return form
        # The restore form starts from the version's links: a form's ``initial``
        # overrides what it reads from its record (today's links). Only for showing
        # it: on POST the form compares the version with today's record.
        links = self.version_links(obj)

        class VersionForm(form):
            def __init__(self, *args, **kwargs):
                kwargs["initial"] = {**links, **(kwargs.get("initial") or {})}
                super().__init__(*args, **kwargs)

        return VersionForm

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self.is_version_shown_read_only(request, obj):
            return fieldsets
        return [
            (
                title,
                {
                    **options,
                    "fields": self.with_version_link_columns(options["fields"]),
                },
            )
            for title, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        # An old version, shown to someone who may not restore it: nothing to edit,
        # and its links as they were.
        if self.is_version_shown_read_only(request, obj):
            return [
                *self.readonly_fields,
                *self.with_version_link_columns(self.editable_field_names()),
            ]
        return super().get_readonly_fields(request, obj)

    def set_history_delta_changes(
        self, request, historical_records, foreign_keys_are_objs=True
    ):
        excluded = [*translated_fields(self.model), *self.history_diff_excluded]
        previous = None
        for current in historical_records:
            if previous is not None:
                delta = previous.diff_against(
                    current,
                    excluded_fields=excluded,
                    foreign_keys_are_objs=foreign_keys_are_objs,
                )
                helper = self.get_historical_record_context_helper(request, previous)
                previous.history_delta_changes = helper.context_for_delta_changes(delta)
            previous = current


class ContentInline(
    ExplicitThroughManyToManyMixin,
    ThroughFieldsetsMixin,
    RolePermissionsMixin,
    TranslationStackedInline,
):
    """Inline for translated content, with the same role rules as ContentAdmin and
    autocomplete widgets fed from the inline's prefetched links."""

    extra = 0
    formfield_overrides = CONTENT_FORMFIELD_OVERRIDES

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        m2m_names = [
            name
            for name in self.autocomplete_fields
            if isinstance(self.opts.get_field(name), models.ManyToManyField)
        ]

        class PrefetchedLinksFormSet(formset):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for name in m2m_names:
                    known = {
                        str(record.pk): record
                        for form in self.initial_forms
                        for record in form.initial.get(name, [])
                    }
                    for form in self.forms:
                        if name in form.fields:
                            widget = form.fields[name].widget
                            # The admin wraps it to add the "+" (add another) link.
                            getattr(widget, "widget", widget).known = known

        return PrefetchedLinksFormSet
