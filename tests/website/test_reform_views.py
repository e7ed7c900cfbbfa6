import pytest

from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.pages import notices, result_slugs, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def reforms():
    open_data = ThemeFactory(
        slug="open-data", name_en="Open Data", name_es="Datos abiertos"
    )
    justice = ThemeFactory(slug="justice", name_en="Justice", name_es="Justicia")
    rosario = JurisdictionFactory(slug="rosario", name_en="Rosario", country="AR")
    tsachilas = JurisdictionFactory(
        slug="santo-domingo-de-los-tsachilas",
        name_en="Santo Domingo de los Tsáchilas",
        country="EC",
    )
    made = {
        "rosario-digital": ReformFactory(
            slug="rosario-digital",
            title_en="Digital participation in Rosario",
            title_es="Participación digital en Rosario",
            countries=["AR"],
            jurisdictions=[rosario],
            themes=[open_data],
        ),
        "local-open-data": ReformFactory(
            slug="local-open-data",
            title_en="The technical side of local open data",
            title_es="Los retos técnicos de los datos abiertos locales",
            countries=["EC", "BR"],
            jurisdictions=[tsachilas],
            themes=[open_data],
        ),
        "everyday-justice": ReformFactory(
            slug="everyday-justice",
            title_en="Everyday justice",
            title_es="Justicia cotidiana",
            countries=["MX"],
            themes=[justice],
            status="completed",
        ),
    }
    ReformFactory(slug="draft-reform", title_en="A draft", is_published=False)
    meeting = MeetingFactory(slug="open-americas-2022", name_en="Open Americas")
    SessionFactory(meeting=meeting, showcased_reforms=[made["local-open-data"]])
    return made


def test_reforms_list_in_both_languages(client, reforms):
    english = client.get("/en/reforms/")
    spanish = client.get("/es/reforms/")
    assert result_slugs(english) == [
        "rosario-digital",
        "everyday-justice",
        "local-open-data",
    ]
    assert result_slugs(spanish) == [
        "everyday-justice",
        "local-open-data",
        "rosario-digital",
    ]
    assert "3 reformas" in text(spanish)
    assert '<a href="/en/members/rosario/"><span>Rosario</span></a>' in text(english)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=open-data", ["rosario-digital", "local-open-data"]),
        ("country=BR", ["local-open-data"]),
        ("jurisdiction=rosario", ["rosario-digital"]),
        ("meeting=open-americas-2022", ["local-open-data"]),
        ("status=completed", ["everyday-justice"]),
        ("q=tsachilas", ["local-open-data"]),
        ("q=JUSTICIA+cotidiana", ["everyday-justice"]),
        ("q=draft", []),
    ],
)
def test_reforms_filters(client, reforms, query, expected):
    response = client.get(f"/en/reforms/?{query}")
    assert result_slugs(response) == expected
    assert notices(response) == []


def test_reforms_country_filter_offers_the_countries_of_reforms(client, reforms):
    html = text(client.get("/es/reforms/"))
    start = html.index('<select id="filter-country"')
    options = html[start : html.index("</select>", start)].splitlines()[1:]
    assert [line.strip() for line in options if line.strip()] == [
        '<option value="">Todos los países</option>',
        '<option value="AR">Argentina</option>',
        '<option value="BR">Brasil</option>',
        '<option value="EC">Ecuador</option>',
        '<option value="MX">México</option>',
    ]


def test_reforms_bad_meeting_is_left_out_with_a_message(client, reforms):
    response = client.get("/en/reforms/?meeting=atlantis-2030&status=completed")
    assert notices(response) == [
        "Meeting: nothing is called “atlantis-2030”. That filter was left out."
    ]
    assert result_slugs(response) == ["everyday-justice"]


def test_reforms_meeting_filter_shows_as_a_chip(client, reforms):
    html = text(client.get("/en/reforms/?meeting=open-americas-2022"))
    assert "Meeting: <strong>Open Americas</strong>" in html
    assert '<input type="hidden" name="meeting" value="open-americas-2022">' in html


@pytest.mark.parametrize("rows", [1, 30])
def test_reforms_list_query_count(client, django_assert_num_queries, rows):
    theme = ThemeFactory()
    member = JurisdictionFactory()
    ReformFactory.create_batch(
        rows, jurisdictions=[member], themes=[theme], countries=["AR"]
    )
    # content version, theme options, countries, count, page, its members, its themes
    with django_assert_num_queries(7):
        response = client.get("/en/reforms/")
    assert len(result_slugs(response)) == min(rows, 20)


def test_reform_page(client, reforms):
    response = client.get("/es/reforms/local-open-data/")
    html = text(response)
    assert response.status_code == 200
    assert (
        "<h1><span>Los retos técnicos de los datos abiertos locales</span></h1>" in html
    )
    assert '<a href="/es/reforms/?country=BR">Brasil</a>' in html
    assert '<a href="/es/themes/open-data/"><span>Datos abiertos</span></a>' in html
    assert '<a href="/es/meetings/open-americas-2022/"><span>' in html


def test_draft_reform_is_not_found_for_visitors(client, admin_client, reforms):
    assert client.get("/en/reforms/draft-reform/").status_code == 404
    response = admin_client.get("/en/reforms/draft-reform/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
