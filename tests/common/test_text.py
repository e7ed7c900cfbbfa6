"""Stored text has one form, whoever typed it (common.db.text): line breaks as
``\\n``, no spaces at line ends, none around the text."""

import types

import pytest
import tablib
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.utils import translation

from common.caching.stamp import content_stamp
from common.db.text import normalise_stored_text, normalise_text
from common.templatetags.languages import translated_paragraphs
from events.models import Meeting
from events.resources import MeetingResource
from tests.adminforms import form_data
from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    DocumentFactory,
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

HIGHLIGHTS = "Eight reforms were showcased.\n\nPeers from 15 countries met."


@pytest.mark.parametrize(
    ("sent", "stored"),
    [
        ("One.\r\n\r\nTwo.", "One.\n\nTwo."),
        ("One.\r\rTwo.", "One.\n\nTwo."),
        ("One.  \r\n\t\r\nTwo.\u00a0", "One.\n\nTwo."),
        ("One.\u2028Two.\u2029Three.", "One.\nTwo.\n\nThree."),
        ("\r\n  Indented stays.\r\n", "Indented stays."),
        ("", ""),
        (None, None),
    ],
)
def test_normalise_text(sent, stored):
    assert normalise_text(sent) == stored


@pytest.mark.django_db
def test_saving_stores_and_keeps_the_normalised_form():
    meeting = MeetingFactory(
        highlights_en="Eight reforms were showcased. \r\n\r\n"
        "Peers from 15 countries met.\r\n"
    )

    assert meeting.highlights_en == HIGHLIGHTS
    assert Meeting.objects.values_list("highlights_en", flat=True).get() == HIGHLIGHTS


@pytest.mark.django_db
def test_a_queryset_update_stores_the_normalised_form():
    meeting = MeetingFactory()

    Meeting.objects.filter(pk=meeting.pk).update(sources="https://a.example/\r\n")

    assert Meeting.objects.values_list("sources", flat=True).get() == (
        "https://a.example/"
    )


@pytest.mark.django_db
def test_stored_text_is_rewritten_by_the_data_migration():
    meeting = MeetingFactory(highlights_en=HIGHLIGHTS)
    before = content_stamp()
    # As a browser's save left it before this change: straight into the column.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE events_meeting SET highlights_en = %s, summary_es = %s",
            [
                "Eight reforms were showcased.\r\n\r\nPeers from 15 countries met.",
                "Un encuentro.  ",
            ],
        )
    updated_at = Meeting.objects.get(pk=meeting.pk).updated_at

    normalise_stored_text(
        apps, types.SimpleNamespace(connection=connection), app_label="events"
    )

    meeting = Meeting.objects.get(pk=meeting.pk)
    assert (meeting.highlights_en, meeting.summary_es) == (HIGHLIGHTS, "Un encuentro.")
    assert meeting.updated_at == updated_at
    assert content_stamp().version == before.version + 1


@pytest.mark.django_db
def test_a_spreadsheet_row_differing_only_in_line_breaks_is_unchanged():
    meeting = MeetingFactory(highlights_en=HIGHLIGHTS)
    resource = MeetingResource()
    dataset = resource.export(queryset=Meeting.objects.all())
    row = dataset.dict[0]
    row["highlights_en"] = HIGHLIGHTS.replace("\n", "\r\n") + "  "
    updated_at = meeting.updated_at

    result = resource.import_data(tablib.Dataset(*[row.values()], headers=list(row)))

    assert (result.has_errors(), result.totals["skip"], result.totals["update"]) == (
        False,
        1,
        0,
    )
    assert Meeting.objects.get(pk=meeting.pk).updated_at == updated_at


@pytest.mark.django_db
def test_an_inline_changed_under_an_unchanged_meeting_saves_the_inline_only(
    staff_client,
):
    meeting = MeetingFactory(highlights_en=HIGHLIGHTS)
    session = SessionFactory(meeting=meeting, title_en="Opening")
    client = staff_client("Editors")
    url = f"/admin/events/meeting/{meeting.pk}/change/"
    data = form_data(client.get(url), "meeting_form")
    data = {
        name: value.replace("\n", "\r\n") if isinstance(value, str) else value
        for name, value in data.items()
    }
    data["sessions-0-title_en"] = "Opening plenary"
    versions = meeting.history.count()

    response = client.post(url, data)

    assert response.status_code == 302
    meeting_after = Meeting.objects.get(pk=meeting.pk)
    assert meeting_after.updated_at == meeting.updated_at
    assert meeting_after.history.count() == versions
    session.refresh_from_db()
    assert session.title_en == "Opening plenary"
    assert LogEntry.objects.get().get_change_message() == (
        "Changed Title [en] for session “Opening plenary”."
    )


# Every field a page, the API or an export splits into items (one per line), with
# the list its displays read. Each holds its items apart however they were typed.
LINE_LISTS = [
    (MeetingFactory, "sources", "source_list"),
    (JurisdictionFactory, "sources", "source_list"),
    (JurisdictionFactory, "other_names", "other_name_list"),
    (ThemeFactory, "sources", "source_list"),
    (ReformFactory, "sources", "source_list"),
    (ActionPlanFactory, "sources", "source_list"),
    (ActionPlanFactory, "lead_institutions", "lead_institution_list"),
    (DocumentFactory, "sources", "source_list"),
    (CommitmentFactory, "sources", "source_list"),
    (CommitmentFactory, "lead_institutions", "lead_institution_list"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("factory", "field", "items"),
    LINE_LISTS,
    ids=[f"{f._meta.model.__name__}.{field}" for f, field, _i in LINE_LISTS],
)
def test_every_one_per_line_field_stores_lines_and_shows_them_apart(
    factory, field, items
):
    record = factory(**{field: "https://a.example/ \r\nhttps://b.example/\rC  \r\n"})
    model = type(record)

    stored = model.objects.values_list(field, flat=True).get(pk=record.pk)
    assert stored == "https://a.example/\nhttps://b.example/\nC"
    assert getattr(model.objects.get(pk=record.pk), items) == [
        "https://a.example/",
        "https://b.example/",
        "C",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
def test_highlights_typed_with_any_line_break_are_shown_as_separate_items(language):
    meeting = MeetingFactory(
        **{f"highlights_{language}": "One.  \r\n\r\nTwo.\r\rThree.\u2029Four."}
    )

    with translation.override(language):
        shown = translated_paragraphs(
            Meeting.objects.get(pk=meeting.pk), "highlights", "ul", "li"
        )

    assert shown == "<ul><li>One.</li><li>Two.</li><li>Three.</li><li>Four.</li></ul>"
