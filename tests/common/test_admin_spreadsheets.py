"""Spreadsheet import and export in the admin: preview, all-or-nothing, idempotent."""

import datetime
from decimal import Decimal

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile

from events.models import Session
from members.models import Jurisdiction
from reforms.models import Reform
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

CSV, XLSX = "0", "1"

MEMBER_HEADER = (
    "slug,name_en,name_es,local_name,other_names,kind,country,subdivision,ocd_id,"
    "region,"
    "member_since,status,summary_en,summary_es,website,ogp_url,latitude,longitude,"
    "sources,last_verified_on,is_published"
)
ROSARIO = (
    "rosario,Rosario,Rosario,Municipalidad de Rosario,Rosario de Santa Fe,"
    "municipality,AR,AR-S,,americas,"
    "2020,active,A city on the Paraná.,Una ciudad junto al Paraná.,"
    "https://www.rosario.gob.ar,,-32.94682,-60.63932,,2026-11-01,1"
)
PENALOLEN = (
    "penalolen,Peñalolén,Peñalolén,Municipalidad de Peñalolén,,municipality,CL,CL-RM,,"
    "americas,2020,active,A commune of Santiago.,,,,,,,,0"
)


# The same columns as an export writes them, for staff to read.
MEMBER_HEADINGS = (
    "Slug,Name (English),Name (Spanish),Official local name,Other names,"
    "Type of government,"
    "Country,ISO 3166-2 subdivision,Open Civic Data division id,OGP region,"
    "Member since,Membership status,Summary (English),Summary (Spanish),"
    "Official website,OGP member page,Latitude,Longitude,Sources,Last verified on,"
    "Published"
)


def _csv(*rows, header=MEMBER_HEADER):
    return "\n".join([header, *rows]).encode()


def _upload(client, path, content, *, file_format=CSV, name="members.csv"):
    return client.post(
        f"{path}import/",
        {
            "resource": "0",
            "format": file_format,
            "import_file": SimpleUploadedFile(name, content),
        },
    )


def _import(client, path, content, **kwargs):
    """Upload, check the preview, confirm: what a staff member clicks through."""
    preview = _upload(client, path, content, **kwargs)
    assert preview.status_code == 200
    confirm = preview.context["confirm_form"]
    response = client.post(f"{path}process_import/", confirm.initial)
    assert response.status_code == 302
    return preview


def _row_types(response):
    return [row.import_type for row in response.context["result"].rows]


def _row_errors(response):
    return [
        (
            row.number,
            {
                field: [str(e) for e in errors]
                for field, errors in row.field_specific_errors.items()
            },
        )
        for row in response.context["result"].invalid_rows
    ]


# -- members -------------------------------------------------------------------


def test_import_shows_a_preview_before_writing(staff_client):
    client = staff_client("Editors")

    response = _upload(client, "/admin/members/jurisdiction/", _csv(ROSARIO, PENALOLEN))

    assert response.status_code == 200
    assert _row_types(response) == ["new", "new"]
    assert response.context["confirm_form"].initial["original_file_name"] == (
        "members.csv"
    )
    assert Jurisdiction.objects.count() == 0


def test_a_valid_file_imports_exactly_its_rows(staff_client):
    client = staff_client("Editors")

    _import(client, "/admin/members/jurisdiction/", _csv(ROSARIO, PENALOLEN))

    rosario = Jurisdiction.objects.get(slug="rosario")
    assert (
        rosario.name_en,
        rosario.name_es,
        rosario.local_name,
        rosario.other_names,
        rosario.kind,
        rosario.country.code,
        rosario.subdivision,
        rosario.member_since,
        rosario.summary_es,
        rosario.website,
        rosario.latitude,
        rosario.longitude,
        rosario.last_verified_on,
        rosario.is_published,
    ) == (
        "Rosario",
        "Rosario",
        "Municipalidad de Rosario",
        "Rosario de Santa Fe",
        "municipality",
        "AR",
        "AR-S",
        2020,
        "Una ciudad junto al Paraná.",
        "https://www.rosario.gob.ar",
        Decimal("-32.94682"),
        Decimal("-60.63932"),
        datetime.date(2026, 11, 1),
        True,
    )
    penalolen = Jurisdiction.objects.get(slug="penalolen")
    assert (penalolen.name_en, penalolen.summary_es, penalolen.is_published) == (
        "Peñalolén",
        "",
        False,
    )
    assert rosario.history.get().history_user == client.user


