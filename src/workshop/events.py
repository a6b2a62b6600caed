"""A season of events: one row per parent night, from a CSV file as spreadsheets export it
or a YAML list, each row giving one deck its event's details, template variables and kit.

Every problem of the file is found before anything is built, and each names the file, the
row (as a spreadsheet numbers it: the header is row 1) and the column.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from workshop.errors import Diagnostic, Severity, WorkshopError, escape_controls
from workshop.i18n import word
from workshop.loader import load_yaml
from workshop.model import Resource
from workshop.paths import resolve_in_project
from workshop.text_clean import clean_text, too_long

# The columns a row may give the event; any other is a template variable of the outline.
EVENT_COLUMNS = ("organization", "presenter", "date", "place", "support_person", "feedback")
KIT, RESOURCE = "kit", "resource"  # a row's brand kit; a local resource ("Name: detail")
KNOWN = (*EVENT_COLUMNS, KIT, RESOURCE, "resources")
_VARIABLE = re.compile(r"[a-z_][a-z0-9_]*")


@dataclass(frozen=True)
class EventRow:
    """One event: its row, its values by column (event details and template variables, empty
    cells left out), its local resources, its kit, and where each column's cell is."""

    number: int
    line: int  # where the row starts in the file
    values: dict[str, str]
    resources: tuple[Resource, ...] = ()
    kit: Path | None = None
    cells: dict[str, tuple[int, int]] = field(default_factory=dict)

    def position(self, column: str) -> tuple[int, int]:
        """Return the line and column of this row's cell in `column` (its row's start if
        the row has none)."""
        return self.cells.get(column, (self.line, 1))


@dataclass(frozen=True)
class Events:
    """The rows of an events file, and the warnings reading it gave."""

    path: Path
    rows: list[EventRow]
    warnings: list[Diagnostic] = field(default_factory=list)


def read_events(path: Path) -> Events:
    """Return the events in `path` (.csv or .yaml); raise WorkshopError listing every problem
    of the file at once."""
    shown = str(path)
    if not path.is_file():
        raise WorkshopError([Diagnostic(shown, 1, 1, "", "no such events file")])
    if path.suffix.lower() == ".csv":
        return _read_csv(path, shown)
    if path.suffix.lower() in (".yaml", ".yml"):
        return _read_yaml(path, shown)
    raise WorkshopError([Diagnostic(shown, 1, 1, "", "an events file is .csv or .yaml")])


def _read_csv(path: Path, shown: str) -> Events:
    try:  # UTF-8, with the byte-order mark Excel writes or without
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkshopError([Diagnostic(shown, 1, 1, "", f"not UTF-8 text (byte {exc.start}): "
                                        "save it from the spreadsheet as CSV UTF-8")]) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        table = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise WorkshopError([Diagnostic(shown, reader.line_num, 1, "", f"not CSV: {exc}")]
                            ) from None
    table = [(line, row) for line, row in table if any(cell.strip() for cell in row)]
    if not table:
        raise WorkshopError([Diagnostic(shown, 1, 1, "", "the events file is empty: it needs "
                                        "a header row and a row per event")])
    if len(table) == 1:
        raise WorkshopError([Diagnostic(shown, table[0][0] + 1, 1, "", "the events file has a "
                                        "header but no events: add a row per event")])
    header = [_column(name) for name in table[0][1]]
    problems, warnings = _header_problems(shown, [(name, table[0][0], col) for col, name
                                                  in enumerate(header, start=1)])
    rows = []
    for number, (line, cells) in enumerate(table[1:], start=2):
        if len(cells) != len(header):
            problems.append(Diagnostic(shown, line, min(len(cells), len(header)) + 1, "",
                                       f"row {number} has {len(cells)} cells, the header "
                                       f"{len(header)}"))
            continue
        entries = [(name, value, (line, col)) for col, (name, value)
                   in enumerate(zip(header, cells, strict=True), start=1)]
        rows.append(_row(shown, path.parent, number, line, entries, problems))
    if problems:
        raise WorkshopError(problems)
    return Events(path, rows, warnings)


