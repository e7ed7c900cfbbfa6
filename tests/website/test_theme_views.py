import pytest

from tests.factories import (
    JurisdictionFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.pages import result_slugs, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes():
    climate = ThemeFactory(
        slug="climate-action",
        name_en="Climate Action",
        name_es="Acción climática",
        category="policy-area",
        is_local_circle=True,
    )
    digital = ThemeFactory(
        slug="digital-openness",
        name_en="Digital Openness",
        name_es="Apertura digital",
        category="local-circle-theme",
        is_local_circle=True,
    )
    justice = ThemeFactory(
        slug="justice", name_en="Justice", name_es="Justicia", category="policy-area"
    )
    ThemeFactory(slug="draft-theme", is_published=False)
    ReformFactory.create_batch(2, themes=[climate])
    ReformFactory(themes=[climate], is_published=False)
    return {"climate": climate, "digital": digital, "justice": justice}


def test_themes_list_with_kinds_and_counts(client, themes):
    response = client.get("/en/themes/")
    html = text(response)
    assert result_slugs(response) == ["climate-action", "digital-openness", "justice"]
    assert (
        '<span class="badge">OGP policy area</span> <span class="badge">Local Circle'
        "</span> 2 reforms" in html
    )
    # A Local Circle theme is not badged "Local Circle" a second time.
    assert '<span class="badge">Local Circle theme</span>  0 reforms' in html
    assert html.count('<span class="badge">Local Circle</span>') == 1
    spanish = client.get("/es/themes/")
    assert result_slugs(spanish) == ["climate-action", "digital-openness", "justice"]
    spanish_html = text(spanish)
    assert (
        '<span class="badge">Área de política de OGP</span> '
        '<span class="badge">Círculo Local</span> 2 reformas' in spanish_html
    )
    assert (
        '<span class="badge">Tema de Círculo Local</span>  0 reformas' in spanish_html
    )


def test_theme_page_badges_a_value_and_a_process(client):
    ThemeFactory(slug="citizen-participation", category="value")
    ThemeFactory(slug="co-creation", category="process", is_local_circle=True)
    value = text(client.get("/es/themes/citizen-participation/"))
    assert '<p class="card-meta"><span class="badge">Valor de OGP</span> </p>' in value
    process = text(client.get("/en/themes/co-creation/"))
    assert (
        '<p class="card-meta"><span class="badge">OGP process</span> '
        '<span class="badge">Local Circle</span></p>' in process
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=local-circle", ["climate-action", "digital-openness"]),
        ("kind=policy-area", ["climate-action", "justice"]),
        ("kind=value", []),
        ("q=accion+CLIMATICA", ["climate-action"]),
    ],
)
def test_themes_filters(client, themes, query, expected):
    assert result_slugs(client.get(f"/en/themes/?{query}")) == expected


@pytest.mark.parametrize("rows", [1, 12])
def test_themes_list_query_count(client, django_assert_num_queries, rows):
    for theme in ThemeFactory.create_batch(rows):
        ReformFactory(themes=[theme])
    # content version, count, one page with reform counts
    with django_assert_num_queries(3):
        response = client.get("/es/themes/")
    assert len(result_slugs(response)) == rows


def test_theme_page_lists_its_reforms_members_and_sessions(client):
    theme = ThemeFactory(
        slug="open-data", name_en="Open Data", name_es="Datos abiertos"
    )
    rosario = JurisdictionFactory(slug="rosario", name_en="Rosario")
    hidden = JurisdictionFactory(slug="hidden-member", is_published=False)
    ReformFactory(slug="open-budget", jurisdictions=[rosario, hidden], themes=[theme])
    ReformFactory(slug="secret", themes=[theme], is_published=False)
    SessionFactory(slug="data-workshop", title_en="Data workshop", themes=[theme])
    response = client.get("/en/themes/open-data/")
    html = text(response)
    assert response.status_code == 200
    assert result_slugs(response) == ["open-budget"]
    assert '<h2 id="reforms-heading">1 reform</h2>' in html
    assert "1 member works on this theme" in html
    assert '<a href="/en/members/rosario/"><span>Rosario</span></a>' in html
    assert "hidden-member" not in html
    assert "<span>Data workshop</span>" in html


def test_theme_page_links_to_the_full_lists_when_it_has_many(client):
    theme = ThemeFactory(slug="open-data")
    member = JurisdictionFactory()
    ReformFactory.create_batch(13, themes=[theme], jurisdictions=[member])
    html = text(client.get("/en/themes/open-data/"))
    assert len(result_slugs(client.get("/en/themes/open-data/"))) == 12
    assert (
        '<a href="/en/reforms/?theme=open-data">See all 13 reforms on this theme</a>'
        in html
    )


def test_draft_theme_is_not_found_for_visitors(client, themes):
    assert client.get("/en/themes/draft-theme/").status_code == 404
