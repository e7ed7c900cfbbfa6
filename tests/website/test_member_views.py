import re

import pytest
from django.utils import translation

from tests.factories import (
    JurisdictionFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)
from tests.pages import json_ld, notices, result_slugs, text

pytestmark = pytest.mark.django_db


@pytest.fixture
def members():
    theme = ThemeFactory(
        slug="open-data", name_en="Open Data", name_es="Datos abiertos"
    )
    made = {
        "penalolen": JurisdictionFactory(
            slug="penalolen", name_en="Peñalolén", name_es="Peñalolén", country="CL"
        ),
        "state-of-mexico": JurisdictionFactory(
            slug="state-of-mexico",
            name_en="State of Mexico",
            name_es="Estado de México",
            country="MX",
            kind="state",
            member_since=2022,
        ),
        "madrid": JurisdictionFactory(
            slug="madrid",
            name_en="Madrid",
            name_es="Madrid",
            country="ES",
            region="europe",
            member_since=2016,
        ),
        "mexico-city": JurisdictionFactory(
            slug="mexico-city",
            name_en="Mexico City",
            name_es="Ciudad de México",
            country="MX",
            status="withdrawn",
        ),
    }
    JurisdictionFactory(slug="draft-town", name_en="Draft Town", is_published=False)
    ReformFactory(jurisdictions=[made["madrid"]], themes=[theme])
    return made


def test_directory_lists_published_members_by_name_in_each_language(client, members):
    english = client.get("/en/members/")
    spanish = client.get("/es/members/")
    assert english.status_code == spanish.status_code == 200
    assert result_slugs(english) == [
        "madrid",
        "mexico-city",
        "penalolen",
        "state-of-mexico",
    ]
    # "Ciudad de México" and "Estado de México" sort under C and E in Spanish.
    assert result_slugs(spanish) == [
        "mexico-city",
        "state-of-mexico",
        "madrid",
        "penalolen",
    ]
    assert "4 members" in text(english)
    assert "4 miembros" in text(spanish)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=penalolen", ["penalolen"]),
        ("q=PE%C3%91ALOL%C3%89N", ["penalolen"]),
        ("q=estado+de+mexico", ["state-of-mexico"]),
        ("country=MX", ["mexico-city", "state-of-mexico"]),
        ("country=mx", ["mexico-city", "state-of-mexico"]),
        ("country=MX&country=CL", ["mexico-city", "penalolen", "state-of-mexico"]),
        ("region=europe", ["madrid"]),
        ("kind=state", ["state-of-mexico"]),
        ("member_since=2016", ["madrid"]),
        ("status=withdrawn", ["mexico-city"]),
        ("theme=open-data", ["madrid"]),
        (
            "ordering=-member_since",
            ["state-of-mexico", "mexico-city", "penalolen", "madrid"],
        ),
    ],
)
def test_directory_filters(client, members, query, expected):
    response = client.get(f"/en/members/?{query}")
    assert response.status_code == 200
    assert result_slugs(response) == expected
    assert notices(response) == []


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("?q=&country=MX&kind=&theme=", "/en/members/?country=MX"),
        ("?q=&country=", "/en/members/"),
    ],
)
def test_directory_drops_empty_filters_from_the_address(client, query, target):
    response = client.get(f"/en/members/{query}")
    assert response.status_code == 302
    assert response["Location"] == target


def test_directory_keeps_the_filters_in_the_form(client, members):
    html = text(client.get("/en/members/?country=MX&q=mexico&ordering=-name"))
    assert '<option value="MX" selected>Mexico</option>' in html
    assert 'name="q" value="mexico"' in html
    assert '<option value="-name" selected>Name, Z to A</option>' in html


def test_directory_never_shows_drafts(client, members):
    for query in ["", "?q=draft", "?ordering=-name"]:
        assert "draft-town" not in result_slugs(client.get(f"/en/members/{query}"))


