"""API for reforms: /api/v1/reforms/."""

from rest_framework import serializers

from common.api.fields import (
    CountryCodesField,
    DetailURLField,
    LinkedField,
    TranslatedField,
)
from common.api.serializers import ResourceSerializer, resource_fields
from common.api.views import ResourceViewSet
from members.api import JurisdictionSerializer
from plans.api import CommitmentSerializer
from reforms.filters import ReformFilter
from reforms.models import Reform
from reforms.selectors import reform_list_with_published_links
from themes.api import ThemeSerializer


class ReformSerializer(ResourceSerializer):
    """An open-government reform that one or more members carry out."""

    url = DetailURLField("api:reform-list")
    title = TranslatedField()
    summary = TranslatedField()
    countries = CountryCodesField(
        source="country_codes",
        help_text="ISO 3166-1 alpha-2 codes of every country where it takes place.",
    )
    jurisdictions = LinkedField(
        JurisdictionSerializer,
        source="published_jurisdictions",
        help_text="The members carrying it out (?expand=jurisdictions for objects).",
    )
    themes = LinkedField(
        ThemeSerializer,
        source="published_themes",
        help_text="Its themes (?expand=themes for objects).",
    )
    website = serializers.CharField(help_text="Web page, or empty.")
    commitment = LinkedField(
        CommitmentSerializer,
        many=False,
        allow_null=True,
        key="ogp_id",
        help_text=(
            "The action-plan commitment it implements, by OGP id, or null "
            "(?expand=commitment for an object)."
        ),
    )

    class Meta:
        model = Reform
        fields = resource_fields(
            "slug",
            "url",
            "title",
            "summary",
            "status",
            "countries",
            "jurisdictions",
            "themes",
            "website",
            "sources",
            "commitment",
        )


class ReformViewSet(ResourceViewSet):
    """Reforms that members carry out, with their members and themes."""

    queryset = Reform.objects.none()
    serializer_class = ReformSerializer
    filterset_class = ReformFilter
    expandable = ("jurisdictions", "themes", "commitment")
    export_name = "reforms"

    def get_queryset(self):
        return reform_list_with_published_links(whole=self.expand)
