"""The formats a list can be asked for besides JSON (``?format=`` or ``Accept``).

These renderers take part in content negotiation and name the media type in the
schema; the export itself is built by the view (``ResourceViewSet.export_<format>``)
because it covers every matching row, not one page, and CSV is streamed.
"""

from rest_framework.renderers import BaseRenderer


class ExportRenderer(BaseRenderer):
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        raise NotImplementedError(
            "Exports are built by the view's export_<format>() method."
        )


class CSVRenderer(ExportRenderer):
    media_type = "text/csv"
    format = "csv"


class GeoJSONRenderer(ExportRenderer):
    media_type = "application/geo+json"
    format = "geojson"


class ICalendarRenderer(ExportRenderer):
    media_type = "text/calendar"
    format = "ics"
