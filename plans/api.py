"""API for action plans, commitments and documents: /api/v1/action-plans/,
/api/v1/commitments/ (keyed by OGP id) and /api/v1/documents/."""

from rest_framework import serializers

from common.api.fields import (
    DetailURLField,
    LinesField,
    LinkedField,
    TranslatedField,
)
from common.api.serializers import ResourceSerializer, resource_fields
from common.api.views import ResourceViewSet
from members.api import JurisdictionSerializer
from plans.filters import ActionPlanFilter, CommitmentFilter, DocumentFilter
from plans.models import ActionPlan, Commitment, Document
from plans.selectors import (
    action_plan_list_with_published_links,
    commitment_list_with_published_links,
    document_list_with_published_links,
)
from themes.api import ThemeSerializer

PERIOD_HELP = {
    "start_year": "Year the period starts, or null when no source gives it.",
    "start_month": "Month it starts (1–12), or null when only the year is known.",
    "end_year": "Year the period ends, or null when no source gives it.",
    "end_month": "Month it ends (1–12), or null when only the year is known.",
}

# Names are not translated content: they keep the language the plan wrote them in.
LEAD_INSTITUTIONS_LANGUAGE_HELP = (
    "The language lead_institutions are written in, as a BCP 47 tag such as es or "
    "es-MX; empty when they are in English. The names are never translated."
)


class ActionPlanSerializer(ResourceSerializer):
    """A member's action plan: its period, status and commitments."""

    url = DetailURLField("api:action-plan-list")
    jurisdiction = LinkedField(
        JurisdictionSerializer,
        many=False,
        help_text="The member whose plan it is (?expand=jurisdiction for an object).",
    )
    title = TranslatedField()
    lead_institutions = LinesField(
        child=serializers.CharField(),
        help_text="The lead institutions, one per item, as the source names them.",
    )
    lead_institutions_language = serializers.CharField(
        help_text=LEAD_INSTITUTIONS_LANGUAGE_HELP
    )
    commitments = LinkedField(
        "plans.api.CommitmentSerializer",
        source="published_commitments",
        key="ogp_id",
        help_text="Its commitments, by OGP id (?expand=commitments for objects).",
    )
    commitments_announced = serializers.IntegerField(
        allow_null=True,
        help_text="How many commitments OGP's page says the plan has, or null.",
    )
    ogp_url = serializers.CharField(help_text="OGP's page of the plan, or empty.")

    class Meta:
        model = ActionPlan
        fields = resource_fields(
            "slug",
            "url",
            "jurisdiction",
            "title",
            "start_year",
            "start_month",
            "end_year",
            "end_month",
            "submitted_on",
            "lead_institutions",
            "lead_institutions_language",
            "status",
            "commitments",
            "commitments_announced",
            "ogp_url",
            "sources",
        )
        extra_kwargs = {name: {"help_text": text} for name, text in PERIOD_HELP.items()}


class DocumentSerializer(ResourceSerializer):
    """A document of a member or of one of its plans: the plan itself, a review
    report, or another document OGP publishes."""

    url = DetailURLField("api:document-list")
    jurisdiction = LinkedField(
        JurisdictionSerializer,
        many=False,
        help_text="The member (?expand=jurisdiction for an object).",
    )
    action_plan = LinkedField(
        ActionPlanSerializer,
        many=False,
        allow_null=True,
        help_text="The plan it belongs to, or null (?expand=action_plan).",
    )
    title = serializers.CharField(help_text="As published, in its own language.")
    # Empty when a source only names the document: a CharField, since an empty
    # string is not a "uri".
    document_url = serializers.CharField(
        source="url",
        help_text="Where the document is published, or empty when a source only "
        "names it.",
    )

    class Meta:
        model = Document
        fields = resource_fields(
            "slug",
            "url",
            "jurisdiction",
            "action_plan",
            "kind",
            "year",
            "title",
            "document_url",
            "language",
            "sources",
        )


