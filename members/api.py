"""API for members: /api/v1/jurisdictions/ (JSON, CSV, GeoJSON)."""

from django.http import HttpResponse
from rest_framework import serializers

from common.api import geojson
from common.api.fields import (
    DetailURLField,
    FilteredListURLField,
    LinesField,
    TranslatedField,
)
from common.api.renderers import CSVRenderer, GeoJSONRenderer
from common.api.serializers import ResourceSerializer, resource_fields
from common.api.views import ResourceViewSet
from members.filters import JurisdictionFilter
from members.models import Jurisdiction
from members.selectors import jurisdiction_list


class JurisdictionSerializer(ResourceSerializer):
    """A local government that is (or was) a member of OGP Local."""

    url = DetailURLField("api:jurisdiction-list")
    name = TranslatedField()
    local_name = serializers.CharField(
        help_text="The official name in the local language."
    )
    other_names = LinesField(
        child=serializers.CharField(),
        help_text="Other names people or sources use (short forms, former names, "
        "names in other languages), as written; search finds the member by them.",
    )
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2 code, e.g. AR.")
    subdivision = serializers.CharField(
        help_text="ISO 3166-2 code of the member or of the unit it lies in, or empty."
    )
    ocd_id = serializers.CharField(help_text="Open Civic Data division id, or empty.")
    member_since = serializers.IntegerField(help_text="Year the member joined.")
    summary = TranslatedField()
    website = serializers.CharField(help_text="Official website, or empty.")
    ogp_url = serializers.CharField(help_text="OGP member page, or empty.")
    latitude = serializers.FloatField(
        allow_null=True, help_text="Seat of government, decimal degrees (WGS 84)."
    )
    longitude = serializers.FloatField(allow_null=True)
    action_plans_url = FilteredListURLField(
        "api:action-plan-list",
        parameter="jurisdiction",
        help_text="Its action plans: the action-plans list filtered to this member.",
    )
    documents_url = FilteredListURLField(
        "api:document-list",
        parameter="jurisdiction",
        help_text="Its documents: the documents list filtered to this member.",
    )

    class Meta:
        model = Jurisdiction
        fields = resource_fields(
            "slug",
            "url",
            "name",
            "local_name",
            "other_names",
            "kind",
            "country",
            "subdivision",
            "ocd_id",
            "region",
            "member_since",
            "status",
            "summary",
            "website",
            "ogp_url",
            "latitude",
            "longitude",
            "sources",
            "last_verified_on",
            "action_plans_url",
            "documents_url",
        )


class JurisdictionViewSet(ResourceViewSet):
    """Members of OGP Local. Also as CSV and as GeoJSON for maps."""

    queryset = Jurisdiction.objects.none()
    serializer_class = JurisdictionSerializer
    filterset_class = JurisdictionFilter
    export_renderer_classes = (CSVRenderer, GeoJSONRenderer)
    export_name = "members"

    def get_queryset(self):
        return jurisdiction_list()

    def export_geojson(self, queryset):
        """Members with coordinates as Point features; those without are left out
        (a map cannot place them; the JSON and CSV lists hold every member)."""
        serializer = self.get_serializer()
        placed = queryset.filter(latitude__isnull=False)
        rows = (serializer.to_representation(member) for member in placed)
        response = HttpResponse(
            geojson.render(geojson.feature_collection(rows)),
            content_type="application/geo+json; charset=utf-8",
        )
        response["Content-Disposition"] = 'inline; filename="ogp-local-members.geojson"'
        return response
