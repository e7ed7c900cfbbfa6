"""What the serializer base gives every resource (common.api.serializers)."""

import pytest

from common.api.fields import FallbackFieldsField, LinesField, UTCDateTimeField
from common.api.serializers import resource_fields
from events.api import MeetingSerializer, SessionSerializer
from members.api import JurisdictionSerializer
from plans.api import ActionPlanSerializer, CommitmentSerializer, DocumentSerializer
from reforms.api import ReformSerializer, ThemeSerializer

RESOURCES = [
    JurisdictionSerializer,
    ThemeSerializer,
    ReformSerializer,
    MeetingSerializer,
    SessionSerializer,
    ActionPlanSerializer,
    CommitmentSerializer,
    DocumentSerializer,
]


def test_resource_fields_end_with_the_update_time_and_the_fallbacks():
    assert resource_fields("slug", "name") == (
        "slug",
        "name",
        "updated_at",
        "fallback_fields",
    )


@pytest.mark.parametrize("serializer_class", RESOURCES)
def test_every_row_ends_with_the_base_fields(serializer_class):
    fields = serializer_class().fields

    assert list(fields)[-2:] == ["updated_at", "fallback_fields"]
    assert isinstance(fields["updated_at"], UTCDateTimeField)
    assert isinstance(fields["fallback_fields"], FallbackFieldsField)


@pytest.mark.parametrize(
    "serializer_class", [s for s in RESOURCES if s is not SessionSerializer]
)
def test_sources_are_a_list_of_lines_where_a_resource_has_them(serializer_class):
    assert type(serializer_class().fields["sources"]) is LinesField


def test_a_session_slug_says_it_is_unique_within_its_meeting():
    assert SessionSerializer().fields["slug"].help_text == "Unique within its meeting."
    assert MeetingSerializer().fields["slug"].help_text == "Stable identifier."
