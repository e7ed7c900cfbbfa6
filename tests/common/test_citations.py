"""Sources are cited by title and publisher, so a reader can judge them."""

import pytest
from django.utils import translation

from common.citations import CITATIONS_FILE_SCHEMA, citation
from common.data_files import DataFileError, read_data_file
from tests.factories import JurisdictionFactory
from tests.pages import source_items


def cited(url, language="en"):
    with translation.override(language):
        found = citation(url)
        return str(found.title), str(found.publisher)


@pytest.mark.parametrize(
    ("url", "title", "publisher"),
    [
        # The seed post, by the title it carries.
        (
            "https://opengovpartnership.org/stories/from-regional-to-local-local-governments-in-the-americas",
            "From Regional to Local: Local Governments in the Americas",
            "Open Government Partnership",
        ),
        # An address with only a page number, by the title the reference notes give.
        (
            "https://www.opengovpartnership.org/?p=69860",
            "Join OGP Local: Call for Expressions of Interest 2022 [Concluded]",
            "Open Government Partnership",
        ),
        # OGP's sections say what the page is; the slug says which.
        (
            "https://www.opengovpartnership.org/stories/press-release-fifteen-local-governments-chosen-international-open-government-partnership",
            "Story: Press release fifteen local governments chosen international "
            "open government partnership",
            "Open Government Partnership",
        ),
        (
            "https://www.opengovpartnership.org/members/nuevo-leon-state-mexico/",
            "Member page: Nuevo Leon State Mexico",
            "Open Government Partnership",
        ),
        (
            "https://www.opengovpartnership.org/members/penalolen-chile/commitments/CLPLN0001",
            "Commitment CLPLN0001 (Penalolen Chile)",
            "Open Government Partnership",
        ),
        # A slug quoted twice is not decoded by guesswork.
        (
            "https://www.opengovpartnership.org/members/bogot%25C3%25A1-colombia/commitments/COBOG0004",
            "Commitment COBOG0004",
            "Open Government Partnership",
        ),
        (
            "https://www.opengovpartnership.org/policy-area/lgbtqia/",
            "Policy area: Lgbtqia",
            "Open Government Partnership",
        ),
        # A listing's page number is kept apart from what the page is.
        (
            "https://opengovpartnership.org/topic/ogp-local/page/6",
            "Topic: Ogp local (page 6)",
            "Open Government Partnership",
        ),
        # The segment with the most words, not a trailing language code.
        (
            "https://www.ogp.euskadi.eus/news/2022/a-delegation-from-ogp-euskadi-has-participated-in-the-european-ogp-regional-meeting/webogp00-content/en/",
            "A delegation from ogp euskadi has participated in the european ogp "
            "regional meeting",
            "OGP Euskadi (Basque Government)",
        ),
        # Other publishers, by name; a page number alone is shown as the address.
        (
            "https://www.ontario.ca/page/open-government-partnership-program",
            "Open government partnership program",
            "Government of Ontario",
        ),
        (
            "https://old.ciudaddemendoza.gob.ar/?p=80496",
            "old.ciudaddemendoza.gob.ar/?p=80496",
            "Municipalidad de la Ciudad de Mendoza",
        ),
        # A host nobody described is named as itself.
        (
            "https://example.org/reports/open-budget-2024.html",
            "Open budget 2024",
            "example.org",
        ),
    ],
)
def test_a_source_is_cited_by_title_and_publisher(url, title, publisher):
    assert cited(url) == (title, publisher)


@pytest.mark.parametrize("line", ["OGP press release, 2016", "http://[unclosed/page"])
def test_a_line_that_is_not_a_web_address_is_shown_as_it_is(line):
    assert cited(line) == (line, "")


def test_spanish_pages_cite_in_spanish():
    assert cited(
        "https://www.opengovpartnership.org/members/nuevo-leon-state-mexico/", "es"
    ) == (
        "Página de miembro: Nuevo Leon State Mexico",
        "Alianza para el Gobierno Abierto",
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                '<li><cite><a href="https://www.opengovpartnership.org/?p=55727" '
                'rel="external">Action plan – Mendoza, Argentina, 2021 – 2023</a>'
                "</cite>, Open Government Partnership</li>",
                # A Spanish publisher on the English page is marked.
                '<li><cite><a href="https://old.ciudaddemendoza.gob.ar/?p=80496" '
                'rel="external">old<wbr>.ciudaddemendoza<wbr>.gob<wbr>.ar/<wbr>?p<wbr>=80496'
                "</a></cite>, "
                '<span lang="es">Municipalidad de la Ciudad de Mendoza</span> '
                '<small class="fallback-hint">(in Spanish)</small></li>',
            ],
        ),
        (
            "es",
            [
                # The English title on the Spanish page is marked; OGP is named
                # in Spanish.
                '<li><cite><a href="https://www.opengovpartnership.org/?p=55727" '
                'rel="external"><span lang="en">Action plan – Mendoza, Argentina, '
                "2021 – 2023</span></a></cite>, Alianza para el Gobierno Abierto "
                '<small class="fallback-hint">(en inglés)</small></li>',
                '<li><cite><a href="https://old.ciudaddemendoza.gob.ar/?p=80496" '
                'rel="external">old<wbr>.ciudaddemendoza<wbr>.gob<wbr>.ar/<wbr>?p<wbr>=80496'
                "</a></cite>, "
                "Municipalidad de la Ciudad de Mendoza</li>",
            ],
        ),
    ],
)
def test_a_member_page_lists_its_sources_as_citations(client, language, expected):
    JurisdictionFactory(
        slug="mendoza",
        sources="https://www.opengovpartnership.org/?p=55727\n"
        "https://old.ciudaddemendoza.gob.ar/?p=80496",
    )
    response = client.get(f"/{language}/members/mendoza/")
    assert source_items(response) == expected


def test_a_citations_file_with_an_unknown_field_is_refused(tmp_path):
    path = tmp_path / "citations.yaml"
    path.write_text(
        "publishers:\n"
        "- host: icma.org\n"
        "  publisher: ICMA\n"
        "  publisher_langauge: en\n"
        "titles:\n"
        "- address: opengovpartnership.org/?p=75249\n"
        "  title: Local Roundup, April 2022\n"
    )

    with pytest.raises(DataFileError) as raised:
        read_data_file(path, CITATIONS_FILE_SCHEMA)

    assert raised.value.problems == [
        f"{path}, line 4: publishers[0].publisher_langauge: "
        "is not a field of this record"
    ]


def test_a_title_without_its_address_is_refused(tmp_path):
    path = tmp_path / "citations.yaml"
    path.write_text("publishers: []\ntitles:\n- title: Local Roundup, April 2022\n")

    with pytest.raises(DataFileError) as raised:
        read_data_file(path, CITATIONS_FILE_SCHEMA)

    assert raised.value.problems == [
        f"{path}, line 3: titles[0]: 'address' is a required property"
    ]
