"""Every piece of prose an outline shows, with where it sits, for the checks that read words."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from workshop.errors import Diagnostic, Severity
from workshop.loader import LoadedYaml, PathKey, format_path
from workshop.model import fields_in_role
from workshop.session import Cache

# Keys whose values are not prose a parent reads (see model.FIELD_ROLES): names, the scripts
# (read paragraph by paragraph from their files), phrasings to avoid. The event's data is
# shown to parents, and read.
_NOT_PROSE = fields_in_role("name", "script", "phrasing")


@dataclass(frozen=True)
class Prose:
    """A field's text or one paragraph of a notes file, and where to report a finding in it.

    `nearby` is the text around it that counts as "beside" it: a field has the other fields
    of its item (a slide, a question and its answer, a resource); a notes paragraph has the
    paragraphs just before and after it.
    """

    path: PathKey
    text: str
    nearby: str
    line_in_file: tuple[str, int] | None = None  # notes: the file shown and the line

    def finding(self, loaded: LoadedYaml, severity: Severity, code: str,
                message: str) -> Diagnostic:
        """Return a diagnostic about this text, located at its notes line or outline value."""
        if self.line_in_file:
            file, line = self.line_in_file
            return Diagnostic(file, line, 1, format_path(self.path), message, severity, code)
        pos = loaded.position(self.path)
        return Diagnostic(pos.file, pos.line, pos.col, format_path(self.path), message,
                          severity, code)


def outline_prose(loaded: LoadedYaml,
                  notes: dict[PathKey, tuple[str, int, str]]) -> list[Prose]:
    """Return every prose string of the outline's data, then every paragraph of every script.

    `notes` maps a script's path to (file shown, first line, rendered text). Remembered in
    the build session: a season checks one outline's fields, and mostly the same scripts,
    for every row.
    """
    kept = _FIELDS.get(loaded.made_from)
    if kept is None:
        kept = _FIELDS.keep(loaded.made_from, tuple(_field_prose(loaded)))
    found = list(kept)
    for path, (shown, first, text) in notes.items():
        found += _script_prose(path, shown, first, text)
    return found


def _field_prose(loaded: LoadedYaml) -> Iterator[Prose]:
    """Yield every prose string of the outline's data, with the fields beside it."""
    strings = [(path, text) for path, text in _strings(loaded.data, ())
               if not _NOT_PROSE & {p for p in path if isinstance(p, str)}]
    items: dict[PathKey, list[str]] = {}
    for path, text in strings:
        items.setdefault(item_of(path), []).append(text)
    for path, text in strings:
        yield Prose(path, text, " ".join(items[item_of(path)]))


def _read_script(path: PathKey, shown: str, first: int, text: str) -> tuple[Prose, ...]:
    """Return the paragraphs of a script (`text`, from the file `shown` at line `first`),
    each with the paragraphs just before and after it."""
    paragraphs = paragraphs_of(text)
    return tuple(Prose(path, paragraph, " ".join(p for _, p in paragraphs[max(k - 1, 0):k + 2]),
                       (shown, first + offset))
                 for k, (offset, paragraph) in enumerate(paragraphs))


# An outline's fields by what it is made from (its files' bytes: see loader.load_yaml), and each
# script's paragraphs.
_FIELDS = Cache("outline prose by outline", 64)
_script_prose = Cache("script prose by script", 4_000).remembered(_read_script)


def item_of(path: PathKey) -> PathKey:
    """Return the path of the list item a field belongs to (a slide, a question, a resource),
    or of its parent when it is in no such item."""
    for k in range(len(path) - 2, -1, -1):
        if isinstance(path[k], int) and isinstance(path[k + 1], str):
            return path[:k + 1]
    return path[:-1] if len(path) > 1 else path


def _strings(value: object, path: PathKey) -> Iterator[tuple[PathKey, str]]:
    """Yield every string of the outline's data with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
    elif isinstance(value, str):
        yield path, value


def paragraphs_of(text: str) -> list[tuple[int, str]]:
    """Return the blank-line separated paragraphs of `text` with their first line's offset."""
    found: list[tuple[int, str]] = []
    start, lines = 0, []
    for number, line in enumerate([*text.splitlines(), ""]):
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            found.append((start, " ".join(lines)))
            lines = []
    return found
