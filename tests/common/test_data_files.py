"""Data files editors write: read as written, refused with file, line and field."""

import pytest
import yaml

from common.data_files import DataFileError, DataFileLoader, read_data_file

NAMES = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "names": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name"],
                "additionalProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "year": {"type": "integer", "minimum": 2011},
                },
            },
        }
    },
}


def test_only_true_false_null_and_whole_numbers_are_not_text():
    text = """
country: NO
answer: yes
switch: on
day: 2022-09-26
time: 1:30
latitude: 30.26715
octal: 0o17
flag: true
other: false
nothing: null
empty:
count: 12
negative: -7
"""
    assert yaml.load(text, Loader=DataFileLoader) == {
        "country": "NO",
        "answer": "yes",
        "switch": "on",
        "day": "2022-09-26",
        "time": "1:30",
        "latitude": "30.26715",
        "octal": "0o17",
        "flag": True,
        "other": False,
        "nothing": None,
        "empty": None,
        "count": 12,
        "negative": -7,
    }


def test_a_file_in_the_project_is_named_from_the_project_folder(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    (tmp_path / "demo" / "data").mkdir(parents=True)
    path = tmp_path / "demo" / "data" / "members.yaml"
    years = [2016] * 14 + [1999]
    path.write_text(
        "members:\n"
        + "".join(f"- slug: m{n}\n  member_since: {y}\n" for n, y in enumerate(years))
    )
    schema = {
        "type": "object",
        "properties": {
            "members": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "member_since": {"type": "integer", "minimum": 2011}
                    },
                },
            }
        },
    }

    with pytest.raises(DataFileError) as raised:
        read_data_file(path, schema)

    assert str(raised.value) == (
        "demo/data/members.yaml, line 31: members[14].member_since: "
        "1999 is less than the minimum of 2011"
    )


def test_problems_are_listed_in_the_order_of_their_lines(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_text(
        "names:\n- name: A\n  year: 1999\n- year: 2020\n- name: B\n  town: X\n"
    )

    with pytest.raises(DataFileError) as raised:
        read_data_file(path, NAMES)

    assert raised.value.problems == [
        f"{path}, line 3: names[0].year: 1999 is less than the minimum of 2011",
        f"{path}, line 4: names[1]: 'name' is a required property",
        f"{path}, line 6: names[2].town: is not a field of this record",
    ]


def test_text_that_is_not_yaml(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_text("names:\n- name: A\n  year: [2020\n")

    with pytest.raises(DataFileError) as raised:
        read_data_file(path, NAMES)

    [problem] = raised.value.problems
    assert problem.startswith(f"{path}, line 4: not valid YAML: ")


def test_a_good_file_gives_its_data(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_text("names:\n- name: NO\n  year: 2016\n")

    assert read_data_file(path, NAMES).data == {"names": [{"name": "NO", "year": 2016}]}