def test_importing_the_same_file_again_changes_nothing(staff_client):
    client = staff_client("Editors")
    content = _csv(ROSARIO, PENALOLEN)
    _import(client, "/admin/members/jurisdiction/", content)
    before = dict(Jurisdiction.objects.values_list("slug", "updated_at"))

    preview = _import(client, "/admin/members/jurisdiction/", content)

    assert _row_types(preview) == ["skip", "skip"]
    assert dict(Jurisdiction.objects.values_list("slug", "updated_at")) == before
    assert Jurisdiction.objects.count() == 2
    assert Jurisdiction.history.count() == 2


def test_a_changed_row_updates_only_that_record(staff_client):
    client = staff_client("Editors")
    _import(client, "/admin/members/jurisdiction/", _csv(ROSARIO, PENALOLEN))
    penalolen_updated_at = Jurisdiction.objects.get(slug="penalolen").updated_at

    preview = _import(
        client,
        "/admin/members/jurisdiction/",
        _csv(
            ROSARIO.replace("Rosario,Rosario,", "Rosario,Ciudad de Rosario,"), PENALOLEN
        ),
    )

    assert _row_types(preview) == ["update", "skip"]
    assert Jurisdiction.objects.get(slug="rosario").name_es == "Ciudad de Rosario"
    assert Jurisdiction.objects.get(slug="penalolen").updated_at == penalolen_updated_at


def test_a_file_with_one_bad_row_writes_nothing_and_names_row_and_column(
    staff_client,
):
    client = staff_client("Editors")
    bad = PENALOLEN.replace(",CL,CL-RM,", ",XX,,").replace(",2020,", ",1990,")

    response = _upload(
        client,
        "/admin/members/jurisdiction/",
        _csv(ROSARIO, bad, ROSARIO.replace("rosario,", "rosario-2,", 1)),
    )

    assert response.status_code == 200
    assert "confirm_form" not in response.context
    assert _row_errors(response) == [
        (
            2,
            {
                "country": [
                    "“XX” is not a country. Write its two-letter ISO code (“CL”) or "
                    "its name (“Chile”)."
                ],
                "member_since": ["Enter a year between 2011 and 2100."],
            },
        )
    ]
    assert [
        (problem["row"], problem["column"], problem["value"])
        for problem in response.context["row_problems"]
    ] == [(3, "Country", "XX"), (3, "Member since", "1990")]
    assert Jurisdiction.objects.count() == 0


def test_import_validates_like_the_model(staff_client):
    client = staff_client("Editors")
    wrong_subdivision = ROSARIO.replace(",AR-S,", ",MX-NLE,")
    # Another record: a file names each record once.
    wrong_ocd_id = ROSARIO.replace(",AR-S,,", ",AR-S,ocd-division/country:cl,").replace(
        "rosario,", "rosario-city,", 1
    )

    response = _upload(
        client, "/admin/members/jurisdiction/", _csv(wrong_subdivision, wrong_ocd_id)
    )

    assert _row_errors(response) == [
        (1, {"subdivision": ["“MX-NLE” is not a subdivision of AR."]}),
        (
            2,
            {
                "ocd_id": [
                    "The Open Civic Data id must start with this member's country."
                ]
            },
        ),
    ]


def test_export_writes_one_column_per_language_and_round_trips(staff_client):
    client = staff_client("Editors")
    _import(client, "/admin/members/jurisdiction/", _csv(ROSARIO, PENALOLEN))

    exported = _export(client, "/admin/members/jurisdiction/", CSV)

    assert exported.decode().replace("\r\n", "\n").strip().split("\n") == [
        MEMBER_HEADINGS,
        PENALOLEN,
        ROSARIO,
    ]
    preview = _import(client, "/admin/members/jurisdiction/", exported)
    assert _row_types(preview) == ["skip", "skip"]


