import pytest
from django.core.cache import cache

from tests.factories import ThemeFactory


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    """The rate limit counts in the cache, which outlives a test: start from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def climate(db):
    return ThemeFactory(
        slug="climate-action",
        name_en="Climate Action",
        name_es="Acción climática",
        description_en="Openness helps communities act on climate.",
        description_es="La apertura ayuda a las comunidades a actuar por el clima.",
        is_local_circle=True,
    )


@pytest.fixture
def inclusion(db):
    return ThemeFactory(
        slug="inclusion",
        name_en="Inclusion",
        name_es="Inclusión",
        is_local_circle=True,
    )
