#!/usr/bin/env python3
"""Check that the tools partners use accept the API's OpenAPI schema.

drf-spectacular's own ``--validate`` only proves the schema is well formed by its
own lights. Partners feed the schema to other tools, so this check does too:

1. ``openapi-spec-validator`` must accept it (the reference validator for 3.0).
2. ``openapi-python-client`` must generate a client from it with its default
   settings (no config file), without warnings: a warning means an endpoint or
   model was skipped, and the partner's client silently lacks it.
3. The generated client must read every list the API has, from a real server on
   the demo content: status 200 and a body parsed into the client's own model.
   A field the schema describes differently from what the server sends (a null
   where the schema has no ``nullable``, a value outside an enum, a missing
   required key) makes the client raise here, as it would for a partner.

It works on a scratch PostgreSQL database (created, migrated, filled with the
demo content, dropped however the run ends) and a ``runserver`` on a free
loopback port in its own process group (stopped however the run ends).

    .venv/bin/python scripts/check_api_clients.py      (or `make api-clients`)

Environment: CLIENTS_DATABASE (ogplocal_clients_<pid>), PGHOST/PGPORT/PGUSER
(127.0.0.1, 5432, postgres).
"""

import importlib
import inspect
import os
import pkgutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path

import yaml
from openapi_spec_validator import validate as validate_openapi

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PYTHON = BIN / "python"

PG_HOST = os.environ.get("PGHOST", "127.0.0.1")
PG_PORT = os.environ.get("PGPORT", "5432")
PG_USER = os.environ.get("PGUSER", "postgres")

# Every list the router in ogplocal/api.py serves, by drf-spectacular's
# operationId. Written out rather than read from the schema so that a schema (or
# a client) that lost a list fails here instead of passing with fewer checks. A
# new list fails too, until it is added here.
EXPECTED_LIST_OPERATIONS = {
    "jurisdictions_list",
    "themes_list",
    "reforms_list",
    "meetings_list",
    "sessions_list",
    "meetings_sessions_list",
    "action_plans_list",
    "commitments_list",
    "documents_list",
}

# Required arguments of a list operation are path parameters of a nested route;
# each is taken from the first result of another list, by that result's field.
# The meeting of the first session, not the first meeting: that one may have no
# sessions, and an empty list tests no model. Any other required argument fails
# the check: a list must be readable as is.
PATH_PARAMETERS = {
    "meeting_slug": ("sessions_list", "meeting"),
}

SERVER_START_SECONDS = 60
REQUEST_TIMEOUT_SECONDS = 30


class CheckFailed(Exception):
    """A step of the check failed; the message says which and why."""


def log(message):
    print(f"[api-clients {time.strftime('%H:%M:%S')}] {message}", flush=True)


def django_environment(database):
    """The environment for manage.py on the scratch database, DEBUG on."""
    environment = dict(os.environ)
    environment["DATABASE_URL"] = f"postgres://{PG_USER}@{PG_HOST}:{PG_PORT}/{database}"
    environment["DEBUG"] = "true"
    # A shared cache (Redis) could hold answers made from another database; the
    # default per-process cache starts empty.
    environment.pop("CACHE_URL", None)
    return environment