@pytest.mark.parametrize(
    ("language", "query", "message", "expected"),
    [
        (
            "en",
            "country=ZZ",
            "Country: Select a valid choice. ZZ is not one of the available choices. "
            "That filter was left out.",
            ["madrid", "mexico-city", "penalolen", "state-of-mexico"],
        ),
        (
            "es",
            "country=ZZ&region=europe",
            "País: Escoja una opción válida. ZZ no es una de las opciones disponibles. "
            "Se omitió ese filtro.",
            ["madrid"],
        ),
        (
            "en",
            "theme=nowhere",
            "Theme: nothing is called “nowhere”. That filter was left out.",
            ["madrid", "mexico-city", "penalolen", "state-of-mexico"],
        ),
        (
            "es",
            "theme=nowhere",
            "Tema: no existe «nowhere». Se omitió ese filtro.",
            ["mexico-city", "state-of-mexico", "madrid", "penalolen"],
        ),
        (
            "en",
            "member_since=soon",
            "Member since: Enter a whole number. That filter was left out.",
            ["madrid", "mexico-city", "penalolen", "state-of-mexico"],
        ),
        (
            "en",
            "page=first",
            "“first” is not a page number: here is the first page.",
            ["madrid", "mexico-city", "penalolen", "state-of-mexico"],
        ),
        (
            "en",
            "ordering=population",
            "Sort by: Select a valid choice. population is not one of the available "
            "choices. That filter was left out.",
            ["madrid", "mexico-city", "penalolen", "state-of-mexico"],
        ),
        (
            "en",
            "q=" + "x" * 201,
            "Search: Ensure this value has at most 200 characters (it has 201). "
            "That filter was left out.",
            ["madrid", "mexico-city", "penalolen", "state-of-mexico"],
        ),
    ],
)
def test_bad_filter_values_give_the_page_with_a_message(
    client, members, language, query, message, expected
):
    response = client.get(f"/{language}/members/?{query}")
    assert response.status_code == 200
    assert notices(response) == [message]
    assert result_slugs(response) == expected


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "There is no page 3: these results fit on 1 page."),
        ("es", "No existe la página 3: estos resultados caben en 1 página."),
    ],
)
def test_page_out_of_range_is_a_404_with_the_list_page(
    client, members, language, message
):
    response = client.get(f"/{language}/members/?page=3&country=MX")
    assert response.status_code == 404
    assert notices(response) == [message]
    assert result_slugs(response) == []
    assert 'href="?country=MX&amp;page=1"' in text(response)


def test_directory_paginates_twenty_a_page(client):
    JurisdictionFactory.create_batch(25)
    first = client.get("/en/members/")
    second = client.get("/en/members/?page=2")
    assert len(result_slugs(first)) == 20
    assert len(result_slugs(second)) == 5
    assert "(showing 21–25)" in text(second)
    assert '<link rel="canonical" href="http://testserver/en/members/?page=2">' in text(
        second
    )


def test_filtered_directory_is_canonical_to_the_whole_directory(client, members):
    response = client.get("/es/members/?country=MX")
    assert '<link rel="canonical" href="http://testserver/es/members/">' in text(
        response
    )


@pytest.mark.parametrize("rows", [1, 30])
def test_directory_query_count_does_not_grow_with_rows(
    client, django_assert_num_queries, rows
):
    theme = ThemeFactory()
    for member in JurisdictionFactory.create_batch(rows):
        ReformFactory(jurisdictions=[member], themes=[theme])
    # Content version, facets, theme options, count, one page of members.
    with django_assert_num_queries(5):
        response = client.get("/en/members/?theme=" + theme.slug)
    assert response.status_code == 200
    assert len(result_slugs(response)) == min(rows, 20)
    # Facets, options and count are remembered until content changes.
    with django_assert_num_queries(2):
        again = client.get("/en/members/?theme=" + theme.slug + "&page=1")
    assert result_slugs(again) == result_slugs(response)


@pytest.fixture
def rosario():
    member = JurisdictionFactory(
        slug="rosario",
        name_en="Rosario",
        name_es="Rosario",
        local_name="Municipalidad de Rosario",
        kind="municipality",
        country="AR",
        subdivision="AR-S",
        member_since=2020,
        summary_en="A city on the Paraná river.",
        summary_es="Una ciudad a orillas del Paraná.",
        website="https://www.rosario.gob.ar/",
        sources="https://example.org/one\nhttps://example.org/two",
        last_verified_on="2026-11-01",
    )
    theme = ThemeFactory(
        slug="citizen-participation",
        name_en="Citizen Participation",
        name_es="Participación ciudadana",
    )
    ReformFactory(
        slug="digital-participation",
        title_en="Digital participation",
        title_es="Participación digital",
        jurisdictions=[member],
        themes=[theme],
    )
    ReformFactory(slug="secret-reform", jurisdictions=[member], is_published=False)
    SessionFactory(
        slug="peer-exchange",
        title_en="Peer exchange",
        title_es="Intercambio entre pares",
        meeting__slug="open-americas-2022",
        meeting__name_en="Open Americas",
        meeting__name_es="América Abierta",
        jurisdictions=[member],
    )
    SessionFactory(slug="draft-session", jurisdictions=[member], is_published=False)
    SessionFactory(
        slug="draft-meeting-session",
        meeting__is_published=False,
        jurisdictions=[member],
    )
    return member


