"""Selectors built once per language hand out independent copies."""

import pytest

from reforms.selectors import reform_list_with_link_slugs
from tests.factories import ReformFactory

pytestmark = pytest.mark.django_db


def test_each_call_gives_a_fresh_queryset_that_sees_new_rows():
    ReformFactory(slug="budget")
    first = reform_list_with_link_slugs()
    assert [reform.slug for reform in first] == ["budget"]
    ReformFactory(slug="contracts")
    second = reform_list_with_link_slugs()
    assert second is not first
    assert sorted(reform.slug for reform in second) == ["budget", "contracts"]


def test_filtering_a_copy_leaves_the_next_one_whole():
    ReformFactory(slug="budget")
    ReformFactory(slug="contracts")
    assert reform_list_with_link_slugs().filter(slug="budget").count() == 1
    assert reform_list_with_link_slugs().count() == 2
