import pytest
from django.conf import settings
from django.core.cache import cache
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
def _empty_cache():
    """Each test starts with an empty cache (the API's rate limit counts in it)."""
    cache.clear()
    yield
    cache.clear()
