from django.core.management.base import BaseCommand

from common.services import roles_sync


class Command(BaseCommand):
    help = (
        "Create or update the staff groups so that they hold exactly the "
        "permissions the project's roles table declares (settings.STAFF_ROLES). "
        "Safe to run any number of times; migrate runs it too."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, *args, database, **options):
        summary = roles_sync(using=database)
        for group, count in summary.items():
            self.stdout.write(f"{group}: {count} permissions")
