import datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.utils import timezone

from circles.models import JoinRequest, JoinRequestCircle
from tests.factories import JoinRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def requests_of_all_ages(climate):
    now = timezone.now()

    def made(days_ago, **values):
        return JoinRequestFactory(
            consent_at=now - datetime.timedelta(days=days_ago),
            circles=[climate],
            **values,
        )

    return {
        "fresh": made(1),
        "almost": made(364),
        "old-new": made(366),
        "old-joined": made(400, status="joined"),
        "ancient": made(1000, status="joined"),
    }


def _run(*args):
    out = StringIO()
    call_command("purge_join_requests", *args, stdout=out)
    return out.getvalue()


def _left(requests):
    kept = set(JoinRequest.objects.values_list("pk", flat=True))
    return sorted(name for name, request in requests.items() if request.pk in kept)


def test_dry_run_is_the_default_and_only_counts(requests_of_all_ages):
    output = _run()
    assert output.startswith("Dry run: 3 join request(s) last sent before ")
    assert output.endswith(
        "(older than 365 days) — joined: 2, new: 1, and 0 never confirmed would be "
        "deleted. Run again with --execute to delete them.\n"
    )
    assert _left(requests_of_all_ages) == [
        "almost",
        "ancient",
        "fresh",
        "old-joined",
        "old-new",
    ]


def test_execute_deletes_only_the_old_requests(requests_of_all_ages):
    output = _run("--execute")
    assert output.startswith("Deleted 3 join request(s) last sent before ")
    assert _left(requests_of_all_ages) == ["almost", "fresh"]
    assert JoinRequestCircle.objects.count() == 2


def test_retention_comes_from_the_setting_or_the_option(settings, requests_of_all_ages):
    settings.CIRCLES_RETENTION_DAYS = 500
    _run("--execute")
    assert _left(requests_of_all_ages) == [
        "almost",
        "fresh",
        "old-joined",
        "old-new",
    ]
    _run("--execute", "--days", "30")
    assert _left(requests_of_all_ages) == ["fresh"]


def test_nothing_to_delete(db):
    assert _run("--execute").startswith("Deleted 0 join request(s)")


def test_retention_must_be_positive(db):
    with pytest.raises(CommandError, match="at least one day"):
        _run("--days", "0")


def test_unconfirmed_requests_are_deleted_once_their_link_has_expired(climate):
    """A pending request (perhaps typed by a stranger) lives as long as its link."""
    now = timezone.now()

    def pending(seconds_ago):
        with time_machine.travel(now - datetime.timedelta(seconds=seconds_ago)):
            return JoinRequestFactory(
                confirmed_at=None, confirmation_nonce="n", circles=[climate]
            )

    requests = {
        "confirmed-today": JoinRequestFactory(circles=[climate]),
        "pending-fresh": pending(3600),
        "pending-almost": pending(3 * 24 * 3600 - 60),
        "pending-expired": pending(3 * 24 * 3600 + 60),
    }
    output = _run("--execute")
    assert output.startswith("Deleted 0 join request(s) last sent before ")
    assert output.endswith(", and 1 never confirmed.\n")
    assert _left(requests) == ["confirmed-today", "pending-almost", "pending-fresh"]
