"""A season: one deck (and, when asked, its guide and handout) per row of an events file.

The whole file is read and every row's outline prepared before anything is written, so a
bad cell stops the season with every problem named; a row that fails only while it is built
(its kit's logo is broken, say) fails alone, and the others are written.
"""

from __future__ import annotations

import multiprocessing
import re
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from workshop.build import BuildResult, build, export
from workshop.errors import Diagnostic, WorkshopError
from workshop.events import EventRow, Events, output_names, read_events
from workshop.manifest import FileDigests, Manifest, fingerprint
from workshop.prepare import prepare
from workshop.session import BuildSession

_UNDEFINED = re.compile(r"undefined variable '(\w+)'")


@dataclass(frozen=True)
class DocumentSpec:
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


def plan_season(events_path: Path, pattern: str) -> tuple[Events, list[str]]:
    """Return the events and each row's output name; raise WorkshopError listing every
    problem of the file."""
    events = read_events(events_path)
    return events, output_names(events, pattern)


@dataclass
class Pending:
    """The rows of a season its folder's manifest does not show up to date, and the
    manifest each built row is recorded in."""

    events: Events  # the rows to build
    names: list[str]  # their output names
    skipped: int  # rows up to date, not built
    manifest: Manifest
    fingerprints: dict[str, str]  # by output name: the row, kit, look and documents
    digests: FileDigests

    def record(self, item: SeasonItem) -> None:
        """Note in the manifest what a row that was built was made from and wrote."""
        if item.result is None:
            return
        name = item.outputs[0].stem  # the deck's file, <name>.pptx
        self.manifest.record(name, self.fingerprints[name], item.result.inputs, item.outputs,
                             self.digests)


def pending_rows(events: Events, names: list[str], folder: Path,
                 documents: list[DocumentSpec], brand: Path | None, look: str | None,
                 force: bool) -> Pending:
    """Return the rows to build: all with `force`, else those whose inputs, row, options or
    outputs changed since the manifest in `folder` recorded them."""
    manifest, digests = Manifest.read(folder), FileDigests()
    fingerprints = {name: fingerprint(row.values, [r.model_dump() for r in row.resources],
                                      str(row.kit or brand or ""), look,
                                      [(d.kind, d.fmt) for d in documents])
                    for row, name in zip(events.rows, names, strict=True)}
    pending = [(row, name) for row, name in zip(events.rows, names, strict=True)
               if force or not manifest.up_to_date(name, fingerprints[name], digests)]
    return Pending(Events(events.path, [row for row, _ in pending], events.warnings),
                   [name for _, name in pending], len(events.rows) - len(pending), manifest,
                   fingerprints, digests)


def check_rows(deck: Path, events: Events, session: BuildSession) -> None:
    """Raise WorkshopError, before anything is written, listing every row the outline cannot
    take (a template variable a row leaves empty is named at that row's cell)."""
    problems: list[Diagnostic] = []
    for row in events.rows:
        try:
            with session:
                prepare(deck, row.values, None, None, row.resources)
        except WorkshopError as exc:
            problems += [_at_row(problem, row, events) for problem in exc.diagnostics]
    if problems:
        raise WorkshopError(problems)


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
                 documents: list[DocumentSpec], brand: Path | None = None,
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


def build_season_in_parallel(deck: Path, events: Events, names: list[str], folder: Path,
                             documents: list[DocumentSpec], brand: Path | None, look: str | None,
                             jobs: int, on_done: Callable[[], None] | None = None
                             ) -> Iterator[SeasonItem]:
    """Build the season as build_season does, in `jobs` worker processes that each keep one
    build session (its templates and kits) warm across their rows; yield the outcomes in row
    order whatever order they finish in, calling `on_done` as each finishes. Stopped (Ctrl-C),
    the rows not started are dropped and those being built finish: no file is left half
    written (each is written whole, then renamed)."""
    if jobs <= 1 or len(events.rows) <= 1:
        for item in build_season(deck, events, names, folder, documents, brand, look):
            if on_done is not None:
                on_done()
            yield item
        return
    # Spawned, not forked: a fork would copy the parent's threads (the progress bar's) too.
    context = multiprocessing.get_context("spawn")
    workers = min(jobs, len(events.rows))
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker) as pool:
        futures: list[Future] = []
        for row, name in zip(events.rows, names, strict=True):
            future = pool.submit(_build_row, deck, Events(events.path, [row]), name, folder,
                                 documents, brand, look)
            if on_done is not None:
                future.add_done_callback(lambda _: on_done())
            futures.append(future)
        try:
            for future in futures:
                yield future.result()
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


# A worker process's build session, kept across the rows it builds (None in the parent).
_worker_session: BuildSession | None = None


def _start_worker() -> None:
    """Start a worker: its own build session; Ctrl-C is the parent's to handle (it stops the
    pool, and the rows being built finish whole)."""
    global _worker_session
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_session = BuildSession()


def _build_row(deck: Path, events: Events, name: str, folder: Path,
               documents: list[DocumentSpec], brand: Path | None, look: str | None) -> SeasonItem:
    """Build one row in a worker, in the worker's session."""
    return next(build_season(deck, events, [name], folder, documents, brand, look,
                             _worker_session))