def test_member_page_in_english(client, rosario):
    response = client.get("/en/members/rosario/")
    html = text(response)
    assert response.status_code == 200
    assert "<h1><span>Rosario</span></h1>" in html
    assert '<p class="subtitle">Municipalidad de Rosario</p>' in html
    assert "<p>A city on the Paraná river.</p>" in html
    assert '<a href="/en/members/?country=AR">Argentina</a></dd>' in html
    assert "<dt>State, province or region</dt><dd>Santa Fe (province)</dd>" in html
    assert '<a href="/en/members/?member_since=2020">2020</a>' in html
    assert (
        '<a href="/en/reforms/digital-participation/"><span>Digital participation</span></a>'
        in html
    )
    assert "secret-reform" not in html
    assert (
        '<a href="/en/meetings/open-americas-2022/#session-peer-exchange">'
        "<span>Peer exchange</span></a>" in html
    )
    assert "draft-session" not in html
    assert "draft-meeting-session" not in html
    assert "September 26–29, 2022" in html
    assert "Last verified on November 1, 2026." in html
    assert '<a href="https://example.org/two" rel="external">' in html
    assert response.get("X-Robots-Tag") is None


def test_member_page_in_spanish(client, rosario):
    response = client.get("/es/members/rosario/")
    html = text(response)
    assert response.status_code == 200
    assert '<html lang="es">' in html
    assert "<p>Una ciudad a orillas del Paraná.</p>" in html
    assert '<a href="/es/members/?country=AR">Argentina</a>' in html
    assert "<span>Participación digital</span>" in html
    assert "del 26 al 29 de septiembre de 2022" in html
    assert "Verificado por última vez el 1 de noviembre de 2026." in html
    assert (
        '<link rel="alternate" hreflang="en" href="http://testserver/en/members/rosario/">'
        in html
    )
    assert '<link rel="canonical" href="http://testserver/es/members/rosario/">' in html


def test_spanish_page_marks_english_fallback(client):
    JurisdictionFactory(
        slug="austin", name_en="Austin", summary_en="Texas capital.", summary_es=""
    )
    html = text(client.get("/es/members/austin/"))
    assert (
        '<p lang="en">Texas capital.</p> <small class="fallback-hint">'
        "(disponible solo en inglés)</small>" in html
    )


def test_member_page_map_shows_its_point(client, rosario):
    html = text(client.get("/en/members/rosario/"))
    assert '<circle class="map-point" cx="-60.64" cy="32.95"' in html
    assert "latitude -32.94682, longitude -60.63932." in html


def test_member_page_json_ld(client, rosario):
    (data,) = json_ld(client.get("/es/members/rosario/"))
    assert data["@type"] == "GovernmentOrganization"
    assert data["name"] == "Rosario"
    assert data["url"] == "http://testserver/es/members/rosario/"
    assert data["alternateName"] == "Municipalidad de Rosario"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "AR",
        "addressRegion": "AR-S",
    }
    assert data["sameAs"] == ["https://www.rosario.gob.ar/"]
    assert data["location"]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": -32.94682,
        "longitude": -60.63932,
    }


def test_draft_member_is_not_found_for_visitors(client):
    JurisdictionFactory(slug="draft-town", is_published=False)
    assert client.get("/en/members/draft-town/").status_code == 404
    assert client.get("/en/members/nowhere/").status_code == 404


def test_staff_preview_a_draft_member(admin_client):
    JurisdictionFactory(slug="draft-town", name_en="Draft Town", is_published=False)
    response = admin_client.get("/en/members/draft-town/")
    html = text(response)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in html
    assert "<strong>Draft – not public</strong>" in html
    with translation.override("es"):
        spanish = admin_client.get("/es/members/draft-town/")
    assert "<strong>Borrador – no público</strong>" in text(spanish)


def test_published_member_has_no_draft_banner_for_staff(admin_client, rosario):
    response = admin_client.get("/en/members/rosario/")
    assert "Draft – not public" not in text(response)
    assert response.get("X-Robots-Tag") is None


