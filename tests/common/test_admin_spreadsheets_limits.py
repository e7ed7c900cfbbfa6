"""Imports sized for real files: a file over IMPORT_MAX_BYTES or IMPORT_MAX_ROWS is
refused before it is parsed, in the staff member's language; a key twice in one
file is an error naming both rows; an upload that will not be confirmed is
deleted; a database error is a plain sentence, never the driver's words."""

import io
import os
import tempfile
import time
from decimal import Decimal

import openpyxl
import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from common.admin.spreadsheets import (
    ImportUploadFolder,
    ImportUploadStorage,
    import_time_budget,
    violated_check_constraint,
)
from members.models import Jurisdiction
from members.resources import JurisdictionResource
from tests.common.test_admin_spreadsheets import (
    CSV,
    MEMBER_HEADER,
    PENALOLEN,
    ROSARIO,
    XLSX,
    _csv,
    _import,
    _upload,
)
from tests.factories import JurisdictionFactory

pytestmark = pytest.mark.django_db

PATH = "/admin/members/jurisdiction/"


def _post(client, content, *, file_format=CSV, name="members.csv", language="en"):
    return client.post(
        f"{PATH}import/",
        {
            "resource": "0",
            "format": file_format,
            "import_file": SimpleUploadedFile(name, content),
        },
        headers={"accept-language": language},
    )


def _file_errors(response):
    return response.context["form"].errors.get("import_file")


def _rows_of(count):
    """A CSV of ``count`` valid member rows."""
    return _csv(
        *(
            ROSARIO.replace("rosario,Rosario,", f"member-{n},Member {n},", 1)
            for n in range(count)
        )
    )


# -- sizes ---------------------------------------------------------------------

SIZE_MESSAGES = {
    "en": "This file is 2.0\xa0MB; an import takes files of at most 2.0\xa0MB. "
    "Split it into smaller files and import them one after the other.",
    "es": "Este archivo ocupa 2,0\xa0MB; una importación admite archivos de "
    "2,0\xa0MB como máximo. Divídalo en archivos más pequeños e impórtelos uno "
    "tras otro.",
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_file_over_the_byte_limit_is_refused_before_it_is_read(
    staff_client, language, settings
):
    assert settings.IMPORT_MAX_BYTES == 2 * 1024 * 1024
    client = staff_client("Editors")
    # Not even a workbook: had it been read, the answer would say so.
    oversize = b"PK" + b"x" * (2 * 1024 * 1024 - 1)

    response = _post(
        client, oversize, file_format=XLSX, name="members.xlsx", language=language
    )

    assert response.status_code == 200
    assert _file_errors(response) == [SIZE_MESSAGES[language]]
    assert "result" not in response.context


def test_a_file_of_exactly_the_byte_limit_is_read(staff_client, settings):
    settings.IMPORT_MAX_BYTES = len(_csv(ROSARIO))
    client = staff_client("Editors")

    response = _post(client, _csv(ROSARIO))

    assert _file_errors(response) is None
    assert "confirm_form" in response.context


ROW_MESSAGES = {
    "en": "This file has more than 500 rows; an import takes at most 500. "
    "Split it into smaller files and import them one after the other.",
    "es": "Este archivo tiene más de 500 filas; una importación admite 500 como "
    "máximo. Divídalo en archivos más pequeños e impórtelos uno tras otro.",
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_csv_over_the_row_limit_is_refused_before_its_rows_are_read(
    staff_client, language, settings
):
    assert settings.IMPORT_MAX_ROWS == 500
    client = staff_client("Editors")
    # Unknown columns too: the rows are counted before the header is checked.
    content = "\n".join(["slug,no such column", *["x,y"] * 501]).encode()

    response = _post(client, content, language=language)

    assert _file_errors(response) == [ROW_MESSAGES[language]]
    assert "result" not in response.context


def test_an_xlsx_over_the_row_limit_is_refused(staff_client, settings):
    settings.IMPORT_MAX_ROWS = 3
    client = staff_client("Editors")
    book = openpyxl.Workbook()
    for line in [MEMBER_HEADER, ROSARIO, PENALOLEN, ROSARIO, PENALOLEN]:
        book.active.append(line.split(","))
    data = io.BytesIO()
    book.save(data)

    response = _post(client, data.getvalue(), file_format=XLSX, name="members.xlsx")

    assert _file_errors(response) == [
        "This file has more than 3 rows; an import takes at most 3. Split it into "
        "smaller files and import them one after the other."
    ]


def test_blank_lines_are_not_rows(staff_client, settings):
    settings.IMPORT_MAX_ROWS = 2
    client = staff_client("Editors")

    response = _post(client, _csv(ROSARIO, ",,,", "", PENALOLEN, ""))

    assert _file_errors(response) is None


# -- duplicate keys --------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "en",
            "Rows 2 and 4 are the same record (rosario): a file names each record "
            "once. Keep one of the two rows.",
        ),
        (
            "es",
            "Las filas 2 y 4 son el mismo registro (rosario): un archivo nombra cada "
            "registro una sola vez. Conserve una de las dos filas.",
        ),
    ],
)
def test_a_key_twice_in_one_file_names_both_rows_and_writes_nothing(
    staff_client, language, message
):
    client = staff_client("Editors")
    renamed = ROSARIO.replace("rosario,Rosario,", "rosario,Rosario city,", 1)

    response = _post(client, _csv(ROSARIO, PENALOLEN, renamed), language=language)

    assert [
        (problem["row"], problem["value"], problem["message"])
        for problem in response.context["row_problems"]
    ] == [(4, "rosario", message)]
    assert "confirm_form" not in response.context
    assert Jurisdiction.objects.count() == 0


