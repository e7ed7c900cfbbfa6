"""Reforms as spreadsheet rows (admin import/export)."""

from import_export import fields

from common.admin.spreadsheets import (
    ContentResource,
    CountriesWidget,
    SlugsWidget,
    StrictBooleanWidget,
    spreadsheet_columns,
)
from members.models import Jurisdiction
from plans.resources import OgpIdWidget
from reforms.api import ReformSerializer
from reforms.models import Reform
from themes.models import Theme


class ReformResource(ContentResource):
    example = {"slug": "penalolen-co-creation-lessons"}
    jurisdictions = fields.Field(
        attribute="jurisdictions",
        column_name="jurisdictions",
        widget=SlugsWidget(Jurisdiction),
    )
    themes = fields.Field(
        attribute="themes",
        column_name="themes",
        widget=SlugsWidget(Theme, by_name=True),
    )
    countries = fields.Field(
        attribute="countries", column_name="countries", widget=CountriesWidget()
    )
    # The commitment it implements, by OGP id (empty for none).
    commitment = fields.Field(
        attribute="commitment",
        column_name="commitment",
        widget=OgpIdWidget(),
    )
    is_published = fields.Field(
        attribute="is_published",
        column_name="is_published",
        widget=StrictBooleanWidget(),
    )

    class Meta(ContentResource.Meta):
        model = Reform
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(ReformSerializer)
        export_order = fields