def _read_yaml(path: Path, shown: str) -> Events:
    loaded = load_yaml(path)
    data = loaded.data
    if not isinstance(data, list) or not data:
        pos = loaded.position(())
        raise WorkshopError([Diagnostic(pos.file, pos.line, pos.col, "", "an events file in "
                                        "YAML is a list of events, one mapping each")])
    problems: list[Diagnostic] = []
    seen: dict[str, tuple[int, int]] = {}  # each column, where it is first given
    rows = []
    for index, item in enumerate(data):
        pos = loaded.position((index,))
        if not isinstance(item, dict):
            problems.append(Diagnostic(pos.file, pos.line, pos.col, "", "an event is a "
                                       "mapping of column to value"))
            continue
        entries = []
        for key, value in item.items():
            name = _column(str(key))
            cell = loaded.position((index, key))
            key_at = loaded.position((index, key), key=True)
            seen.setdefault(name, (key_at.line, key_at.col))
            if name == "resources" and isinstance(value, list):
                for n, resource in enumerate(value):
                    at = loaded.position((index, key, n))
                    entries.append((RESOURCE, _resource_text(resource), (at.line, at.col)))
            elif isinstance(value, dict | list):
                problems.append(Diagnostic(cell.file, cell.line, cell.col, name, "expected "
                                           "text"))
            else:
                entries.append((name, "" if value is None else str(value),
                                (cell.line, cell.col)))
        rows.append(_row(pos.file, path.parent, index + 1, pos.line, entries, problems))
    header_problems, warnings = _header_problems(
        shown, [(name, line, col) for name, (line, col) in seen.items()])
    problems += header_problems
    if problems:
        raise WorkshopError(problems)
    return Events(path, rows, warnings)


def resource_from_text(text: str) -> Resource:
    """Return the local resource written as "Name: detail" (the name up to the first
    colon); raise ValueError saying how to write one."""
    label, sep, detail = text.partition(":")
    if not sep or not label.strip() or not detail.strip():
        raise ValueError("a resource is written 'Name: detail', e.g. 'School counselor: "
                         "555-0134'")
    return Resource(name=label.strip(), detail=detail.strip())


def _resource_text(resource: object) -> str:
    """Return a YAML resource ({name, detail} or "Name: detail") as "Name: detail"."""
    if isinstance(resource, dict):
        return f"{resource.get('name', '')}: {resource.get('detail', '')}"
    return str(resource)


def _column(name: str) -> str:
    """Return a column header as a variable name: lower case, spaces and hyphens as _."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def _header_problems(shown: str, header: list[tuple[str, int, int]]
                     ) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """Return the errors (a name no template can use) and warnings (a name one letter from
    a known column) of the columns in `header`: (name, line, col) each."""
    problems, warnings = [], []
    for name, line, col in header:
        if name in KNOWN:
            continue
        if not _VARIABLE.fullmatch(name):
            problems.append(Diagnostic(shown, line, col, name or "(empty)", "a column header is "
                                       "a name of letters, digits and _ (it becomes a "
                                       "template variable)"))
            continue
        close = difflib.get_close_matches(name, KNOWN, 1, 0.8)
        if close:
            warnings.append(Diagnostic(shown, line, col, name, f"unknown column; did you mean "
                                       f"'{close[0]}'? (as written it is a template "
                                       "variable)", Severity.WARNING))
    return problems, warnings


def _row(shown: str, folder: Path, number: int, line: int,
         entries: list[tuple[str, str, tuple[int, int]]],
         problems: list[Diagnostic]) -> EventRow:
    """Return one event from its (column, text, (line, col)) entries, adding each problem of
    its cells to `problems`."""
    values: dict[str, str] = {}
    resources: list[Resource] = []
    cells: dict[str, tuple[int, int]] = {}
    kit = None
    for name, raw, (cell_line, col) in entries:
        text = clean_text(raw, multiline=False).strip()
        cells.setdefault(name, (cell_line, col))
        if not text:
            continue  # an empty cell gives nothing: the outline's value, or an error there
        reason = too_long(raw)
        if reason:  # said at its cell, not later where the outline uses it
            problems.append(Diagnostic(shown, cell_line, col, name, reason))
            continue
        if name == RESOURCE:
            try:
                resources.append(resource_from_text(text))
            except ValueError as exc:
                problems.append(Diagnostic(shown, cell_line, col, name, str(exc)))
        elif name == KIT:
            try:
                kit = resolve_in_project(folder, text)
            except ValueError as exc:
                problems.append(Diagnostic(shown, cell_line, col, name, str(exc)))
        else:
            values[name] = text
    return EventRow(number, line, values, tuple(resources), kit, cells)


# Names Windows keeps for devices, whatever their case or extension ("con.pptx" is CON).
_RESERVED = re.compile(r"(?i)(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)"
                       r"(?:\..*)?")


def safe_name(text: str) -> str:
    """Return `text` as a file name Windows, macOS and Linux all accept: letters, digits,
    . _ and -, at most 80 characters, never empty, hidden, ending in a dot, or a name Windows
    keeps for a device (CON, PRN, AUX, NUL, COM1, LPT1..., in any case, with any
    extension): such a name gets "-event" after its first word."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")[:80].strip("-._")
    if _RESERVED.fullmatch(name):
        stem, dot, rest = name.partition(".")
        name = f"{stem}-event{dot}{rest}"[:80].rstrip("-._")
    return name or "event"


