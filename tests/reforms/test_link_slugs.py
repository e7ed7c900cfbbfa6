"""Each reform stores the slugs of its published members and themes
(reforms.link_slugs): every kind of write keeps them what the links say."""

from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext

from common.services import content_publication_set
from common.stored_slugs import StaleStoredSlugs
from demo.scale import scale_data_generate
from members.models import Jurisdiction
from reforms.link_slugs import reform_link_slugs_refresh
from reforms.models import Reform, ReformJurisdiction, ReformTheme
from tests.factories import JurisdictionFactory, ReformFactory, ThemeFactory

pytestmark = pytest.mark.django_db

REFORMS = "/api/v1/reforms/"


def stored(slug):
    """``(member slugs, theme slugs)`` as the reform's columns hold them."""
    return Reform.objects.values_list(
        "published_jurisdiction_slugs", "published_theme_slugs"
    ).get(slug=slug)


@pytest.fixture
def linked():
    """A reform linked to two members and two themes; a third of each unlinked."""
    members = {
        slug: JurisdictionFactory(slug=slug, name_en=name)
        for slug, name in [("rosario", "Rosario"), ("buenos-aires", "Buenos Aires")]
    }
    members["quito"] = JurisdictionFactory(slug="quito", name_en="Quito")
    themes = {
        slug: ThemeFactory(slug=slug, name_en=name)
        for slug, name in [("open-data", "Open data"), ("budget", "Budget")]
    }
    themes["water"] = ThemeFactory(slug="water", name_en="Water")
    ReformFactory(
        slug="shared-data",
        jurisdictions=[members["rosario"], members["buenos-aires"]],
        themes=[themes["open-data"], themes["budget"]],
    )
    return members, themes


def test_links_set_on_a_reform_are_stored_in_the_lists_order(linked):
    assert stored("shared-data") == (
        ["buenos-aires", "rosario"],
        ["budget", "open-data"],
    )


def test_a_reform_without_links_stores_empty_lists():
    ReformFactory(slug="alone")
    assert stored("alone") == ([], [])


def test_adding_removing_and_clearing_from_the_reform(linked):
    members, themes = linked
    reform = Reform.objects.get(slug="shared-data")

    reform.jurisdictions.add(members["quito"])
    reform.themes.remove(themes["budget"])
    assert stored("shared-data") == (
        ["buenos-aires", "quito", "rosario"],
        ["open-data"],
    )

    reform.jurisdictions.clear()
    reform.themes.set([themes["water"], themes["budget"]])
    assert stored("shared-data") == ([], ["budget", "water"])


def test_adding_removing_and_clearing_from_the_member_or_theme(linked):
    members, themes = linked
    ReformFactory(slug="second", jurisdictions=[members["rosario"]])

    members["quito"].reforms.add(Reform.objects.get(slug="shared-data"))
    assert stored("shared-data")[0] == ["buenos-aires", "quito", "rosario"]

    members["rosario"].reforms.clear()
    assert stored("shared-data")[0] == ["buenos-aires", "quito"]
    assert stored("second")[0] == []

    themes["budget"].reforms.remove(Reform.objects.get(slug="shared-data"))
    themes["water"].reforms.set(Reform.objects.all())
    assert stored("shared-data")[1] == ["open-data", "water"]
    assert stored("second")[1] == ["water"]


def test_link_rows_written_directly(linked):
    members, themes = linked
    reform = Reform.objects.get(slug="shared-data")

    ReformJurisdiction.objects.create(reform=reform, jurisdiction=members["quito"])
    ReformTheme.objects.get(reform=reform, theme=themes["budget"]).delete()

    assert stored("shared-data") == (
        ["buenos-aires", "quito", "rosario"],
        ["open-data"],
    )