def test_xlsx_export_imports_back_unchanged(staff_client):
    client = staff_client("Editors")
    _import(client, "/admin/members/jurisdiction/", _csv(ROSARIO, PENALOLEN))
    before = dict(Jurisdiction.objects.values_list("slug", "updated_at"))

    exported = _export(client, "/admin/members/jurisdiction/", XLSX)
    preview = _import(
        client,
        "/admin/members/jurisdiction/",
        exported,
        file_format=XLSX,
        name="members.xlsx",
    )

    assert exported[:2] == b"PK"  # a zip container, as every .xlsx is
    assert _row_types(preview) == ["skip", "skip"]
    assert dict(Jurisdiction.objects.values_list("slug", "updated_at")) == before


def test_an_xlsx_file_imports(staff_client):
    client = staff_client("Editors")
    dataset = tablib.Dataset().load(_csv(ROSARIO).decode(), format="csv")

    _import(
        client,
        "/admin/members/jurisdiction/",
        dataset.export("xlsx"),
        file_format=XLSX,
        name="members.xlsx",
    )

    assert list(Jurisdiction.objects.values_list("slug", "name_es")) == [
        ("rosario", "Rosario")
    ]


def _export(client, path, file_format, language="en"):
    page = client.get(f"{path}export/", headers={"accept-language": language})
    form = page.context["form"]
    selected = {
        name: "on"
        for name, field in form.fields.items()
        if getattr(field, "is_selectable_field", False)
    }
    response = client.post(
        f"{path}export/",
        {"resource": "0", "format": file_format, **selected},
        headers={"accept-language": language},
    )
    assert response.status_code == 200
    return response.content


# -- reforms: links as slugs ---------------------------------------------------

REFORM_HEADER = (
    "slug,title_en,title_es,summary_en,summary_es,jurisdictions,countries,themes,"
    "status,website,sources,is_published"
)


def test_reform_links_import_as_slugs(staff_client):
    JurisdictionFactory(slug="rosario")
    JurisdictionFactory(slug="penalolen")
    ThemeFactory(slug="open-data")
    client = staff_client("Editors")
    row = (
        'shared-data,Shared data,Datos compartidos,,,"rosario,penalolen","cl,AR",'
        "open-data,in-progress,,,1"
    )

    _import(client, "/admin/reforms/reform/", _csv(row, header=REFORM_HEADER))

    reform = Reform.objects.get(slug="shared-data")
    assert sorted(m.slug for m in reform.jurisdictions.all()) == [
        "penalolen",
        "rosario",
    ]
    assert [t.slug for t in reform.themes.all()] == ["open-data"]
    assert [c.code for c in reform.countries] == ["AR", "CL"]
    # Exported in the API's order of fields (the import reads columns by name).
    exported = _export(client, "/admin/reforms/reform/", CSV).decode()
    header, row = exported.replace("\r\n", "\n").strip().split("\n")[:2]
    assert header == (
        "Slug,Title (English),Title (Spanish),Summary (English),Summary (Spanish),"
        "Status,Countries,Members,Themes,Web page,Sources,Commitment it implements,"
        "Published"
    )
    assert row == (
        'shared-data,Shared data,Datos compartidos,,,in-progress,"AR,CL",'
        '"penalolen,rosario",open-data,,,,1'
    )


def test_an_unknown_slug_in_a_link_column_rejects_the_file(staff_client):
    JurisdictionFactory(slug="rosario")
    client = staff_client("Editors")
    good = "good,Good,,,,rosario,,,in-progress,,,1"
    bad = 'bad,Bad,,,,"rosario,atlantis",,,in-progress,,,1'

    response = _upload(
        client, "/admin/reforms/reform/", _csv(good, bad, header=REFORM_HEADER)
    )

    assert _row_errors(response) == [
        (2, {"jurisdictions": ["Unknown slugs: atlantis."]})
    ]
    assert Reform.objects.count() == 0


# -- meetings and sessions -----------------------------------------------------

SESSION_HEADER = (
    "meeting,slug,position,title_en,title_es,description_en,description_es,kind,"
    "starts_at,ends_at,participant_count,languages,themes,jurisdictions,"
    "showcased_reforms,is_published"
)


