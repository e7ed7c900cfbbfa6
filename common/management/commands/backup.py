from django.conf import settings
from django.core.management.base import BaseCommand

from common.backups import backup_create


class Command(BaseCommand):
    help = "Back up the database: a portable JSON dump, plus pg_dump on PostgreSQL."

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=str(settings.BASE_DIR / "backups"))

    def handle(self, *args, **options):
        for path in backup_create(directory=options["directory"]):
            self.stdout.write(f"Wrote {path}")
