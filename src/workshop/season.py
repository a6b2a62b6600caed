"""A season: one deck (and, when asked, its guide and handout) per row of an events file.

The whole file is read and every row's outline prepared before anything is written, so a
bad cell stops the season with every problem named; a row that fails only while it is built
(its kit's logo is broken, say) fails alone, and the others are written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workshop.build import BuildResult, build, export
from workshop.errors import Diagnostic, WorkshopError
from workshop.events import EventRow, Events, output_names, read_events
from workshop.prepare import prepare
from workshop.session import BuildSession

_UNDEFINED = re.compile(r"undefined variable '(\w+)'")


@dataclass(frozen=True)
class Document:
    """A document to write beside each deck: its kind (guide, handout) and format."""

    kind: str
    fmt: str


@dataclass(frozen=True)
class SeasonItem:
    """One row of the season and what became of it: the files written, or its problems."""

    row: EventRow
    outputs: list[Path]
    result: BuildResult | None = None
    problems: list[Diagnostic] | None = None


def plan_season(deck: Path, events_path: Path, pattern: str, session: BuildSession
                ) -> tuple[Events, list[str]]:
    """Return the events and each row's output name; raise WorkshopError, before anything is
    written, listing every problem of the file and every row the outline cannot take (a
    template variable a row leaves empty is named at that row's cell)."""
    events = read_events(events_path)
    names = output_names(events, pattern)
    problems: list[Diagnostic] = []
    for row in events.rows:
        try:
            with session:
                prepare(deck, row.values, None, None, row.resources)
        except WorkshopError as exc:
            problems += [_at_row(problem, row, events) for problem in exc.diagnostics]
    if problems:
        raise WorkshopError(problems)
    return events, names


def _at_row(problem: Diagnostic, row: EventRow, events: Events) -> Diagnostic:
    """Return an outline's problem with a row as that row's: a variable the row leaves empty
    at its cell, anything else with the row named."""
    found = _UNDEFINED.search(problem.message)
    if found and found.group(1) in row.cells:
        line, col = row.position(found.group(1))
        return Diagnostic(str(events.path), line, col, found.group(1),
                          f"row {row.number} leaves {found.group(1)} empty, which the outline "
                          f"uses at {problem.file}:{problem.line}")
    where = f"row {row.number}" + (f": {problem.where}" if problem.where else "")
    return Diagnostic(problem.file, problem.line, problem.col, where, problem.message,
                      problem.severity, code=problem.code)


def build_season(deck: Path, events: Events, names: list[str], folder: Path,
                 documents: list[Document], brand: Path | None = None,
                 look: str | None = None,
                 session: BuildSession | None = None) -> Iterator[SeasonItem]:
    """Build each row's deck (and `documents`) into `folder` as <name>.pptx and
    <name>-<kind>.<format>, with the row's kit (else `brand`); yield each row's outcome in
    row order. A row that fails does not stop the others."""
    session = session or BuildSession()
    for row, name in zip(events.rows, names, strict=True):
        kit = row.kit or brand
        deck_output = folder / f"{name}.pptx"
        outputs = [deck_output]
        try:
            with session:
                result = build(deck, deck_output, row.values, kit, look, row.resources)
                for document in documents:
                    target = folder / f"{name}-{document.kind}.{document.fmt}"
                    export(deck, document.kind, document.fmt, target, kit, row.values,
                           look=look, resources=row.resources)
                    outputs.append(target)
        except WorkshopError as exc:
            yield SeasonItem(row, outputs, problems=[
                _at_row(problem, row, events) for problem in exc.diagnostics])
        else:
            yield SeasonItem(row, outputs, result=result)
