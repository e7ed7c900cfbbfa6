"""The demo data files are checked before anything is written: a bad record stops
the load with a message naming its file, line and field."""

import shutil

import pytest
from django.core.management import CommandError, call_command

from common.data_files import DataFileError
from demo.content_files import DATA_DIR, demo_content_read
from demo.services import demo_content_load
from events.models import Meeting, Session
from members.models import Jurisdiction
from plans.models import ActionPlan, Commitment, Document
from reforms.models import Reform
from themes.models import Theme


def edited_copy(tmp_path, file_name, old, new):
    """A copy of the demo data files with ``old`` (found once) replaced by ``new``
    in one of them; returns the folder and the line ``new`` starts on."""
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    path = folder / file_name
    text = path.read_text()
    assert text.count(old) == 1
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new))
    return folder, line


def problems_of(folder):
    with pytest.raises(DataFileError) as raised:
        demo_content_read(folder)
    return raised.value.problems


def test_the_demo_data_files_are_read_as_the_records_they_hold():
    content = demo_content_read()

    assert {key: len(rows) for key, rows in content.records.items()} == {
        "themes": 12,
        "members": 132,
        "reforms": 8,
        "meetings": 3,
        "sessions": 6,
        "action_plans": 33,
        "documents": 35,
        "commitments": 34,
    }
    assert content.last_verified_on == "2026-11-01"
    penalolen = next(m for m in content.records["members"] if m["slug"] == "penalolen")
    # Left-out fields take their defaults; text stays text.
    assert penalolen["ocd_id"] == ""
    assert penalolen["website"] == ""
    assert penalolen["member_since"] == 2020
    assert penalolen["member_since_inferred"] is True
    assert (penalolen["region_inferred"], penalolen["status_inferred"]) == (
        False,
        False,
    )
    assert penalolen["country"] == "CL"
    meeting = content.records["meetings"][0]
    assert (meeting["start_date"], meeting["latitude"]) == ("2022-09-26", "18.47186")


def test_members_year_below_the_minimum(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "members.yaml",
        "  member_since: 2020\n  member_since_inferred: true\n  status: active\n"
        "  summary_en: >-\n    A municipality in the Santiago",
        "  member_since: 1999\n  member_since_inferred: true\n  status: active\n"
        "  summary_en: >-\n    A municipality in the Santiago",
    )

    assert problems_of(folder) == [
        f"{folder}/members.yaml, line {line}: members[11].member_since: "
        "1999 is less than the minimum of 2011"
    ]


def test_members_unknown_field(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "members.yaml",
        "  name_es: Peñalolén\n",
        "  name_es: Peñalolén\n  nickname: Peña\n",
    )

    assert problems_of(folder) == [
        f"{folder}/members.yaml, line {line + 1}: members[11].nickname: "
        "is not a field of this record"
    ]


def test_themes_missing_required_field(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "themes.yaml",
        "- slug: climate-action\n  name_en: Climate Action\n",
        "- slug: climate-action\n",
    )

    assert problems_of(folder) == [
        f"{folder}/themes.yaml, line {line}: themes[0]: "
        "'name_en' is a required property"
    ]


def test_meetings_date_that_does_not_exist(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "meetings.yaml",
        "  start_date: 2022-09-26\n",
        "  start_date: 2022-09-31\n",
    )

    assert problems_of(folder) == [
        f"{folder}/meetings.yaml, line {line}: meetings[0].start_date: "
        "'2022-09-31' is not a 'date'"
    ]


def test_reforms_text_where_a_list_is_expected(tmp_path):
    folder, _line = edited_copy(
        tmp_path,
        "reforms.yaml",
        "  jurisdictions: [rosario]\n",
        "  jurisdictions: rosario\n",
    )

    line = (folder / "reforms.yaml").read_text().split("\n").index(
        "  jurisdictions: rosario"
    ) + 1
    assert problems_of(folder) == [
        f"{folder}/reforms.yaml, line {line}: reforms[0].jurisdictions: "
        "'rosario' is not of type 'array'"
    ]


def test_sessions_link_to_a_reform_no_file_has(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "sessions.yaml",
        "  - rosario-digital-participation\n",
        "  - rosario-digital-participatoin\n",
    )

    assert problems_of(folder) == [
        f"{folder}/sessions.yaml, line {line}: sessions[2].showcased_reforms[0]: "
        f"'rosario-digital-participatoin' is not the slug of any record in "
        f"{folder}/reforms.yaml"
    ]


