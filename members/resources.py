"""Members as spreadsheet rows (admin import/export)."""

from django.utils.translation import gettext_lazy as _

from common.admin.spreadsheets import (
    ContentResource,
    CountryWidget,
    spreadsheet_column,
    spreadsheet_columns,
)
from members.api import JurisdictionSerializer
from members.enums import JurisdictionKind
from members.models import Jurisdiction


class JurisdictionResource(ContentResource):
    example = {"slug": "penalolen"}
    column_headers = {"kind": _("Type of government")}
    # Chile's municipalities are comunas: the reference notes type Peñalolén and
    # Maipú "Municipality (comuna)", and staff copy the word from Chilean pages.
    choice_aliases = {"kind": {"Comuna": JurisdictionKind.MUNICIPALITY}}
    country = spreadsheet_column("country", CountryWidget())

    class Meta(ContentResource.Meta):
        model = Jurisdiction
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(JurisdictionSerializer)
        export_order = fields
