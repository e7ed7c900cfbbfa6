"""Every demo record says where its facts come from, in an address a reader can
judge, and the counts the home page shows are the records it counts.

docs/content-sources.md lists each record with its source; these tests are the
part of that audit a machine can repeat.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from demo.sources_report import content_sources_markdown, demo_records, stated_facts
from events.models import Meeting
from members.models import Jurisdiction
from plans.models import ActionPlan, Commitment, Document
from reforms.models import Reform
from themes.models import Theme


@pytest.fixture
def demo_content(read_only_demo_content, db):
    """The demo content, loaded once for this module: its tests only read it."""


SOURCED_MODELS = [
    Jurisdiction,
    Theme,
    Meeting,
    Reform,
    ActionPlan,
    Document,
    Commitment,
]

# Link shorteners hide whose page a source is; the reference notes give the
# full address wherever they quote a short one.
SHORTENER_HOSTS = {
    "bit.ly",
    "buff.ly",
    "goo.gl",
    "is.gd",
    "ow.ly",
    "t.co",
    "tinyurl.com",
    "rebrand.ly",
    "shorturl.at",
    "lnkd.in",
}


def demo_sources():
    return [
        (f"{model.__name__} {record.pk}", source)
        for model in SOURCED_MODELS
        for record in model.objects.all()
        for source in record.source_list
    ]


@pytest.mark.parametrize("model", SOURCED_MODELS, ids=lambda model: model.__name__)
def test_every_demo_record_names_a_source(demo_content, model):
    unsourced = [
        str(record) for record in model.objects.all() if not record.source_list
    ]
    assert model.objects.exists()
    assert unsourced == []


def test_every_source_is_a_full_web_address_not_a_short_link(demo_content):
    sources = demo_sources()
    assert len(sources) > 100
    bad = [
        (record, source)
        for record, source in sources
        # A few sources are http:// because the reference notes quote them so.
        if urlsplit(source).scheme not in {"http", "https"}
        or urlsplit(source).hostname.removeprefix("www.") in SHORTENER_HOSTS
    ]
    assert bad == []


def test_home_page_counts_are_the_records_they_count(client, demo_content):
    html = client.get("/en/").content.decode()
    members = Jurisdiction.objects.filter(is_published=True).count()
    assert members == 132
    # Mexico City withdrew: it is listed, but not counted among OGP Local's members.
    current = Jurisdiction.objects.filter(is_published=True).exclude(status="withdrawn")
    assert current.count() == 131
    assert f'<dd data-count="members">{members}</dd>' in html
    assert (
        f'<dd data-count="meetings">{Meeting.objects.filter(is_published=True).count()}'
        "</dd>" in html
    )
    assert (
        f'<dd data-count="reforms">{Reform.objects.filter(is_published=True).count()}'
        "</dd>" in html
    )
    assert "The directory lists 131 of OGP Local's more than 150 members." in html
    assert "It also lists 1 former member that has withdrawn." in html
    # Every region has listed members, and the four counts, with the member whose
    # region the sources leave unresolved (Bishkek), add up to them all.
    regions = {
        "americas": 42,
        "europe": 41,
        "africa-middle-east": 27,
        "asia-pacific": 21,
        "not-stated": 1,
    }
    for region, count in regions.items():
        assert f'<span data-region="{region}">{count}</span>' in html
    assert html.count("data-region=") == 5
    assert sum(regions.values()) == members


def test_docs_content_sources_is_the_content_as_it_is():
    """Regenerate with `make content-sources` after changing the demo content."""
    written = (Path(__file__).parents[2] / "docs" / "content-sources.md").read_text()
    assert written == content_sources_markdown()


def test_members_link_their_ogp_page_where_the_reference_gives_it(demo_content):
    linked = dict(
        Jurisdiction.objects.exclude(ogp_url="").values_list("slug", "ogp_url")
    )
    assert len(linked) == 23
    assert all(
        url.startswith(
            (
                "https://www.opengovpartnership.org/members/",
                "https://opengovpartnership.org/members/",
            )
        )
        for url in linked.values()
    )
    assert linked["mendoza"] == (
        "https://www.opengovpartnership.org/members/mendoza-argentina/"
    )
    assert "bogota" not in linked
    assert linked["ozurgeti"] == (
        "https://www.opengovpartnership.org/members/ozurgeti-georgia/"
    )
    # The extended notes give the member pages of these, as the page itself or as
    # the member path under which they quote a commitment page.
    assert {
        slug: linked[slug]
        for slug in (
            "timisoara",
            "abuja",
            "borongan",
            "cajamarca",
            "lisbon",
            "nairobi",
            "semarang",
            "west-nusa-tenggara-west-sumbawa",
        )
    } == {
        "timisoara": "https://www.opengovpartnership.org/members/timisoara-romania/",
        "abuja": "https://www.opengovpartnership.org/members/abuja-nigeria/",
        "borongan": "https://www.opengovpartnership.org/members/borongan-philippines/",
        "cajamarca": "https://opengovpartnership.org/members/cajamarca-peru/",
        "lisbon": "https://opengovpartnership.org/members/lisbon-portugal/",
        "nairobi": "https://opengovpartnership.org/members/nairobi-kenya/",
        "semarang": "https://opengovpartnership.org/members/semarang-indonesia/",
        "west-nusa-tenggara-west-sumbawa": (
            "https://www.opengovpartnership.org/members/west-sumbawa-indonesia/"
        ),
    }


def test_each_fact_names_source_lines_the_record_has():
    """A record's fact_sources point at facts it states and at its own source
    lines (numbered from 1), or say in words where the fact comes from."""
    records = demo_records()
    assert len(records) > 150
    wrong = []
    for name, record, lines in records:
        facts = set(stated_facts(record))
        line_count = len(lines)
        for fact, where in record.get("fact_sources", {}).items():
            if fact not in facts:
                wrong.append((name, fact, "not a fact the record states"))
            elif isinstance(where, str):
                if not where.strip():
                    wrong.append((name, fact, "empty"))
            elif not where or any(not 1 <= line <= line_count for line in where):
                wrong.append((name, fact, where))
    assert wrong == []


def test_no_record_cites_the_same_source_twice():
    repeated = [
        name for name, _record, lines in demo_records() if len(set(lines)) != len(lines)
    ]
    assert repeated == []
