import datetime
import re
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone, translation
from playwright.sync_api import sync_playwright

from common.caching.middleware import process_copy
from common.http.health import part_failures

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots"


def pytest_configure(config):
    # Django's advice for test speed: every staff user a test creates and every
    # password login it makes would otherwise cost a full PBKDF2 run (a million
    # rounds). The project's settings leave Django's own hashers in place.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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
    process_copy.clear()
    part_failures.clear()
    yield


# Browser tests: Debian's chromium driven by playwright against a live server.


@pytest.fixture(scope="session")
def browser(live_server):
    # Asking for the live server starts it first, so it stops after the browser
    # has closed: otherwise its request threads, still holding the browser's
    # keep-alive connections, wake after it has released the shared database
    # connection and raise "DatabaseWrapper objects created in a thread…".
    # Playwright's sync API keeps an event loop running in this thread; Django
    # refuses database calls under a running loop unless told it is safe, which it
    # is here (the loop only drives the browser). It stays set until the session
    # ends, so the test database can still be flushed after each test.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def site(live_server):
    """The live server of a browser test that signs in to the admin."""
    yield live_server
    # The browser's greenlet holds its own database connection: close it, or
    # PostgreSQL cannot drop the test database.
    connections.close_all()


EDITOR_PASSWORD = "a-long-editor-passphrase"


@pytest.fixture
def editor(django_user_model):
    """A staff member of the Editors group who signs in with a password
    ("editora" / EDITOR_PASSWORD), as a browser test types them."""
    from django.contrib.auth.models import Group

    from ogplocal.roles import EDITORS

    user = django_user_model.objects.create_user(
        "editora", email="editora@example.org", password=EDITOR_PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def screenshots(request):
    """A folder named after the test for its step-by-step screenshots."""
    name = re.sub(r"[^\w.-]+", "-", request.node.name)
    folder = SCREENSHOTS / name
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.png"):
        old.unlink()
    print(f"\nScreenshots: {folder}")
    return folder


# ---------------------------------------------------------------------------
# Staff (admin tests): a client logged in with one of the roles of ogplocal/roles.py
# ---------------------------------------------------------------------------


@pytest.fixture
def staff_client(db):
    """``staff_client("Translators")``: a test client logged in as a staff member
    of that group (the groups come from ogplocal/roles.py, synced by migrate)."""
    from django.contrib.auth.models import Group, User
    from django.test import Client

    def login(role, *, username=None):
        user = User.objects.create_user(
            username=username or role.lower(), password="unused", is_staff=True
        )
        user.groups.add(Group.objects.get(name=role))
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return login


@pytest.fixture
def at_noon():
    """Today at noon in the site's time zone, the clock running: far from the
    midnight that caps Cache-Control's max-age (common.caching.headers)."""
    noon = datetime.datetime.combine(
        timezone.localdate(), datetime.time(12), timezone.get_current_timezone()
    )
    with time_machine.travel(noon):
        yield noon


@pytest.fixture
def unreachable_database():
    """Point the real connection at a database that cannot be reached, then restore.

    The open connection is set aside rather than closed: SQLite's in-memory test
    database would vanish with it.
    """
    original_settings = dict(connection.settings_dict)
    open_connection = connection.connection
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-directory/unreachable.sqlite3"
    else:
        connection.settings_dict["PORT"] = "1"  # nothing listens there
    yield
    if connection.connection is not None:
        connection.connection.close()
    connection.connection = open_connection
    connection.settings_dict.clear()
    connection.settings_dict.update(original_settings)
