"""The home page's growth chart: OGP Local members per year, each with its
source, "more than 150" in 2024 written as such."""

import re

import pytest

from common.data_files import DataFileError, read_data_file
from website.growth import growth_file_schema, member_counts

pytestmark = pytest.mark.django_db

ROW = re.compile(
    r'<tr data-year="(\d+)"><th scope="row">\d+</th><td>([^<]+)</td>'
    r'<td><a href="([^"]+)" rel="external">'
)


def test_the_figures_and_their_sources():
    assert [(c.year, c.members, c.more_than) for c in member_counts()] == [
        (2016, 15, False),
        (2018, 20, False),
        (2020, 76, False),
        (2022, 106, False),
        (2024, 150, True),
    ]
    assert all(c.source_url.startswith("https://") for c in member_counts())


def test_home_table_gives_each_year_with_its_source(client):
    body = client.get("/en/").content.decode()

    assert ROW.findall(body) == [
        (
            "2016",
            "15",
            "https://www.opengovpartnership.org/stories/press-release-fifteen-local-"
            "governments-chosen-international-open-government-partnership",
        ),
        (
            "2018",
            "20",
            "https://www.opengovpartnership.org/news/open-government-partnership-"
            "adds-five-new-local-governments-to-its-local-program/",
        ),
        (
            "2020",
            "76",
            "https://www.opengovpartnership.org/news/56-local-jurisdictions-join-"
            "global-partnership-to-promote-open-government",
        ),
        (
            "2022",
            "106",
            "https://www.opengovpartnership.org/news/open-government-partnership-"
            "welcomes-30-new-local-governments/",
        ),
        (
            "2024",
            "more than 150",
            "https://opengovpartnership.org/news/55-local-governments-join-"
            "international-partnership-on-open-government/",
        ),
    ]


def test_home_chart_is_an_image_described_by_its_numbers(client):
    body = client.get("/en/").content.decode()

    assert 'role="img" aria-labelledby="growth-chart-title growth-chart-desc"' in body
    assert '<title id="growth-chart-title">OGP Local members per year</title>' in body
    assert (
        '<desc id="growth-chart-desc">2016: 15; 2018: 20; 2020: 76; 2022: 106; '
        "2024: more than 150</desc>"
    ) in body
    # The 2024 bar ends in an arrow: more than it shows.
    assert body.count('<polygon class="chart-bar"') == 1
    assert '<text class="chart-value" x="287.4" y="208">more than 150</text>' in body


def test_home_growth_in_spanish(client):
    from django.utils import translation
    from django.utils.translation import gettext

    body = client.get("/es/").content.decode()
    with translation.override("es"):
        more_than = gettext("more than %(count)s") % {"count": 150}

    assert [value for _year, value, _url in ROW.findall(body)] == [
        "15",
        "20",
        "76",
        "106",
        more_than,
    ]


def test_a_growth_file_without_an_english_label_is_refused(tmp_path, settings):
    path = tmp_path / "growth.yaml"
    path.write_text(
        "member_counts:\n"
        "- year: 2016\n"
        "  members: 15\n"
        "  source_url: https://www.opengovpartnership.org/\n"
        "  source_label_es: Comunicado de prensa de OGP\n"
    )

    with pytest.raises(DataFileError) as raised:
        read_data_file(path, growth_file_schema())

    assert raised.value.problems == [
        f"{path}, line 2: member_counts[0]: 'source_label_en' is a required property"
    ]


def test_a_growth_figure_in_words_is_refused(tmp_path):
    path = tmp_path / "growth.yaml"
    path.write_text(
        "member_counts:\n"
        "- year: 2016\n"
        "  members: fifteen\n"
        "  more_than: no\n"
        "  source_url: https://www.opengovpartnership.org/\n"
        "  source_label_en: OGP press release\n"
    )

    with pytest.raises(DataFileError) as raised:
        read_data_file(path, growth_file_schema())

    assert raised.value.problems == [
        f"{path}, line 3: member_counts[0].members: 'fifteen' is not of type 'integer'",
        f"{path}, line 4: member_counts[0].more_than: 'no' is not of type 'boolean'",
    ]