def run(command, environment=None, what=None):
    """Run a command from the project root; on failure raise with its output."""
    result = subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise CheckFailed(
            f"{what or command[0]} failed (exit {result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )
    return result


def postgres_command(name, database, *options):
    return [name, "-h", PG_HOST, "-p", PG_PORT, "-U", PG_USER, *options, database]


def create_database(database, environment):
    log(f"scratch database {database}")
    # A database left by an interrupted run with the same name starts afresh.
    run(postgres_command("dropdb", database, "--if-exists"))
    run(postgres_command("createdb", database))
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v", "0"], environment)
    run([PYTHON, "manage.py", "load_demo_content"], environment)


def drop_database(database):
    result = subprocess.run(
        postgres_command("dropdb", database, "--if-exists"),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        log(f"could not drop {database}: {result.stderr.strip()}")


def write_schema(environment, directory):
    """The schema as CI checks it elsewhere: drf-spectacular's warnings fail."""
    schema_path = directory / "schema.yml"
    run(
        [
            PYTHON,
            "manage.py",
            "spectacular",
            "--validate",
            "--fail-on-warn",
            "--file",
            schema_path,
        ],
        environment,
        what="manage.py spectacular",
    )
    return schema_path


def validate_with_openapi_spec_validator(schema_path):
    log("openapi-spec-validator")
    schema = yaml.safe_load(schema_path.read_text())
    try:
        validate_openapi(schema)
    except Exception as error:
        raise CheckFailed(
            f"openapi-spec-validator refused the schema: {error}"
        ) from error
    return schema


def generate_client(schema_path, directory):
    """openapi-python-client with its defaults; any warning fails the check."""
    log("openapi-python-client generate (default settings)")
    output = directory / "client"
    environment = dict(os.environ)
    # The generator formats its output with `ruff`, found on PATH: ours.
    environment["PATH"] = f"{BIN}{os.pathsep}{environment.get('PATH', '')}"
    result = subprocess.run(
        [
            BIN / "openapi-python-client",
            "generate",
            "--path",
            schema_path,
            "--output-path",
            output,
            # Without it a skipped endpoint or model is only a warning (exit 0).
            "--fail-on-warning",
        ],
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
    )
    printed = (result.stdout + result.stderr).strip()
    if printed:
        print(printed, flush=True)
    if result.returncode != 0:
        raise CheckFailed(f"openapi-python-client failed (exit {result.returncode})")
    return output


def find_client_package(client_directory):
    """The generated package: the folder beside pyproject.toml that has api/."""
    packages = [
        path.parent
        for path in client_directory.glob("*/client.py")
        if (path.parent / "api" / "__init__.py").exists()
    ]
    if len(packages) != 1:
        raise CheckFailed(
            f"expected one generated package in {client_directory}, found {packages}"
        )
    return packages[0].name


def schema_operation_ids(schema):
    return {
        operation["operationId"]
        for path_item in schema["paths"].values()
        for method, operation in path_item.items()
        if isinstance(operation, dict) and "operationId" in operation
    }


def client_operations(package_name):
    """Every operation module of the generated client, by its name."""
    api = importlib.import_module(f"{package_name}.api")
    operations = {}
    for module_info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(module_info.name)
        if hasattr(module, "sync_detailed"):
            operations[module_info.name.rsplit(".", 1)[1]] = module
    return operations


def check_operation_sets(schema, operations):
    """The client has every operation of the schema, and the lists are the
    expected ones: neither can shrink without failing."""
    in_schema = schema_operation_ids(schema)
    missing = in_schema - set(operations)
    if missing:
        raise CheckFailed(f"the client lacks operations: {sorted(missing)}")
    lists = {name for name in operations if name.endswith("_list")}
    if lists != EXPECTED_LIST_OPERATIONS:
        raise CheckFailed(
            "list operations differ from EXPECTED_LIST_OPERATIONS: "
            f"unexpected {sorted(lists - EXPECTED_LIST_OPERATIONS)}, "
            f"missing {sorted(EXPECTED_LIST_OPERATIONS - lists)}"
        )
    return sorted(lists)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(environment, port, log_path):
    """runserver in its own process group, so stopping it stops its children."""
    log(f"serving on http://127.0.0.1:{port}/ (runserver, DEBUG on)")
    with open(log_path, "w") as server_log:
        return subprocess.Popen(
            [PYTHON, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=environment,
            stdout=server_log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_until_healthy(server, base_url, log_path):
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CheckFailed(f"the server stopped:\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(f"{base_url}/healthz", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise CheckFailed(
        f"/healthz did not answer in {SERVER_START_SECONDS} s:\n{log_path.read_text()}"
    )


def stop_server(server):
    if server.poll() is not None:
        return
    log("stopping the server")
    try:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
    except ProcessLookupError:
        pass


def required_arguments(function):
    """The arguments a generated function cannot do without, but its client."""
    return [
        parameter.name
        for parameter in inspect.signature(function).parameters.values()
        if parameter.default is inspect.Parameter.empty and parameter.name != "client"
    ]


def path_arguments(name, function, parsed_lists):
    """Values for the required path parameters of a nested list, from the first
    result of its parent list."""
    arguments = {}
    for argument in required_arguments(function):
        if argument not in PATH_PARAMETERS:
            raise CheckFailed(
                f"{name}: the generated function requires argument {argument!r}; "
                "a list must be readable without arguments (or add it to "
                "PATH_PARAMETERS if it is a nested route's path parameter)"
            )
        parent, field = PATH_PARAMETERS[argument]
        results = getattr(parsed_lists.get(parent), "results", None)
        if not results:
            raise CheckFailed(
                f"{name}: needs {argument} from the first result of {parent}, "
                "which has none"
            )
        arguments[argument] = getattr(results[0], field)
    return arguments


def read_list(name, function, client, arguments):
    """Read a list through the generated client, every page: the first with no
    arguments but path parameters, as a partner starts, then by ``page`` while
    the answer has a next page, so every demo record goes through the models.
    Returns the first page, parsed, and every record read; raises on a failure."""
    pages = []
    while True:
        page_arguments = dict(arguments)
        if pages:
            page_arguments["page"] = len(pages) + 1
        response = function(client=client, **page_arguments)
        status = int(response.status_code)
        if status != 200 or response.parsed is None:
            raise CheckFailed(
                f"{name} (page {len(pages) + 1}): status {status}, parsed "
                f"{type(response.parsed).__name__}: {response.content[:500]!r}"
            )
        pages.append(response.parsed)
        if not getattr(response.parsed, "next_", None):
            break
    first = pages[0]
    if not hasattr(first, "results"):
        raise CheckFailed(f"{name}: the parsed answer has no results")
    records = [record for page in pages for record in page.results]
    # The demo content has records for every list; an empty one tests no model.
    if not records:
        raise CheckFailed(f"{name}: no results on the demo content")
    if len(records) != first.count:
        raise CheckFailed(f"{name}: count {first.count}, read {len(records)}")
    return first, records


def read_every_list(package_name, operations, list_names, base_url):
    """Call each list through the generated client; return the failures."""
    client_module = importlib.import_module(f"{package_name}.client")
    # The generated functions declare `client: AuthenticatedClient` (the schema
    # has `security: [{}]`, anonymous access); a plain Client is what a partner
    # without a token uses, and works.
    client = client_module.Client(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS)
    # Plain lists first: a nested list takes its path parameter from another.
    ordered = sorted(
        list_names,
        key=lambda name: (
            bool(required_arguments(operations[name].sync_detailed)),
            name,
        ),
    )
    failures = []
    parsed_lists = {}
    for name in ordered:
        function = operations[name].sync_detailed
        try:
            arguments = path_arguments(name, function, parsed_lists)
            first, records = read_list(name, function, client, arguments)
        except CheckFailed as error:
            failures.append(str(error))
            print(f"{name:<24} FAILED  {error}", flush=True)
            continue
        except Exception as error:
            # The client raises while parsing a body its model does not fit: the
            # traceback's last frames name the model and the field.
            failures.append(f"{name}: the client could not parse the answer: {error!r}")
            print(f"{name:<24} FAILED  could not parse the answer: {error!r}")
            traceback.print_exc(limit=-4)
            continue
        parsed_lists[name] = first
        shown = ", ".join(f"{key}={value}" for key, value in arguments.items())
        print(
            f"{name:<24} 200  count {first.count}, results {len(first.results)} "
            f"on page 1, {len(records)} read" + (f"  ({shown})" if shown else ""),
            flush=True,
        )
    return failures


def check(database, directory):
    environment = django_environment(database)
    try:
        create_database(database, environment)
        schema_path = write_schema(environment, directory)
        schema = validate_with_openapi_spec_validator(schema_path)
        client_directory = generate_client(schema_path, directory)
        package_name = find_client_package(client_directory)
        sys.path.insert(0, str(client_directory))
        operations = client_operations(package_name)
        list_names = check_operation_sets(schema, operations)
        log(f"package {package_name}: {len(list_names)} list operations")

        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        log_path = directory / "server.log"
        server = start_server(environment, port, log_path)
        try:
            wait_until_healthy(server, base_url, log_path)
            failures = read_every_list(package_name, operations, list_names, base_url)
        finally:
            stop_server(server)
        if failures:
            raise CheckFailed(
                f"{len(failures)} list operation(s) failed:\n  " + "\n  ".join(failures)
            )
    finally:
        drop_database(database)


def main():
    started = time.monotonic()
    database = os.environ.get("CLIENTS_DATABASE", f"ogplocal_clients_{os.getpid()}")
    with tempfile.TemporaryDirectory(prefix="ogplocal-clients-") as directory:
        try:
            check(database, Path(directory))
        except CheckFailed as error:
            log(f"FAILED: {error}")
            return 1
    log(f"passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
