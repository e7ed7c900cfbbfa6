"""The members the extended reference notes add
(../shared/reference/ogp-local-members-extended.md, section 1), the corrections
of its section 1f, and what they leave out: its low-confidence leads (section
1e) are not members. A sample per region is pinned with its sources; the counts
per region and cohort pin the rest."""

import pytest

from demo.sources_report import content_sources_markdown
from members.models import Jurisdiction

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_content(read_only_demo_content, db):
    """The demo content, loaded once for this module: its tests only read it."""


ROUNDUP = "https://opengovpartnership.org/news/local-roundup-{}"
EASTERN_PARTNERSHIP = (
    "https://www.opengovpartnership.org/stories/"
    "a-look-inside-ogp-local-action-plans-from-the-eastern-partnership/"
)
LIST_OF_55 = (
    "https://www.opengovpartnership.org/ogp-local/"
    "join-ogp-local-call-for-expressions-of-interest-2023/"
)

# slug -> (country, region, kind, cohort, status, the facts marked inferred, sources)
SAMPLE = {
    "curridabat": (
        "CR",
        "americas",
        "municipality",
        2020,
        "active",
        set(),
        [
            "https://www.opengovpartnership.org/documents/"
            "action-plan-curridabat-costa-rica-2023-2024/",
            "https://www.opengovpartnership.org/news/local-roundup-may-2023/",
            "https://newsnpo.com/non-profit-organizations/open-government-partnership/"
            "local-roundup-july-2024",
        ],
    ),
    "goias": (
        "BR",
        "americas",
        "state",
        2024,
        "active",
        {"member_since"},
        [
            "https://opengovpartnership.org/documents/"
            "action-plan-state-of-goias-brazil-2024-2026",
            "https://newsnpo.com/non-profit-organizations/open-government-partnership/"
            "local-roundup-july-2024",
            ROUNDUP.format("october-2024"),
        ],
    ),
    "timisoara": (
        "RO",
        "europe",
        "municipality",
        2020,
        "active",
        set(),
        [
            "https://www.opengovpartnership.org/members/timisoara-romania/",
            "https://www.opengovpartnership.org/documents/"
            "action-plan-timisoara-romania-2022-2024/",
        ],
    ),
    "kutaisi": (
        "GE",
        "europe",
        "municipality",
        2022,
        "active",
        {"region"},
        [
            "https://opengovpartnership.org/documents/action-plan-kutaisi-georgia-2022-2025",
            EASTERN_PARTNERSHIP,
            ROUNDUP.format("january-2023"),
        ],
    ),
    "pristina": (
        "XK",
        "europe",
        "municipality",
        2024,
        "active",
        {"member_since"},
        [
            "https://opengovpartnership.org/?p=87263",
            ROUNDUP.format("august-2024"),
            "https://www.opengovpartnership.org/our-members/kosovo/",
        ],
    ),
    "shama": (
        "GH",
        "africa-middle-east",
        "district",
        2020,
        "active",
        set(),
        [
            "https://opengovpartnership.org/documents/action-plan-shama-ghana-2021-2024",
            "https://sweetmelodiesfm.com/shama-district-assembly-launches-ogp-plan-for-2021-2023",
        ],
    ),
    "greater-karak": (
        "JO",
        "africa-middle-east",
        "municipality",
        2024,
        "active",
        {"member_since"},
        ["https://opengovpartnership.org/region/africa-and-the-middle-east"],
    ),
    "borongan": (
        "PH",
        "asia-pacific",
        "city",
        2020,
        "active",
        set(),
        [
            "https://www.opengovpartnership.org/members/borongan-philippines/",
            "https://rmn.ph/pbbm-dadalo-sa-2025-open-government-partnership-asia-pacific-"
            "regional-meeting-ngayong-araw/",
            "https://bomboradyo.com/karagdagang-mga-lokal-na-pamahalaang-pasok-sa-open-"
            "govt-partnership-kinilala-ng-budget-dept",
        ],
    ),
    "fuvahmulah": (
        "MV",
        "asia-pacific",
        "city",
        2024,
        "active",
        {"member_since"},
        [
            "https://www.opengovpartnership.org/?p=88596",
            "https://www.opengovpartnership.org/?p=92657",
        ],
    ),
    "bishkek": (
        "KG",
        "not-stated",
        "city",
        2020,
        "active",
        set(),
        [
            "https://opengovpartnership.org/documents/"
            "action-plan-bishkek-kyrgyz-republic-2025-2025",
            "https://24.kg/english/170114_City_Hall_of_Bishkek_joins_Open_Government_"
            "Partnership_initiative/",
            "http://dpi.kg/en/press-room/news/full/1606.html",
        ],
    ),
}


def _inferred(member):
    return {
        fact
        for fact in ("member_since", "region", "status")
        if getattr(member, f"{fact}_inferred")
    }


