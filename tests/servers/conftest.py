"""Server-level tests: `make serve` (gunicorn, DEBUG off) against real PostgreSQL
and Redis processes, all on loopback, each started on a free port and stopped
with its whole process group at the end.

Every server test is in the xdist group "servers" (`make test` runs with
``--dist loadgroup``), so they run one after another on one worker: each
`make serve` runs collectstatic into the shared ``staticfiles/``.
"""

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
SHARED_PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}
START_SECONDS = 120
# What pytest-env (pyproject.toml) or a CI job sets for the in-process tests; the
# servers get production's values instead (make serve's, or settings.py's).
UNSET = (
    "DATABASE_URL",
    "CACHE_URL",
    "DEBUG",
    "RESPONSE_CACHE",
    "STATIC_MANIFEST",
    "CONN_MAX_AGE",
    "ALLOWED_HOSTS",
    "SECRET_KEY",
    "LOG_LEVEL",
    "LD_PRELOAD",
)


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.xdist_group("servers"))


def free_port(host="127.0.0.1"):
    """A port nothing listens on now (the kernel's pick for port 0)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def wait_until(condition, *, seconds, interval=0.1, what="the condition"):
    """Poll ``condition`` until it returns a true value, at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"{what} did not happen within {seconds} s")


class Answer:
    """One HTTP answer: status, headers, body, and the seconds it took."""

    def __init__(self, status, headers, body, seconds):
        self.status = status
        self.headers = headers
        self.body = body
        self.seconds = seconds

    @property
    def text(self):
        return self.body.decode()

    def __repr__(self):
        return f"<Answer {self.status} in {self.seconds:.2f} s, {len(self.body)} bytes>"


def get(base, path, *, headers=None, timeout=30):
    """GET ``base + path`` with urllib (no Origin, no cookies); HTTP errors are
    answers too."""
    request = urllib.request.Request(base + path, headers=headers or {})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Answer(
                response.status,
                response.headers,
                response.read(),
                time.monotonic() - started,
            )
    except urllib.error.HTTPError as error:
        return Answer(
            error.code, error.headers, error.read(), time.monotonic() - started
        )


def run(*command, env=None, timeout=120):
    return subprocess.run(
        command, cwd=ROOT, env=env, check=True, timeout=timeout, capture_output=True
    )


def base_environment(**extra):
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    env.update(
        SECRET_KEY="server-tests-only-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1",
        HTTPS="false",
        DEBUG="false",
    )
    env.update(extra)
    return env


def prepare_database(url):
    """Migrations and the demo content, as `make run` loads them."""
    env = base_environment(DATABASE_URL=url)
    run(PYTHON, "manage.py", "migrate", "--noinput", "-v", "0", env=env)
    run(PYTHON, "manage.py", "load_demo_content", env=env)


class ScratchDatabase:
    """A database named after this process on the machine's PostgreSQL."""

    def __init__(self, label):
        self.name = f"ogplocal_servers_{label}_{os.getpid()}"
        self.url = (
            f"postgres://{SHARED_PG['user']}@{SHARED_PG['host']}:"
            f"{SHARED_PG['port']}/{self.name}"
        )

    def _client(self, program, *arguments):
        run(
            program,
            "-h",
            SHARED_PG["host"],
            "-p",
            str(SHARED_PG["port"]),
            "-U",
            SHARED_PG["user"],
            *arguments,
        )

    def create(self):
        self._client("dropdb", "--if-exists", "--force", self.name)
        self._client("createdb", self.name)
        prepare_database(self.url)
        return self

    def drop(self):
        self._client("dropdb", "--if-exists", "--force", self.name)


