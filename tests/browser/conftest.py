"""Browser tests: the visitor's path through the public site."""

import pytest
from django.core.management import call_command


@pytest.fixture
def demo_site(browser, transactional_db, live_server):
    """The live server with the demo content."""
    call_command("load_demo_content", verbosity=0)
    return live_server
