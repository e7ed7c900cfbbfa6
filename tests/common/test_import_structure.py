"""The project's apps depend on one another one way, and its modules import one
another without circles.

The apps are those of ``INSTALLED_APPS`` whose code lives in this repository, each
with every module under it (``common``'s packages included). Every import statement
counts, at the top of a module or inside a function; migrations and tests are left
out.

``APP_ORDER`` is the order the apps build on one another (the README's layout
says the same): an app may import only the apps before it. It follows the foreign
keys: plans point to members and themes, reforms to plans (the commitment a
reform implements), events to reforms (the reforms a session showcased), circles
to members and themes; ``website`` composes the pages that show several apps at once,
and ``demo`` loads content into all of them.
"""

import ast
import re
from pathlib import Path

from django.apps import apps

ROOT = Path(__file__).resolve().parents[2]
APP_ORDER = (
    "common",
    "themes",
    "members",
    "plans",
    "reforms",
    "events",
    "circles",
    "website",
    "demo",
)


def project_apps():
    """The installed apps whose code lives in this repository (a top-level package
    of it; the virtual environment's packages are not), by module name."""
    return {
        config.name: Path(config.path)
        for config in apps.get_app_configs()
        if Path(config.path).parent == ROOT
    }


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules():
    modules = {}
    for app_path in project_apps().values():
        for path in app_path.rglob("*.py"):
            if "migrations" not in path.parts:
                modules[module_name(path)] = path
    return modules


def imported_modules(path, modules):
    """The project modules ``path`` imports (``from x import y`` names module
    ``x.y`` when that is a module, else ``x``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [
                f"{node.module}.{alias.name}"
                if f"{node.module}.{alias.name}" in modules
                else node.module
                for alias in node.names
            ]
        else:
            continue
        found.update(name for name in names if name in modules)
    return found


def import_graph():
    modules = project_modules()
    return {
        name: imported_modules(path, modules) - {name} for name, path in modules.items()
    }


def circles(graph):
    """Every strongly connected group of more than one module (Tarjan)."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for neighbour in graph[node]:
            if neighbour not in index:
                visit(neighbour)
                low[node] = min(low[node], low[neighbour])
            elif neighbour in on_stack:
                low[node] = min(low[node], index[neighbour])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def imports_against_the_order(graph, order):
    """``(module, imported module)`` for every import of an app that comes later
    in ``order`` (or of the same position), across apps."""
    position = {app: number for number, app in enumerate(order)}
    wrong = []
    for module, imported in sorted(graph.items()):
        app = module.split(".")[0]
        for target in sorted(imported):
            target_app = target.split(".")[0]
            if target_app != app and position[target_app] >= position[app]:
                wrong.append((module, target))
    return wrong


def test_every_project_app_has_its_place_in_the_order():
    # INSTALLED_APPS lists them in that order too, so the settings read the same.
    assert list(project_apps()) == list(APP_ORDER)


def test_no_module_imports_itself_through_others():
    assert circles(import_graph()) == []


def test_each_app_imports_only_the_apps_before_it():
    assert imports_against_the_order(import_graph(), APP_ORDER) == []


def test_the_circle_finder_finds_a_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]


def test_the_order_check_finds_an_import_of_a_later_app():
    graph = {"first.views": {"second.models"}, "second.models": {"first.models"}}
    assert imports_against_the_order(graph, ("first", "second")) == [
        ("first.views", "second.models")
    ]


# common's own packages and modules, bottom to top (the README's ``common/`` table
# says the same): each imports only those of the layers below its own, so two
# of one layer (``pages`` and ``api``) never import each other. The apps above
# common are named nowhere in it, not even in a string: what differs by app (the
# staff roles, the filters' descriptions) is declared by the app or the project.
COMMON_LAYERS = (
    ("i18n", "validators", "spreadsheet_safety", "data_files"),
    ("db", "citations"),
    ("models",),
    ("caching",),
    ("search_glossary",),
    ("http",),
    ("filters",),
    ("pages", "api"),
    ("templatetags", "services", "backups"),
    ("admin", "management"),
    ("apps",),
)


def common_part(module):
    """``common.http.errors`` → ``http``: the package or module of common that
    holds ``module`` (None for ``common`` itself)."""
    parts = module.split(".")
    return parts[1] if parts[0] == "common" and len(parts) > 1 else None


def common_parts():
    return {common_part(name) for name in project_modules()} - {None}


def common_imports_against_the_layers(graph, layers):
    """``(module, imported module)`` for every import, inside common, of a part in
    the same layer or a later one."""
    layer = {part: number for number, parts in enumerate(layers) for part in parts}
    wrong = []
    for module, imported in sorted(graph.items()):
        part = common_part(module)
        if part is None:
            continue
        for target in sorted(imported):
            target_part = common_part(target)
            if target_part in (None, part):
                continue
            if layer.get(target_part, len(layers)) >= layer.get(part, -1):
                wrong.append((module, target))
    return wrong


def app_names_in(path, app_names):
    """The places in the module at ``path`` that name one of ``app_names``: an
    import of it, or a string (docstrings included) where a dotted or slashed
    path starts with it (a model label ``"members.jurisdiction"``, a module
    ``members.views``, a file ``demo/data/…``). A word alone (``"events"`` in an
    address of OGP's site) or a segment of a URL path (``/api/v1/reforms/``)
    names no app."""
    alternatives = "|".join(sorted(app_names))
    named = re.compile(rf"(?<![\w./-])(?:{alternatives})[./]\w")
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if named.search(node.value):
                found.append((node.lineno, node.value[:60]))
            continue
        else:
            continue
        found += [
            (node.lineno, name) for name in names if name.split(".")[0] in app_names
        ]
    return sorted(found)


def app_names_in_common():
    app_names = set(project_apps()) - {"common"}
    modules = project_modules()
    return [
        (name, *place)
        for name, path in sorted(modules.items())
        if common_part(name) is not None or name == "common"
        for place in app_names_in(path, app_names)
    ]


def test_every_part_of_common_has_its_layer():
    layered = {part for parts in COMMON_LAYERS for part in parts}
    assert sorted(common_parts() ^ layered) == []


def test_common_imports_only_the_layers_below():
    assert common_imports_against_the_layers(import_graph(), COMMON_LAYERS) == []


def test_common_names_no_app():
    assert app_names_in_common() == []


def test_the_layer_check_finds_an_import_of_a_sibling_or_a_higher_layer():
    graph = {
        "common.http.errors": {"common.pages.views", "common.i18n.languages"},
        "common.pages.views": {"common.api.views", "common.http.errors"},
        "common.api.views": {"common.http.errors"},
    }
    layers = (("i18n",), ("http",), ("pages", "api"))
    assert common_imports_against_the_layers(graph, layers) == [
        ("common.http.errors", "common.pages.views"),
        ("common.pages.views", "common.api.views"),
    ]


def test_the_app_name_check_finds_labels_imports_and_paths(tmp_path):
    module = tmp_path / "module.py"
    module.write_text(
        '"""Reads demo/data/file.yaml."""\n'
        "from members.models import Jurisdiction\n"
        'LABEL = "members.jurisdiction"\n'
        'SECTION = "members"\n'
        'URL = "/api/v1/members/"\n'
        'WORD = "membership.x"\n'
    )
    assert app_names_in(module, {"members", "demo"}) == [
        (1, "Reads demo/data/file.yaml."),
        (2, "members.models"),
        (3, "members.jurisdiction"),
    ]