def test_member_page_query_count(client, rosario, django_assert_num_queries):
    # Member, its reforms, their themes, its sessions (with meetings), its action
    # plans (none: no query for commitments) and its documents.
    with django_assert_num_queries(6):
        assert client.get("/en/members/rosario/").status_code == 200


def test_default_sort_order_sends_no_parameter(client, members):
    html = text(client.get("/en/members/"))
    assert '<option value="" selected>Name, A to Z</option>' in html
    assert '<option value="-name">Name, Z to A</option>' in html


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/en/members/", "No member matches these filters."),
        (
            "/es/members/?q=nothing-matches",
            "Ningún miembro coincide con estos filtros.",
        ),
        ("/en/reforms/", "No reform matches these filters."),
        ("/es/meetings/", "Ningún encuentro coincide con estos filtros."),
        ("/en/themes/", "No theme matches these filters."),
    ],
)
def test_an_empty_list_is_a_page_not_a_404(client, path, message):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert re.findall(r'data-result="([^"]+)"', html) == []
    assert message in html


@pytest.mark.parametrize(
    ("language", "label", "name"),
    [
        ("en", "State, province or region", "São Paulo (state)"),
        ("es", "Estado, provincia o región", "São Paulo (estado)"),
    ],
)
def test_member_page_names_its_subdivision_for_people(client, language, label, name):
    """BR-SP is for machines: the page says which state it is, and of what kind."""
    JurisdictionFactory(slug="osasco", country="BR", subdivision="BR-SP")
    html = client.get(f"/{language}/members/osasco/").content.decode()
    assert f"<div><dt>{label}</dt><dd>{name}</dd></div>" in html
    assert "BR-SP" not in html.split("<main")[1].split("</main>")[0]


@pytest.mark.parametrize(
    ("language", "hint"),
    [
        (
            "en",
            "Searches names, local and other names, places and the themes of the "
            "members&#x27; reforms, in every language. Accents and capitals don&#x27;t "
            "matter.",
        ),
        (
            "es",
            "Busca en los nombres, los nombres locales y otros nombres, los lugares y "
            "los temas de las reformas de los miembros, en todos los idiomas. No "
            "importan las tildes ni las mayúsculas.",
        ),
    ],
)
def test_directory_says_what_its_search_covers(client, language, hint):
    html = text(client.get(f"/{language}/members/"))
    assert 'aria-describedby="filter-q-hint"' in html
    assert f'<small id="filter-q-hint" class="hint">{hint}</small>' in html


def test_api_describes_the_member_search_as_the_page_does(client):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    parameters = schema["paths"]["/api/v1/jurisdictions/"]["get"]["parameters"]
    (search,) = [p for p in parameters if p["name"] == "q"]
    assert search["description"] == (
        "Searches names, local and other names, places and the themes of the "
        "members' reforms, in every language. Accents and capitals don't matter."
    )


def test_member_page_lists_other_names(client):
    JurisdictionFactory(
        slug="mexico-city", other_names="CDMX\nDistrito Federal", local_name=""
    )
    html = text(client.get("/es/members/mexico-city/"))
    assert "<div><dt>Otros nombres</dt><dd>CDMX, Distrito Federal</dd></div>" in html
    (member,) = [
        block
        for block in json_ld(client.get("/en/members/mexico-city/"))
        if block.get("@type") == "GovernmentOrganization"
    ]
    assert member["alternateName"] == ["CDMX", "Distrito Federal"]


@pytest.fixture
def americas():
    """Members named as in the demo content."""
    JurisdictionFactory(
        slug="bogota",
        name_en="Bogotá",
        name_es="Bogotá",
        local_name="Alcaldía Mayor de Bogotá D.C.",
        country="CO",
    )
    JurisdictionFactory(
        slug="sao-paulo",
        name_en="São Paulo",
        name_es="São Paulo",
        local_name="Prefeitura de São Paulo",
        country="BR",
        member_since=2016,
    )
    JurisdictionFactory(
        slug="mexico-city",
        name_en="Mexico City",
        name_es="Ciudad de México",
        local_name="Ciudad de México",
        other_names="CDMX",
        country="MX",
    )
    JurisdictionFactory(slug="contagem", name_en="Contagem", country="BR")


SUGGESTION = re.compile(r'<p class="suggestions">(.*?)</p>', re.DOTALL)