# -- stored uploads --------------------------------------------------------------


def _stored(name):
    return (ImportUploadFolder.folder() / name).exists()


def test_an_abandoned_preview_leaves_no_stored_upload(staff_client):
    client = staff_client("Editors")
    preview = _upload(client, PATH, _csv(ROSARIO))
    name = preview.context["confirm_form"].initial["import_file_name"]
    assert _stored(name)  # waiting for the confirmation

    # The staff member goes back to the import page instead of confirming.
    assert client.get(f"{PATH}import/").status_code == 200

    assert not _stored(name)
    assert Jurisdiction.objects.count() == 0


def test_a_preview_with_problems_deletes_its_upload_at_once(
    staff_client, monkeypatch, tmp_path
):
    # A temporary folder of its own: the shared one also holds other tests' files.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    client = staff_client("Editors")

    response = _upload(client, PATH, _csv(ROSARIO, ROSARIO))

    assert response.context["row_problems"]
    assert os.listdir(tmp_path / ImportUploadFolder.FOLDER_NAME) == []


def test_a_confirmed_import_still_works_after_a_second_preview(staff_client):
    client = staff_client("Editors")
    _upload(client, PATH, _csv(ROSARIO))

    _import(client, PATH, _csv(PENALOLEN))

    assert list(Jurisdiction.objects.values_list("slug", flat=True)) == ["penalolen"]


def test_confirming_an_abandoned_preview_imports_nothing_and_says_so(staff_client):
    client = staff_client("Editors")
    first = _upload(client, PATH, _csv(ROSARIO)).context["confirm_form"].initial
    _upload(client, PATH, _csv(PENALOLEN))  # a newer preview abandons the first

    response = client.post(f"{PATH}process_import/", first, follow=True)

    assert response.redirect_chain == [(f"{PATH}import/", 302)]
    assert [str(message) for message in response.context["messages"]] == [
        "This preview is no longer open: nothing was imported. Upload the file "
        "again to see its preview."
    ]
    assert Jurisdiction.objects.count() == 0


def test_only_the_file_of_ones_own_preview_can_be_confirmed(staff_client):
    client = staff_client("Editors")
    initial = _upload(client, PATH, _csv(ROSARIO)).context["confirm_form"].initial
    other = staff_client("Editors", username="another-editor")

    response = other.post(f"{PATH}process_import/", initial)

    assert response.status_code == 302
    assert Jurisdiction.objects.count() == 0
    assert _stored(initial["import_file_name"])  # still the first editor's


def test_uploads_in_the_cache_are_deleted_when_abandoned_and_expire(
    staff_client, settings
):
    settings.IMPORT_EXPORT_TMP_STORAGE_CLASS = (
        "common.admin.spreadsheets.ImportUploadStorage"
    )
    client = staff_client("Editors")
    preview = _upload(client, PATH, _csv(ROSARIO))
    key = (
        ImportUploadStorage.CACHE_PREFIX
        + (preview.context["confirm_form"].initial["import_file_name"])
    )
    assert cache.get(key) == _csv(ROSARIO)

    client.get(f"{PATH}import/")

    assert cache.get(key) is None
    settings.IMPORT_UPLOAD_LIFETIME = 0  # Django's cache: expired at once
    storage = ImportUploadStorage()
    storage.save(b"kept no time")
    assert storage.read() is None


