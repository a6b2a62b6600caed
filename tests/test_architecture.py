"""The house rules of src/workshop/, read from the code itself so that they stay true: no
import circle; writers and checks never import each other nor the jobs and the command; raw
XML (lxml, namespace URIs) only in the OOXML layer; the garbage collector only in the
command's own module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "src" / "workshop"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """Return every module of ours that `path` imports, at the top or inside a function."""
    found: set[str] = set()
    package = module_name(path).rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[:len(package.split(".")) - node.level + 1],
                                 base]).strip(".")
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(name for name in names if name in MODULES)
    return found


GRAPH = {name: imports_of(path) - {name} for name, path in MODULES.items()}


def test_no_module_imports_itself_through_others() -> None:
    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        seen: set[str] = set()
        while stack:
            current, trail = stack.pop()
            for imported in sorted(GRAPH[current]):
                if imported == start:
                    return [*trail, start]
                if imported not in seen:
                    seen.add(imported)
                    stack.append((imported, [*trail, imported]))
        return None

    circles = [c for c in (cycle_from(name) for name in GRAPH) if c]
    assert circles == []


def test_writers_and_checks_stand_apart_and_below_the_jobs() -> None:
    wrong = []
    for name, imported in GRAPH.items():
        if name.startswith("workshop.writers"):
            banned = ("workshop.checks", "workshop.build", "workshop.cli")
        elif name.startswith("workshop.checks"):
            banned = ("workshop.writers", "workshop.build", "workshop.cli")
        elif name.startswith("workshop.ooxml"):
            banned = ("workshop.writers", "workshop.checks", "workshop.build", "workshop.cli",
                      "workshop.plan")
        else:
            continue
        wrong += [f"{name} -> {i}" for i in sorted(imported) if i.startswith(banned)]
    assert wrong == []


def test_nothing_imports_the_command_but_its_entry_point() -> None:
    importers = {name for name, imported in GRAPH.items()
                 if imported & {"workshop.cli", "workshop.startup"}}
    assert importers == {"workshop.startup"}


def test_raw_xml_lives_in_the_ooxml_layer_and_the_collector_in_the_command() -> None:
    outside = [name for name, path in MODULES.items() if not name.startswith("workshop.ooxml")
               and ("lxml" in _imported_names(path)
                    or "schemas.openxmlformats.org" in path.read_text(encoding="utf-8"))]
    assert outside == []
    collectors = [name for name, path in MODULES.items() if "gc" in _imported_names(path)]
    assert collectors == ["workshop.collector"]


def _imported_names(path: Path) -> set[str]:
    """Return the top-level names of every module `path` imports (ours and others')."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_every_cache_is_a_memo_and_forgetting_them_all_gives_a_fresh_start(tmp_path: Path) -> None:
    """No module keeps a cache of its own: each is a bounded Memo (or a functools cache
    registered with the memos), listed in one place and emptied by one call."""
    own = [f"{name}: {line.strip()}" for name, path in MODULES.items()
           for line in path.read_text(encoding="utf-8").splitlines()
           if line.startswith("_") and (" = {}" in line or ": dict[" in line)]
    assert own == []
    from workshop.build import build
    from workshop.memo import forget_all, memos

    build(REPO / "decks" / "parent-night-short.yaml", tmp_path / "warm.pptx")
    assert any(len(memo) for memo in memos())
    forget_all()
    assert [memo.name for memo in memos() if len(memo)] == []
    build(REPO / "decks" / "parent-night-short.yaml", tmp_path / "fresh.pptx")
    assert (tmp_path / "fresh.pptx").read_bytes() == (tmp_path / "warm.pptx").read_bytes()


_PRIVATE = re.compile(r"\._(?:sldIdLst|add_sldId|spTree|add_chart_graphicFrame|image_parts|"
                      r"add_relationship|chartSpace|populate_worksheet|chart_data|"
                      r"defaults_and_overrides|base_uri|inline|blob|rels)\b|_ContentTypesItem")


def test_python_pptx_private_names_are_reached_only_through_compat() -> None:
    outside = [f"{name}:{number}" for name, path in MODULES.items() if name != "workshop.compat"
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if _PRIVATE.search(line)]
    assert outside == []
