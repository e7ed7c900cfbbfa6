"""Facts kept in YAML files that editors write, read only after a schema accepts
them.

A file is read in three steps: parsed keeping the line of every value, checked
against a JSON Schema (``jsonschema``), then handed over as plain Python data. A
file that breaks the schema raises ``DataFileError``, whose message gives each
problem as ``<file>, line <n>: <field>: <what is wrong>``, so an editor can go
straight to the value.

YAML 1.1, which PyYAML's own loaders follow, reads ``no``, ``on`` and ``yes`` as
booleans, ``2022-10-04`` as a date, ``1:30`` as the number 90 and ``30.26715`` as a
binary float. In these files only ``true``/``false`` are booleans, ``null`` (or
nothing) is null and plain decimal digits are integers, as in YAML 1.2's core
schema; every other value is the text written, so Norway's code ``NO`` stays
``"NO"``, a date stays the ISO text the schema checks and a coordinate keeps its
digits. Only text that would read as one of those (``"12"``, ``"true"``) or that
YAML itself reserves (``": "`` or ``" #"`` inside it, a leading ``[``) needs quotes.
"""

import re
from pathlib import Path

import jsonschema
import yaml
from django.conf import settings


class DataFileLoader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2's core scalars (see the module's
    docstring): null, true/false and decimal integers; all else is text."""


DataFileLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
):
    DataFileLoader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


class DataFileError(Exception):
    """One or more data files break their schema (or the rules of their reader);
    ``problems`` lists each one as a line an editor can act on."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("\n".join(problems))


def display_path(path):
    """The path as an editor opens it: relative to the project when inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(path)


def field_name(location):
    """``("members", 14, "member_since")`` → ``members[14].member_since``."""
    name = ""
    for part in location:
        name += f"[{part}]" if isinstance(part, int) else f".{part}" if name else part
    return name


class DataFile:
    """A parsed data file: its ``data`` and the line each value starts on."""

    def __init__(self, path, data, lines):
        self.path = display_path(path)
        self.data = data
        self._lines = lines

    def line(self, location):
        """The line (from 1) of the value at ``location``, or of the nearest
        enclosing value the file has."""
        location = tuple(location)
        while location not in self._lines:
            location = location[:-1]
        return self._lines[location]

    def problem(self, location, message):
        """One problem, worded as ``DataFileError`` lists them."""
        where = field_name(location)
        prefix = f"{where}: " if where else ""
        return f"{self.path}, line {self.line(location)}: {prefix}{message}"


def _value_lines(node, location, lines, repeated):
    """Record the line of every value under ``node``; list in ``repeated`` the
    keys a mapping gives twice (YAML keeps the last silently)."""
    lines[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = (*location, key_node.value)
            if key in lines:
                repeated.append((key, lines[key], key_node.start_mark.line + 1))
            _value_lines(value_node, key, lines, repeated)
    elif isinstance(node, yaml.SequenceNode):
        for index, item_node in enumerate(node.value):
            _value_lines(item_node, (*location, index), lines, repeated)


def _schema_problems(data_file, schema):
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    problems = []
    for error in validator.iter_errors(data_file.data):
        location = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            # Point at the unknown key itself, not at the record that holds it.
            known = set(error.schema.get("properties", {}))
            for key in error.instance:
                if key not in known:
                    problems.append(
                        (
                            data_file.line((*location, key)),
                            data_file.problem(
                                (*location, key), "is not a field of this record"
                            ),
                        )
                    )
            continue
        problems.append(
            (data_file.line(location), data_file.problem(location, error.message))
        )
    return [message for _line, message in sorted(problems)]


def read_data_file(path, schema):
    """Parse and check one data file; raise ``DataFileError`` if it breaks
    ``schema`` (or is not YAML at all)."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        node = yaml.compose(text, Loader=DataFileLoader)
        data = yaml.load(text, Loader=DataFileLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f", line {mark.line + 1}" if mark else ""
        raise DataFileError(
            [f"{display_path(path)}{line}: not valid YAML: {error}"]
        ) from error
    lines, repeated = {}, []
    if node is not None:
        _value_lines(node, (), lines, repeated)
    else:
        lines[()] = 1
    data_file = DataFile(path, data, lines)
    problems = [
        f"{data_file.path}, line {line}: {field_name(location)}: "
        f"is given twice (first on line {first_line})"
        for location, first_line, line in repeated
    ]
    problems += _schema_problems(data_file, schema)
    if problems:
        raise DataFileError(problems)
    return data_file
