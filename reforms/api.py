"""API for themes and reforms: /api/v1/themes/ and /api/v1/reforms/."""

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
from reforms.enums import ThemeCategory
from reforms.filters import ReformFilter, ThemeFilter
from reforms.models import Reform, Theme
from reforms.selectors import reform_list_with_published_links, theme_list


class ThemeSerializer(ResourceSerializer):
    """An OGP policy area, value or process, or a Local Circle theme; any of them
    may also be a Local Circle (a community of practice)."""

    url = DetailURLField("api:theme-list")
    name = TranslatedField()
    description = TranslatedField()
    category = serializers.ChoiceField(
        choices=ThemeCategory.choices,
        allow_blank=True,
        help_text=(
            "What the term is for OGP: policy-area, value (one of OGP's three "
            "values), process (such as co-creation), local-circle-theme (a Local "
            "Circle's theme that is not an OGP policy area), or empty when no "
            "source says."
        ),
    )
    is_policy_area = serializers.BooleanField(
        read_only=True, help_text='Whether category is "policy-area".'
    )
    is_local_circle = serializers.BooleanField(
        help_text="A community of practice that people can ask to join."
    )
    ogp_url = serializers.CharField(help_text="OGP page, or empty.")

    class Meta:
        model = Theme
        fields = resource_fields(
            "slug",
            "url",
            "name",
            "description",
            "category",
            "is_policy_area",
            "is_local_circle",
            "ogp_url",
            "sources",
        )


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
        "plans.api.CommitmentSerializer",
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


class ThemeViewSet(ResourceViewSet):
    """OGP policy areas and Local Circles."""

    queryset = Theme.objects.none()
    serializer_class = ThemeSerializer
    filterset_class = ThemeFilter
    export_name = "themes"

    def get_queryset(self):
        return theme_list()


class ReformViewSet(ResourceViewSet):
    """Reforms that members carry out, with their members and themes."""

    queryset = Reform.objects.none()
    serializer_class = ReformSerializer
    filterset_class = ReformFilter
    expandable = ("jurisdictions", "themes", "commitment")
    export_name = "reforms"

    def get_queryset(self):
        return reform_list_with_published_links(whole=self.expand)
