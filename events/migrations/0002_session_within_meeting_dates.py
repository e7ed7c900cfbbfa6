"""Database triggers: a session's times must fall inside its meeting's dates.

A CHECK constraint cannot look at another table, so triggers enforce the rule on both
tables (a session moved outside its meeting, or a meeting shortened so that a session
falls outside it). Times are stored in UTC while meeting dates are local, so the
triggers allow the widest offsets in use (UTC+14 before the first day, UTC−12 after
the last); Session.clean() does the exact check in the meeting's own time zone.
"""

from django.db import migrations

MESSAGE = "session times must fall inside the meeting dates"

SQLITE_FORWARD = [
    f"""
    CREATE TRIGGER session_within_meeting_{event}
    BEFORE {event.upper()} ON events_session
    WHEN EXISTS (
        SELECT 1 FROM events_meeting m
        WHERE m.id = NEW.meeting_id AND (
            (NEW.starts_at IS NOT NULL AND (
                NEW.starts_at < datetime(m.start_date, '-14 hours')
                OR NEW.starts_at >= datetime(m.end_date, '+36 hours')))
            OR (NEW.ends_at IS NOT NULL AND (
                NEW.ends_at < datetime(m.start_date, '-14 hours')
                OR NEW.ends_at > datetime(m.end_date, '+36 hours')))
        )
    )
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;
    """
    for event in ("insert", "update")
] + [
    f"""
    CREATE TRIGGER meeting_keeps_its_sessions
    BEFORE UPDATE OF start_date, end_date ON events_meeting
    WHEN EXISTS (
        SELECT 1 FROM events_session s
        WHERE s.meeting_id = NEW.id AND (
            (s.starts_at IS NOT NULL AND (
                s.starts_at < datetime(NEW.start_date, '-14 hours')
                OR s.starts_at >= datetime(NEW.end_date, '+36 hours')))
            OR (s.ends_at IS NOT NULL AND (
                s.ends_at < datetime(NEW.start_date, '-14 hours')
                OR s.ends_at > datetime(NEW.end_date, '+36 hours')))
        )
    )
    BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END;
    """
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS session_within_meeting_insert;",
    "DROP TRIGGER IF EXISTS session_within_meeting_update;",
    "DROP TRIGGER IF EXISTS meeting_keeps_its_sessions;",
]

POSTGRES_OUTSIDE = """
    ({s}.starts_at IS NOT NULL AND (
        {s}.starts_at < ({m}.start_date::timestamp - interval '14 hours') AT TIME ZONE 'UTC'
        OR {s}.starts_at >= ({m}.end_date::timestamp + interval '36 hours') AT TIME ZONE 'UTC'))
    OR ({s}.ends_at IS NOT NULL AND (
        {s}.ends_at < ({m}.start_date::timestamp - interval '14 hours') AT TIME ZONE 'UTC'
        OR {s}.ends_at > ({m}.end_date::timestamp + interval '36 hours') AT TIME ZONE 'UTC'))
"""
POSTGRES_FORWARD = [
    f"""
    CREATE FUNCTION session_within_meeting() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM events_meeting m WHERE m.id = NEW.meeting_id AND (
            {POSTGRES_OUTSIDE.format(s="NEW", m="m")})) THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER session_within_meeting BEFORE INSERT OR UPDATE ON events_session
    FOR EACH ROW EXECUTE FUNCTION session_within_meeting();
    """,
    f"""
    CREATE FUNCTION meeting_keeps_its_sessions() RETURNS trigger AS $$
    BEGIN
        IF EXISTS (SELECT 1 FROM events_session s WHERE s.meeting_id = NEW.id AND (
            {POSTGRES_OUTSIDE.format(s="s", m="NEW")})) THEN
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END $$ LANGUAGE plpgsql;
    """,
    """
    CREATE TRIGGER meeting_keeps_its_sessions
    BEFORE UPDATE OF start_date, end_date ON events_meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_keeps_its_sessions();
    """,
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS session_within_meeting ON events_session;",
    "DROP FUNCTION IF EXISTS session_within_meeting();",
    "DROP TRIGGER IF EXISTS meeting_keeps_its_sessions ON events_meeting;",
    "DROP FUNCTION IF EXISTS meeting_keeps_its_sessions();",
]

STATEMENTS = {
    "sqlite": (SQLITE_FORWARD, SQLITE_REVERSE),
    "postgresql": (POSTGRES_FORWARD, POSTGRES_REVERSE),
}


def _run(schema_editor, direction):
    vendor = schema_editor.connection.vendor
    if vendor not in STATEMENTS:
        raise RuntimeError(f"No session-date triggers written for {vendor}.")
    for statement in STATEMENTS[vendor][direction]:
        schema_editor.execute(statement)


def create_triggers(apps, schema_editor):
    _run(schema_editor, 0)


def drop_triggers(apps, schema_editor):
    _run(schema_editor, 1)


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [migrations.RunPython(create_triggers, drop_triggers)]
