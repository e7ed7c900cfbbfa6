"""Members as spreadsheet rows (admin import/export)."""

from import_export import fields

from common.languages import translated_columns
from common.spreadsheets import (
    ContentResource,
    CountryWidget,
    StrictBooleanWidget,
)
from members.models import Jurisdiction


class JurisdictionResource(ContentResource):
    country = fields.Field(
        attribute="country", column_name="country", widget=CountryWidget()
    )
    is_published = fields.Field(
        attribute="is_published",
        column_name="is_published",
        widget=StrictBooleanWidget(),
    )

    class Meta(ContentResource.Meta):
        model = Jurisdiction
        fields = (
            "slug",
            *translated_columns("name"),
            "local_name",
            "kind",
            "country",
            "subdivision",
            "ocd_id",
            "region",
            "member_since",
            "status",
            *translated_columns("summary"),
            "website",
            "ogp_url",
            "latitude",
            "longitude",
            "sources",
            "last_verified_on",
            "is_published",
        )
        export_order = fields
