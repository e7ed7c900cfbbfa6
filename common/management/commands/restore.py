from django.core.management.base import BaseCommand, CommandError

from common.backups import backup_restore


class Command(BaseCommand):
    help = (
        "Replace the database's content with a backup (.xml.gz from any database, "
        ".dump from PostgreSQL). All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--yes", action="store_true", help="Do not ask for confirmation."
        )

    def handle(self, *args, **options):
        if not options["yes"]:
            answer = input(f"Replace every record with {options['path']}? Type 'yes': ")
            if answer.strip() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            backup_restore(path=options["path"])
        except (ValueError, FileNotFoundError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored {options['path']}."))