class RedisServer:
    """Debian's redis-server on a port of its own, without persistence."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"rediscache://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(self.answers, seconds=10, what="redis-server answering")
        return self

    def answers(self):
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                return s.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def command(self, *words):
        """A command's reply line (redis' inline protocol), e.g. ``DBSIZE``."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
            s.sendall(" ".join(words).encode() + b"\r\n")
            return s.recv(1024).decode().strip()

    def kill(self):
        """As a crash does: SIGKILL, and wait until the port is closed."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.process = None

    stop = kill


class PrivateCluster:
    """A PostgreSQL cluster of this test's own (initdb in a temporary folder),
    listening on 127.0.0.1 only, so that it can be paused and restarted."""

    def __init__(self):
        version = sorted(os.listdir("/usr/lib/postgresql"), key=int)[-1]
        self.bin = Path("/usr/lib/postgresql") / version / "bin"
        self.port = free_port()
        # Outside pytest's own temporary folder, which only root may enter.
        self.folder = Path(tempfile.mkdtemp(prefix="ogplocal-servers-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "postgres.log"
        self.database = f"ogplocal_servers_{os.getpid()}"
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/{self.database}"

    def as_postgres(self, *command, timeout=60):
        return run("runuser", "-u", "postgres", "--", *command, timeout=timeout)

    def pg_ctl(self, *arguments, timeout=60):
        return self.as_postgres(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "30",
            *arguments,
            timeout=timeout,
        )

    def start(self):
        postgres = pwd.getpwnam("postgres")
        os.chown(self.folder, postgres.pw_uid, postgres.pw_gid)
        self.as_postgres(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        self.pg_ctl("start", "-o", self.options())
        run(
            str(self.bin / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            self.database,
        )
        prepare_database(self.url)
        return self

    def options(self):
        return (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )

    def restart(self):
        self.pg_ctl("restart", "-m", "fast", "-o", self.options())

    def pids(self):
        """The postmaster and every process it started."""
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(
            ["pgrep", "-P", str(postmaster)], capture_output=True, text=True
        ).stdout.split()
        return [postmaster, *map(int, children)]

    def signal_all(self, number):
        for pid in self.pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, number)

    def sql(self, statement):
        return run(
            str(self.bin / "psql"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            "-d",
            self.database,
            "-At",
            "-c",
            statement,
            timeout=30,
        ).stdout.decode()

    def stop(self):
        try:
            if (self.data / "postmaster.pid").exists():
                self.signal_all(signal.SIGCONT)
                self.pg_ctl("stop", "-m", "immediate")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class Site:
    """`make serve` in its own process group, its output in ``log``."""

    def __init__(self, *, database_url, log, workers=2, preload=None, **settings):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.env = base_environment(
            DATABASE_URL=database_url,
            BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(workers),
            # Hashing and compressing 1,600 static files costs each collectstatic
            # over 20 s; these tests are about the cache and the database, so the
            # files are copied and served as they are (as scripts/fuzz_api.sh does).
            STATIC_MANIFEST="false",
            # The access log with the worker's pid: which worker answered what.
            ACCESS_LOG="true",
            GUNICORN_CMD_ARGS="--access-logformat 'access pid=%(p)s %(r)s %(s)s'",
            **settings,
        )
        if preload:
            self.env.update(preload)
        self.process = None

    def start(self):
        with open(self.log, "wb") as output:
            self.process = subprocess.Popen(
                ["make", "--no-print-directory", "serve"],
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

        def up():
            if self.process.poll() is not None:
                raise AssertionError(
                    f"make serve ended ({self.process.returncode}):\n{self.output()}"
                )
            try:
                return get(self.base, "/healthz", timeout=2).status == 200
            except OSError:
                return False

        wait_until(up, seconds=START_SECONDS, interval=0.3, what="make serve")
        return self

    def get(self, path, **kwargs):
        return get(self.base, path, **kwargs)

    def output(self):
        return Path(self.log).read_text(errors="replace")

    def worker_pids(self, path):
        """The pids of the workers whose access log shows a GET of ``path``."""
        needle = f" GET {path} HTTP/"
        return {
            line.split("pid=")[1].split()[0]
            for line in self.output().splitlines()
            if line.startswith("access pid=") and needle in line
        }

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        # gunicorn's master may outlive make for a moment.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def redis_site(tmp_path_factory):
    """Demo content on a scratch database, served by two workers sharing a
    private Redis. Shared by the Redis outage and the CORS tests."""
    database = ScratchDatabase("redis").create()
    redis = RedisServer().start()
    site = Site(
        database_url=database.url,
        log=tmp_path_factory.mktemp("redis_site") / "server.log",
        CACHE_URL=redis.url,
    )
    site.redis = redis
    try:
        site.start()
        yield site
    finally:
        site.stop()
        site.redis.stop()
        database.drop()
