"""Safe YAML reading that remembers where every value came from.

PyYAML's composer gives us nodes with marks; we turn them into plain data ourselves so that
nothing is ever constructed from a tag, aliases are refused (no expansion bombs), duplicate keys
are errors naming both lines, and every scalar stays text unless a schema field asks for a
number (so `NO`, `yes` and `1.10` are never silently turned into booleans or floats).
"""

from __future__ import annotations

import copy
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.tokens import ScalarToken

from workshop.errors import Diagnostic, WorkshopError
from workshop.outputs import regular_file_problem
from workshop.paths import display_path
from workshop.session import Cache

if TYPE_CHECKING:
    from workshop.paths import ProjectFiles

MAX_FILE_BYTES = 4_000_000  # room for a 2,000-slide outline; far below what strains memory
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
    """Where a value starts: its file as shown, 1-based line and column, and if it is a block."""

    file: str
    line: int
    col: int
    block: bool = False
    # For a folded (>) block: the file line on which each line of the value begins, since
    # folding joins lines and turns blank lines into line breaks.
    folded_lines: tuple[int, ...] = ()

    @property
    def first_text_line(self) -> int:
        """Return the line on which the value's text begins (block scalars start a line below)."""
        return self.line + 1 if self.block else self.line

    def line_of(self, value_line: int) -> int:
        """Return the file line of the value's 1-based line `value_line`."""
        if 0 < value_line <= len(self.folded_lines):
            return self.folded_lines[value_line - 1]
        return self.first_text_line + value_line - 1


class FrozenDict(dict):
    """A dict that refuses changes: loaded YAML is kept by the build session and shared by
    every later build that loads the same file, so a reader that changed it would change
    what they read. A copy (copy.copy, copy.deepcopy, dict(...)) is a plain dict to change."""

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("loaded YAML is shared and read-only: copy it to change it")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __copy__(self) -> dict:
        return dict(self)

    def __deepcopy__(self, memo: dict) -> dict:
        return {copy.deepcopy(key, memo): copy.deepcopy(value, memo)
                for key, value in self.items()}

    def __reduce__(self) -> tuple:
        return FrozenDict, (dict(self),)


class FrozenList(list):
    """A list that refuses changes, for the same reason as FrozenDict."""

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError("loaded YAML is shared and read-only: copy it to change it")

    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse

    def __copy__(self) -> list:
        return list(self)

    def __deepcopy__(self, memo: dict) -> list:
        return [copy.deepcopy(item, memo) for item in self]

    def __reduce__(self) -> tuple:
        return FrozenList, (list(self),)


def frozen(value: Any) -> Any:
    """Return `value`, plain data read from YAML, with every mapping and list in it made
    read-only (FrozenDict, FrozenList)."""
    if isinstance(value, dict):
        return FrozenDict({key: frozen(item) for key, item in value.items()})
    if isinstance(value, list):
        return FrozenList(frozen(item) for item in value)
    return value


@dataclass(frozen=True)
class LoadedYaml:
    """Plain data read from a YAML file, with the position of every value and mapping key;
    read-only once loaded (see FrozenDict)."""

    path: Path
    data: Any
    values: dict[PathKey, Position] = field(default_factory=dict)
    keys: dict[PathKey, Position] = field(default_factory=dict)
    # Every file read (itself and its includes), as named: an include reached through a
    # link by the link's own name, so a link pointed elsewhere counts as a change.
    files: tuple[Path, ...] = ()
    # What its data is made from, as a digest: each file read, by name and bytes, and the
    # folder includes are found in (a key for what is worked out from the data alone).
    made_from: str = ""

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
        return self.values.get((), Position(self.display, 1, 1))

    def diagnostic(self, path: PathKey, message: str, *, key: bool = False) -> Diagnostic:
        """Return an error located at the value (or key) at `path`."""
        where = format_path(path[:-1] if key else path)
        pos = self.position(path, key=key)
        return Diagnostic(pos.file, pos.line, pos.col, where, message)