@pytest.mark.parametrize(
    ("path", "suggestion"),
    [
        (
            "/en/members/?q=bogata",
            'Did you mean <a href="?q=Bogot%C3%A1" lang="en">Bogotá</a>?',
        ),
        (
            "/es/members/?q=bogata",
            '¿Quiso decir <a href="?q=Bogot%C3%A1" lang="es">Bogotá</a>?',
        ),
        (
            "/en/members/?q=sao+paolo",
            'Did you mean <a href="?q=S%C3%A3o+Paulo" lang="en">São Paulo</a>?',
        ),
        (
            "/es/members/?q=mexico+cty",
            '¿Quiso decir <a href="?q=Ciudad+de+M%C3%A9xico" lang="es">'
            "Ciudad de México</a>?",
        ),
        (
            "/en/members/?q=mexico+cty",
            'Did you mean <a href="?q=Mexico+City" lang="en">Mexico City</a>?',
        ),
    ],
)
def test_a_search_that_finds_nothing_suggests_the_closest_name(
    client, americas, path, suggestion
):
    response = client.get(path)
    assert response.status_code == 200
    assert result_slugs(response) == []
    assert SUGGESTION.findall(text(response)) == [suggestion]


def test_the_suggestion_keeps_the_other_filters_and_finds_the_member(client, americas):
    response = client.get("/es/members/?q=bogata&country=CO&ordering=-name&page=1")
    (suggestion,) = SUGGESTION.findall(text(response))
    assert suggestion == (
        '¿Quiso decir <a href="?country=CO&amp;ordering=-name&amp;q=Bogot%C3%A1" '
        'lang="es">Bogotá</a>?'
    )
    followed = client.get("/es/members/?country=CO&ordering=-name&q=Bogot%C3%A1")
    assert result_slugs(followed) == ["bogota"]


def test_suggestions_come_only_from_members_the_other_filters_keep(client, americas):
    # Bogotá is in Colombia: among Brazilian members nothing is close.
    response = client.get("/en/members/?q=bogata&country=BR")
    assert SUGGESTION.findall(text(response)) == []
    assert "No member matches these filters." in text(response)


def test_a_search_far_from_every_name_suggests_nothing(client, americas):
    response = client.get("/en/members/?q=zzzz")
    assert SUGGESTION.findall(text(response)) == []
    assert "Did you mean" not in text(response)


def test_a_search_that_finds_members_suggests_nothing(client, americas):
    response = client.get("/en/members/?q=bogota")
    assert result_slugs(response) == ["bogota"]
    assert "Did you mean" not in text(response)


def test_several_close_names_are_offered_as_a_list(client):
    JurisdictionFactory(
        slug="cordoba-city", name_en="Córdoba City", name_es="Ciudad de Córdoba"
    )
    JurisdictionFactory(
        slug="cordoba-province",
        name_en="Córdoba Province",
        name_es="Provincia de Córdoba",
    )
    html = text(client.get("/en/members/?q=cordova"))
    assert "Did you mean one of these?" in html
    assert re.findall(r'<li><a href="\?q=([^"]+)" lang="en">', html) == [
        "C%C3%B3rdoba+City",
        "C%C3%B3rdoba+Province",
    ]


@pytest.mark.parametrize("rows", [1, 30])
def test_a_search_with_suggestions_keeps_the_query_count(
    client, django_assert_num_queries, rows
):
    for number in range(rows):
        JurisdictionFactory(name_en=f"Bogotá {number}", name_es=f"Bogotá {number}")
    # Content version, facets, theme options, the theme glossary (a cold cache),
    # count and the closest names.
    with django_assert_num_queries(6):
        response = client.get("/en/members/?q=bogata")
    assert (
        len(SUGGESTION.findall(text(response)))
        + text(response).count("Did you mean one of these?")
        == 1
    )


def test_demo_members_are_suggested_for_the_misspellings_people_type(
    client, demo_content
):
    bogota = client.get("/es/members/?q=bogata")
    sao_paulo = client.get("/en/members/?q=sao+paolo")

    assert SUGGESTION.findall(text(bogota)) == [
        '¿Quiso decir <a href="?q=Bogot%C3%A1" lang="es">Bogotá</a>?'
    ]
    assert SUGGESTION.findall(text(sao_paulo)) == [
        'Did you mean <a href="?q=S%C3%A3o+Paulo" lang="en">São Paulo</a>?'
    ]
    assert result_slugs(client.get("/es/members/?q=Bogot%C3%A1")) == ["bogota"]
