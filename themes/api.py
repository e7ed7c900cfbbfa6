"""API for themes: /api/v1/themes/."""

from rest_framework import serializers

from common.api.fields import (
    DetailURLField,
    TranslatedField,
)
from common.api.serializers import ResourceSerializer, resource_fields
from common.api.views import ResourceViewSet
from themes.enums import ThemeCategory
from themes.filters import ThemeFilter
from themes.models import Theme
from themes.selectors import theme_list


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


class ThemeViewSet(ResourceViewSet):
    """OGP policy areas and Local Circles."""

    queryset = Theme.objects.none()
    serializer_class = ThemeSerializer
    filterset_class = ThemeFilter
    export_name = "themes"

    def get_queryset(self):
        return theme_list()
