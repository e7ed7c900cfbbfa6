"""make bench: throughput of real requests against /healthz, measured in one run.

It builds a PostgreSQL database with the demo content and the scale data, serves it
with `make serve` (production-like), and loads each request with wrk on loopback,
bounded in time: once with the response cache warm and once with caching off. Every
number is also given as a ratio to /healthz, loaded just before and just after it in
the same run, which is what the targets speak of. Results go to stdout and bench/results.md.

Usage: .venv/bin/python bench/run.py [--seconds 4] [--rounds 3] [--connections 32]
       [--skip-data]
"""

import argparse
import datetime
import json
import os
import platform
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
DATABASE = "ogplocal_bench"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
BIND = "127.0.0.1:8765"
BASE = f"http://{BIND}"
RESULTS = ROOT / "bench" / "results.md"

BASELINE = "/healthz"
REQUESTS = [
    "/en/members/?region=americas",
    "/es/reforms/?theme=scale-theme-0&q=abiertos",
    "/en/members/rosario/",
    # A scale member's page: its three action plans and their 24 commitments.
    "/en/members/scale-member-1/",
    "/en/meetings/open-americas-2022/",
    "/en/commitments/",
    "/api/v1/reforms/?page_size=50",
    "/api/v1/commitments/",
    "/api/v1/jurisdictions/?format=csv",
    "/api/v1/jurisdictions/?format=geojson",
]
UNCACHED_LIST = "/api/v1/reforms/?page_size=50"
HOME = "/en/"

TARGET_CACHED_RATIO = 0.8
TARGET_UNCACHED_LIST_RATIO = 0.2
TARGET_PLAIN_DRF_RATIO = 1.5
TARGET_SCALE_LOSS = 0.2
TARGET_HOME_BYTES = 150 * 1024


def log(message):
    print(f"[bench] {message}", flush=True)


def environment(**extra):
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": DATABASE_URL,
            "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "CIRCLES_STAFF_EMAIL": "ogp-local-circles@example.org",
            "SITE_CONTACT_EMAIL": "ogp-local-directory@example.org",
            # A throwaway server: mail is discarded, never written to its log.
            "EMAIL_URL": "dummymail://",
            "EMAIL_DISCARD": "true",
            "BIND": BIND,
            "HTTPS": "false",
            "LOG_LEVEL": "WARNING",
            # The load stands for many partners; from one address the API's
            # per-client rate limit would answer most of it with 429.
            "API_ANON_RATE": "",
        }
    )
    env.update(extra)
    return env


def manage(*arguments, env=None):
    subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=ROOT,
        env=env or environment(DEBUG="false"),
        check=True,
    )


def prepare_database(reforms):
    subprocess.run(
        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE],
        check=True,
    )
    subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True
    )
    manage("migrate", "--noinput", "-v", "0")
    manage("load_demo_content")
    scale_data(reforms)


def scale_data(reforms):
    log(f"generating scale data with {reforms} reforms…")
    manage("generate_scale_data", f"--reforms={reforms}", "--no-progress")


