"""List counts and filter options are remembered per content version, and never
outlive a change."""

import pytest

from tests.factories import ThemeFactory

pytestmark = pytest.mark.django_db

THEMES = "/api/v1/themes/"


def test_the_second_request_reuses_the_count(client, django_assert_num_queries):
    ThemeFactory.create_batch(3)
    assert client.get(THEMES).json()["count"] == 3
    # The content version and the rows: no COUNT.
    with django_assert_num_queries(2) as context:
        assert client.get(THEMES, {"page": 1}).json()["count"] == 3
    assert not any("COUNT(" in query["sql"] for query in context.captured_queries)


def test_another_filter_is_counted_on_its_own(client):
    ThemeFactory(slug="open-data", category="policy-area", is_local_circle=False)
    ThemeFactory(slug="circle", category="local-circle-theme", is_local_circle=True)
    assert client.get(THEMES).json()["count"] == 2
    assert client.get(THEMES, {"kind": "local-circle"}).json()["count"] == 1


def test_a_change_counts_again(client):
    ThemeFactory(slug="open-data")
    assert client.get(THEMES).json()["count"] == 1
    ThemeFactory(slug="inclusion")
    assert client.get(THEMES).json()["count"] == 2


def test_a_page_count_and_its_filter_options_follow_a_change(client):
    from tests.factories import ReformFactory

    ReformFactory(slug="budget", countries=["AR"])
    first = client.get("/en/reforms/").content.decode()
    assert '<h2 id="results-heading" tabindex="-1">1 reform</h2>' in first
    assert ('value="AR"' in first, 'value="CL"' in first) == (True, False)
    ReformFactory(slug="open-contracts", countries=["CL"])
    second = client.get("/en/reforms/").content.decode()
    assert ('value="AR"' in second, 'value="CL"' in second) == (True, True)
    assert '<h2 id="results-heading" tabindex="-1">2 reforms</h2>' in second
