import datetime
import subprocess

import psycopg
import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.db import connection

from common.backups import _postgres_environment, backup_create, backup_restore
from common.caching.stamp import content_stamp
from events.models import Meeting, Session
from members.models import Jurisdiction
from reforms.models import Reform
from themes.models import Theme

pytestmark = pytest.mark.django_db(transaction=True)

CONTENT = [Theme, Jurisdiction, Reform, Meeting, Session]
NOW = datetime.datetime(2026, 11, 27, 12, 0, tzinfo=datetime.UTC)


def snapshot():
    """Every content row with its translations, keyed by natural key, ids left out."""
    rows = {}
    for model in CONTENT:
        rows[model.__name__] = sorted(
            (
                tuple(instance.natural_key()),
                {
                    k: v
                    for k, v in vars(instance).items()
                    if not k.startswith("_") and not k.endswith("id")
                },
            )
            for instance in model.objects.all()
        )
        for field in model._meta.many_to_many:
            rows[f"{model.__name__}.{field.name}"] = sorted(
                (
                    tuple(instance.natural_key()),
                    tuple(
                        sorted(
                            related.slug
                            for related in getattr(instance, field.name).all()
                        )
                    ),
                )
                for instance in model.objects.all()
            )
    rows["users"] = sorted(User.objects.values_list("username", "password", "is_staff"))
    rows["groups"] = sorted(Group.objects.values_list("name", flat=True))
    return rows


def _wipe():
    call_command("flush", interactive=False, verbosity=0)
    assert [model.objects.count() for model in CONTENT] == [0, 0, 0, 0, 0]


@pytest.fixture
def content(demo_content):
    User.objects.create_superuser(
        "curator", "curator@example.org", "a-long-test-password"
    )
    Group.objects.create(name="Reviewers")
    Jurisdiction.objects.filter(slug="sarchi").update(name_es="", is_published=False)


def test_portable_backup_restores_every_record_and_translation(content, tmp_path):
    before = snapshot()
    portable_path = backup_create(directory=tmp_path, now=NOW)[0]
    assert portable_path.name == "ogplocal-20261127T120000Z.xml.gz"
    _wipe()
    backup_restore(path=portable_path)
    assert snapshot() == before
    assert (
        Jurisdiction.objects.get(slug="state-of-mexico").name_es == "Estado de México"
    )


def test_restore_of_a_broken_file_changes_nothing(content, tmp_path):
    before = snapshot()
    broken = tmp_path / "broken.xml"
    broken.write_text(
        '<?xml version="1.0"?><django-objects version="1.0"><object model="members.jurisdiction"><field name="slug" type="SlugField">x</field></object></django-objects>'
    )
    with pytest.raises(Exception):  # noqa: B017 - any loaddata error; the point is the rollback
        backup_restore(path=broken)
    assert snapshot() == before


def test_restore_command_refuses_other_files(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(CommandError, match="Not a backup file: notes.txt"):
        call_command("restore", str(other), "--yes")


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="pg_dump exists for PostgreSQL only"
)
def test_pg_dump_restores_into_an_empty_database(content, tmp_path):
    paths = backup_create(directory=tmp_path, now=NOW)
    dump_path = paths[1]
    assert dump_path.name == "ogplocal-20261127T120000Z.dump"
    scratch = f"{connection.settings_dict['NAME']}_restore"
    environment = _postgres_environment()
    subprocess.run(["dropdb", "--if-exists", scratch], env=environment, check=True)
    subprocess.run(["createdb", scratch], env=environment, check=True)
    try:
        subprocess.run(
            ["pg_restore", "--no-owner", "--dbname", scratch, str(dump_path)],
            env=environment,
            check=True,
        )
        with (
            psycopg.connect(
                dbname=scratch,
                host=environment["PGHOST"],
                port=environment["PGPORT"],
                user=environment["PGUSER"],
            ) as restored,
            restored.cursor() as cursor,
        ):
            cursor.execute(
                "SELECT slug, name_en, name_es FROM members_jurisdiction ORDER BY slug"
            )
            assert cursor.fetchall() == list(
                Jurisdiction.objects.order_by("slug").values_list(
                    "slug", "name_en", "name_es"
                )
            )
            cursor.execute("SELECT count(*) FROM events_sessionreform")
            assert cursor.fetchone() == (8,)
        restored.close()
    finally:
        subprocess.run(["dropdb", "--if-exists", scratch], env=environment, check=True)


def test_a_restore_makes_every_cached_answer_stale(content, tmp_path):
    portable_path = backup_create(directory=tmp_path, now=NOW)[0]
    before = content_stamp().key
    backup_restore(path=portable_path)
    assert content_stamp().key != before
