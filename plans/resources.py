"""Action plans and commitments as spreadsheet rows (admin import/export), in
OGP's terms: a commitment is keyed by its OGP id, a plan by its slug."""

from django.utils.translation import gettext as _
from import_export import widgets

from common.admin.spreadsheets import (
    ChoiceWidget,
    ContentResource,
    SlugForeignKeyWidget,
    SlugsWidget,
    TextWidget,
    spreadsheet_column,
    spreadsheet_columns,
)
from common.db.language_tags import language_tag_as_stored
from members.models import Jurisdiction
from plans.api import ActionPlanSerializer, CommitmentSerializer
from plans.enums import OgpValue
from plans.models import ActionPlan, Commitment, Document
from themes.models import Theme


class OgpIdWidget(widgets.ForeignKeyWidget):
    """A commitment named by its OGP id (``ARCRR0003``; either case)."""

    def __init__(self, **kwargs):
        super().__init__(Commitment, field="ogp_id", **kwargs)

    def clean(self, value, row=None, **kwargs):
        value = str(value or "").strip().upper()
        try:
            return super().clean(value, row, **kwargs)
        except Commitment.DoesNotExist:
            raise ValueError(
                _("No commitment has the OGP id “%(id)s”.") % {"id": value}
            ) from None

    def describe(self):
        return _("The OGP id of a commitment (“ARCRR0003”); empty for none.")


class OgpValuesWidget(ChoiceWidget):
    """OGP values separated by commas, each as its code
    (``access-to-information,technology``) or its name in any language; the
    model's validation names an unknown one."""

    def __init__(self, **kwargs):
        super().__init__(OgpValue.choices, **kwargs)

    def clean(self, value, row=None, **kwargs):
        items = [item.strip() for item in str(value or "").split(",")]
        return [self.code_for(item) or item for item in items if item]

    def render(self, value, obj=None, **kwargs):
        return ",".join(value or [])

    def describe(self):
        return _(
            "OGP values separated by commas, each by its code or its name in any "
            "of the site's languages: %(allowed)s."
        ) % {"allowed": self.allowed_text()}


class NullBooleanWidget(widgets.Widget):
    """1, 0 or empty (not stated); anything else is an error."""

    TRUE, FALSE = {"1", "true", "TRUE", "True"}, {"0", "false", "FALSE", "False"}

    def clean(self, value, row=None, **kwargs):
        value = str("" if value is None else value).strip()
        if value == "":
            return None
        if value in self.TRUE:
            return True
        if value in self.FALSE:
            return False
        raise ValueError(_("Enter 1, 0 or leave it empty (not stated)."))

    def describe(self):
        return _("1, 0 or empty (not stated).")

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(int(value))


class LanguageTagWidget(TextWidget):
    """A language tag in any case (``ES-mx``), read as the database stores it
    (``es-MX``): a row that differs only in case is an unchanged row."""

    def clean(self, value, row=None, **kwargs):
        return language_tag_as_stored(super().clean(value, row, **kwargs))


class ActionPlanResource(ContentResource):
    example = {"slug": "mendoza-2021-2023"}
    jurisdiction = spreadsheet_column(
        "jurisdiction", SlugForeignKeyWidget(Jurisdiction)
    )
    lead_institutions_language = spreadsheet_column(
        "lead_institutions_language", LanguageTagWidget()
    )

    class Meta(ContentResource.Meta):
        model = ActionPlan
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(ActionPlanSerializer)
        export_order = fields


class CommitmentResource(ContentResource):
    example = {"ogp_id": "ARCMD0001"}
    action_plan = spreadsheet_column("action_plan", SlugForeignKeyWidget(ActionPlan))
    primary_theme = spreadsheet_column(
        "primary_theme", SlugForeignKeyWidget(Theme, by_name=True)
    )
    themes = spreadsheet_column("themes", SlugsWidget(Theme, by_name=True))
    lead_institutions_language = spreadsheet_column(
        "lead_institutions_language", LanguageTagWidget()
    )
    ogp_values = spreadsheet_column("ogp_values", OgpValuesWidget())
    verifiable = spreadsheet_column("verifiable", NullBooleanWidget())
    relevant = spreadsheet_column("relevant", NullBooleanWidget())
    design_review = spreadsheet_column("design_review", SlugForeignKeyWidget(Document))
    completion_review = spreadsheet_column(
        "completion_review", SlugForeignKeyWidget(Document)
    )

    class Meta(ContentResource.Meta):
        model = Commitment
        import_id_fields = ("ogp_id",)
        fields = spreadsheet_columns(CommitmentSerializer)
        export_order = fields

    def before_import_row(self, row, **kwargs):
        # OGP writes ids in capitals; a spreadsheet may not.
        if isinstance(row.get("ogp_id"), str):
            row["ogp_id"] = row["ogp_id"].strip().upper()
        super().before_import_row(row, **kwargs)
