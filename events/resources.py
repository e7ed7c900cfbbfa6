"""Meetings and sessions as spreadsheet rows (admin import/export)."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export import fields

from common.admin.spreadsheets import (
    ContentResource,
    CountryWidget,
    SlugForeignKeyWidget,
    SlugsWidget,
    spreadsheet_column,
    spreadsheet_columns,
)
from events.api import MeetingSerializer, SessionSerializer
from events.models import Meeting, Session
from events.timezones import moment_at, wall_clock
from members.models import Jurisdiction
from reforms.models import Reform
from themes.models import Theme


class MeetingResource(ContentResource):
    example = {"slug": "open-americas-2022"}
    host_country = spreadsheet_column("host_country", CountryWidget())

    class Meta(ContentResource.Meta):
        model = Meeting
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(MeetingSerializer)
        export_order = fields


class MeetingTimeColumn(fields.Field):
    """A session's start or end as its meeting's clock reads it, the way staff
    type it in the admin: "2022-09-27 09:00:00" in a row of Open Americas 2022 is
    9 a.m. in Santo Domingo. A value with a UTC offset ("2022-09-27T13:00:00Z",
    as the API writes it) is read as written.

    The meeting column comes first, so the row's meeting is on the record when
    this column is read. An export shows the same clock, so a file exported and
    imported again unchanged changes nothing.
    """

    FORMAT = "%Y-%m-%d %H:%M:%S"
    help_text = gettext_lazy(
        "Session times (starts_at, ends_at) are in the meeting’s own time zone, "
        "as in the admin, e.g. 2022-09-27 09:00:00; a time with a UTC offset "
        "(2022-09-27T13:00:00Z) is read as written."
    )

    def __init__(self, attribute):
        super().__init__(attribute=attribute, column_name=attribute)

    def save(self, instance, row, is_m2m=False, **kwargs):
        setattr(instance, self.attribute, self._moment(row[self.column_name], instance))

    def _moment(self, value, session):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            wall = value
        else:
            try:
                wall = datetime.datetime.fromisoformat(str(value).strip())
            except ValueError:
                raise ValueError(
                    _(
                        "Enter a date and time such as “2022-09-27 09:00:00” (in "
                        "the meeting’s time zone)."
                    )
                ) from None
        if wall.tzinfo is not None:
            return wall
        try:
            return moment_at(wall, session.meeting.zone)
        except ValidationError as error:
            raise ValueError(error.messages[0]) from None

    def export(self, instance, **kwargs):
        moment = self.get_value(instance)
        if moment is None:
            return ""
        wall = wall_clock(moment, instance.meeting.zone)
        # A workbook cell holds a date and time without a zone.
        if kwargs.get("force_native_type"):
            return wall
        return wall.strftime(self.FORMAT)


class SessionResource(ContentResource):
    """A session is keyed by its meeting's slug and its own (unique per meeting)."""

    example = {"meeting__slug": "open-americas-2022", "slug": "peer-exchange"}

    meeting = spreadsheet_column("meeting", SlugForeignKeyWidget(Meeting))
    starts_at = MeetingTimeColumn("starts_at")
    ends_at = MeetingTimeColumn("ends_at")
    themes = spreadsheet_column("themes", SlugsWidget(Theme, by_name=True))
    jurisdictions = spreadsheet_column("jurisdictions", SlugsWidget(Jurisdiction))
    showcased_reforms = spreadsheet_column("showcased_reforms", SlugsWidget(Reform))

    class Meta(ContentResource.Meta):
        model = Session
        import_id_fields = ("meeting", "slug")
        # The API serializer's fields, as columns (common.admin.spreadsheets).
        fields = spreadsheet_columns(SessionSerializer, first=("meeting", "slug"))
        export_order = fields

    def filter_export(self, queryset, **kwargs):
        return super().filter_export(queryset, **kwargs).select_related("meeting")
