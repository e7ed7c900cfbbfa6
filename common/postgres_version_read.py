"""The content version's row, read from PostgreSQL through libpq directly.

Every cached answer pays one read of the content version (common.content_version),
so that read is most of what a cache hit costs. Through Django's cursor and
psycopg's Python layer it took about three times the database round trip itself:
the cursor wrappers, query conversion, the generator-driven wait, the row maker.
Here the statement is prepared once per connection and run with libpq's own call
(written in C in psycopg's binary package), which leaves little more than the
round trip.

It only runs where it cannot change what the rest of the request sees: on an open
connection in autocommit with no transaction in progress (an error then aborts
nothing), and not while queries are being logged (tests counting queries and
DEBUG's query log see the same query as before). Anything else, or any answer that
is not exactly one row, returns ``None`` and the caller reads through Django.
"""

import datetime

from psycopg import errors
from psycopg.pq import DiagnosticField, ExecStatus, TransactionStatus

# Not a name psycopg's own prepared statements take (_pg3_N).
STATEMENT_NAME = b"ogplocal_content_version"
MISSING_STATEMENT = errors.InvalidSqlStatementName.sqlstate.encode()


def read_content_version_row(connection, table, pk):
    """``(version, changed_at)`` of row ``pk`` in ``table``, or ``None`` to fall back.

    ``connection`` is Django's PostgreSQL connection wrapper, already open.
    """
    if (
        connection.queries_logged
        or connection.in_atomic_block
        or connection.connection is None
    ):
        return None
    pgconn = connection.connection.pgconn
    if pgconn.transaction_status != TransactionStatus.IDLE:
        return None
    try:
        return _read(connection, pgconn, table, pk)
    except errors.Error:
        # A broken connection: Django's cursor meets the same error and handles it
        # (the connection is then closed at the end of the request).
        return None


def _read(connection, pgconn, table, pk):
    if connection.settings_dict["OPTIONS"].get("prepare_threshold") is None:
        # A pooler in transaction mode cannot keep prepared statements.
        result = pgconn.exec_(_statement(table, pk))
    else:
        result = pgconn.exec_prepared(STATEMENT_NAME, None)
        if _failed_for_missing_statement(result):
            # The first read on this connection, or the statement was deallocated.
            prepared = pgconn.prepare(STATEMENT_NAME, _statement(table, pk))
            if prepared.status != ExecStatus.COMMAND_OK:
                return None
            result = pgconn.exec_prepared(STATEMENT_NAME, None)
    if result.status != ExecStatus.TUPLES_OK or result.ntuples != 1:
        return None
    try:
        # Text as Django's sessions write it: ISO dates, in UTC.
        changed_at = datetime.datetime.fromisoformat(result.get_value(0, 1).decode())
    except ValueError:
        return None
    return int(result.get_value(0, 0)), changed_at


def _statement(table, pk):
    # Only built when it is sent: a prepared read sends just the statement's name.
    return f"SELECT version, changed_at FROM {table} WHERE id = {int(pk)}".encode()


def _failed_for_missing_statement(result):
    return (
        result.status == ExecStatus.FATAL_ERROR
        and result.error_field(DiagnosticField.SQLSTATE) == MISSING_STATEMENT
    )
