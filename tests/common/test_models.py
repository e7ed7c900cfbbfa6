"""The abstract models of common.models that every app builds on."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from common.models import unique_link
from reforms.models import ReformTheme
from tests.factories import ReformFactory, ThemeFactory


def test_a_link_reads_as_its_record_then_the_linked_record():
    link = ReformTheme(
        reform=ReformFactory.build(title_en="Open budgets"),
        theme=ThemeFactory.build(name_en="Fiscal openness"),
    )

    with translation.override("en"):
        assert str(link) == "Open budgets – Fiscal openness"


def test_unique_link_is_named_after_its_two_keys():
    constraint = unique_link("session", "theme")

    assert (constraint.fields, constraint.name) == (
        ("session", "theme"),
        "session_theme_unique",
    )


@pytest.mark.django_db
def test_the_database_stores_a_link_once():
    reform, theme = ReformFactory(), ThemeFactory()
    ReformTheme.objects.create(reform=reform, theme=theme)

    with pytest.raises(IntegrityError), transaction.atomic():
        ReformTheme.objects.create(reform=reform, theme=theme)

    assert ReformTheme.objects.count() == 1
