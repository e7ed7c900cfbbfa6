import xml.etree.ElementTree as ET

import pytest

from tests.factories import (
    ActionPlanFactory,
    CommitmentFactory,
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def parse(response):
    assert response.status_code == 200
    return ET.fromstring(response.content)


def locations(root):
    return [loc.text for loc in root.findall("sm:url/sm:loc", NS)]


@pytest.fixture
def content():
    rosario = JurisdictionFactory(slug="rosario")
    plan = ActionPlanFactory(slug="rosario-2021-2023", jurisdiction=rosario)
    CommitmentFactory(ogp_id="ARROS0001", action_plan=plan)
    CommitmentFactory(ogp_id="ARROS0002", action_plan=plan, is_published=False)
    ActionPlanFactory(slug="draft-plan", jurisdiction=rosario, is_published=False)
    JurisdictionFactory(slug="draft-member", is_published=False)
    ThemeFactory(slug="open-data")
    ThemeFactory(slug="draft-theme", is_published=False)
    ReformFactory(slug="open-budget")
    ReformFactory(slug="draft-reform", is_published=False)
    MeetingFactory(slug="open-americas-2022")
    MeetingFactory(slug="draft-meeting", is_published=False)


def test_sitemap_index_lists_one_section_per_kind_of_page(client, content):
    root = parse(client.get("/sitemap.xml"))
    assert [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)] == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-members.xml",
        "http://testserver/sitemap-meetings.xml",
        "http://testserver/sitemap-reforms.xml",
        "http://testserver/sitemap-themes.xml",
        "http://testserver/sitemap-action-plans.xml",
        "http://testserver/sitemap-commitments.xml",
    ]


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        (
            "pages",
            [
                "http://testserver/en/",
                "http://testserver/es/",
                "http://testserver/en/members/",
                "http://testserver/es/members/",
                "http://testserver/en/meetings/",
                "http://testserver/es/meetings/",
                "http://testserver/en/reforms/",
                "http://testserver/es/reforms/",
                "http://testserver/en/themes/",
                "http://testserver/es/themes/",
                "http://testserver/en/commitments/",
                "http://testserver/es/commitments/",
                "http://testserver/en/about/",
                "http://testserver/es/about/",
                "http://testserver/en/about/contact/",
                "http://testserver/es/about/contact/",
                "http://testserver/en/about/accessibility/",
                "http://testserver/es/about/accessibility/",
                "http://testserver/en/about/privacy/",
                "http://testserver/es/about/privacy/",
                "http://testserver/en/open-data/",
                "http://testserver/es/open-data/",
            ],
        ),
        (
            "members",
            [
                "http://testserver/en/members/rosario/",
                "http://testserver/es/members/rosario/",
            ],
        ),
        (
            "meetings",
            [
                "http://testserver/en/meetings/open-americas-2022/",
                "http://testserver/es/meetings/open-americas-2022/",
            ],
        ),
        (
            "reforms",
            [
                "http://testserver/en/reforms/open-budget/",
                "http://testserver/es/reforms/open-budget/",
            ],
        ),
        (
            "themes",
            [
                "http://testserver/en/themes/open-data/",
                "http://testserver/es/themes/open-data/",
            ],
        ),
        (
            "action-plans",
            [
                "http://testserver/en/action-plans/rosario-2021-2023/",
                "http://testserver/es/action-plans/rosario-2021-2023/",
            ],
        ),
        (
            "commitments",
            [
                "http://testserver/en/commitments/ARROS0001/",
                "http://testserver/es/commitments/ARROS0001/",
            ],
        ),
    ],
)
def test_sitemap_sections_list_published_pages_in_both_languages(
    client, content, section, expected
):
    assert locations(parse(client.get(f"/sitemap-{section}.xml"))) == expected


def test_sitemap_entries_carry_hreflang_alternates(client, content):
    root = parse(client.get("/sitemap-members.xml"))
    spanish = root.findall("sm:url", NS)[1]
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in spanish.findall("xhtml:link", NS)
    }
    assert alternates == {
        "en": "http://testserver/en/members/rosario/",
        "es": "http://testserver/es/members/rosario/",
        "x-default": "http://testserver/members/rosario/",
    }
    assert spanish.find("sm:lastmod", NS).text


def test_pages_about_the_site_carry_hreflang_alternates(client):
    root = parse(client.get("/sitemap-pages.xml"))
    entry = next(
        url
        for url in root.findall("sm:url", NS)
        if url.find("sm:loc", NS).text == "http://testserver/es/open-data/"
    )
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entry.findall("xhtml:link", NS)
    }
    assert alternates == {
        "en": "http://testserver/en/open-data/",
        "es": "http://testserver/es/open-data/",
        "x-default": "http://testserver/open-data/",
    }


def test_robots_txt_points_at_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\n\nSitemap: http://testserver/sitemap.xml\n"
    )
