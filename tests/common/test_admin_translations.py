"""Bilingual editing: the "Spanish missing" column, filter and index counts."""

import re

import pytest
from django.conf import settings
from modeltranslation.admin import TabbedTranslationAdmin

from common.admin.options import with_translation_columns
from common.i18n.languages import missing_translation_condition, translated_fields
from members.models import Jurisdiction
from tests.factories import (
    JurisdictionFactory,
    MeetingFactory,
    ReformFactory,
    SessionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def _members():
    JurisdictionFactory(slug="complete")
    JurisdictionFactory(slug="no-spanish-name", name_es="")
    JurisdictionFactory(slug="null-spanish-summary", summary_es=None)
    # No English summary: nothing to translate there.
    JurisdictionFactory(slug="no-summary-at-all", summary_en="", summary_es="")


def test_missing_translation_condition_matches_empty_and_null_translations():
    _members()
    fields = translated_fields(Jurisdiction)

    slugs = sorted(
        Jurisdiction.objects.filter(
            missing_translation_condition(fields, "es")
        ).values_list("slug", flat=True)
    )

    assert slugs == ["no-spanish-name", "null-spanish-summary"]


@pytest.mark.parametrize(
    "query,slugs",
    [
        (
            "",
            [
                "complete",
                "no-spanish-name",
                "no-summary-at-all",
                "null-spanish-summary",
            ],
        ),
        ("?translation=missing-es", ["no-spanish-name", "null-spanish-summary"]),
        ("?translation=complete", ["complete", "no-summary-at-all"]),
    ],
)
def test_translation_filter(admin_client, query, slugs):
    _members()

    response = admin_client.get(f"/admin/members/jurisdiction/{query}")

    assert response.status_code == 200
    assert sorted(m.slug for m in response.context["cl"].result_list) == slugs


def test_spanish_missing_column_shows_a_boolean_icon(admin_client):
    JurisdictionFactory(slug="no-spanish-name", name_en="Zeta", name_es="")
    JurisdictionFactory(slug="complete", name_en="Alpha")

    response = admin_client.get("/admin/members/jurisdiction/?o=1")
    html = response.content.decode()

    assert response.context["cl"].list_display[-1].short_description == (
        "Spanish missing"
    )
    assert [m.translation_missing_es for m in response.context["cl"].result_list] == [
        False,
        True,
    ]
    assert '<th scope="col" class="sortable column-translation_missing_es">' in html
    assert re.findall(r'<td class="field-translation_missing_es">(.*?)</td>', html) == [
        '<img src="/static/admin/img/icon-no.svg" alt="False">',
        '<img src="/static/admin/img/icon-yes.svg" alt="True">',
    ]


def test_spanish_missing_column_is_named_in_spanish(admin_client):
    response = admin_client.get(
        "/admin/members/jurisdiction/", HTTP_ACCEPT_LANGUAGE="es"
    )

    assert str(response.context["cl"].list_display[-1].short_description) == (
        "Falta español"
    )


def test_index_counts_incomplete_translations_per_model(
    admin_client, django_assert_num_queries
):
    _members()
    ThemeFactory(name_es="")
    ReformFactory()
    SessionFactory(title_es="", meeting=MeetingFactory(name_es=""))

    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert [
        (str(model["name"]), [gap["count"] for gap in model["counts"]])
        for model in response.context["translation_gaps"]
    ] == [
        ("Action plans", [0]),
        ("Commitments", [0]),
        ("Meetings", [1]),
        ("Sessions", [1]),
        ("Members", [2]),
        ("Reforms", [0]),
        ("Themes", [1]),
    ]
    assert (
        '<a href="/admin/members/jurisdiction/?translation=missing-es" '
        'data-count="2">2 without Spanish</a>'
    ) in response.content.decode()


@pytest.mark.parametrize("rows", [1, 5])
def test_index_runs_a_constant_number_of_queries(
    admin_client, django_assert_num_queries, rows
):
    JurisdictionFactory.create_batch(rows, name_es="")
    SessionFactory.create_batch(rows)

    # session, user, recent actions, one count per translated model (7), and the
    # savepoint and its release when requests are atomic
    atomic = settings.DATABASES["default"].get("ATOMIC_REQUESTS")
    with django_assert_num_queries(10 + (2 if atomic else 0)):
        response = admin_client.get("/admin/")

    assert response.status_code == 200


def test_every_content_admin_has_language_tabs():
    from django.contrib import admin

    translated = [
        model_admin
        for model, model_admin in admin.site._registry.items()
        if translated_fields(model)
    ]

    assert sorted(type(a).__name__ for a in translated) == [
        "ActionPlanAdmin",
        "CommitmentAdmin",
        "JurisdictionAdmin",
        "MeetingAdmin",
        "ReformAdmin",
        "SessionAdmin",
        "ThemeAdmin",
    ]
    assert all(isinstance(a, TabbedTranslationAdmin) for a in translated)


def test_through_fieldsets_name_the_columns_of_each_translated_field(admin_client):
    reform = ReformFactory()

    page = admin_client.get(f"/admin/reforms/reform/{reform.pk}/change/")

    assert [
        (str(name) if name else None, options["fields"])
        for name, options in page.context["adminform"].fieldsets
    ] == [
        (
            None,
            [
                "title_en",
                "title_es",
                "slug",
                "summary_en",
                "summary_es",
                "status",
                "is_published",
            ],
        ),
        ("Where and what", ["jurisdictions", "countries", "themes"]),
        ("Provenance", ["website", "sources", "created_at", "updated_at"]),
    ]


def test_with_translation_columns_keeps_a_row_a_row():
    assert with_translation_columns(
        ["slug", ("title", "kind"), "summary"], {"title", "summary"}
    ) == ["slug", ("title_en", "title_es", "kind"), "summary_en", "summary_es"]
