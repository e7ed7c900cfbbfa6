"""Meetings and sessions as spreadsheet rows (admin import/export)."""

from import_export import fields

from common.admin.spreadsheets import (
    ContentResource,
    CountryWidget,
    SlugForeignKeyWidget,
    SlugsWidget,
    StrictBooleanWidget,
    spreadsheet_columns,
)
from events.api import MeetingSerializer, SessionSerializer
from events.models import Meeting, Session
from members.models import Jurisdiction
from reforms.models import Reform, Theme


class MeetingResource(ContentResource):
    example = {"slug": "open-americas-2022"}
    host_country = fields.Field(
        attribute="host_country", column_name="host_country", widget=CountryWidget()
    )
    is_published = fields.Field(
        attribute="is_published",
        column_name="is_published",
        widget=StrictBooleanWidget(),
    )

    class Meta(ContentResource.Meta):
        model = Meeting
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(MeetingSerializer)
        export_order = fields


class SessionResource(ContentResource):
    """A session is keyed by its meeting's slug and its own (unique per meeting)."""

    example = {"meeting__slug": "open-americas-2022", "slug": "peer-exchange"}

    meeting = fields.Field(
        attribute="meeting", column_name="meeting", widget=SlugForeignKeyWidget(Meeting)
    )
    themes = fields.Field(
        attribute="themes",
        column_name="themes",
        widget=SlugsWidget(Theme, by_name=True),
    )
    jurisdictions = fields.Field(
        attribute="jurisdictions",
        column_name="jurisdictions",
        widget=SlugsWidget(Jurisdiction),
    )
    showcased_reforms = fields.Field(
        attribute="showcased_reforms",
        column_name="showcased_reforms",
        widget=SlugsWidget(Reform),
    )
    is_published = fields.Field(
        attribute="is_published",
        column_name="is_published",
        widget=StrictBooleanWidget(),
    )

    class Meta(ContentResource.Meta):
        model = Session
        import_id_fields = ("meeting", "slug")
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(SessionSerializer, first=("meeting", "slug"))
        export_order = fields

    def filter_export(self, queryset, **kwargs):
        return super().filter_export(queryset, **kwargs).select_related("meeting")
