"""API for members: /api/v1/jurisdictions/ (JSON, CSV, GeoJSON)."""

from django.http import HttpResponse
from rest_framework import serializers

from common.api import geojson
from common.api.fields import FallbackFieldsField, TranslatedField
from common.api.renderers import CSVRenderer, GeoJSONRenderer
from common.api.rows import read_rows
from common.api.serializers import (
    ResourceSerializer,
    country_codes,
    iso_date,
    iso_datetime,
    lines,
    number,
)
from common.api.views import ResourceViewSet
from common.languages import translated_columns
from members.enums import JurisdictionKind, MembershipStatus, Region
from members.filters import JurisdictionFilter
from members.models import Jurisdiction
from members.selectors import jurisdiction_list


class JurisdictionSerializer(ResourceSerializer):
    """A local government that is (or was) a member of OGP Local."""

    slug = serializers.SlugField(help_text="Stable identifier.")
    url = serializers.URLField(help_text="This record in the API.")
    name = TranslatedField()
    local_name = serializers.CharField(
        help_text="The official name in the local language."
    )
    kind = serializers.ChoiceField(choices=JurisdictionKind.choices)
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2 code, e.g. AR.")
    subdivision = serializers.CharField(
        help_text="ISO 3166-2 code of the member or of the unit it lies in, or empty."
    )
    ocd_id = serializers.CharField(help_text="Open Civic Data division id, or empty.")
    region = serializers.ChoiceField(choices=Region.choices)
    member_since = serializers.IntegerField(help_text="Year the member joined.")
    status = serializers.ChoiceField(choices=MembershipStatus.choices)
    summary = TranslatedField()
    website = serializers.CharField(help_text="Official website, or empty.")
    ogp_url = serializers.CharField(help_text="OGP member page, or empty.")
    latitude = serializers.FloatField(
        allow_null=True, help_text="Seat of government, decimal degrees (WGS 84)."
    )
    longitude = serializers.FloatField(allow_null=True)
    sources = serializers.ListField(child=serializers.URLField())
    last_verified_on = serializers.DateField(allow_null=True)
    updated_at = serializers.DateTimeField()
    fallback_fields = FallbackFieldsField()

    columns = (
        "id",
        "slug",
        *translated_columns("name", "summary"),
        "local_name",
        "kind",
        "country",
        "subdivision",
        "ocd_id",
        "region",
        "member_since",
        "status",
        "website",
        "ogp_url",
        "latitude",
        "longitude",
        "sources",
        "last_verified_on",
        "updated_at",
    )

    def to_representation(self, member):
        fallbacks = []
        text = self.texts.value
        row = {
            "slug": member.slug,
            "url": self.links.detail("api:jurisdiction-list", member.slug),
            "name": text(member, "name", fallbacks),
            "local_name": member.local_name,
            "kind": member.kind,
            "country": country_codes(member, Jurisdiction._meta.get_field("country")),
            "subdivision": member.subdivision,
            "ocd_id": member.ocd_id,
            "region": member.region,
            "member_since": member.member_since,
            "status": member.status,
            "summary": text(member, "summary", fallbacks),
            "website": member.website,
            "ogp_url": member.ogp_url,
            "latitude": number(member.latitude),
            "longitude": number(member.longitude),
            "sources": lines(member.sources),
            "last_verified_on": iso_date(member.last_verified_on),
            "updated_at": iso_datetime(member.updated_at),
        }
        return self.texts.finish(row, fallbacks)


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
        rows = (
            serializer.to_representation(member)
            for member in read_rows(placed, serializer.columns)
        )
        response = HttpResponse(
            geojson.render(geojson.feature_collection(rows)),
            content_type="application/geo+json; charset=utf-8",
        )
        response["Content-Disposition"] = 'inline; filename="ogp-local-members.geojson"'
        return response
