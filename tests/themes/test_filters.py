import pytest

from tests.factories import ThemeFactory
from tests.querying import filter_errors, filtered_slugs
from themes.filters import ThemeFilter
from themes.selectors import theme_list

pytestmark = pytest.mark.django_db


def test_theme_kind_filter():
    ThemeFactory(slug="climate-action", is_local_circle=True, category="policy-area")
    ThemeFactory(slug="innovation", is_local_circle=True, category="local-circle-theme")
    ThemeFactory(slug="justice", is_local_circle=False, category="policy-area")
    assert sorted(
        filtered_slugs(ThemeFilter, theme_list(), {"kind": "local-circle"})
    ) == ["climate-action", "innovation"]
    assert sorted(
        filtered_slugs(ThemeFilter, theme_list(), {"kind": "policy-area"})
    ) == ["climate-action", "justice"]
    ThemeFactory(slug="citizen-participation", category="value")
    ThemeFactory(slug="co-creation", category="process")
    assert filtered_slugs(ThemeFilter, theme_list(), {"kind": "value"}) == [
        "citizen-participation"
    ]
    assert filtered_slugs(ThemeFilter, theme_list(), {"kind": "process"}) == [
        "co-creation"
    ]
    assert filter_errors(ThemeFilter, theme_list(), {"kind": "club"}) == ["kind"]
