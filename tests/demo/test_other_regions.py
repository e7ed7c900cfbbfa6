"""The members outside the Americas that the first reference notes confirm
(../shared/reference/ogp-local-facts.md, section 1.6), each with the source
the notes give for it, and nothing the sources do not state. The members the
extended notes add are pinned in test_extended_members.py."""

import re

import pytest

from members.models import Jurisdiction

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_content(read_only_demo_content, db):
    """The demo content, loaded once for this module: its tests only read it."""


RELEASE_2016 = (
    "https://www.opengovpartnership.org/stories/"
    "press-release-fifteen-local-governments-chosen-international-open-government-partnership"
)
RELEASE_2018 = (
    "https://www.opengovpartnership.org/news/"
    "open-government-partnership-adds-five-new-local-governments-to-its-local-program/"
)
OGP_GEORGIA = "https://ogpgeorgia.gov.ge/en/news/ogp-local-is-growing/"
LOOK_AT_2022 = (
    "https://www.opengovpartnership.org/stories/"
    "more-action-more-evidence-more-collaboration-a-look-at-2022/"
)
COHORT_SOURCE = {
    2016: RELEASE_2016,
    2018: RELEASE_2018,
    2020: OGP_GEORGIA,
    2022: LOOK_AT_2022,
}

# (region, cohort) -> the members added for it
EXPECTED = {
    ("africa-middle-east", 2016): {"elgeyo-marakwet", "kigoma", "sekondi-takoradi"},
    ("africa-middle-east", 2018): {"kaduna"},
    ("africa-middle-east", 2022): {"tarkwa-nsuaem", "carthage"},
    ("asia-pacific", 2016): {"bojonegoro", "seoul", "tbilisi"},
    ("asia-pacific", 2018): {"south-cotabato"},
    ("asia-pacific", 2020): {"akhaltsikhe", "ozurgeti", "khoni"},
    ("europe", 2016): {"madrid", "paris", "scotland"},
    ("europe", 2018): {"basque-country", "iasi"},
    (
        "europe",
        2022,
    ): {
        "asturias",
        "valencian-community",
        "hamburg",
        "detmold",
        "zilina-region",
        "novi-pazar",
    },
}


SECTION_1_6 = set().union(*EXPECTED.values())

# What the extended notes' corrections (section 1f) changed for these members.
CORRECTED_STATUS = {
    "elgeyo-marakwet": "active",
    "bojonegoro": "inactive",
    "south-cotabato": "active",
}


def _outside_the_americas():
    return Jurisdiction.objects.filter(slug__in=SECTION_1_6)


def test_members_outside_the_americas_by_region_and_cohort(demo_content):
    found = {}
    for slug, region, since in _outside_the_americas().values_list(
        "slug", "region", "member_since"
    ):
        found.setdefault((region, since), set()).add(slug)
    assert found == EXPECTED
    # Every 2016 and 2018 member outside the Americas is one of these.
    assert set(
        Jurisdiction.objects.exclude(region="americas")
        .filter(member_since__lte=2018)
        .values_list("slug", flat=True)
    ) == {
        slug
        for (_region, since), slugs in EXPECTED.items()
        if since <= 2018
        for slug in slugs
    }


def test_the_fifteen_pioneers_are_all_listed(demo_content):
    pioneers = Jurisdiction.objects.filter(member_since=2016)
    assert pioneers.count() == 15
    assert all(RELEASE_2016 in member.source_list for member in pioneers)


def test_each_cites_the_source_for_its_cohort(demo_content):
    for (_region, since), slugs in EXPECTED.items():
        for member in Jurisdiction.objects.filter(slug__in=slugs):
            assert COHORT_SOURCE[since] in member.source_list, member.slug
            assert member.summary_en and member.summary_es, member.slug


def test_what_the_sources_do_not_give_stays_empty(demo_content):
    members = list(_outside_the_americas())
    assert len(members) == 24 == len(SECTION_1_6)
    for member in members:
        assert not member.has_coordinates, member.slug
        assert (member.subdivision, member.ocd_id, member.website) == ("", "", "")
    # The only member page the reference gives outside the Americas.
    linked = {m.slug: m.ogp_url for m in members if m.ogp_url}
    assert linked == {
        "ozurgeti": "https://www.opengovpartnership.org/members/ozurgeti-georgia/"
    }
    assert {m.slug: m.local_name for m in members if m.local_name} == {
        "basque-country": "Euskadi"
    }