def test_unpublishing_renaming_and_reslugging_a_member(linked, django_user_model):
    members, _themes = linked
    editor = django_user_model.objects.create(username="editor")

    content_publication_set(
        queryset=Jurisdiction.objects.filter(slug="rosario"),
        published=False,
        user=editor,
    )
    assert stored("shared-data")[0] == ["buenos-aires"]

    content_publication_set(
        queryset=Jurisdiction.objects.filter(slug="rosario"),
        published=True,
        user=editor,
    )
    assert stored("shared-data")[0] == ["buenos-aires", "rosario"]

    # Renamed: the order follows the English name.
    members["rosario"].name_en = "A Rosario"
    members["rosario"].save()
    assert stored("shared-data")[0] == ["rosario", "buenos-aires"]

    members["buenos-aires"].slug = "caba"
    members["buenos-aires"].save()
    assert stored("shared-data")[0] == ["rosario", "caba"]


def test_unpublishing_and_reslugging_a_theme(linked):
    _members, themes = linked

    themes["budget"].is_published = False
    themes["budget"].save()
    themes["open-data"].slug = "datos"
    themes["open-data"].save()

    assert stored("shared-data")[1] == ["datos"]


def test_deleting_a_reform_deletes_its_links_without_error(linked):
    Reform.objects.get(slug="shared-data").delete()
    assert not ReformJurisdiction.objects.exists()


def test_the_api_reads_the_stored_slugs_without_subqueries(client, linked, settings):
    settings.SELF_CHECKS = False
    with CaptureQueriesContext(connection) as queries:
        row = client.get(REFORMS).json()["results"][0]

    assert row["jurisdictions"] == ["buenos-aires", "rosario"]
    assert row["themes"] == ["budget", "open-data"]
    list_query = next(q["sql"] for q in queries if "published_theme_slugs" in q["sql"])
    assert "reformjurisdiction" not in list_query
    assert "reformtheme" not in list_query


def test_self_checks_fail_a_read_of_stale_slugs(client, linked, settings):
    settings.SELF_CHECKS = True
    # QuerySet.update sends no signals: a write path that forgot the refresh.
    Reform.objects.update(published_theme_slugs="budget")

    with pytest.raises(StaleStoredSlugs, match="stored 'budget'"):
        client.get(REFORMS)

    reform_link_slugs_refresh()
    assert client.get(REFORMS).json()["results"][0]["themes"] == [
        "budget",
        "open-data",
    ]


def test_refresh_of_named_reforms_writes_only_those(linked):
    ReformFactory(slug="other")
    Reform.objects.update(published_jurisdiction_slugs="", published_theme_slugs="")

    written = reform_link_slugs_refresh(
        reforms=Reform.objects.filter(slug="other").values("pk")
    )

    assert written == 1
    assert stored("shared-data") == ([], [])


def test_scale_data_stores_the_slugs_of_every_reform():
    scale_data_generate(members=12, reforms=30, meetings=1, sessions=2)
    before = list(
        Reform.objects.order_by("slug").values_list(
            "published_jurisdiction_slugs", "published_theme_slugs"
        )
    )
    assert any(members for members, _themes in before)

    reform_link_slugs_refresh()

    assert (
        list(
            Reform.objects.order_by("slug").values_list(
                "published_jurisdiction_slugs", "published_theme_slugs"
            )
        )
        == before
    )


def test_the_migration_fills_existing_reforms(linked):
    Reform.objects.update(published_jurisdiction_slugs="", published_theme_slugs="")
    migration = import_module("reforms.migrations.0005_reform_published_link_slugs")

    migration.fill_link_slugs(apps, None)

    assert stored("shared-data") == (
        ["buenos-aires", "rosario"],
        ["budget", "open-data"],
    )


def test_saving_a_reform_read_before_its_links_changed_keeps_them(linked):
    members, _themes = linked
    reform = Reform.objects.get(slug="shared-data")
    members["quito"].reforms.add(reform)

    reform.title_en = "Shared data, renamed"
    reform.save()

    assert stored("shared-data")[0] == ["buenos-aires", "quito", "rosario"]
