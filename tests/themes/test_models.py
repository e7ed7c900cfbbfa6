import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from tests.factories import ThemeFactory
from themes.models import Theme

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "overrides",
    [{"slug": ""}, {"name_en": ""}, {"name_en": None}],
    ids=["slug", "name", "null-name"],
)
def test_theme_constraint_refuses_bad_row(overrides):
    with pytest.raises(IntegrityError), transaction.atomic():
        ThemeFactory(**overrides)
    assert Theme.objects.count() == 0


def test_theme_description_falls_back_to_english():
    theme = ThemeFactory(description_en="Open data.", description_es="")
    with translation.override("es"):
        assert theme.description == "Open data."
