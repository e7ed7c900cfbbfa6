"""API for themes and reforms: /api/v1/themes/ and /api/v1/reforms/."""

from rest_framework import serializers

from common.api.fields import FallbackFieldsField, RelatedField, TranslatedField
from common.api.serializers import (
    ResourceSerializer,
    country_codes,
    iso_datetime,
    lines,
)
from common.api.views import ResourceViewSet
from common.languages import translated_columns
from members.api import JurisdictionSerializer
from reforms.enums import ReformStatus
from reforms.filters import ReformFilter, ThemeFilter
from reforms.models import Reform, Theme
from reforms.selectors import (
    reform_links_load,
    reform_list_with_link_slugs,
    theme_list,
)


class ThemeSerializer(ResourceSerializer):
    """An OGP policy area, a Local Circle (a community of practice), or both."""

    slug = serializers.SlugField(help_text="Stable identifier.")
    url = serializers.URLField(help_text="This record in the API.")
    name = TranslatedField()
    description = TranslatedField()
    is_policy_area = serializers.BooleanField()
    is_local_circle = serializers.BooleanField(
        help_text="A community of practice that people can ask to join."
    )
    ogp_url = serializers.CharField(help_text="OGP page, or empty.")
    sources = serializers.ListField(child=serializers.URLField())
    updated_at = serializers.DateTimeField()
    fallback_fields = FallbackFieldsField()

    columns = (
        "id",
        "slug",
        *translated_columns("name", "description"),
        "is_policy_area",
        "is_local_circle",
        "ogp_url",
        "sources",
        "updated_at",
    )

    def to_representation(self, theme):
        fallbacks = []
        text = self.texts.value
        row = {
            "slug": theme.slug,
            "url": self.links.detail("api:theme-list", theme.slug),
            "name": text(theme, "name", fallbacks),
            "description": text(theme, "description", fallbacks),
            "is_policy_area": theme.is_policy_area,
            "is_local_circle": theme.is_local_circle,
            "ogp_url": theme.ogp_url,
            "sources": lines(theme.sources),
            "updated_at": iso_datetime(theme.updated_at),
        }
        return self.texts.finish(row, fallbacks)


class ReformSerializer(ResourceSerializer):
    """An open-government reform that one or more members carry out."""

    slug = serializers.SlugField(help_text="Stable identifier.")
    url = serializers.URLField(help_text="This record in the API.")
    title = TranslatedField()
    summary = TranslatedField()
    status = serializers.ChoiceField(choices=ReformStatus.choices)
    countries = serializers.ListField(
        child=serializers.CharField(),
        help_text="ISO 3166-1 alpha-2 codes of every country where it takes place.",
    )
    jurisdictions = RelatedField(
        JurisdictionSerializer,
        help_text="The members carrying it out (?expand=jurisdictions for objects).",
    )
    themes = RelatedField(
        ThemeSerializer, help_text="Its themes (?expand=themes for objects)."
    )
    website = serializers.CharField(help_text="Web page, or empty.")
    sources = serializers.ListField(child=serializers.URLField())
    updated_at = serializers.DateTimeField()
    fallback_fields = FallbackFieldsField()

    # published_*: the link slugs reform_list_with_link_slugs annotates.
    columns = (
        "id",
        "slug",
        *translated_columns("title", "summary"),
        "status",
        "countries",
        "published_jurisdictions",
        "published_themes",
        "website",
        "sources",
        "updated_at",
    )

    def to_representation(self, reform):
        fallbacks = []
        text = self.texts.value
        row = {
            "slug": reform.slug,
            "url": self.links.detail("api:reform-list", reform.slug),
            "title": text(reform, "title", fallbacks),
            "summary": text(reform, "summary", fallbacks),
            "status": reform.status,
            "countries": country_codes(reform, Reform._meta.get_field("countries")),
            "jurisdictions": self.related(
                "jurisdictions", reform.published_jurisdictions, JurisdictionSerializer
            ),
            "themes": self.related("themes", reform.published_themes, ThemeSerializer),
            "website": reform.website,
            "sources": lines(reform.sources),
            "updated_at": iso_datetime(reform.updated_at),
        }
        return self.texts.finish(row, fallbacks)


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
    expandable = ("jurisdictions", "themes")
    export_name = "reforms"

    def get_queryset(self):
        return reform_list_with_link_slugs()

    def load_links(self, records, *, full):
        return reform_links_load(records, full=full)