_BREAKS = "\0 \t\r\n\x85\u2028\u2029"


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing aliases and reading plain text as YAML 1.2 does."""

    def scan_plain(self) -> ScalarToken:
        """Return a plain scalar token; unlike PyYAML, `?` may appear inside flow collections.

        PyYAML ends a plain scalar at `?` inside `[...]`, so `prompts: [Ready?]` fails to
        parse; YAML 1.2 only ends it at `,[]{}`. Otherwise this is PyYAML's own method.
        """
        chunks: list[str] = []
        start_mark = self.get_mark()
        end_mark = start_mark
        indent = self.indent + 1
        spaces: list[str] = []
        while True:
            length = 0
            if self.peek() == "#":
                break
            while True:
                ch = self.peek(length)
                if (ch in _BREAKS
                        or (ch == ":" and self.peek(length + 1) in _BREAKS
                            + (",[]{}" if self.flow_level else ""))
                        or (self.flow_level and ch in ",[]{}")):
                    break
                length += 1
            if length == 0:
                break
            self.allow_simple_key = False
            chunks.extend(spaces)
            chunks.append(self.prefix(length))
            self.forward(length)
            end_mark = self.get_mark()
            spaces = self.scan_plain_spaces(indent, start_mark)
            if not spaces or self.peek() == "#" or (not self.flow_level and self.column < indent):
                break
        return ScalarToken("".join(chunks), True, start_mark, end_mark)

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in an outline", event.start_mark
            )
        return super().compose_node(parent, index)


_UNSURE = object()
_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def _compose_with_libyaml(text: str) -> Node | object | None:
    """Return the root node of `text` composed from libyaml's events, or _UNSURE when libyaml
    is missing or the text holds anything but one plain document (an alias, a syntax error).

    libyaml scans some fifteen times faster than PyYAML's Python scanner and, like YAML 1.2,
    allows `?` inside flow collections and a tab as the separator after `key:`. The nodes
    carry the same marks and styles; the tag of an untagged value is simply text, sequence or
    mapping, as the converter only asks whether a tag is a standard one.
    """
    loader_class = getattr(yaml, "CSafeLoader", None)
    if loader_class is None:
        return _UNSURE
    stack: list[tuple[Node, list]] = []
    root: Node | None = None
    documents = 0
    try:
        for event in yaml.parse(text, Loader=loader_class):
            kind = type(event)
            if kind is yaml.ScalarEvent:
                tag = _STR if event.tag in (None, "!") else event.tag
                node: Node = ScalarNode(tag, event.value, event.start_mark, event.end_mark,
                                        event.style or None)
            elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
                sequence = kind is yaml.SequenceStartEvent
                tag = (_SEQ if sequence else _MAP) if event.tag in (None, "!") else event.tag
                node = (SequenceNode if sequence else MappingNode)(
                    tag, [], event.start_mark, None, flow_style=event.flow_style)
                stack.append((node, []))
                if len(stack) > MAX_DEPTH + 1:  # too deep: the slow path says so
                    return _UNSURE
                continue
            elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                node, items = stack.pop()
                node.end_mark = event.end_mark
                node.value = (items if isinstance(node, SequenceNode)
                              else list(zip(items[::2], items[1::2], strict=True)))
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    return _UNSURE
                continue
            elif kind is yaml.AliasEvent:
                return _UNSURE
            else:
                continue
            if stack:
                stack[-1][1].append(node)
            else:
                root = node
    except yaml.YAMLError:
        return _UNSURE
    return root


# Characters of text held with their nodes; a file larger than an outline or slide file as
# people write them (a generated one) is not kept.
_COMPOSED = Cache("composed YAML by text", 8_000_000, size=lambda text, node: len(text),
                 largest=256_000)


def _composed(text: str) -> Node | None:
    """Return the root node of `text`, or None when it holds no document; raise PyYAML's error
    when it is not valid YAML.

    Remembered per build session for equal text: a batch reads the same slide files for every deck
    and kit, and the converter never changes a node.
    """
    if text in _COMPOSED:
        return _COMPOSED[text]
    node = _compose_with_libyaml(text)
    if node is _UNSURE:  # PyYAML's own scanner gives the messages users know
        node = yaml.compose(text, Loader=_Loader)
    return _COMPOSED.keep(text, node)


def format_path(path: PathKey) -> str:
    """Return a data path as users write it: `sections[2].slides[0].bullets`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def load_yaml(path: Path, include_root: Path | None = None) -> LoadedYaml:
    """Return the file's data and positions; raise WorkshopError listing every problem found.

    With `include_root`, an item `{include: FILE}` in a `sections` or `slides` list, or as the
    value of `handout` or `reference`, is replaced by the mapping (or, in `slides`, the list)
    in FILE, a path inside `include_root`; other keys beside `include` override the included
    mapping's keys.
    """
    key = (str(path), str(include_root), os.getcwd())  # positions name files from the cwd
    kept = _LOADED.get(key)
    if kept is not None and _unchanged(kept[1]):
        return kept[0]
    positions = LoadedYaml(path=path, data=None)  # the converter records positions here
    converter = _Converter(positions, include_root)
    node = converter.compose(path)
    data = converter.convert(node, (), depth=0) if node is not None else None
    if converter.problems:
        raise WorkshopError(converter.problems)
    loaded = LoadedYaml(path, frozen(data), FrozenDict(positions.values),
                        FrozenDict(positions.keys),
                        tuple(dict.fromkeys(file for file, _ in converter.read)),
                        _digest(str(include_root), converter.read))
    return _LOADED.keep(key, (loaded, tuple(converter.read)))[0]


