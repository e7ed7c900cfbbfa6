from django.core.management.base import BaseCommand

from demo.services import demo_content_load


class Command(BaseCommand):
    help = (
        "Load the demo content (the 2022 regional meetings, Open Americas' programme, "
        "its showcased reforms, the Americas members and the themes). Safe to run "
        "again: existing records are updated only where they differ."
    )

    def handle(self, *args, **options):
        report = demo_content_load()
        self.stdout.write(self.style.SUCCESS(f"Demo content: {report}."))