def test_action_plans_month_thirteen(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "action-plans.yaml",
        "  submitted_on: 2021-11-16\n",
        "  submitted_on: 2021-13-16\n",
    )

    assert problems_of(folder) == [
        f"{folder}/action-plans.yaml, line {line}: action_plans[0].submitted_on: "
        "'2021-13-16' is not a 'date'"
    ]


def test_documents_year_in_words(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "documents.yaml",
        "  kind: action-plan\n  year: 2021\n  title: Action plan – Peñalolén",
        "  kind: action-plan\n  year: twenty twenty-one\n  title: Action plan – Peñalolén",
    )

    assert problems_of(folder) == [
        f"{folder}/documents.yaml, line {line + 1}: documents[0].year: "
        "'twenty twenty-one' is not of type 'integer', 'null'"
    ]


def test_commitments_yes_is_not_a_boolean(tmp_path):
    """YAML 1.1 would read ``yes`` as true; these files say what they mean."""
    folder, line = edited_copy(
        tmp_path,
        "commitments.yaml",
        "  ogp_values: [technology, access-to-information]\n  verifiable: true\n",
        "  ogp_values: [technology, access-to-information]\n  verifiable: yes\n",
    )

    assert problems_of(folder) == [
        f"{folder}/commitments.yaml, line {line + 1}: commitments[0].verifiable: "
        "'yes' is not of type 'boolean', 'null'",
    ]


def test_every_problem_of_every_file_is_listed(tmp_path):
    folder, member_line = edited_copy(
        tmp_path,
        "members.yaml",
        "- slug: madrid\n  name_en: Madrid\n",
        "- slug: Madrid\n  name_en: Madrid\n",
    )
    themes = folder / "themes.yaml"
    themes.write_text(
        themes.read_text().replace("is_local_circle: true", "is_local_circle: on", 1)
    )
    theme_line = themes.read_text().split("\n").index("  is_local_circle: on") + 1

    assert problems_of(folder) == [
        f"{folder}/themes.yaml, line {theme_line}: themes[0].is_local_circle: "
        "'on' is not of type 'boolean'",
        f"{folder}/members.yaml, line {member_line}: members[31].slug: "
        "'Madrid' does not match '^[a-z0-9]+(?:-[a-z0-9]+)*$'",
    ]


def test_a_field_given_twice(tmp_path):
    """YAML would keep the second value without a word."""
    folder, line = edited_copy(
        tmp_path,
        "members.yaml",
        "- slug: madrid\n  name_en: Madrid\n",
        "- slug: madrid\n  name_en: Madrid\n  name_en: Madrid City\n",
    )

    assert problems_of(folder) == [
        f"{folder}/members.yaml, line {line + 2}: members[31].name_en: "
        f"is given twice (first on line {line + 1})"
    ]


def test_a_slug_used_twice(tmp_path):
    # Khoni is linked from no other record, so only the slug is wrong.
    folder, line = edited_copy(
        tmp_path, "members.yaml", "- slug: khoni\n", "- slug: akhaltsikhe\n"
    )

    assert problems_of(folder) == [
        f"{folder}/members.yaml, line {line}: members[43].slug: "
        "'akhaltsikhe' is already used by members[41]"
    ]


@pytest.mark.django_db
def test_a_bad_file_writes_nothing(tmp_path):
    # The last file the loader writes: every other file is good.
    folder, _line = edited_copy(
        tmp_path,
        "commitments.yaml",
        "  action_plan: rosario-2021-2023\n  title_en: Strengthening municipal",
        "  action_plan: rosario-2099\n  title_en: Strengthening municipal",
    )

    with pytest.raises(DataFileError):
        demo_content_load(data_dir=folder)

    models = [Theme, Jurisdiction, Reform, Meeting, Session, ActionPlan, Document]
    assert [model.objects.count() for model in [*models, Commitment]] == [0] * 8


@pytest.mark.django_db
def test_the_command_names_the_problem_and_writes_nothing(tmp_path):
    folder, line = edited_copy(
        tmp_path,
        "meetings.yaml",
        "  start_date: 2022-09-26\n",
        "  start_date: 26/09/2022\n",
    )

    with pytest.raises(CommandError) as raised:
        call_command("load_demo_content", data_dir=folder)

    assert str(raised.value) == (
        "The demo content was not loaded; nothing was written.\n"
        f"{folder}/meetings.yaml, line {line}: meetings[0].start_date: "
        "'26/09/2022' is not a 'date'"
    )
    assert Meeting.objects.count() == 0
