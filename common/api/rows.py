"""The records of API lists and exports, read as plain values, not model instances.

A model instance costs more to build than its row costs to read: ``Model.__init__``,
its signals and the descriptors of modeltranslation and django-countries run for
every field of every record. A list shows a few columns of each record, so a
serializer names them (``columns``) and lists and exports read just those, with
``values_list``, into ``Row`` objects. A Row answers attribute access like the
instance would (``row.title_en``, ``row.pk``), so one ``to_representation`` serves
list rows, detail instances and the exports.
"""

from common.statements import statements


class Row:
    """One record's columns by name. Mutable: the apps' ``*_links_load`` selectors
    set whole linked records on it for ``?expand=``."""

    def __init__(self, **columns):
        self.__dict__.update(columns)

    @classmethod
    def from_values(cls, names, values):
        # Lists build thousands of rows a second: skip __init__'s keyword packing.
        row = object.__new__(cls)
        row.__dict__.update(zip(names, values, strict=True))
        return row

    @property
    def pk(self):
        return self.id

    def __eq__(self, other):
        if not isinstance(other, Row):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None

    def __repr__(self):
        columns = ", ".join(
            f"{name}={value!r}" for name, value in self.__dict__.items()
        )
        return f"Row({columns})"


def read_rows(queryset, columns, *, statement_key=None):
    """The records ``queryset`` selects (sliced or not) as Rows of ``columns``, which
    name fields or annotations of the queryset and must include ``id``; as model
    instances when ``columns`` is None (a serializer that names none).

    With ``statement_key`` the SQL is compiled once per key (common.statements):
    the key must name everything the query depends on besides ``columns``.
    """
    if columns is None:
        return list(queryset)
    if statement_key is None:
        names, values = columns, list(queryset.values_list(*columns))
    else:
        names, values = statements.rows(
            lambda: queryset.values_list(*columns), (columns, statement_key)
        )
    return [Row.from_values(names, row) for row in values]


def iterate_rows(queryset, columns, *, chunk_size):
    """``read_rows`` for every record of a long list (an export): read
    ``chunk_size`` rows at a time, so memory stays flat."""
    if columns is None:
        yield from queryset.iterator(chunk_size=chunk_size)
        return
    for values in queryset.values_list(*columns).iterator(chunk_size=chunk_size):
        yield Row.from_values(columns, values)