def test_type_of_government_only_where_the_name_says_it(demo_content):
    kinds = dict(
        _outside_the_americas().exclude(kind="not-stated").values_list("slug", "kind")
    )
    assert kinds == {
        "elgeyo-marakwet": "county",
        "kigoma": "municipality",
        "kaduna": "state",
        "zilina-region": "region",
    }


def test_status_only_where_a_source_gives_it(demo_content):
    """The 2022 cohort delivered action plans that year (OGP's review of 2022);
    the extended notes' corrections give the standing of three others; no source
    read gives the later standing of the rest."""
    statuses = dict(_outside_the_americas().values_list("slug", "status"))
    for (_region, since), slugs in EXPECTED.items():
        for slug in slugs:
            expected = "active" if since == 2022 else "not-stated"
            assert statuses[slug] == CORRECTED_STATUS.get(slug, expected), slug


def test_region_of_the_georgian_members_is_explained(demo_content):
    """The notes infer Tbilisi's region from OGP's regional count for 2018–2020;
    the summaries say so, and the other Georgian members follow Tbilisi."""
    for slug in ("tbilisi", "akhaltsikhe", "ozurgeti", "khoni"):
        member = Jurisdiction.objects.get(slug=slug)
        assert member.region == "asia-pacific"
        assert "No source read names its OGP region" in member.summary_en
        assert "Ninguna de las fuentes consultadas indica su región" in (
            member.summary_es
        )
        assert (
            "https://www.opengovpartnership.org/ogp-local/about-ogp-local-program/"
            "ogp-local-members/" in member.source_list
        )


def test_spanish_names(demo_content):
    names = dict(_outside_the_americas().values_list("slug", "name_es"))
    assert {
        slug: names[slug]
        for slug in (
            "scotland",
            "basque-country",
            "seoul",
            "tbilisi",
            "hamburg",
            "valencian-community",
            "paris",
            "carthage",
        )
    } == {
        "scotland": "Escocia",
        "basque-country": "País Vasco",
        "seoul": "Seúl",
        "tbilisi": "Tiflis",
        "hamburg": "Hamburgo",
        "valencian-community": "Comunidad Valenciana",
        "paris": "París",
        "carthage": "Cartago",
    }


def test_a_meeting_names_only_the_members_a_source_places_there(client, demo_content):
    """Rome: OGP Euskadi reports its delegation spoke at a roundtable, so the
    Basque Country is listed, and only it. Marrakech: no source names members."""
    sections = {}
    for slug in (
        "europe-regional-meeting-2022",
        "africa-middle-east-regional-meeting-2022",
    ):
        html = client.get(f"/en/meetings/{slug}/").content.decode()
        sections[slug] = html.split('aria-labelledby="members-heading"')[1].split(
            "</section>"
        )[0]
    rome = sections["europe-regional-meeting-2022"]
    assert re.findall(r'href="/en/members/([^/]+)/"', rome) == ["basque-country"]
    assert "Only the members a source names at this meeting are listed" in rome
    marrakech = sections["africa-middle-east-regional-meeting-2022"]
    assert "No source this directory draws on names the OGP Local members" in (
        marrakech
    )
    assert "/members/" not in marrakech


def test_members_list_filters_by_region(client, demo_content):
    for region, count in (
        ("americas", 42),
        ("europe", 41),
        ("africa-middle-east", 27),
        ("asia-pacific", 21),
        ("not-stated", 1),
    ):
        for language, one, many in (
            ("en", "member", "members"),
            ("es", "miembro", "miembros"),
        ):
            html = client.get(f"/{language}/members/?region={region}").content.decode()
            word = one if count == 1 else many
            # Past 20 members the heading adds which of them the page shows.
            assert re.search(
                rf'id="results-heading" tabindex="-1">{count} {word} ?<', html
            ), (region, language)


def test_home_page_coverage_in_both_languages(client, demo_content):
    english = client.get("/en/").content.decode()
    assert "The directory lists 131 of OGP Local's more than 150 members." in english
    spanish = client.get("/es/").content.decode()
    assert "El directorio recoge 131 de los más de 150 miembros de OGP Local." in (
        spanish
    )
    for html, label in ((english, "Europe"), (spanish, "Europa")):
        assert f'?region=europe">{label}</a>: <span data-region="europe">41</span>' in (
            html
        )
    for html, label in (
        (english, "Region not stated"),
        (spanish, "Región no indicada"),
    ):
        assert (
            f'?region=not-stated">{label}</a>: <span data-region="not-stated">1</span>'
        ) in html