# A time at the end of a date ("..., 6:30 pm", "18:30", "7 p. m."): a file is named for the day.
_TIME = re.compile(r"[,\s]+(?:at\s+)?\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)"
                   r"\s*$", re.IGNORECASE)


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "lunes", "martes", "miercoles", "miércoles", "jueves",
                       "viernes", "sabado", "sábado", "domingo"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "la", "las", "los", "el", "y",
                          "a"})


def event_file_name(deck: str, event: dict[str, str], kind: str, fmt: str,
                    language: str = "en") -> str:
    """Return the file name of an event's deck (`kind` "deck"), document ("handout",
    "guide", "slides") or whole kit ("all"): the event's organization and day before the
    deck's name, so that two evenings' files in one folder stay apart
    ("lincoln-pta-march-12-2027-parent-night-handout.pdf"); the deck's name alone for an
    event with neither. A document's name ends in what it is in the deck's `language`
    ("...-noche-de-padres-folleto.pdf")."""
    day = _TIME.sub("", event.get("date") or "")  # the day, not the hour
    # The event's part is cut short, if need be, the organization first (the day, year
    # included, tells two evenings apart): the deck's name never is.
    when = safe_name(day.lower()) if day else ""
    # the weekday adds nothing the date does not say: "jueves-14-de-enero-de-2027" is
    # "14-de-enero-de-2027", and leaves the organization its whole name
    when = "-".join(w for w in when.split("-") if w not in _WEEKDAYS)
    if len(when) > 48:  # cut at a word's end: "...-march-12-2027", not "...-2027-6"
        when = when[:49].rsplit("-", 1)[0]
    who = safe_name(event["organization"].lower()) if event.get("organization") else ""
    room = 48 - len(when) - (1 if when else 0)
    if len(who) > room:
        who = who[:room + 1].rsplit("-", 1)[0] if room > 0 else ""
        while who.rsplit("-", 1)[-1] in _SMALL_WORDS:  # not "casa-familiar-del"
            who = who.rsplit("-", 1)[0] if "-" in who else ""
    prefix = "-".join(part for part in (who, when) if part)
    stem = f"{prefix}-{deck}" if prefix else deck
    what = "" if kind in ("deck", "all") else "-" + word(language, f"file_{kind}")
    return f"{stem}{what}.{fmt}"


def name_fields(pattern: str) -> list[tuple[str, str | None]]:
    """Return --name's `pattern` as its pieces: each literal text with the column named
    after it ("{school}"), or None at the end; raise WorkshopError when it is not a plain
    pattern of column names (no attribute, index, conversion or format: the pattern is text
    from the command line, never code)."""
    try:
        pieces = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise WorkshopError([Diagnostic("--name", 1, 1, "", f"not a name pattern: {exc}")]
                            ) from None
    found = []
    for text, column, spec, conversion in pieces:
        if column is not None and (not column.strip() or any(c in column for c in ".[]")
                                  or spec or conversion):
            raise WorkshopError([Diagnostic("--name", 1, 1, "", (
                f"not a name pattern: {{{escape_controls(column)}"
                f"{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}; "
                "give column names in braces, e.g. {school}-{date}"))])
        found.append((text, column))
    return found


def output_names(events: Events, pattern: str) -> list[str]:
    """Return each row's output name from `pattern` ("{school}-{date}": its columns, and
    {row}), made safe; raise WorkshopError naming a column the pattern asks for that a row
    lacks, and any two rows that would write one file."""
    pieces = name_fields(pattern)
    problems, names, first = [], [], {}
    for row in events.rows:
        values = {"row": str(row.number), **row.values}
        missing = next((column for _, column in pieces
                        if column is not None and column not in values), None)
        if missing is not None:
            line, col = row.position(missing)
            problems.append(Diagnostic(str(events.path), line, col, missing,
                                       f"--name uses {{{missing}}}, which row "
                                       f"{row.number} leaves empty"))
            continue
        name = safe_name("".join(text + (values[column] if column is not None else "")
                                 for text, column in pieces))
        if name.lower() in first:  # one file, whatever the file system's case rules
            problems.append(Diagnostic(str(events.path), row.line, 1, "", f"rows "
                                       f"{first[name.lower()]} and {row.number} would both "
                                       f"write '{name}'; make --name tell them apart"))
        first.setdefault(name.lower(), row.number)
        names.append(name)
    if problems:
        raise WorkshopError(problems)
    return names
