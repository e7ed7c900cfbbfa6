import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import ProtectedError

# The apps whose tables the demo content fills, history included.
DEMO_APPS = ("events", "plans", "reforms", "members", "themes")


def _delete_demo_rows():
    """Empty the demo content's tables, children before the rows they protect.

    Deleting a row writes its "deleted" edit-history row, which may land in a
    history table already emptied; left there, it names a member that no longer
    exists and breaks a later test's backup and restore. A second pass, when
    nothing is left to protect or to record, empties the history tables again.
    """
    _delete_rows_once()
    _delete_rows_once()


def _delete_rows_once():
    remaining = [
        model
        for label in DEMO_APPS
        for model in apps.get_app_config(label).get_models()
    ]
    for _attempt in range(len(remaining)):
        for model in list(remaining):
            try:
                model.objects.all().delete()
            except ProtectedError:
                continue
            remaining.remove(model)
        if not remaining:
            return
    raise RuntimeError(f"Could not empty {remaining}")


@pytest.fixture(scope="module")
def read_only_demo_content(django_db_setup, django_db_blocker):
    """The demo content loaded once for a module whose tests only read it (a load
    takes a second or two), then removed so that later tests start empty."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)
    yield
    with django_db_blocker.unblock():
        _delete_demo_rows()
