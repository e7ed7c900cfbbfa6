"""Session times in spreadsheets are on the meeting's clock, as staff type them in
the admin, and a file exported and imported again changes nothing."""

import datetime
import io

import openpyxl
import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile

from events.models import Session
from events.resources import SessionResource
from tests.factories import MeetingFactory, SessionFactory

pytestmark = pytest.mark.django_db

SESSIONS = "/admin/events/session/"
CSV, XLSX = "0", "1"
RESOURCE = SessionResource()
COLUMNS = RESOURCE.fields
# Files are read by either header; exports write the one staff read (English here).
MEETING, SLUG = COLUMNS["meeting"].column_name, COLUMNS["slug"].column_name
STARTS, ENDS = COLUMNS["starts_at"].column_name, COLUMNS["ends_at"].column_name
SLUG_HEADER = RESOURCE.column_header(COLUMNS["slug"])
STARTS_HEADER = RESOURCE.column_header(COLUMNS["starts_at"])
ENDS_HEADER = RESOURCE.column_header(COLUMNS["ends_at"])


def _utc(*args):
    return datetime.datetime(*args, tzinfo=datetime.UTC)


def _export(client, file_format):
    form = client.get(f"{SESSIONS}export/").context["form"]
    selected = {
        name: "on"
        for name, field in form.fields.items()
        if getattr(field, "is_selectable_field", False)
    }
    response = client.post(
        f"{SESSIONS}export/", {"resource": "0", "format": file_format, **selected}
    )
    assert response.status_code == 200
    return response.content


def _upload(client, content, *, file_format=CSV, name="sessions.csv"):
    return client.post(
        f"{SESSIONS}import/",
        {
            "resource": "0",
            "format": file_format,
            "import_file": SimpleUploadedFile(name, content),
        },
    )


def _import(client, content, **kwargs):
    preview = _upload(client, content, **kwargs)
    assert preview.status_code == 200
    assert preview.context["result"].invalid_rows == []
    response = client.post(
        f"{SESSIONS}process_import/", preview.context["confirm_form"].initial
    )
    assert response.status_code == 302
    return [row.import_type for row in preview.context["result"].rows]


def _times_csv(*rows):
    data = tablib.Dataset(headers=[MEETING, SLUG, STARTS, ENDS])
    for row in rows:
        data.append(row)
    return data.export("csv").encode()


def _row_errors(response):
    return [
        (
            row.number,
            {f: [str(e) for e in es] for f, es in row.field_specific_errors.items()},
        )
        for row in response.context["result"].invalid_rows
    ]


@pytest.fixture
def programme(db):
    """Open Americas (Santo Domingo, UTC−4): one session at 09:00–10:30, one not
    yet scheduled."""
    meeting = MeetingFactory(slug="open-americas-2022")
    SessionFactory(
        meeting=meeting,
        slug="opening",
        starts_at=_utc(2022, 9, 27, 13),
        ends_at=_utc(2022, 9, 27, 14, 30),
    )
    SessionFactory(meeting=meeting, slug="to-be-announced")
    return meeting


def test_csv_export_writes_times_on_the_meeting_clock(staff_client, programme):
    exported = _export(staff_client("Editors"), CSV)

    rows = tablib.Dataset().load(exported.decode(), format="csv").dict
    assert [
        (row[SLUG_HEADER], row[STARTS_HEADER], row[ENDS_HEADER]) for row in rows
    ] == [
        ("opening", "2022-09-27 09:00:00", "2022-09-27 10:30:00"),
        ("to-be-announced", "", ""),
    ]


@pytest.mark.parametrize(
    ("file_format", "name"), [(CSV, "sessions.csv"), (XLSX, "sessions.xlsx")]
)
def test_an_export_imported_again_unchanged_changes_nothing(
    staff_client, programme, file_format, name
):
    client = staff_client("Editors")
    before = list(Session.objects.order_by("slug").values())
    versions = [s.history.count() for s in Session.objects.order_by("slug")]

    exported = _export(client, file_format)
    row_types = _import(client, exported, file_format=file_format, name=name)

    assert row_types == ["skip", "skip"]
    assert list(Session.objects.order_by("slug").values()) == before
    assert [s.history.count() for s in Session.objects.order_by("slug")] == versions


def test_xlsx_export_holds_the_meeting_clock_as_date_and_time_cells(
    staff_client, programme
):
    exported = _export(staff_client("Editors"), XLSX)

    sheet = openpyxl.load_workbook(io.BytesIO(exported)).active
    header = [cell.value for cell in sheet[1]]
    opening = [cell.value for cell in sheet[2]]
    assert opening[header.index(STARTS_HEADER)] == datetime.datetime(2022, 9, 27, 9)
    assert opening[header.index(ENDS_HEADER)] == datetime.datetime(2022, 9, 27, 10, 30)


def test_typed_times_are_read_on_the_meeting_clock_and_offsets_as_written(
    staff_client, programme
):
    client = staff_client("Editors")
    file = _times_csv(
        ("open-americas-2022", "opening", "2022-09-28 09:00", "2022-09-28 10:30:00"),
        (
            "open-americas-2022",
            "to-be-announced",
            "2022-09-28T15:00:00Z",
            "2022-09-28T12:30:00-04:00",
        ),
    )

    assert _import(client, file) == ["update", "update"]

    assert list(
        Session.objects.order_by("slug").values_list("slug", "starts_at", "ends_at")
    ) == [
        ("opening", _utc(2022, 9, 28, 13), _utc(2022, 9, 28, 14, 30)),
        ("to-be-announced", _utc(2022, 9, 28, 15), _utc(2022, 9, 28, 16, 30)),
    ]


def test_a_bad_time_or_one_the_clocks_skip_rejects_the_file_on_its_row_and_column(
    staff_client, programme
):
    madrid = MeetingFactory(
        slug="madrid",
        timezone="Europe/Madrid",
        start_date=datetime.date(2023, 3, 25),
        end_date=datetime.date(2023, 3, 27),
    )
    SessionFactory(meeting=madrid, slug="opening")
    client = staff_client("Editors")
    file = _times_csv(
        ("open-americas-2022", "opening", "27/09/2022 9h", ""),
        ("madrid", "opening", "2023-03-26 02:30:00", ""),
    )

    response = _upload(client, file)

    assert _row_errors(response) == [
        (
            1,
            {
                "starts_at": [
                    "Enter a date and time such as “2022-09-27 09:00:00” (in the "
                    "meeting’s time zone)."
                ]
            },
        ),
        (
            2,
            {
                "starts_at": [
                    "2023-03-26 02:30 does not exist in Europe/Madrid: the clocks "
                    "go forward that night and skip it. Enter a time before or "
                    "after the change."
                ]
            },
        ),
    ]
    assert Session.objects.get(meeting=programme, slug="opening").starts_at == (
        _utc(2022, 9, 27, 13)
    )
    assert Session.objects.get(meeting=madrid).starts_at is None


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "Session times (starts_at, ends_at) are in the meeting’s own time zone"),
        ("es", "Los horarios de las sesiones (starts_at, ends_at) están en la zona"),
    ],
)
def test_the_import_page_says_times_are_on_the_meeting_clock(
    staff_client, language, words
):
    response = staff_client("Editors").get(
        f"{SESSIONS}import/", HTTP_ACCEPT_LANGUAGE=language
    )

    assert response.context["form"].fields["import_file"].help_text.startswith(words)
    assert words in response.content.decode()
