"""make bench-import: how long a spreadsheet import of the largest file takes.

An import is checked and saved inside one request, so the preview and the confirm
of a file of IMPORT_MAX_ROWS rows must both end well inside the import's time budget
(three quarters of DATABASE_REQUEST_TIMEOUT). This script builds a scratch PostgreSQL
database with the demo content, then, through the real admin views (Django's test
client, signed in as an Editor), previews and confirms a members file of one row
(the baseline, in the same run) and one of IMPORT_MAX_ROWS rows made from the demo
members with new slugs. It prints the seconds, the share of the budget and the cost
per row, and fails when the largest file takes more than TARGET_BUDGET_SHARE of it.

Usage: .venv/bin/python bench/import_preview.py [--rounds 3]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "ogplocal_bench_import"
TARGET_BUDGET_SHARE = 0.6


def log(message):
    print(f"[bench-import] {message}", flush=True)


def scratch_database():
    for command in ("dropdb", "createdb"):
        extra = ["--if-exists"] if command == "dropdb" else []
        subprocess.run(
            [command, "-h", "127.0.0.1", "-U", "postgres", *extra, DATABASE],
            check=True,
        )


def members_file(rows):
    """A CSV of ``rows`` new members, each a demo member under a new slug."""
    import tablib

    from members.resources import JurisdictionResource

    demo = JurisdictionResource().export()
    slug, name = demo.headers.index("Slug"), demo.headers.index("Name (English)")
    lines = []
    for number in range(rows):
        cells = list(demo[number % len(demo)])
        cells[slug] = f"bench-member-{number}"
        cells[name] = f"{cells[name]} {number}"
        lines.append(cells)
    return tablib.Dataset(*lines, headers=demo.headers).export("csv").encode()


def timed_import(client, content):
    """Seconds for the preview and for the confirm of ``content``."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    path = "/admin/members/jurisdiction/"
    started = time.perf_counter()
    preview = client.post(
        f"{path}import/",
        {
            "resource": "0",
            "format": "0",
            "import_file": SimpleUploadedFile("members.csv", content),
        },
    )
    previewed = time.perf_counter() - started
    assert preview.status_code == 200, preview.status_code
    assert preview.context["row_problems"] == [], preview.context["row_problems"]
    started = time.perf_counter()
    confirm = client.post(
        f"{path}process_import/", preview.context["confirm_form"].initial
    )
    confirmed = time.perf_counter() - started
    assert confirm.status_code == 302, confirm.status_code
    return previewed, confirmed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    arguments = parser.parse_args()

    scratch_database()
    os.environ.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        DEBUG="false",
        HTTPS="false",
        SECRET_KEY="bench-only-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="testserver",
        CIRCLES_STAFF_EMAIL="ogp-local-circles@example.org",
        SITE_CONTACT_EMAIL="ogp-local-directory@example.org",
        EMAIL_URL="dummymail://",
        EMAIL_DISCARD="true",
        LOG_LEVEL="WARNING",
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ogplocal.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from common.admin.spreadsheets import import_time_budget
    from members.models import Jurisdiction
    from ogplocal.roles import EDITORS

    setup_test_environment()  # the test client's response.context
    call_command("migrate", "--noinput", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    # The admin's pages name their hashed static files, as `make serve` has them.
    call_command("collectstatic", "--noinput", verbosity=0)
    editor = User.objects.create_user("bench-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS))
    client = Client()
    client.force_login(editor)

    largest = settings.IMPORT_MAX_ROWS
    budget = import_time_budget()
    one, many = members_file(1), members_file(largest)
    results = {1: [], largest: []}
    for round_number in range(1, arguments.rounds + 1):
        for rows, content in ((1, one), (largest, many)):
            results[rows].append(timed_import(client, content))
            # The next round creates the same members again.
            Jurisdiction.objects.filter(slug__startswith="bench-member-").delete()
        log(f"round {round_number} of {arguments.rounds} done")

    ok = True
    print(f"\nImport of a members CSV, median of {arguments.rounds} rounds")
    print(f"(time budget {budget:.1f} s; target: at most {TARGET_BUDGET_SHARE:.0%})\n")
    print("| rows | step | seconds | per row (ms) | share of the budget |")
    print("|---:|---|---:|---:|---:|")
    for step, index in (("preview", 0), ("confirm", 1)):
        baseline = statistics.median(times[index] for times in results[1])
        largest_time = statistics.median(times[index] for times in results[largest])
        per_row = (largest_time - baseline) / (largest - 1) * 1000
        share = largest_time / budget
        ok = ok and share <= TARGET_BUDGET_SHARE
        print(f"| 1 | {step} | {baseline:.2f} | | {baseline / budget:.0%} |")
        print(
            f"| {largest} | {step} | {largest_time:.2f} | {per_row:.1f} | {share:.0%} |"
        )
    print("\nverdict:", "within target" if ok else "OVER TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
