"""The demo content, read from its data files (demo/data/*.yaml) and checked.

One file per kind of record, as an editor looks for them: a member is in
members.yaml, a session in sessions.yaml. Every file is checked against its schema
(demo/schemas.py), then every link between records (a reform's members, a
commitment's plan) is checked against the other files, before anything is
returned: a mistake anywhere raises ``DataFileError`` listing every problem found,
each with its file, line and field.
"""

import copy
import dataclasses
from pathlib import Path

from common.data_files import DataFileError, read_data_file
from demo import schemas

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclasses.dataclass(frozen=True)
class RecordKind:
    """One kind of record: its file, the key its list is under and its schema."""

    key: str
    file_name: str
    record_schema: dict
    identity: tuple = ("slug",)
    # Values the file gives once for all its records, by name → schema.
    file_fields: dict = dataclasses.field(default_factory=dict)

    def file_schema(self):
        return schemas.data_file_schema(
            self.key, self.record_schema, **self.file_fields
        )


# In the order they are loaded: a record's links point at kinds above it.
THEMES = RecordKind("themes", "themes.yaml", schemas.THEME)
MEMBERS = RecordKind(
    "members",
    "members.yaml",
    schemas.MEMBER,
    file_fields={"last_verified_on": schemas.DATE},
)
REFORMS = RecordKind("reforms", "reforms.yaml", schemas.REFORM)
MEETINGS = RecordKind("meetings", "meetings.yaml", schemas.MEETING)
SESSIONS = RecordKind(
    "sessions", "sessions.yaml", schemas.SESSION, identity=("meeting", "slug")
)
ACTION_PLANS = RecordKind("action_plans", "action-plans.yaml", schemas.ACTION_PLAN)
DOCUMENTS = RecordKind("documents", "documents.yaml", schemas.DOCUMENT)
COMMITMENTS = RecordKind(
    "commitments", "commitments.yaml", schemas.COMMITMENT, identity=("ogp_id",)
)
KINDS = (
    THEMES,
    MEMBERS,
    REFORMS,
    MEETINGS,
    SESSIONS,
    ACTION_PLANS,
    DOCUMENTS,
    COMMITMENTS,
)

# (kind, field, the kind whose slug it names). A list field names several.
LINKS = (
    (REFORMS, "jurisdictions", MEMBERS),
    (REFORMS, "themes", THEMES),
    (SESSIONS, "meeting", MEETINGS),
    (SESSIONS, "themes", THEMES),
    (SESSIONS, "jurisdictions", MEMBERS),
    (SESSIONS, "showcased_reforms", REFORMS),
    (ACTION_PLANS, "jurisdiction", MEMBERS),
    (DOCUMENTS, "jurisdiction", MEMBERS),
    (DOCUMENTS, "action_plan", ACTION_PLANS),
    (COMMITMENTS, "action_plan", ACTION_PLANS),
    (COMMITMENTS, "primary_theme", THEMES),
    (COMMITMENTS, "themes", THEMES),
    (COMMITMENTS, "design_review", DOCUMENTS),
    (COMMITMENTS, "completion_review", DOCUMENTS),
)


def with_defaults(row, record_schema):
    """The record with every field the schema gives a default for, in the
    schema's order (the order docs/content-sources.md lists facts in)."""
    filled = {}
    for name, field_schema in record_schema["properties"].items():
        if name in row:
            filled[name] = row[name]
        elif "default" in field_schema:
            filled[name] = copy.deepcopy(field_schema["default"])
    return filled


@dataclasses.dataclass(frozen=True)
class DemoContent:
    """Every demo record by kind, each a dict of field values with defaults
    filled in."""

    records: dict  # kind key → list of records
    last_verified_on: str  # when the facts of the members were last checked

    def __getitem__(self, kind):
        return self.records[kind.key]


def _identity_problems(kind, data_file, rows):
    seen = {}
    problems = []
    for index, row in enumerate(rows):
        identity = tuple(row[field] for field in kind.identity)
        if identity in seen:
            field = kind.identity[-1]
            problems.append(
                data_file.problem(
                    (kind.key, index, field),
                    f"{row[field]!r} is already used by {kind.key}[{seen[identity]}]",
                )
            )
        seen.setdefault(identity, index)
    return problems


def _link_problems(files, rows_by_kind):
    problems = []
    for kind, field, target in LINKS:
        known = {row["slug"] for row in rows_by_kind[target.key]}
        for index, row in enumerate(rows_by_kind[kind.key]):
            value = row[field]
            values = value if isinstance(value, list) else [value]
            for position, slug in enumerate(values):
                if slug is None or slug in known:
                    continue
                location = (kind.key, index, field)
                if isinstance(value, list):
                    location = (*location, position)
                problems.append(
                    files[kind.key].problem(
                        location,
                        f"{slug!r} is not the slug of any record in "
                        f"{files[target.key].path}",
                    )
                )
    return problems


def demo_content_read(data_dir=DATA_DIR):
    """Read and check every demo data file in ``data_dir``.

    Raises ``DataFileError`` naming every problem, file by file, if any file
    breaks its schema or links to a record no file has.
    """
    files = {}
    problems = []
    for kind in KINDS:
        try:
            files[kind.key] = read_data_file(
                Path(data_dir) / kind.file_name, kind.file_schema()
            )
        except DataFileError as error:
            problems.extend(error.problems)
    if problems:
        raise DataFileError(problems)
    rows_by_kind = {
        kind.key: [
            with_defaults(row, kind.record_schema)
            for row in files[kind.key].data[kind.key]
        ]
        for kind in KINDS
    }
    for kind in KINDS:
        problems.extend(
            _identity_problems(kind, files[kind.key], rows_by_kind[kind.key])
        )
    problems.extend(_link_problems(files, rows_by_kind))
    if problems:
        raise DataFileError(problems)
    return DemoContent(
        records=rows_by_kind,
        last_verified_on=files[MEMBERS.key].data["last_verified_on"],
    )