@pytest.mark.parametrize("slug", SAMPLE)
def test_a_sample_of_the_new_members_per_region(demo_content, slug):
    member = Jurisdiction.objects.get(slug=slug)
    country, region, kind, cohort, status, inferred, sources = SAMPLE[slug]
    assert (
        member.country.code,
        member.region,
        member.kind,
        member.member_since,
        member.status,
        _inferred(member),
        member.source_list,
    ) == (country, region, kind, cohort, status, inferred, sources)
    assert member.summary_en and member.summary_es
    # The extended notes give no coordinates: another part adds them.
    assert not member.has_coordinates


# (region, cohort) -> members listed, after the extended notes.
COUNTS = {
    "americas": {2016: 6, 2018: 1, 2020: 15, 2022: 10, 2024: 10},
    "europe": {2016: 3, 2018: 2, 2020: 11, 2022: 10, 2024: 15},
    "africa-middle-east": {2016: 3, 2018: 1, 2020: 8, 2022: 6, 2024: 9},
    "asia-pacific": {2016: 3, 2018: 1, 2020: 9, 2022: 0, 2024: 8},
    "not-stated": {2016: 0, 2018: 0, 2020: 1, 2022: 0, 2024: 0},
}


def test_members_per_region_and_cohort(demo_content):
    found = {}
    for region, since in Jurisdiction.objects.values_list("region", "member_since"):
        found.setdefault(region, dict.fromkeys((2016, 2018, 2020, 2022, 2024), 0))
        found[region][since] += 1
    assert found == COUNTS
    per_cohort = {
        since: sum(counts[since] for counts in COUNTS.values())
        for since in (2016, 2018, 2020, 2022, 2024)
    }
    # The named members of section 2 of the extended notes, in records: the 2020
    # cohort's 43 jurisdictions count Córdoba once, and it has two records here.
    assert per_cohort == {2016: 15, 2018: 5, 2020: 44, 2022: 26, 2024: 42}
    assert Jurisdiction.objects.count() == 132


def test_low_confidence_leads_are_not_members(demo_content):
    """Section 1e: one third-party mention each, so none is listed."""
    for name in ("Los Angeles", "New York", "Vitoria-Gasteiz", "Ketu South"):
        assert not Jurisdiction.objects.filter(name_en__icontains=name).exists()
        assert not Jurisdiction.objects.filter(other_names__icontains=name).exists()
    for slug in ("los-angeles", "new-york-city", "vitoria-gasteiz", "ketu-south"):
        assert not Jurisdiction.objects.filter(slug=slug).exists()


def test_nor_are_the_members_of_national_processes(demo_content):
    """Nigerian area councils, Serbian and Georgian municipalities with plans under
    their national OGP process are not OGP Local members."""
    for name in ("Sombor", "Lapovo", "Zugdidi", "Tskaltubo", "Gwagwalada"):
        assert not Jurisdiction.objects.filter(name_en__icontains=name).exists()


def test_a_joint_application_is_one_member(demo_content):
    """OGP counts a joint application once; until members can name the governments
    that form them, a consortium is one record found by every name OGP uses."""
    assert not Jurisdiction.objects.filter(
        slug__in=["gyumri", "monterrey", "san-pedro-garza-garcia", "zviahel"]
    ).exists()
    four_regions = Jurisdiction.objects.get(slug="moroccan-four-regions")
    assert (four_regions.member_since, four_regions.status) == (2024, "active")
    assert four_regions.other_name_list == [
        "Oriental",
        "Souss-Massa",
        "Drâa-Tafilalet",
        "Laayoune Sakia El Hamra",
        "Laâyoune-Sakia El Hamra",
        "Four Regions",
    ]
    # The 2024 list begins "…Agadir, Morocco; Sous…": Souss-Massa is this consortium.
    assert LIST_OF_55 in four_regions.source_list
    sumbawa = Jurisdiction.objects.get(slug="west-nusa-tenggara-west-sumbawa")
    assert sumbawa.ogp_url == (
        "https://www.opengovpartnership.org/members/west-sumbawa-indonesia/"
    )
    assert {"West Nusa Tenggara", "West Sumbawa"} <= set(sumbawa.other_name_list)


def test_a_consortium_is_found_by_the_name_of_each_part(client, demo_content):
    for query, slug in (
        ("souss-massa", "moroccan-four-regions"),
        ("Zviahel", "orzhytsia-zviahel"),
        ("sumbawa barat", "west-nusa-tenggara-west-sumbawa"),
    ):
        html = client.get(f"/en/members/?q={query}").content.decode()
        assert f'href="/en/members/{slug}/"' in html, query