def test_sessions_are_keyed_by_meeting_and_slug(staff_client):
    americas = MeetingFactory(slug="open-americas")
    europe = MeetingFactory(slug="europe")
    SessionFactory(meeting=americas, slug="opening", title_en="Old")
    SessionFactory(meeting=europe, slug="opening", title_en="European opening")
    ReformFactory(slug="shared-data")
    client = staff_client("Editors")
    rows = [
        "open-americas,opening,1,Opening,Apertura,,,plenary,2022-09-26 14:00:00,"
        '2022-09-26 15:00:00,120,"es,en",,,shared-data,1',
        "open-americas,closing,9,Closing,Cierre,,,plenary,,,,,,,,0",
    ]

    preview = _import(
        client, "/admin/events/session/", _csv(*rows, header=SESSION_HEADER)
    )

    assert _row_types(preview) == ["update", "new"]
    assert sorted(Session.objects.values_list("meeting__slug", "slug", "title_en")) == [
        ("europe", "opening", "European opening"),
        ("open-americas", "closing", "Closing"),
        ("open-americas", "opening", "Opening"),
    ]
    opening = Session.objects.get(meeting=americas, slug="opening")
    # 14:00 on the meeting's clock (America/Santo_Domingo, UTC−4).
    assert opening.starts_at == datetime.datetime(2022, 9, 26, 18, tzinfo=datetime.UTC)
    assert [r.slug for r in opening.showcased_reforms.all()] == ["shared-data"]


def test_a_session_row_with_an_unknown_meeting_or_time_outside_it_is_refused(
    staff_client,
):
    MeetingFactory(slug="open-americas")
    client = staff_client("Editors")
    rows = [
        "atlantis,opening,1,Opening,,,,plenary,,,,,,,,1",
        "open-americas,late,1,Late,,,,plenary,2022-11-26 14:00:00,,,,,,,1",
    ]

    response = _upload(
        client, "/admin/events/session/", _csv(*rows, header=SESSION_HEADER)
    )

    assert _row_errors(response) == [
        (1, {"meeting": ["No meeting has the slug “atlantis”."]}),
        (
            2,
            {
                "starts_at": [
                    "This time is outside the meeting’s dates (2022-09-26 to 2022-09-29)."
                ]
            },
        ),
    ]
    assert Session.objects.count() == 0


def test_meetings_import_and_refuse_impossible_dates(staff_client):
    client = staff_client("Editors")
    exported = None
    MeetingFactory(slug="open-americas")
    exported = _export(client, "/admin/events/meeting/", CSV).decode()
    header, row = exported.replace("\r\n", "\n").strip().split("\n")
    broken = row.replace("2022-09-29", "2022-09-01").replace(
        "America/Santo_Domingo", "Mars/Olympus"
    )

    unchanged = _upload(client, "/admin/events/meeting/", exported.encode())
    response = _upload(client, "/admin/events/meeting/", _csv(broken, header=header))

    assert _row_types(unchanged) == ["skip"]
    assert _row_errors(response) == [
        (
            1,
            {
                "timezone": [
                    "“Mars/Olympus” is not an IANA time zone such as "
                    "“America/Santo_Domingo”."
                ],
                "end_date": ["The last day cannot be before the first day."],
            },
        )
    ]


# -- who may ---------------------------------------------------------------------


@pytest.mark.parametrize("role", ["Translators", "Viewers"])
@pytest.mark.parametrize(
    "path",
    [
        "/admin/members/jurisdiction/",
        "/admin/reforms/reform/",
        "/admin/events/meeting/",
        "/admin/events/session/",
    ],
)
def test_only_editors_import_and_export(staff_client, role, path):
    client = staff_client(role)

    changelist = client.get(path)

    assert changelist.context["has_import_permission"] is False
    assert changelist.context["has_export_permission"] is False
    assert client.get(f"{path}import/").status_code == 403
    assert client.get(f"{path}export/").status_code == 403
    assert _upload(client, path, _csv(ROSARIO)).status_code == 403
    assert Jurisdiction.objects.count() == 0


