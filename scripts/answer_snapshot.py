"""Write what the site answers, address by address, to compare two versions of it.

A refactoring must not change what users see. This script builds a scratch SQLite
database with the demo content, loaded at a fixed instant (so that ``updated_at``
and every ETag-free body are the same in any run), and writes to OUTPUT one file
per address with its status, its content type and its body:

- every address of the sitemaps (every public page, in English and Spanish): the
  page's ``<main>`` element and its ``<title>``, the rest being the layout;
- every list of the API in JSON, CSV, GeoJSON and iCalendar where it offers them,
  in English and with ``?lang=es``, expanded and not; the first two records of
  each list; the schema; a few bad requests (their 400 answers).

Compare two snapshots with ``diff -r BEFORE AFTER``; nothing printed, nothing
changed. Requests run in-process (Django's test client) at the same fixed
instant, so no server or port is needed.

Usage: .venv/bin/python scripts/answer_snapshot.py OUTPUT
"""

import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
INSTANT = "2026-12-07 12:00:00 +00:00"
FORMATS = ["", "format=csv", "format=geojson", "format=ics"]
LANGUAGES = ["", "lang=es"]
BAD_REQUESTS = [
    "/api/v1/jurisdictions/?page=0",
    "/api/v1/jurisdictions/?region=nowhere",
    "/api/v1/reforms/?expand=nothing",
    "/api/v1/sessions/?starts_after=tomorrow",
    "/api/v1/commitments/?page_size=1000",
    "/api/v1/jurisdictions/?format=xml",
]
MAIN = re.compile(rb"<main\b.*?</main>", re.S)
TITLE = re.compile(rb"<title>.*?</title>", re.S)


def file_name(address):
    readable = re.sub(r"[^A-Za-z0-9._-]+", "_", address).strip("_")[:120]
    digest = hashlib.sha256(address.encode()).hexdigest()[:8]
    return f"{readable}-{digest}.txt"


def sitemap_addresses(client):
    """Every page address the sitemaps list, without scheme and host."""
    index = client.get("/sitemap.xml").content.decode()
    addresses = []
    for sitemap in re.findall(r"<loc>(.*?)</loc>", index):
        body = client.get(urlsplit(sitemap).path).content.decode()
        addresses += [
            urlsplit(loc).path for loc in re.findall(r"<loc>(.*?)</loc>", body)
        ]
        addresses += [
            urlsplit(href).path
            for href in re.findall(r'hreflang="[^"]+" href="([^"]+)"', body)
        ]
    return sorted(set(addresses))


def api_addresses(client):
    root = json.loads(client.get("/api/v1/").content)
    addresses = ["/api/v1/", "/api/v1/schema/"]
    for name, url in root.items():
        if name in {"schema", "docs", "redoc", "guide"}:
            continue
        path = urlsplit(url).path
        # The list's refusal of "*" names what it can expand.
        refusal = client.get(f"{path}?expand=*").content.decode()
        choices = re.search(r"Choose from: ([\w, -]+)\.", refusal)
        expand = f"expand={choices.group(1).replace(' ', '')}" if choices else ""
        for file_format in FORMATS:
            for language in LANGUAGES:
                for expanded in ("", expand) if expand else ("",):
                    query = "&".join(p for p in (file_format, language, expanded) if p)
                    addresses.append(f"{path}?{query}" if query else path)
        listed = json.loads(client.get(path).content)
        for record in listed.get("results", [])[:2]:
            detail = urlsplit(record.get("url", "")).path
            if detail:
                addresses += [detail, f"{detail}?lang=es"]
    return addresses + BAD_REQUESTS


def snapshot(client, address):
    response = client.get(address)
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    )
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html") and not address.startswith("/api/"):
        body = b"\n".join(TITLE.findall(body) + MAIN.findall(body))
    location = response.get("Location", "")
    head = f"{address}\n{response.status_code} {content_type} {location}".rstrip()
    return f"{head}\n\n".encode() + body + b"\n"


def main(output):
    output = Path(output)
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    scratch = tempfile.mkdtemp(prefix="answer-snapshot-")
    os.environ.update(
        DATABASE_URL=f"sqlite:///{scratch}/db.sqlite3",
        DEBUG="true",
        CACHE_URL="dummycache://",
        API_ANON_RATE="",
        LOG_LEVEL="WARNING",
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ogplocal.settings")
    sys.path.insert(0, str(ROOT))
    import django
    import time_machine

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    with time_machine.travel(INSTANT, tick=False):
        call_command("migrate", "--noinput", verbosity=0)
        call_command("load_demo_content", verbosity=0)
        client = Client(HTTP_HOST="localhost")
        addresses = sitemap_addresses(client) + api_addresses(client)
        for address in addresses:
            (output / file_name(address)).write_bytes(snapshot(client, address))
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"{len(addresses)} addresses written to {output}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
