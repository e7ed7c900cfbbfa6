"""List queries are compiled once per key and run afresh on every request."""

import pytest

from common.api.rows import Row, read_rows
from common.statements import CompiledStatements, StatementMismatch
from reforms.models import Reform
from tests.factories import ReformFactory

pytestmark = pytest.mark.django_db


def slugs(result):
    names, rows = result
    assert names == ("slug",)
    return [slug for (slug,) in rows]


def test_a_compiled_query_still_reads_the_current_rows():
    statements = CompiledStatements()
    ReformFactory(slug="first")
    query = Reform.objects.order_by("slug").values_list("slug")
    assert slugs(statements.rows(lambda: query.all(), "reform slugs")) == ["first"]
    ReformFactory(slug="second")
    assert slugs(statements.rows(lambda: query.all(), "reform slugs")) == [
        "first",
        "second",
    ]


def test_the_key_decides_which_sql_runs(settings):
    # Why the key must name everything the SQL depends on: under one key, a
    # second queryset runs the first one's SQL.
    settings.SELF_CHECKS = False
    statements = CompiledStatements()
    ReformFactory(slug="first")
    ReformFactory(slug="second")
    reforms = Reform.objects.values_list("slug")
    assert slugs(statements.rows(lambda: reforms.filter(slug="first"), "k")) == [
        "first"
    ]
    assert slugs(statements.rows(lambda: reforms.filter(slug="second"), "k")) == [
        "first"
    ]


def test_a_known_key_runs_its_sql_without_building_the_queryset(settings):
    settings.SELF_CHECKS = False
    statements = CompiledStatements()
    ReformFactory(slug="first")
    reforms = Reform.objects.values_list("slug")
    statements.rows(lambda: reforms, "k")
    assert slugs(statements.rows(lambda: pytest.fail("built again"), "k")) == ["first"]


def test_verification_fails_loudly_when_one_key_names_two_queries(settings):
    settings.SELF_CHECKS = True
    statements = CompiledStatements()
    reforms = Reform.objects.values_list("slug")
    statements.rows(lambda: reforms.filter(slug="first"), "k")
    with pytest.raises(StatementMismatch, match="'k' names two queries"):
        statements.rows(lambda: reforms.filter(slug="second"), "k")


def test_a_query_that_can_match_nothing_runs_none(django_assert_num_queries):
    statements = CompiledStatements()
    ReformFactory(slug="first")
    nothing = Reform.objects.filter(pk__in=[]).values_list("slug")
    with django_assert_num_queries(0):
        assert statements.rows(lambda: nothing, "none") == ((), [])


def test_values_are_converted_as_django_converts_them():
    # On SQLite a datetime is stored as text: the column's converter makes it one.
    reform = ReformFactory(slug="first", countries=["AR", "BR"])
    names, rows = CompiledStatements().rows(
        lambda: Reform.objects.values_list("updated_at", "countries"), "dates"
    )
    assert dict(zip(names, rows[0], strict=True)) == {
        "updated_at": reform.updated_at,
        "countries": "AR,BR",
    }


def test_the_least_recently_used_statement_is_dropped_first():
    statements = CompiledStatements(size=2)
    reforms = Reform.objects.values_list("slug")
    for key in ("a", "b", "a", "c"):
        statements.rows(lambda key=key: reforms.filter(slug=key), key)
    assert [key for key, _self_checks in statements._entries] == ["a", "c"]


def test_rows_read_like_the_model_instances_they_stand_for():
    ReformFactory(slug="first", title_en="Open budgets", title_es="")
    (row,) = read_rows(Reform.objects.all(), ("id", "slug", "title_en", "title_es"))
    reform = Reform.objects.get()
    assert row == Row(id=reform.pk, slug="first", title_en="Open budgets", title_es="")
    assert row.pk == reform.pk
