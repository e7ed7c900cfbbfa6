import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from demo.scale import scale_data_generate, scale_data_remove

BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Generate deterministic synthetic content for benchmarks (slugs start with "
        "“scale-”). Running it again replaces the previous scale records; real content "
        "is never touched. --remove deletes the scale records only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--members", type=int, default=2000)
        parser.add_argument("--reforms", type=int, default=20000)
        parser.add_argument("--meetings", type=int, default=200)
        parser.add_argument("--sessions", type=int, default=4000)
        parser.add_argument("--seed", type=int, default=2022)
        parser.add_argument(
            "--remove", action="store_true", help="Delete the scale records and stop."
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        if options["remove"]:
            scale_data_remove()
            self.stdout.write(self.style.SUCCESS("Scale data removed."))
            return
        sizes = {
            name: options[name]
            for name in ("members", "reforms", "meetings", "sessions")
        }
        if (
            any(value < 0 for value in sizes.values())
            or sizes["meetings"] == 0 < sizes["sessions"]
        ):
            raise CommandError(
                "Sizes must be zero or more, and sessions need at least one meeting."
            )
        if sizes["members"] == 0 and (sizes["reforms"] or sizes["sessions"]):
            raise CommandError("Reforms and sessions need at least one member.")
        progress = None if options["no_progress"] else self._progress
        counts = scale_data_generate(**sizes, seed=options["seed"], report=progress)
        if connection.vendor == "postgresql":
            # A bulk load leaves the planner without statistics until autovacuum
            # comes by; the first requests would pick plans for empty tables.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        summary = ", ".join(
            f"{count} {name.replace('_', ' ')}" for name, count in counts.items()
        )
        self.stdout.write(self.style.SUCCESS(f"Scale data: {summary}."))

    def _progress(self, label, done, total):
        filled = BAR_WIDTH * done // max(total, 1)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        sys.stderr.write(f"\r{label:>18} [{bar}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()
