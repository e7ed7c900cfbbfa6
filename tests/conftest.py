import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation


@pytest.fixture
def demo_content(db):
    """The real demo content, loaded the way `make run` loads it."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture(autouse=True)
def _english_between_tests():
    """A request to /es/ leaves Spanish active in the thread; start each test clean."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _empty_caches():
    """Cached responses and rate-limit counters must not leak from test to test."""
    for cache in caches.all():
        cache.clear()
    yield