class Server:
    """`make serve` in its own process group, stopped with the whole group."""

    def __init__(self, *, cache):
        self.cache = cache
        self.process = None

    def __enter__(self):
        if port_in_use():
            raise RuntimeError(
                f"{BIND} is already taken: stop what listens there first"
            )
        env = environment(RESPONSE_CACHE="true" if self.cache else "false")
        self.process = subprocess.Popen(
            ["make", "--no-print-directory", "serve"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        # make serve migrates and collects (and compresses) static files first.
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(BASE + BASELINE, timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        self.__exit__()
        raise RuntimeError("the server did not start within five minutes")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        # gunicorn's master outlives make for a moment; the next server must not
        # mistake it for itself.
        deadline = time.monotonic() + 30
        while port_in_use() and time.monotonic() < deadline:
            time.sleep(0.2)


def port_in_use():
    host, port = BIND.split(":")
    with socket.socket() as probe:
        return probe.connect_ex((host, int(port))) == 0


def fetch(path):
    request = urllib.request.Request(
        BASE + path, headers={"Accept-Encoding": "br, gzip"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.headers, response.read()


def warm(paths, times=5):
    for path in paths:
        for _ in range(times):
            status, _headers, _body = fetch(path)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}")


# After a run the server still finishes the requests wrk left in flight (an uncached
# export takes seconds under load); the next run starts once they are done.
SETTLE_SECONDS = 2


def wrk(path, *, seconds, connections, paths=None, settle=False):
    env = dict(os.environ, WRK_PATHS=" ".join(paths or []))
    result = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(connections),
            "--duration",
            f"{seconds}s",
            "--timeout",
            "10s",
            "--script",
            str(ROOT / "bench" / "report.lua"),
            BASE + path,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    if settle:
        time.sleep(SETTLE_SECONDS)
    line = [line for line in result.stdout.splitlines() if line.startswith("{")][-1]
    data = json.loads(line)
    data["rps"] = data["requests"] / (data["duration_us"] / 1_000_000)
    data["errors"] = sum(
        data[key]
        for key in (
            "connect_errors",
            "read_errors",
            "write_errors",
            "timeouts",
            "bad_status",
        )
    )
    return data


def query_counts(paths):
    """Queries per request, counted in-process against the same database (cache off)."""
    script = (
        "import django\n"
        "django.setup()\n"
        "import json, sys\n"
        "from django.db import connection\n"
        "from django.test import Client\n"
        "from django.test.utils import CaptureQueriesContext\n"
        'client = Client(HTTP_HOST="127.0.0.1")\n'
        "counts = {}\n"
        "for path in sys.argv[1:]:\n"
        "    b''.join(client.get(path))\n"
        "    with CaptureQueriesContext(connection) as queries:\n"
        "        response = client.get(path)\n"
        "        if response.streaming:\n"
        "            b''.join(response.streaming_content)\n"
        "    counts[path] = len(queries)\n"
        "print(json.dumps(counts))\n"
    )
    result = subprocess.run(
        [PYTHON, "-c", script, *paths],
        cwd=ROOT,
        env=environment(
            DEBUG="false",
            RESPONSE_CACHE="false",
            DJANGO_SETTINGS_MODULE="ogplocal.settings",
        ),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode:
        raise RuntimeError(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.paths = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"stylesheet", "icon", "preload"}:
            self.paths.append(attrs.get("href"))
        elif tag in {"script", "img", "source"} and attrs.get("src"):
            self.paths.append(attrs["src"])


def page_weight(path):
    """Bytes on the wire for a page and everything it loads (compressed as served)."""
    sizes = {path: len(fetch(path)[2])}
    with urllib.request.urlopen(BASE + path, timeout=60) as response:
        html = response.read().decode()
    parser = Assets()
    parser.feed(html)
    for asset in parser.paths:
        if asset and asset.startswith("/"):
            sizes[asset] = len(fetch(asset)[2])
    return sum(sizes.values()), sizes


def bracketed(paths, *, seconds, connections, rounds):
    """wrk on each of ``paths``, ``rounds`` times, with /healthz loaded around each run.

    Returns ``(results, baselines)``: for each path, its median round (the round
    whose ratio to /healthz is the median, with the errors of every round and the
    ratios of all of them), and the /healthz throughput around that round (the mean
    of the runs just before and after it). A shared machine drifts within minutes
    and one run can land on a slow second; rounds taken in turn, path after path,
    and their median say how the request compares with /healthz, not how the
    machine changed meanwhile.
    """
    runs = [wrk(BASELINE, seconds=seconds, connections=connections)]
    measured = {path: [] for path in paths}
    for _round in range(rounds):
        for path in paths:
            result = wrk(path, seconds=seconds, connections=connections, settle=True)
            runs.append(wrk(BASELINE, seconds=seconds, connections=connections))
            measured[path].append((result, (runs[-2]["rps"] + runs[-1]["rps"]) / 2))
    results, baselines = {}, {}
    for path, path_rounds in measured.items():
        ratios = [result["rps"] / baseline for result, baseline in path_rounds]
        median_round = sorted(range(rounds), key=ratios.__getitem__)[rounds // 2]
        result, baselines[path] = path_rounds[median_round]
        results[path] = dict(
            result,
            errors=sum(result["errors"] for result, _baseline in path_rounds),
            ratios=ratios,
        )
    results[BASELINE] = {
        "rps": sum(run["rps"] for run in runs) / len(runs),
        "rps_low": min(run["rps"] for run in runs),
        "rps_high": max(run["rps"] for run in runs),
        "runs": len(runs),
        "p50_us": max(run["p50_us"] for run in runs),
        "p99_us": max(run["p99_us"] for run in runs),
        "errors": sum(run["errors"] for run in runs),
    }
    return results, baselines


def table(results, baselines, counts):
    lines = [
        "| request | req/s | /healthz req/s around it | ratio to /healthz "
        "| every round's ratio | p50 ms | p99 ms | errors | queries |",
        "|---|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    base = results[BASELINE]
    lines.append(
        f"| `{BASELINE}` | {base['rps']:.0f} (mean of {base['runs']} runs, "
        f"{base['rps_low']:.0f}–{base['rps_high']:.0f}) | | 1.00 | | "
        f"{base['p50_us'] / 1000:.1f}* | {base['p99_us'] / 1000:.1f}* | "
        f"{base['errors']} | 0 |"
    )
    for path, baseline in baselines.items():
        data = results[path]
        lines.append(
            f"| `{path}` | {data['rps']:.0f} | {baseline:.0f} | "
            f"{data['rps'] / baseline:.2f} | "
            f"{', '.join(f'{ratio:.2f}' for ratio in data['ratios'])} | "
            f"{data['p50_us'] / 1000:.1f} | {data['p99_us'] / 1000:.1f} | "
            f"{data['errors']} | {counts.get(path, 0)} |"
        )
    lines += [
        "",
        "Each request's row is its median round; \\* the highest of the /healthz runs.",
    ]
    return "\n".join(lines)


def plain_drf_comparison():
    """bench/plain_drf_reference.py on this run's database: the uncached 50-row
    reform list against a plain DRF list of the same rows, in one process, in
    turn. Returns its rounds: ``[{"plain_ms": …, "ours_ms": …}, …]``."""
    output = subprocess.run(
        [PYTHON, "bench/plain_drf_reference.py", "--json"],
        cwd=ROOT,
        env=environment(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])["rounds"]


def verdict(ok):
    return "PASS" if ok else "FAIL"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds", type=int, default=4, help="each load run (default 4)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="runs of each request, each between two of /healthz (default 3)",
    )
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--soak-seconds", type=int, default=30, help="the 64-connection mixed load"
    )
    parser.add_argument(
        "--skip-data", action="store_true", help="reuse the database of the last run"
    )
    options = parser.parse_args()
    started = time.monotonic()
    all_paths = [BASELINE, *REQUESTS]

    # 1. The uncached list at 2,000 reforms, to see what ten times more costs.
    if not options.skip_data:
        prepare_database(reforms=2000)
        with Server(cache=False):
            warm([BASELINE, UNCACHED_LIST])
            small, small_baselines = bracketed(
                [UNCACHED_LIST],
                seconds=options.seconds,
                connections=options.connections,
                rounds=options.rounds,
            )
        small_list, small_baseline = (
            small[UNCACHED_LIST],
            small_baselines[UNCACHED_LIST],
        )
        scale_data(reforms=20000)
    else:
        small_baseline = small_list = None

    counts = query_counts(all_paths)
    log(f"queries per request: {counts}")

    # 2. Every request, cache warm, then caching off; /healthz around each.
    runs, baselines = {}, {}
    for mode, cache in (("cache warm", True), ("caching off", False)):
        with Server(cache=cache):
            warm(all_paths)
            runs[mode], baselines[mode] = bracketed(
                REQUESTS,
                seconds=options.seconds,
                connections=options.connections,
                rounds=options.rounds,
            )
            if cache:
                home_bytes, home_sizes = page_weight(HOME)
            # 3. The load test: 64 connections, every request mixed, no 5xx, no socket errors.
            runs[f"{mode}, 64 connections mixed"] = wrk(
                BASELINE,
                seconds=options.soak_seconds,
                connections=64,
                paths=REQUESTS,
                settle=True,
            )
        log(f"{mode}: done")

    plain_rounds = plain_drf_comparison()
    plain_ratios = sorted(r["plain_ms"] / r["ours_ms"] for r in plain_rounds)
    plain_ratio = plain_ratios[len(plain_ratios) // 2]
    log(f"plain DRF list / ours: {plain_ratios}")

    warm_runs, cold_runs = runs["cache warm"], runs["caching off"]
    cached_ratios = {
        path: warm_runs[path]["rps"] / baselines["cache warm"][path]
        for path in REQUESTS
    }
    uncached_list_ratio = (
        cold_runs[UNCACHED_LIST]["rps"] / baselines["caching off"][UNCACHED_LIST]
    )
    total_errors = sum(
        d["errors"]
        for mode in ("cache warm", "caching off")
        for d in runs[mode].values()
    )
    soak = {
        mode: runs[f"{mode}, 64 connections mixed"]
        for mode in ("cache warm", "caching off")
    }
    checks = [
        (
            "zero errors in every run",
            total_errors == 0 and all(d["errors"] == 0 for d in soak.values()),
        ),
        (
            f"cache warm: every request ≥ {TARGET_CACHED_RATIO} of /healthz (lowest {min(cached_ratios.values()):.2f})",
            min(cached_ratios.values()) >= TARGET_CACHED_RATIO,
        ),
        (
            f"caching off: 50-row API list ≥ {TARGET_UNCACHED_LIST_RATIO} of /healthz ({uncached_list_ratio:.2f})",
            uncached_list_ratio >= TARGET_UNCACHED_LIST_RATIO,
        ),
        (
            f"caching off: 50-row API list ≥ {TARGET_PLAIN_DRF_RATIO} × as fast as a plain"
            f" DRF list of the same rows (median {plain_ratio:.2f}×)",
            plain_ratio >= TARGET_PLAIN_DRF_RATIO,
        ),
        (
            f"home page transfers < 150 KB ({home_bytes / 1024:.1f} KB)",
            home_bytes < TARGET_HOME_BYTES,
        ),
    ]
    if small_list:
        small_ratio = small_list["rps"] / small_baseline
        loss = 1 - uncached_list_ratio / small_ratio
        checks.append(
            (
                f"2,000 → 20,000 reforms costs the uncached list < 20% (ratio {small_ratio:.2f} → "
                f"{uncached_list_ratio:.2f}: {loss:.0%})",
                loss < TARGET_SCALE_LOSS,
            )
        )

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
    report = [
        "# Benchmark results",
        "",
        f"Run {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC by `make bench` on {machine}"
        + (f" ({cpu.group(1)})" if cpu else "")
        + f"; wrk, {options.connections} connections, {options.rounds} rounds of"
        f" {options.seconds} s per request, loopback;"
        " `make serve` (gunicorn, DEBUG off) on PostgreSQL with the demo content and the scale data"
        " (2,000 members, 20,000 reforms, 200 meetings, 4,000 sessions; 6,000 action"
        " plans with a document each and 48,000 commitments)."
        " Every request, /healthz included, sends `Accept-Encoding: gzip`, as browsers"
        " and HTTP libraries do. Caching off means the response cache is off"
        " (`RESPONSE_CACHE=false`): every request renders; counts and filter options"
        " stay remembered per content version (common/caching/memo.py), as in"
        " production. The API's per-client rate limit is off: the load stands for many"
        " clients, and from one address most of it would be a 429."
        " Queries are counted in-process on a second request, cache off."
        " /healthz is loaded before and after every run of a request, and a round's"
        " ratio is to the mean of the two runs around it: the machine's speed drifts"
        " between runs. The rounds go through the requests in turn, and each request"
        " is reported by its median round.",
        "",
        "## Targets",
        "",
        *[f"- {verdict(ok)}: {text}" for text, ok in checks],
        "",
        "## Cache warm",
        "",
        table(warm_runs, baselines["cache warm"], counts),
        "",
        "## Caching off",
        "",
        table(cold_runs, baselines["caching off"], counts),
        "",
        f"## Load: 64 connections for {options.soak_seconds} s, all requests mixed",
        "",
        "| mode | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors |",
        "|---|---:|---:|---:|---:|---:|",
        *[
            f"| {mode} | {d['rps']:.0f} | {d['p50_us'] / 1000:.1f} | {d['p99_us'] / 1000:.1f} | "
            f"{d['bad_status']} | {d['connect_errors'] + d['read_errors'] + d['write_errors'] + d['timeouts']} |"
            for mode, d in soak.items()
        ],
        "",
        "## Home page weight",
        "",
        "| resource | bytes (as served, compressed) |",
        "|---|---:|",
        *[f"| `{path}` | {size} |" for path, size in home_sizes.items()],
        f"| total | {home_bytes} |",
    ]
    if small_list:
        report += [
            "",
            "## The uncached 50-row list at 2,000 and 20,000 reforms",
            "",
            "| reforms | list req/s | /healthz req/s around it | ratio |",
            "|---|---:|---:|---:|",
            f"| 2,000 | {small_list['rps']:.0f} | {small_baseline:.0f} | {small_ratio:.2f} |",
            f"| 20,000 | {cold_runs[UNCACHED_LIST]['rps']:.0f} | "
            f"{baselines['caching off'][UNCACHED_LIST]:.0f} | {uncached_list_ratio:.2f} |",
        ]
    report += [
        "",
        "## The uncached 50-row list against a plain DRF list (in-process)",
        "",
        "bench/plain_drf_reference.py, Django's test client on this database, the two"
        " lists in turn; see its docstring for what the plain list is.",
        "",
        "| round | plain DRF ms | ours ms | plain / ours |",
        "|---:|---:|---:|---:|",
        *[
            f"| {n} | {r['plain_ms']:.2f} | {r['ours_ms']:.2f} | "
            f"{r['plain_ms'] / r['ours_ms']:.2f} |"
            for n, r in enumerate(plain_rounds, 1)
        ],
    ]
    report += ["", f"Took {time.monotonic() - started:.0f} s.", ""]
    RESULTS.write_text("\n".join(report))
    print("\n".join(report))
    log(f"written to {RESULTS.relative_to(ROOT)}")
    return 0 if all(ok for _text, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