def test_section_1f_corrections(demo_content):
    members = {member.slug: member for member in Jurisdiction.objects.all()}
    # Yerevan: a member since 17 May 2022, a date its plan states.
    yerevan = members["yerevan"]
    assert (yerevan.member_since, yerevan.member_since_inferred) == (2022, False)
    assert "17 May 2022" in yerevan.summary_en
    assert "17 de mayo de 2022" in yerevan.summary_es
    assert yerevan.source_list == [
        "https://www.opengovpartnership.org/documents/"
        "action-plan-yerevan-armenia-2023-2024/"
    ]
    # Bojonegoro no longer takes part: the notes infer it from two reports.
    bojonegoro = members["bojonegoro"]
    assert (bojonegoro.status, bojonegoro.status_inferred) == ("inactive", True)
    assert len(bojonegoro.source_list) == 3
    assert bojonegoro.source_list[1].startswith("https://old.dpr.go.id/")
    # Vanadzor applied together with Gyumri; they share one plan.
    vanadzor = members["vanadzor"]
    assert vanadzor.member_since == 2020
    assert "Gyumri" in vanadzor.summary_en and "Gyumri" in vanadzor.summary_es
    assert vanadzor.source_list[0] == (
        "https://opengovpartnership.org/documents/action-plan-vanadzor-armenia-2021-2026"
    )
    # Córdoba Province has its own plans: a separate, active member.
    province = members["cordoba-province"]
    assert province.status == "active"
    assert province.source_list == [
        "https://fundeps.org/en/rudi-borrmann-ogp-meeting/",
        "https://opengovpartnership.org/?p=85253",
        "https://www.opengovpartnership.org/fr/documents/"
        "inception-report-action-plan-cordoba-province-argentina-2024-2027/",
    ]
    # Elgeyo-Marakwet is still active (a third plan, March 2025); South Cotabato
    # is among the six Philippine members active in February 2025.
    assert members["elgeyo-marakwet"].status == "active"
    assert ROUNDUP.format("march-2025") in members["elgeyo-marakwet"].source_list
    assert members["south-cotabato"].status == "active"
    # Nuevo León's coalition: OGP lists the plans of its three governments.
    nuevo_leon = members["nuevo-leon"]
    assert ROUNDUP.format("january-2023") in nuevo_leon.source_list
    assert "San Pedro Garza García" in nuevo_leon.summary_en
    # Members the first notes only inferred, now confirmed with a cohort.
    for slug, since in (
        ("catalonia", 2020),
        ("aragon", 2020),
        ("nandi", 2020),
        ("plateau", 2020),
        ("khmelnytskyi", 2020),
        ("brebes", 2020),
        ("kakamega", 2024),
        ("machakos", 2024),
    ):
        assert (members[slug].member_since, members[slug].member_since_inferred) == (
            since,
            False,
        ), slug
    # Gwangju's and Tétouan's cohorts stay inferred.
    assert members["gwangju"].member_since_inferred
    assert members["tetouan"].member_since_inferred
    assert members["khmelnytskyi"].status == "active"


def test_georgia_and_armenia_are_in_europe_by_inference(demo_content):
    added = Jurisdiction.objects.filter(
        slug__in=["kutaisi", "rustavi", "armavir", "metsamor", "yerevan", "vanadzor"]
    )
    assert {(m.region, m.region_inferred) for m in added} == {("europe", True)}


@pytest.mark.parametrize(
    "language, marker, note",
    [
        (
            "en",
            '(<a href="#inferred-note">inferred</a>)',
            "Inferred: no source states this fact",
        ),
        (
            "es",
            '(<a href="#inferred-note">inferido</a>)',
            "Inferido: ninguna fuente señala este dato",
        ),
    ],
)
def test_member_page_marks_inferred_facts(client, demo_content, language, marker, note):
    goias = client.get(f"/{language}/members/goias/").content.decode()
    facts = goias.split('aria-labelledby="facts-heading"')[1].split("</section>")[0]
    member_since = facts.split("?member_since=2024")[1].split("</dd>")[0]
    assert marker in member_since
    assert facts.count(marker) == 1
    assert note in facts
    curridabat = client.get(f"/{language}/members/curridabat/").content.decode()
    assert "inferred-note" not in curridabat


def test_region_not_stated_and_kosovo_in_both_languages(client, demo_content):
    english = client.get("/en/members/bishkek/").content.decode()
    spanish = client.get("/es/members/bishkek/").content.decode()
    assert ">Region not stated</a>" in english
    assert ">Región no indicada</a>" in spanish
    assert ">Kosovo</a>" in client.get("/en/members/gjakova/").content.decode()
    assert ">Kosovo</a>" in client.get("/es/members/gjakova/").content.decode()


def test_a_spanish_page_shows_a_missing_spanish_name_as_english(client, demo_content):
    html = client.get("/es/members/glasgow/").content.decode()
    assert (
        '<h1><span lang="en">Glasgow</span> '
        '<small class="fallback-hint">(disponible solo en inglés)</small></h1>'
    ) in html


def test_content_sources_marks_inferred_facts():
    markdown = content_sources_markdown()
    goias = next(
        line for line in markdown.splitlines() if line.startswith("| State of Goiás |")
    )
    assert "member_since (inferred)" in goias
    kutaisi = next(
        line for line in markdown.splitlines() if line.startswith("| Kutaisi |")
    )
    assert "region (inferred): inferred in the extended reference notes" in kutaisi
    bojonegoro = next(
        line for line in markdown.splitlines() if line.startswith("| Bojonegoro |")
    )
    assert "status (inferred)" in bojonegoro
