from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from common.data_files import DataFileError
from demo.content_files import DATA_DIR
from demo.services import demo_content_load


class Command(BaseCommand):
    help = (
        "Load the demo content (the 2022 regional meetings, Open Americas' programme, "
        "its showcased reforms, the Americas members and the themes). Safe to run "
        "again: existing records are updated only where they differ. The content is "
        "read from demo/data/*.yaml; a file that breaks its schema stops the load "
        "before anything is written."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=DATA_DIR,
            help="Read the data files from this folder (default: demo/data).",
        )

    def handle(self, *args, **options):
        try:
            report = demo_content_load(data_dir=options["data_dir"])
        except DataFileError as error:
            raise CommandError(
                f"The demo content was not loaded; nothing was written.\n{error}"
            ) from error
        self.stdout.write(self.style.SUCCESS(f"Demo content: {report}."))