# Each file loaded, with every file it read (itself and its includes, as named) as their bytes: a
# batch or season loads one outline once a deck, and its slide files seldom change in between.
# What is kept is read-only (frozen): a reader cannot change it for the builds after.
_LOADED = Cache("loaded YAML files", 64)


def _digest(include_root: str, files: list[tuple[Path, bytes]]) -> str:
    """Return a digest of the folder includes are found in and each file read, by name and
    bytes, in the order read."""
    digest = hashlib.sha256(include_root.encode("utf-8", "surrogateescape"))
    for file, raw in files:
        name = str(file).encode("utf-8", "surrogateescape")
        digest.update(len(name).to_bytes(8, "big") + name + len(raw).to_bytes(8, "big") + raw)
    return digest.hexdigest()


def _unchanged(files: tuple[tuple[Path, bytes], ...]) -> bool:
    """Return True when each of `files` is still a regular file holding the same bytes."""
    for file, raw in files:
        try:
            status = os.stat(file)
            if not stat.S_ISREG(status.st_mode) or status.st_size != len(raw):
                return False
            if file.read_bytes() != raw:
                return False
        except OSError:
            return False
    return True


# What a file that is no text starts with, and what it then is: the natural mistakes.
_NOT_OUTLINES = ((b"PK\x03\x04", "a built deck or document (.pptx, .docx), not an outline: "
                  "give the outline (.yaml) it was made from, e.g. decks/parent-night.yaml"),
                 (b"%PDF", "a PDF, not an outline: give the outline (.yaml) it was made from"),
                 (b"\x89PNG", "a picture, not an outline: give the outline (.yaml)"))


def _decode(raw: bytes, shown: str) -> str:
    """Return the file's text, refusing bytes that are not UTF-8 text (a BOM is fine)."""
    for magic, what in _NOT_OUTLINES:
        if raw.startswith(magic):
            raise WorkshopError([Diagnostic(shown, 1, 1, "", f"this file is {what}")])
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


INCLUDE_KEY = "include"
MAX_INCLUDE_DEPTH = 4
# What includes may expand an outline to: files included in all, and values in all. A file
# included a few times over is normal; a tree of includes of includes is a bomb.
MAX_INCLUDES = 5_000
MAX_VALUES = 250_000
_INCLUDING_LISTS = {"sections", "slides"}
_INCLUDING_VALUES = {"handout", "reference"}


