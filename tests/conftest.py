import pytest
from django.conf import settings
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


# ---------------------------------------------------------------------------
# Staff (admin tests): a client logged in with one of the roles of common/roles.py
# ---------------------------------------------------------------------------


@pytest.fixture
def staff_client(db):
    """``staff_client("Translators")``: a test client logged in as a staff member
    of that group (the groups come from common/roles.py, synced by migrate)."""
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
