"""Reforms as spreadsheet rows (admin import/export)."""

from common.admin.spreadsheets import (
    ContentResource,
    CountriesWidget,
    SlugsWidget,
    spreadsheet_column,
    spreadsheet_columns,
)
from members.models import Jurisdiction
from plans.resources import OgpIdWidget
from reforms.api import ReformSerializer
from reforms.models import Reform
from themes.models import Theme


class ReformResource(ContentResource):
    example = {"slug": "penalolen-co-creation-lessons"}
    jurisdictions = spreadsheet_column("jurisdictions", SlugsWidget(Jurisdiction))
    themes = spreadsheet_column("themes", SlugsWidget(Theme, by_name=True))
    countries = spreadsheet_column("countries", CountriesWidget())
    # The commitment it implements, by OGP id (empty for none).
    commitment = spreadsheet_column("commitment", OgpIdWidget())

    class Meta(ContentResource.Meta):
        model = Reform
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(ReformSerializer)
        export_order = fields