def test_uploads_in_the_temporary_folder_expire_and_are_swept_by_the_next(
    settings, monkeypatch, tmp_path
):
    """Without a shared cache an upload waits in a file: after
    IMPORT_UPLOAD_LIFETIME it is no longer read, and the next upload deletes it."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    settings.IMPORT_UPLOAD_LIFETIME = 60
    abandoned = ImportUploadFolder()
    abandoned.save(b"slug\nrosario\n")
    assert ImportUploadFolder(name=abandoned.name, read_mode="rb").read() == (
        b"slug\nrosario\n"
    )

    # An hour later (the file's time moved back rather than the clock on).
    an_hour_ago = time.time() - 3600
    os.utime(abandoned.path(), (an_hour_ago, an_hour_ago))
    with pytest.raises(FileNotFoundError):
        ImportUploadFolder(name=abandoned.name).read()
    ImportUploadFolder().save(b"slug\npenalolen\n")

    assert not _stored(abandoned.name)
    assert len(os.listdir(ImportUploadFolder.folder())) == 1


@pytest.mark.parametrize("name", ["../../etc/passwd", "", "a" * 31, "A" * 32])
def test_a_name_the_folder_did_not_make_names_no_file(name):
    with pytest.raises(FileNotFoundError):
        ImportUploadFolder(name=name).read()


# -- time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "en",
            "From this row on, the file was not checked: checking it takes longer "
            "than a page may wait. Split it into smaller files and import them one "
            "after the other.",
        ),
        (
            "es",
            "A partir de esta fila no se revisó el archivo: revisarlo tarda más de lo "
            "que una página puede esperar. Divídalo en archivos más pequeños e "
            "impórtelos uno tras otro.",
        ),
    ],
)
def test_a_file_too_slow_to_check_is_refused_in_one_plain_line(
    staff_client, settings, language, message
):
    # No time at all: the first row is already late.
    settings.IMPORT_TIME_BUDGET = 0
    client = staff_client("Editors")

    response = _post(client, _rows_of(3), language=language)

    assert response.status_code == 200
    assert [
        (problem["row"], problem["message"])
        for problem in response.context["row_problems"]
    ] == [(2, message)]
    assert "confirm_form" not in response.context
    assert Jurisdiction.objects.count() == 0


def test_the_time_budget_is_within_the_database_deadline(settings):
    settings.IMPORT_TIME_BUDGET = None
    settings.DATABASE_REQUEST_TIMEOUT = 12.0

    assert import_time_budget() == 9.0


# -- database errors ---------------------------------------------------------------


@pytest.fixture
def refused_slug():
    """A rule of the database the model does not know: no member slugged
    "refused". Undone with the test's transaction."""
    table = Jurisdiction._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                f"ALTER TABLE {table} ADD CONSTRAINT no_refused CHECK "
                "(slug <> 'refused')"
            )
        else:
            cursor.execute(
                f"CREATE TRIGGER no_refused BEFORE INSERT ON {table} "
                "WHEN NEW.slug = 'refused' "
                "BEGIN SELECT RAISE(ABORT, 'no_refused violated'); END"
            )


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "en",
            "This row could not be saved. Check its values against the columns "
            "listed above; if they look right, tell the site's administrators.",
        ),
        (
            "es",
            "Esta fila no se pudo guardar. Compare sus valores con las columnas "
            "descritas más arriba; si parecen correctos, avise a los "
            "administradores del sitio.",
        ),
    ],
)
def test_a_database_error_is_a_plain_sentence(
    staff_client, refused_slug, language, message
):
    client = staff_client("Editors")
    refused = PENALOLEN.replace("penalolen,", "refused,", 1)

    response = _post(client, _csv(ROSARIO, refused), language=language)

    assert response.status_code == 200
    assert [
        (problem["row"], problem["message"])
        for problem in response.context["row_problems"]
    ] == [(3, message)]
    html = response.content.decode()
    for driver_words in ("no_refused", "IntegrityError", "violat", "Traceback"):
        assert driver_words not in html
    assert "confirm_form" not in response.context
    assert Jurisdiction.objects.count() == 0


# -- cost per row --------------------------------------------------------------


def _preview_queries(client, rows):
    with CaptureQueriesContext(connection) as queries:
        response = _post(client, _rows_of(rows))
    assert response.context["row_problems"] == []
    assert "confirm_form" in response.context
    return len(queries)


def test_each_new_row_of_a_preview_costs_six_queries(staff_client):
    """Find the record, check its key is free, savepoint, insert it, move the
    content stamp, release. The CHECK constraints are left to the database's
    insert rather than asked one query and savepoint each, and a preview (rolled
    back) writes no edit history: a row cost twenty-five queries, and a file of
    IMPORT_MAX_ROWS rows missed the database deadline."""
    client = staff_client("Editors")

    one = _preview_queries(client, 1)
    twenty_one = _preview_queries(client, 21)

    assert (twenty_one - one) / 20 == 6


def test_a_check_constraint_the_database_enforces_reads_as_its_own_message(db):
    """A row that passed the model's validation and still breaks one of its CHECK
    constraints is refused by the database on save: that row is reported with
    the constraint's message, and the savepoint leaves nothing behind."""
    member = JurisdictionFactory.build(latitude=Decimal("95"), longitude=Decimal("0"))

    with pytest.raises(ValidationError) as refused, transaction.atomic():
        JurisdictionResource().do_instance_save(member, True)

    assert refused.value.messages == [
        "Constraint “jurisdiction_latitude_in_range” is violated."
    ]
    assert Jurisdiction.objects.count() == 0


def test_a_database_rule_the_model_does_not_declare_is_not_named(refused_slug):
    member = JurisdictionFactory.build(slug="refused")

    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        member.save()

    assert violated_check_constraint(member, refused.value) is None