class _Converter:
    """Turns composed YAML nodes into plain data, recording positions and problems."""

    def __init__(self, loaded: LoadedYaml, include_root: Path | None):
        self.loaded = loaded
        self.include_root = include_root
        self.project: ProjectFiles | None = None  # made at the first include
        self.problems: list[Diagnostic] = []
        self.files: list[str] = []  # the include chain, outermost first
        self.read: list[tuple[Path, bytes]] = []  # every file read, with its bytes
        self.texts: list[list[str]] = []  # the lines of each file of the chain
        self.included = 0  # include expansions so far
        self.values = 0  # values converted so far
        self.over_limit = False  # a limit was passed: said once, then nothing more is read

    def compose(self, path: Path, named: Path | None = None) -> Node | None:
        """Return the root node of the YAML file at `path` (reached as `named`, when through
        a link); raise WorkshopError if unreadable."""
        shown = display_path(path)
        problem = regular_file_problem(path)  # a FIFO would hang the read, /dev/zero fill memory
        if problem:
            raise WorkshopError([Diagnostic(shown, 1, 1, "", problem)])
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                message = f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}"
                raise WorkshopError([Diagnostic(shown, 1, 1, "", message)])
            raw = path.read_bytes()
        except OSError as exc:
            problem = Diagnostic(shown, 1, 1, "", f"cannot read: {exc.strerror}")
            raise WorkshopError([problem]) from None
        if len(raw) > MAX_FILE_BYTES:  # it grew while it was read
            message = f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}"
            raise WorkshopError([Diagnostic(shown, 1, 1, "", message)])
        self.read.append((named or path, raw))
        text = _decode(raw, shown)
        try:
            node = _composed(text)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            problem = exc.problem or "invalid YAML"
            lines = text.splitlines()
            if mark and mark.line < len(lines) and "{{" in lines[mark.line]:
                problem += ' (text with {{ }} inside [ ] or after a key must be quoted: "{{ x }}")'
            message = f"YAML syntax: {problem}"
            raise WorkshopError([Diagnostic(shown, line, col, "", message)]) from None
        except RecursionError:
            message = f"YAML syntax: nested more than {MAX_DEPTH} levels deep"
            raise WorkshopError([Diagnostic(shown, 1, 1, "", message)]) from None
        except yaml.reader.ReaderError as exc:  # a character YAML forbids, found by offset
            offset = min(exc.position, len(text))
            line = text.count("\n", 0, offset) + 1
            col = offset - (text.rfind("\n", 0, offset) + 1) + 1
            code = exc.character if isinstance(exc.character, int) else ord(exc.character)
            message = (f"YAML syntax: the character U+{code:04X} is not allowed in YAML; remove "
                       "it (in double quotes, write it as an escape such as \\x1b)")
            raise WorkshopError([Diagnostic(shown, line, col, "", message)]) from None
        except yaml.YAMLError as exc:
            raise WorkshopError([Diagnostic(shown, 1, 1, "", f"YAML syntax: {exc}")]) from None
        self.files.append(shown)
        self.texts.append(text.splitlines())
        return node

    def stop(self, mark: yaml.Mark, path: PathKey, message: str) -> None:
        """Record that a limit was passed, once: the values past it are not read."""
        if not self.over_limit:
            self.over_limit = True
            self.problem(mark, path, message)

    def problem(self, mark: yaml.Mark, path: PathKey, message: str) -> None:
        self.problems.append(
            Diagnostic(self.files[-1], mark.line + 1, mark.column + 1, format_path(path), message))

    def convert(self, node: Node, path: PathKey, depth: int) -> Any:
        """Return plain data for `node`, recording its position under `path`."""
        mark = node.start_mark
        self.values += 1
        if self.values > MAX_VALUES:
            self.stop(mark, path, f"the outline expands to more than {MAX_VALUES:,} values "
                      "through its includes")
            return None
        block = isinstance(node, ScalarNode) and node.style in ("|", ">")
        folded = _folded_lines(self.texts[-1], node) if block and node.style == ">" else ()
        self.loaded.values[path] = Position(self.files[-1], mark.line + 1, mark.column + 1, block,
                                            folded)
        if depth > MAX_DEPTH:
            self.problem(mark, path, f"nested more than {MAX_DEPTH} levels deep")
            return None
        if node.tag not in _STANDARD_TAGS:
            self.problem(mark, path, f"YAML tag '{_short_tag(node.tag)}' is not allowed")
            return None
        if isinstance(node, ScalarNode):
            return None if node.style is None and node.value in _NULLS else node.value
        if isinstance(node, SequenceNode):
            return self.convert_sequence(node, path, depth)
        assert isinstance(node, MappingNode)
        return self.convert_mapping(node, path, depth)

    def convert_sequence(self, node: SequenceNode, path: PathKey, depth: int) -> list[Any]:
        items: list[Any] = []
        including = bool(path) and path[-1] in _INCLUDING_LISTS and self.include_root is not None
        for item in node.value:
            target = include_target(item) if including else None
            if target is None:
                items.append(self.convert(item, (*path, len(items)), depth + 1))
                continue
            included = self.include(target, item, (*path, len(items)), depth)
            if isinstance(included, list) and path[-1] == "slides":
                items.extend(included)
            elif included is not None:
                items.append(included)
        return items

    def include(self, target: ScalarNode, item: MappingNode, path: PathKey, depth: int) -> Any:
        """Return the data of the file `target` names, with `item`'s other keys over it."""
        assert self.include_root is not None
        repeated = _repeated_include(item)
        if repeated is not None:
            first = next(k for k, _ in item.value if getattr(k, "value", None) == INCLUDE_KEY)
            self.problem(repeated.start_mark, path, f"duplicate key '{INCLUDE_KEY}' (first "
                         f"defined on line {first.start_mark.line + 1})")
        from workshop.paths import ProjectFiles

        if len(self.files) > MAX_INCLUDE_DEPTH:
            message = f"includes nested deeper than {MAX_INCLUDE_DEPTH}"
            self.problem(target.start_mark, path, message)
            return None
        self.included += 1
        if self.included > MAX_INCLUDES:
            self.stop(target.start_mark, path, f"the outline includes files more than "
                      f"{MAX_INCLUDES:,} times in all")
            return None
        if self.project is None:
            self.project = ProjectFiles(self.include_root)
        try:
            file = self.project.resolve(target.value)
        except ValueError as exc:
            self.problem(target.start_mark, path, str(exc))
            return None
        if display_path(file) in self.files:
            self.problem(target.start_mark, path, f"{target.value} includes itself")
            return None
        try:
            node = self.compose(file, self.project.named[-1])
        except WorkshopError as exc:
            self.problems.extend(exc.diagnostics)
            return None
        try:
            if node is None:
                self.problem(target.start_mark, path, f"{target.value} is empty")
                return None
            if isinstance(node, SequenceNode):
                return [self.convert(child, (*path[:-1], path[-1] + n), depth + 1)
                        for n, child in enumerate(node.value)]
            data = self.convert(node, path, depth + 1)
        finally:
            self.files.pop()
            self.texts.pop()
        overrides = MappingNode(item.tag, [(k, v) for k, v in item.value if k.value != INCLUDE_KEY],
                                item.start_mark, item.end_mark)
        if isinstance(data, dict):
            data.update(self.convert_mapping(overrides, path, depth))
        return data

    def convert_mapping(self, node: MappingNode, path: PathKey, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_mark = key_node.start_mark
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _STANDARD_TAGS:
                self.problem(key_mark, path, "keys must be plain text")
                continue
            key = key_node.value
            if key == "<<":
                self.problem(key_mark, path, "merge keys (<<) are not allowed")
                continue
            if key in first_seen:
                self.problem(key_mark, (*path, key),
                             f"duplicate key '{key}' (first defined on line {first_seen[key]})")
                continue
            first_seen[key] = key_mark.line + 1
            self.loaded.keys[(*path, key)] = Position(self.files[-1], key_mark.line + 1,
                                                      key_mark.column + 1)
            target = (include_target(value_node)
                      if key in _INCLUDING_VALUES and self.include_root is not None else None)
            if target is not None:
                assert isinstance(value_node, MappingNode)
                result[key] = self.include(target, value_node, (*path, key), depth)
            else:
                result[key] = self.convert(value_node, (*path, key), depth + 1)
        return result


def _folded_lines(lines: list[str], node: ScalarNode) -> tuple[int, ...]:
    """Return, for a folded (>) block scalar, the 1-based file line where each line of its
    value begins: a run of text lines folds into one value line, and of a run of blank lines
    between them, each but the first becomes an empty value line of its own."""
    starts: list[int] = []
    blank_run, in_text = 0, False
    for number in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(lines))):
        if lines[number].strip():
            if not in_text:
                starts.extend(range(number - blank_run + 2, number + 1))  # empty lines
                starts.append(number + 1)
                in_text = True
            blank_run = 0
        else:
            if in_text or starts:
                blank_run += 1
            in_text = False
    return tuple(starts)


def include_target(node: Node) -> ScalarNode | None:
    """Return the file name node of an `{include: FILE, ...}` mapping, or None."""
    if not isinstance(node, MappingNode):
        return None
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.value == INCLUDE_KEY and isinstance(value,
                                                                                    ScalarNode):
            return value
    return None


def _repeated_include(node: MappingNode) -> ScalarNode | None:
    """Return the key node of a second `include:` in an include mapping, or None."""
    keys = [key for key, _ in node.value if isinstance(key, ScalarNode)
            and key.value == INCLUDE_KEY]
    return keys[1] if len(keys) > 1 else None
