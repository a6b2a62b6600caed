"""Safe YAML reading that remembers where every value came from.

PyYAML's composer gives us nodes with marks; we turn them into plain data ourselves so that
nothing is ever constructed from a tag, aliases are refused (no expansion bombs), duplicate keys
are errors naming both lines, and every scalar stays text unless a schema field asks for a
number (so `NO`, `yes` and `1.10` are never silently turned into booleans or floats).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from workshop.errors import Diagnostic, WorkshopError, display_path

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 64
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:timestamp",
}
_NULLS = {"", "~", "null", "Null", "NULL"}

PathKey = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    """Where a value starts (1-based line and column), and whether it is a block scalar."""

    line: int
    col: int
    block: bool = False

    @property
    def first_text_line(self) -> int:
        """Return the line on which the value's text begins (block scalars start a line below)."""
        return self.line + 1 if self.block else self.line


@dataclass
class LoadedYaml:
    """Plain data read from a YAML file, with the position of every value and mapping key."""

    path: Path
    data: Any
    values: dict[PathKey, Position] = field(default_factory=dict)
    keys: dict[PathKey, Position] = field(default_factory=dict)

    @property
    def display(self) -> str:
        """Return the file's name as diagnostics print it."""
        return display_path(self.path)

    def position(self, path: PathKey, *, key: bool = False) -> Position:
        """Return the position of the value at `path`, or of its nearest known ancestor."""
        if key and path in self.keys:
            return self.keys[path]
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), Position(1, 1))


class _Loader(yaml.SafeLoader):
    """A composer that refuses aliases before they can be expanded."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in an outline", event.start_mark
            )
        return super().compose_node(parent, index)


def format_path(path: PathKey) -> str:
    """Return a data path as users write it: `sections[2].slides[0].bullets`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def load_yaml(path: Path) -> LoadedYaml:
    """Return the file's data and positions; raise WorkshopError listing every problem found."""
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WorkshopError([Diagnostic(shown, 1, 1, "", "file not found")]) from None
    except OSError as exc:
        raise WorkshopError([Diagnostic(shown, 1, 1, "", f"cannot read: {exc.strerror}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        message = f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}"
        raise WorkshopError([Diagnostic(shown, 1, 1, "", message)])
    text = _decode(raw, shown)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or "invalid YAML"
        lines = text.splitlines()
        if mark and mark.line < len(lines) and "{{" in lines[mark.line]:
            problem += ' (text with {{ }} inside [ ] or after a key must be quoted: "{{ x }}")'
        raise WorkshopError([Diagnostic(shown, line, col, "", f"YAML syntax: {problem}")]) from None
    except RecursionError:
        message = f"YAML syntax: nested more than {MAX_DEPTH} levels deep"
        raise WorkshopError([Diagnostic(shown, 1, 1, "", message)]) from None
    except yaml.YAMLError as exc:
        raise WorkshopError([Diagnostic(shown, 1, 1, "", f"YAML syntax: {exc}")]) from None
    loaded = LoadedYaml(path=path, data=None)
    problems: list[Diagnostic] = []
    if node is not None:
        loaded.data = _to_data(node, (), loaded, problems, depth=0)
    if problems:
        raise WorkshopError(problems)
    return loaded


def _decode(raw: bytes, shown: str) -> str:
    """Return the file's text, refusing bytes that are not UTF-8 text (a BOM is fine)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        problem = Diagnostic(shown, line, col, "", "the file is not valid UTF-8")
        raise WorkshopError([problem]) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        col = offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise WorkshopError([Diagnostic(shown, line, col, "", "the file contains a NUL byte")])
    return text


def _short_tag(tag: str) -> str:
    """Return a tag as it was written: `!!python/...` rather than `tag:yaml.org,2002:python/...`."""
    return tag.replace("tag:yaml.org,2002:", "!!")


def _to_data(
    node: Node, path: PathKey, loaded: LoadedYaml, problems: list[Diagnostic], depth: int
) -> Any:
    """Return plain data for `node`, recording positions and collecting problems."""
    mark = node.start_mark
    block = isinstance(node, ScalarNode) and node.style in ("|", ">")
    loaded.values[path] = Position(mark.line + 1, mark.column + 1, block)
    where = format_path(path)
    if depth > MAX_DEPTH:
        problems.append(Diagnostic(loaded.display, mark.line + 1, mark.column + 1, where,
                                   f"nested more than {MAX_DEPTH} levels deep"))
        return None
    if node.tag not in _STANDARD_TAGS:
        problems.append(Diagnostic(loaded.display, mark.line + 1, mark.column + 1, where,
                                   f"YAML tag '{_short_tag(node.tag)}' is not allowed"))
        return None
    if isinstance(node, ScalarNode):
        if node.style is None and node.value in _NULLS:
            return None
        return node.value
    if isinstance(node, SequenceNode):
        return [
            _to_data(item, (*path, i), loaded, problems, depth + 1)
            for i, item in enumerate(node.value)
        ]
    assert isinstance(node, MappingNode)
    result: dict[str, Any] = {}
    first_seen: dict[str, int] = {}
    for key_node, value_node in node.value:
        key_mark = key_node.start_mark
        if not isinstance(key_node, ScalarNode) or key_node.tag not in _STANDARD_TAGS:
            problems.append(Diagnostic(loaded.display, key_mark.line + 1, key_mark.column + 1,
                                       where, "keys must be plain text"))
            continue
        key = key_node.value
        if key == "<<":
            problems.append(Diagnostic(loaded.display, key_mark.line + 1, key_mark.column + 1,
                                       where, "merge keys (<<) are not allowed"))
            continue
        if key in first_seen:
            problems.append(Diagnostic(
                loaded.display, key_mark.line + 1, key_mark.column + 1, format_path((*path, key)),
                f"duplicate key '{key}' (first defined on line {first_seen[key]})",
            ))
            continue
        first_seen[key] = key_mark.line + 1
        loaded.keys[(*path, key)] = Position(key_mark.line + 1, key_mark.column + 1)
        result[key] = _to_data(value_node, (*path, key), loaded, problems, depth + 1)
    return result
