"""Backups: a portable dump (any database) and, on PostgreSQL, pg_dump.

The portable dump identifies content by natural keys (slugs), so it restores into an
empty database of either kind. It is Django's XML serialisation: the JSON one cuts
timestamps to milliseconds, this one keeps them exact. Content types, permissions and
sessions are left out: migrations recreate the first two, and sessions are
disposable.
"""

import datetime
import os
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.db import connection, transaction

from common.caching.stamp import content_changed

PORTABLE_EXCLUDE = ["contenttypes", "auth.permission", "sessions", "admin.logentry"]


def _postgres_environment():
    settings = connection.settings_dict
    environment = dict(os.environ)
    environment.update(
        {
            "PGHOST": str(settings.get("HOST") or ""),
            "PGPORT": str(settings.get("PORT") or ""),
            "PGUSER": str(settings.get("USER") or ""),
            "PGPASSWORD": str(settings.get("PASSWORD") or ""),
            "PGDATABASE": str(settings["NAME"]),
        }
    )
    return environment


def backup_create(*, directory, now=None):
    """Write the dumps into ``directory``; return the paths written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%SZ")
    portable_path = directory / f"ogplocal-{stamp}.xml.gz"
    call_command(
        "dumpdata",
        format="xml",
        natural_foreign=True,
        natural_primary=True,
        exclude=PORTABLE_EXCLUDE,
        output=str(portable_path),
        verbosity=0,
    )
    paths = [portable_path]
    if connection.vendor == "postgresql":
        dump_path = directory / f"ogplocal-{stamp}.dump"
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={dump_path}"],
            env=_postgres_environment(),
            check=True,
        )
        paths.append(dump_path)
    return paths


def backup_restore(*, path):
    """Replace the database's content with a backup.

    A portable dump is loaded in one transaction after emptying the tables, so a failure
    leaves the database as it was. A PostgreSQL dump goes through pg_restore
    --clean --single-transaction, all or nothing too.
    """
    path = Path(path)
    if path.suffix == ".dump":
        if connection.vendor != "postgresql":
            raise ValueError(
                "A .dump file restores into PostgreSQL only; use the .xml.gz dump."
            )
        connection.close()
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
                connection.settings_dict["NAME"],
                str(path),
            ],
            env=_postgres_environment(),
            check=True,
        )
        # Cached pages were made from the content this replaced.
        content_changed()
        return
    if not path.name.endswith((".xml", ".xml.gz")):
        raise ValueError(f"Not a backup file: {path.name}")
    with transaction.atomic():
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", str(path), verbosity=0)
        content_changed()