class CommitmentSerializer(ResourceSerializer):
    """One commitment of an action plan, under its OGP id, with what OGP's
    Independent Reporting Mechanism said of it. Every review field is null or
    empty until a review document states it; each names the document it comes
    from."""

    ogp_id = serializers.CharField(help_text="OGP's commitment id, e.g. CLPLN0001.")
    url = DetailURLField("api:commitment-list", path=lambda record: (record.ogp_id,))
    action_plan = LinkedField(
        ActionPlanSerializer,
        many=False,
        help_text="The plan (?expand=action_plan for an object).",
    )
    jurisdiction = LinkedField(
        JurisdictionSerializer,
        many=False,
        source="action_plan.jurisdiction",
        help_text="The plan's member (?expand=jurisdiction for an object).",
    )
    title = TranslatedField()
    description = TranslatedField()
    primary_theme = LinkedField(
        ThemeSerializer,
        many=False,
        allow_null=True,
        help_text="Its primary policy area, or null (?expand=primary_theme).",
    )
    themes = LinkedField(
        ThemeSerializer,
        source="published_themes",
        help_text="Its further themes (?expand=themes for objects).",
    )
    lead_institutions = LinesField(
        child=serializers.CharField(),
        help_text="The lead institutions, one per item, as the source names them.",
    )
    lead_institutions_language = serializers.CharField(
        help_text=LEAD_INSTITUTIONS_LANGUAGE_HELP
    )
    ogp_values = serializers.ListField(
        child=serializers.CharField(),
        help_text=(
            "The OGP values OGP's page lists: access-to-information, "
            "civic-participation, public-accountability, technology."
        ),
    )
    verifiable = serializers.BooleanField(
        allow_null=True, help_text="The design review's finding, or null."
    )
    relevant = serializers.BooleanField(
        allow_null=True,
        help_text="Relevant to OGP values, as the design review found, or null.",
    )
    design_review = LinkedField(
        DocumentSerializer,
        many=False,
        allow_null=True,
        help_text=(
            "The document verifiable, relevant and potential_impact come from, or "
            "null (?expand=design_review)."
        ),
    )
    completion_review = LinkedField(
        DocumentSerializer,
        many=False,
        allow_null=True,
        help_text="The document that assessed completion, or null.",
    )
    review_notes = TranslatedField()
    ogp_url = serializers.CharField(help_text="OGP's page of the commitment, or empty.")

    class Meta:
        model = Commitment
        fields = resource_fields(
            "ogp_id",
            "url",
            "action_plan",
            "jurisdiction",
            "title",
            "description",
            "primary_theme",
            "themes",
            "start_year",
            "start_month",
            "end_year",
            "end_month",
            "lead_institutions",
            "lead_institutions_language",
            "ogp_values",
            "verifiable",
            "relevant",
            "potential_impact",
            "design_review",
            "completion",
            "completion_review",
            "review_notes",
            "ogp_url",
            "sources",
        )
        extra_kwargs = {name: {"help_text": text} for name, text in PERIOD_HELP.items()}


class ActionPlanViewSet(ResourceViewSet):
    """Members' action plans, with their commitments."""

    queryset = ActionPlan.objects.none()
    serializer_class = ActionPlanSerializer
    filterset_class = ActionPlanFilter
    expandable = ("jurisdiction", "commitments")
    export_name = "action-plans"

    def get_queryset(self):
        return action_plan_list_with_published_links(whole=self.expand)


class CommitmentViewSet(ResourceViewSet):
    """Commitments of members' action plans and their review, by OGP id."""

    queryset = Commitment.objects.none()
    serializer_class = CommitmentSerializer
    filterset_class = CommitmentFilter
    expandable = (
        "action_plan",
        "jurisdiction",
        "primary_theme",
        "themes",
        "design_review",
        "completion_review",
    )
    export_name = "commitments"
    lookup_field = "ogp_id"
    lookup_name = "OGP id"
    # Either case finds the commitment: OGP writes ids in capitals, people type
    # them as they come.
    lookup_value_regex = "[A-Za-z]{2,8}[0-9]{4}"

    def get_lookup(self):
        return {"ogp_id": self.kwargs["ogp_id"].upper()}

    def get_queryset(self):
        return commitment_list_with_published_links(whole=self.expand)


class DocumentViewSet(ResourceViewSet):
    """Members' documents: action plans, review reports and others."""

    queryset = Document.objects.none()
    serializer_class = DocumentSerializer
    filterset_class = DocumentFilter
    expandable = ("jurisdiction", "action_plan")
    export_name = "documents"

    def get_queryset(self):
        return document_list_with_published_links(whole=self.expand)