def test_a_row_that_went_bad_after_the_preview_still_writes_nothing(staff_client):
    meeting = MeetingFactory(slug="open-americas")
    MeetingFactory(slug="europe")
    client = staff_client("Editors")
    rows = [
        "europe,opening,1,Opening,,,,plenary,,,,,,,,1",
        "open-americas,opening,1,Opening,,,,plenary,,,,,,,,1",
    ]
    preview = _upload(
        client, "/admin/events/session/", _csv(*rows, header=SESSION_HEADER)
    )
    meeting.delete()

    response = client.post(
        "/admin/events/session/process_import/", preview.context["confirm_form"].initial
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/events/session/import/"
    assert Session.objects.count() == 0
    assert [str(m) for m in response.wsgi_request._messages] == [
        "Nothing was imported: the records changed since the preview and some rows "
        "are no longer valid. Upload the file again to see them."
    ]


# -- headers and values as staff write them ------------------------------------

SPANISH_HEADINGS = (
    "Identificador,Nombre (inglés),Nombre (español),Tipo de gobierno,País,"
    "Región de OGP,Miembro desde,Situación de la membresía,Publicado"
)
ENGLISH_HEADINGS = (
    "Slug,Name (English),Name (Spanish),Type of government,Country,OGP region,"
    "Member since,Membership status,Published"
)


@pytest.mark.parametrize(
    ("header", "row"),
    [
        (
            ENGLISH_HEADINGS,
            "penalolen,Peñalolén,Peñalolén,Municipality,Chile,Americas,2020,Active,1",
        ),
        (
            SPANISH_HEADINGS,
            "penalolen,Peñalolén,Peñalolén,MUNICIPIO,chile,americas,2020,activo,1",
        ),
        (
            # Any case and accents, in headers and values alike.
            SPANISH_HEADINGS.lower().replace("é", "e").replace("ó", "o"),
            "penalolen,Peñalolén,Peñalolén,municipality,CL,Américas,2020,ACTIVE,1",
        ),
        (
            # Chile's word for its municipalities, as staff copy it.
            ENGLISH_HEADINGS,
            "penalolen,Peñalolén,Peñalolén,Comuna,Chile,Americas,2020,Active,1",
        ),
    ],
    ids=[
        "english-names",
        "spanish-names",
        "codes-and-lower-case-headers",
        "chilean-comuna",
    ],
)
def test_choices_import_by_code_or_name_in_either_language(staff_client, header, row):
    client = staff_client("Editors")

    _import(client, "/admin/members/jurisdiction/", _csv(row, header=header))

    member = Jurisdiction.objects.get(slug="penalolen")
    assert (member.kind, member.country.code, member.region, member.status) == (
        "municipality",
        "CL",
        "americas",
        "active",
    )


def test_countries_and_themes_import_by_name_in_either_language(staff_client):
    JurisdictionFactory(slug="rosario")
    ThemeFactory(slug="open-data", name_en="Open data", name_es="Datos abiertos")
    ThemeFactory(slug="gender", name_en="Gender", name_es="Género")
    client = staff_client("Editors")
    row = (
        'shared-data,Shared data,,,,rosario,"Perú, Argentina, brasil",'
        '"datos abiertos,GENERO",En curso,,,1'
    )

    _import(client, "/admin/reforms/reform/", _csv(row, header=REFORM_HEADER))

    reform = Reform.objects.get(slug="shared-data")
    assert [c.code for c in reform.countries] == ["AR", "BR", "PE"]
    assert sorted(t.slug for t in reform.themes.all()) == ["gender", "open-data"]
    assert reform.status == "in-progress"


def test_an_export_in_spanish_imports_back_unchanged(staff_client):
    client = staff_client("Editors")
    _import(client, "/admin/members/jurisdiction/", _csv(ROSARIO, PENALOLEN))
    before = dict(Jurisdiction.objects.values_list("slug", "updated_at"))

    exported = _export(client, "/admin/members/jurisdiction/", CSV, language="es")
    preview = _import(client, "/admin/members/jurisdiction/", exported)

    assert exported.decode().split(",")[:3] == [
        "Identificador",
        "Nombre (inglés)",
        "Nombre (español)",
    ]
    assert _row_types(preview) == ["skip", "skip"]
    assert dict(Jurisdiction.objects.values_list("slug", "updated_at")) == before


def test_the_export_form_names_the_columns_as_staff_read_them(staff_client):
    client = staff_client("Editors")

    form = client.get("/admin/members/jurisdiction/export/").context["form"]

    labels = [
        str(field.label)
        for field in form.fields.values()
        if getattr(field, "is_selectable_field", False)
    ]
    assert labels[:3] == ["Slug", "Name (English)", "Name (Spanish)"]
    assert "OGP member page" in labels


# -- every problem listed: row, column, value, what is wrong, what it takes -----

BAD_MEMBER_ROWS = [
    ROSARIO,
    # Row 3 of the spreadsheet: "Barrio" is no type of government of ours, and
    # Atlantis no country.
    PENALOLEN.replace(",municipality,CL,", ",Barrio,Atlantis,"),
    # Row 4: a coordinate that is not a number, a date that is not a date.
    ROSARIO.replace("rosario,", "rosario-2,", 1)
    .replace("-32.94682", "south")
    .replace("2026-11-01", "1 Nov"),
]
KINDS_EN = (
    "Municipality (municipality); City (city); District (district); Capital "
    "district (capital-district); Metropolitan district (metropolitan-district); "
    "Autonomous city (autonomous-city); County (county); Department (department); "
    "Province (province); State (state); Region (region); Type not stated "
    "(not-stated); “Comuna” for Municipality"
)
KINDS_ES = (
    "Municipio (municipality); Ciudad (city); Distrito (district); Distrito capital "
    "(capital-district); Distrito metropolitano (metropolitan-district); Ciudad "
    "autónoma (autonomous-city); Condado (county); Departamento (department); "
    "Provincia (province); Estado (state); Región (region); Tipo no indicado "
    "(not-stated); «Comuna» para Municipio"
)
PROBLEMS = {
    "en": [
        (
            3,
            "Type of government",
            "Barrio",
            f"“Barrio” is not one of the allowed values: {KINDS_EN}.",
        ),
        (
            3,
            "Country",
            "Atlantis",
            "“Atlantis” is not a country. Write its two-letter ISO code (“CL”) or "
            "its name (“Chile”).",
        ),
        (
            4,
            "Latitude",
            "south",
            "Enter a number, with a point for decimals (-32.94682).",
        ),
        (4, "Last verified on", "1 Nov", "Enter a date as YYYY-MM-DD."),
        # What the model then finds of the row as a whole.
        (4, "", "", "Give both latitude and longitude, or neither."),
    ],
    "es": [
        (
            3,
            "Tipo de gobierno",
            "Barrio",
            f"«Barrio» no es uno de los valores admitidos: {KINDS_ES}.",
        ),
        (
            3,
            "País",
            "Atlantis",
            "«Atlantis» no es un país. Escriba su código ISO de dos letras («CL») o "
            "su nombre («Chile»).",
        ),
        (
            4,
            "Latitud",
            "south",
            "Escriba un número, con punto para los decimales (-32.94682).",
        ),
        (
            4,
            "Verificado por última vez el",
            "1 Nov",
            "Escriba una fecha como AAAA-MM-DD.",
        ),
        (4, "", "", "Indique la latitud y la longitud, o ninguna de las dos."),
    ],
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_problem_is_listed_with_row_column_value_and_hint(staff_client, language):
    client = staff_client("Editors")

    response = client.post(
        "/admin/members/jurisdiction/import/",
        {
            "resource": "0",
            "format": CSV,
            "import_file": SimpleUploadedFile("members.csv", _csv(*BAD_MEMBER_ROWS)),
        },
        headers={"accept-language": language},
    )

    problems = response.context["row_problems"]
    assert [
        (problem["row"], problem["column"], problem["value"], problem["message"])
        for problem in problems
    ] == PROBLEMS[language]
    html = response.content.decode()
    for problem in problems:
        assert f"<td>{problem['takes']}</td>" in html.replace("&#x27;", "'")
    assert "validation-error-count" not in html  # no badge to hover
    assert "confirm_form" not in response.context
    assert Jurisdiction.objects.count() == 0


def test_the_preview_marks_changed_cells_without_inline_styles(staff_client):
    """The Content-Security-Policy refuses style attributes: the preview's changes
    are plain <ins>/<del>, coloured by admin.css."""
    client = staff_client("Editors")
    _import(client, "/admin/members/jurisdiction/", _csv(ROSARIO))
    renamed = ROSARIO.replace(
        "rosario,Rosario,Rosario,", "rosario,Rosario city,Rosario,"
    )

    preview = _upload(client, "/admin/members/jurisdiction/", _csv(renamed))

    html = preview.content.decode()
    assert _row_types(preview) == ["update"]
    assert "<span>Rosario</span><ins> city</ins>" in html
    assert "style=" not in html.split('class="import-preview"')[1]
