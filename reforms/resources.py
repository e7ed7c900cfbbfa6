"""Reforms as spreadsheet rows (admin import/export)."""

from import_export import fields

from common.languages import translated_columns
from common.spreadsheets import (
    ContentResource,
    CountriesWidget,
    SlugsWidget,
    StrictBooleanWidget,
)
from members.models import Jurisdiction
from reforms.models import Reform, Theme


class ReformResource(ContentResource):
    jurisdictions = fields.Field(
        attribute="jurisdictions",
        column_name="jurisdictions",
        widget=SlugsWidget(Jurisdiction),
    )
    themes = fields.Field(
        attribute="themes", column_name="themes", widget=SlugsWidget(Theme)
    )
    countries = fields.Field(
        attribute="countries", column_name="countries", widget=CountriesWidget()
    )
    is_published = fields.Field(
        attribute="is_published",
        column_name="is_published",
        widget=StrictBooleanWidget(),
    )

    class Meta(ContentResource.Meta):
        model = Reform
        fields = (
            "slug",
            *translated_columns("title", "summary"),
            "jurisdictions",
            "countries",
            "themes",
            "status",
            "website",
            "sources",
            "is_published",
        )
        export_order = fields
