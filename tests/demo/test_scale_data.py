import pytest
from django.core.management import CommandError, call_command

from common.caching.stamp import content_stamp
from demo.scale import scale_data_generate, scale_data_remove
from events.models import Meeting, Session
from members.models import Jurisdiction
from reforms.models import Reform, Theme

pytestmark = pytest.mark.django_db

SMALL = {"members": 12, "reforms": 30, "meetings": 3, "sessions": 9}


def _names():
    return list(
        Jurisdiction.objects.order_by("slug").values_list(
            "slug", "name_en", "name_es", "country"
        )
    )


def test_same_seed_gives_the_same_data():
    scale_data_generate(**SMALL, seed=7)
    first = _names()
    scale_data_generate(**SMALL, seed=7)
    assert _names() == first
    assert Jurisdiction.objects.count() == 12


def test_other_seed_gives_other_data():
    scale_data_generate(**SMALL, seed=7)
    first = _names()
    scale_data_generate(**SMALL, seed=8)
    assert _names() != first


def test_sizes_are_honoured_and_both_languages_filled():
    counts = scale_data_generate(**SMALL)
    assert counts == {
        "themes": 24,
        "members": 12,
        "reforms": 30,
        "meetings": 3,
        "sessions": 9,
    }
    assert [
        Jurisdiction.objects.count(),
        Reform.objects.count(),
        Meeting.objects.count(),
        Session.objects.count(),
    ] == [
        12,
        30,
        3,
        9,
    ]
    assert not Reform.objects.filter(title_es="").exists()
    assert Reform.objects.exclude(search_text="").count() == 30


def test_real_content_is_never_touched(demo_content):
    real = {
        model: model.objects.count()
        for model in (Jurisdiction, Reform, Meeting, Session, Theme)
    }
    scale_data_generate(**SMALL)
    call_command("generate_scale_data", "--remove")
    assert {model: model.objects.count() for model in real} == real


def test_command_reports_counts(capsys):
    call_command(
        "generate_scale_data",
        "--members=4",
        "--reforms=5",
        "--meetings=1",
        "--sessions=2",
        "--no-progress",
    )
    assert capsys.readouterr().out.strip() == (
        "Scale data: 24 themes, 4 members, 5 reforms, 1 meetings, 2 sessions."
    )


@pytest.mark.parametrize(
    "arguments",
    [
        ["--members=-1"],
        ["--meetings=0", "--sessions=5"],
        ["--members=0", "--reforms=3"],
    ],
)
def test_command_refuses_impossible_sizes(arguments):
    with pytest.raises(CommandError):
        call_command("generate_scale_data", *arguments, "--no-progress")
    assert Jurisdiction.objects.count() == 0


def test_generating_and_removing_make_cached_answers_stale():
    before = content_stamp().version
    scale_data_generate(**SMALL)
    generated = content_stamp().version
    scale_data_remove()
    assert before < generated < content_stamp().version
