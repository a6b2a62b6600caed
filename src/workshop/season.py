"""A season: one deck (and, when asked, its guide and handout) per row of an events file.

The whole file is read and every row's outline prepared before anything is written, so a
bad cell stops the season with every problem named; a row that fails only while it is built
(its kit's logo is broken, say) fails alone, and the others are written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from workshop.brand import prepare_brand
from workshop.build import BuildResult, DocumentOutput, build
from workshop.errors import Diagnostic, WorkshopError
from workshop.events import EventRow, Events, output_names, read_events, safe_name
from workshop.loader import load_yaml
from workshop.manifest import MANIFEST, STATS, FileDigests, Manifest, fingerprint
from workshop.model import Deck
from workshop.outputs import ensure_folder
from workshop.package import build_time
from workshop.paths import named_in_project, project_root, real
from workshop.prepare import prepare
from workshop.session import BuildSession
from workshop.validate import validate
from workshop.workers import Calls, Outcome, Workers

_UNDEFINED = re.compile(r"undefined variable '(\w+)'")
_CHECKED_TOGETHER = 25  # rows a worker checks in one go: few messages, and the load shared


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


def plan_season(events_path: Path, pattern: str,
                defaults: dict[str, str] | None = None) -> tuple[Events, list[str]]:
    """Return the events, each row given `defaults` (--set) where its own cell is empty, and
    each row's output name; raise WorkshopError listing every problem of the file."""
    events = read_events(events_path)
    if defaults:
        events = Events(events.path, [dataclasses.replace(row, values={**defaults, **row.values})
                                      for row in events.rows], events.warnings)
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
        self.manifest.record(name, self.fingerprints[name], item.result.named_inputs,
                             item.outputs, self.digests)


def _resolved(path: Path | None) -> str:
    """Return a file's absolute, resolved name ("" for none), as a fingerprint counts it."""
    return str(real(path)) if path is not None else ""


def pending_rows(deck: Path, events: Events, names: list[str], folder: Path,
                 documents: list[DocumentSpec], brand: Path | None, look: str | None,
                 force: bool) -> Pending:
    """Return the rows to build: all with `force`, else those whose outline, inputs, row,
    options or outputs changed since the manifest in `folder` recorded them (every row, when
    the manifest there cannot be trusted: `Pending.manifest.problem` says why)."""
    manifest, digests = Manifest.read(folder), FileDigests()
    # The outline by where it is and what it says: another outline built into the same
    # folder, under the same names, is never taken for the first one.
    outline = (_resolved(deck), digests.of(deck))
    stamped = build_time().isoformat()  # SOURCE_DATE_EPOCH: the time inside every file
    fingerprints = {name: fingerprint(outline, row.values,
                                      [r.model_dump() for r in row.resources],
                                      _resolved(row.kit or brand), look,
                                      [(d.kind, d.fmt) for d in documents], stamped)
                    for row, name in zip(events.rows, names, strict=True)}
    readable = _where_inputs_are(deck, events, brand)
    pending = [(row, name) for row, name in zip(events.rows, names, strict=True)
               if force or not manifest.up_to_date(name, fingerprints[name], digests, readable)]
    return Pending(Events(events.path, [row for row, _ in pending], events.warnings),
                   [name for _, name in pending], len(events.rows) - len(pending), manifest,
                   fingerprints, digests)


def _where_inputs_are(deck: Path, events: Events, brand: Path | None) -> Callable[[Path], bool]:
    """Return the test of whether a file a manifest lists can be an input of this season:
    the events file, or a file in the outline's project or a kit's folder (outlines,
    includes, notes and pictures are confined to the project; a kit's logo and template to
    its folder)."""
    folders = {str(project_root(deck))}
    folders.update(str(real(kit).parent) for kit in {row.kit or brand for row in events.rows}
                   if kit is not None)
    events_file = os.path.realpath(events.path)

    def readable(path: Path) -> bool:
        name = os.path.realpath(path)  # where it leads: a link out of the project is out
        return name == events_file or any(
            os.path.commonpath([name, folder]) == folder for folder in folders)

    return readable


def refuse_overwriting_inputs(deck: Path, events: Events, pending: Events, names: list[str],
                              folder: Path, documents: list[DocumentSpec],
                              brand: Path | None, look: str | None) -> None:
    """Raise WorkshopError, before anything is written, naming each output of the `pending`
    rows (`names`) that would land on a file any row of `events` reads: the outline, its
    slide files, notes and pictures, a kit, its logo or template, or the events file itself.
    Each is said at the row that would write it."""
    if not pending.rows:
        return
    inputs: dict[str, str] = {}  # each input's real path, and what it is to the season
    files: dict[tuple[int, int], str] = {}  # each input's file (a hard link is the same one)

    def read(path: Path, what: str) -> None:
        inputs.setdefault(os.path.realpath(path), what)
        with contextlib.suppress(OSError, ValueError):
            status = os.stat(path)
            files.setdefault((status.st_dev, status.st_ino), what)

    def reads(output: Path) -> str | None:
        """Return what `output` is to the season when it is one of its inputs."""
        found = inputs.get(os.path.realpath(output))
        if found is None:
            with contextlib.suppress(OSError, ValueError):
                status = os.stat(output)
                found = files.get((status.st_dev, status.st_ino))
        return found

    read(events.path, "the events file")
    first = pending.rows[0]  # every row reads the same outline files; each row its own kit
    for path in prepare(deck, first.values, None, look, first.resources).inputs:
        read(path, "a file of the outline")
    kits_read: set[str] = set()
    for row in events.rows:
        kit = row.kit or brand
        if kit is None or os.path.realpath(kit) in kits_read:
            continue  # a kit is said as the first row's that names it: read it once
        kits_read.add(os.path.realpath(kit))
        read(kit, f"row {row.number}'s kit")
        for path, what in _kit_files(kit):
            read(path, f"row {row.number}'s kit {what}")
    problems = []
    for row, name in zip(pending.rows, names, strict=True):
        for output in _outputs(folder, name, documents):
            what = reads(output)
            if what is not None:
                problems.append(Diagnostic(str(events.path), row.line, 1, "", (
                    f"row {row.number} would write {output.name}, which is {what}: choose "
                    "another --name or another folder")))
    for output in (folder / MANIFEST, folder / STATS):
        what = reads(output)
        if what is not None:
            problems.append(Diagnostic(str(events.path), 1, 1, "", (
                f"the season's {output.name} would replace {what}: build into another "
                "folder")))
    if problems:
        raise WorkshopError(problems)


def _kit_files(kit: Path) -> list[tuple[Path, str]]:
    """Return the logo and template a kit names, each with what it is: those of the kit as
    prepared, and (a kit that fails fails only its rows, later) those its YAML names, so a
    broken kit's template is as safe from a season's outputs as a working one's."""
    try:
        prepared = prepare_brand(kit)
    except WorkshopError:
        try:
            data = load_yaml(kit).data
        except WorkshopError:
            return []
        folder = real(kit).parent
        return [(named_in_project(folder, data[key]), key) for key in ("logo", "template")
                if isinstance(data, dict) and isinstance(data.get(key), str)
                and "\0" not in data[key]]
    return [(path, what) for path, what in ((prepared.logo_path, "logo"),
                                            (prepared.template, "template"))
            if path is not None]


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
    column = problem.where.removeprefix("event.")
    if problem.where.startswith("event.") and column in row.cells:  # a cell's own value
        line, col = row.position(column)
        return Diagnostic(str(events.path), line, col, column,
                          f"row {row.number}: {problem.message}", problem.severity,
                          code=problem.code)
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
        outputs = _outputs(folder, name, documents)
        deck_output = outputs[0]
        beside = tuple(DocumentOutput(d.kind, d.fmt, path)
                       for d, path in zip(documents, outputs[1:], strict=True))
        try:
            with session:  # the documents come from the deck's own preparation and plan
                result = build(deck, deck_output, row.values, row.kit or brand, look,
                               row.resources, beside)
        except WorkshopError as exc:
            yield SeasonItem(row, outputs, problems=[
                _at_row(problem, row, events) for problem in exc.diagnostics])
        else:
            yield SeasonItem(row, outputs, result=result)


@contextlib.contextmanager
def season_workers(jobs: int, rows: int) -> Iterator[Workers | None]:
    """Yield `jobs` worker processes (at most one a row), each keeping one build session
    (its templates, kits and finished slides) warm across its rows; None when one process
    is enough. Leaving it ends them (see Workers.close): a row is written whole or not at
    all (each file is written whole, then renamed)."""
    if jobs <= 1 or rows <= 1:
        yield None
        return
    workers = Workers(min(jobs, rows), _start_worker)
    try:
        yield workers
    finally:
        workers.close()


def check_rows_in_parallel(deck: Path, events: Events, workers: Workers | None) -> None:
    """Do what check_rows does, the rows shared among the workers (which warm their
    sessions for the build on the way)."""
    # An outline that cannot be read, or is no outline, is said once rather than once a row.
    validate(load_yaml(deck, include_root=project_root(deck)), Deck)
    if workers is None:
        check_rows(deck, events, BuildSession())
        return
    chunks = [Events(events.path, events.rows[k:k + _CHECKED_TOGETHER])
              for k in range(0, len(events.rows), _CHECKED_TOGETHER)]
    calls = workers.calls(_check_chunk, [(deck, chunk) for chunk in chunks])
    problems: list[Diagnostic] = []
    for index, chunk in enumerate(chunks):
        outcome = calls.outcome(index)
        if outcome.value is not None:
            problems += outcome.value
        else:
            first, last = chunk.rows[0], chunk.rows[-1]
            problems.append(Diagnostic(str(events.path), first.line, 1, "", (
                f"rows {first.number} to {last.number} could not be checked: "
                f"{outcome.problem or 'the worker process checking them stopped'}")))
    if problems:
        raise WorkshopError(problems)


@dataclass(frozen=True)
class _Submitted:
    """A row handed to a worker, and what it will write."""

    row: EventRow
    events_path: Path
    outputs: list[Path]


def _outputs(folder: Path, name: str, documents: list[DocumentSpec]) -> list[Path]:
    """Return the files a row named `name` writes: its deck, then its documents."""
    return [folder / f"{name}.pptx", *(folder / f"{name}-{d.kind}.{d.fmt}" for d in documents)]


class SeasonRun:
    """A season being built as build_season builds it, by the `workers` (or in this process
    when None). Iterating yields the outcomes in row order whatever order they finish in,
    calling `on_done` as each finishes; after Ctrl-C, `stop` lets the rows being built
    finish and returns those not yet yielded."""

    def __init__(self, deck: Path, events: Events, names: list[str], folder: Path,
                 documents: list[DocumentSpec], brand: Path | None, look: str | None,
                 workers: Workers | None, on_done: Callable[[], None] | None = None):
        self.on_done = on_done
        self.yielded = 0
        self.rows = [_Submitted(row, events.path, _outputs(folder, name, documents))
                     for row, name in zip(events.rows, names, strict=True)]
        self.current: SeasonItem | None = None  # built here, yielded, being handled
        self.serial: Iterator[SeasonItem] | None = None
        self.calls: Calls | None = None
        if workers is None:
            self.serial = build_season(deck, events, names, folder, documents, brand, look)
            return
        self.calls = workers.calls(_build_row, [
            (deck, Events(events.path, [row.row]), name, folder, documents, brand, look)
            for row, name in zip(self.rows, names, strict=True)], on_done)

    def __iter__(self) -> Iterator[SeasonItem]:
        # An item counts as yielded once the consumer asks for the next: stopped while it
        # still handles one (Ctrl-C lands anywhere), `stop` hands that item back again.
        if self.serial is not None:
            for item in self.serial:
                if self.on_done is not None:
                    self.on_done()
                yield from self._handled(item)
            return
        assert self.calls is not None
        while self.yielded < len(self.rows):
            outcome = self.calls.outcome(self.yielded)  # kept until handled: see stop
            yield self._item(self.yielded, outcome)
            self.calls.forget(self.yielded)
            self.yielded += 1

    def _handled(self, item: SeasonItem) -> Iterator[SeasonItem]:
        self.current = item
        yield item
        self.current = None
        self.yielded += 1

    def _item(self, index: int, outcome: Outcome) -> SeasonItem:
        """Return the row `index`'s outcome as a SeasonItem: built, or failed saying why."""
        if outcome.value is not None:
            return outcome.value
        row = self.rows[index]
        why = ("it was stopped by a signal" if outcome.stopped
               else "the worker process building it stopped" if outcome.lost
               else f"it could not be built ({outcome.problem})")
        return SeasonItem(row.row, row.outputs, problems=[Diagnostic(
            str(row.events_path), row.row.line, 1, "",
            f"row {row.row.number}: {why}; nothing of it was written")])

    def stop(self) -> list[SeasonItem]:
        """Start no more rows, wait for those being built, and return those finished and not
        yet handled, in row order, the one being handled when stopped included (a row is
        never half written: each file is written whole, then renamed). Rows the signal
        ended are not among them: they wrote nothing, and were not asked to finish."""
        if self.calls is None:
            return [self.current] if self.current is not None else []
        done = self.calls.stop()  # the one being handled when stopped among them
        return [self._item(index, done[index]) for index in sorted(done)
                if index >= self.yielded and not done[index].stopped]


class SeasonJob:
    """An events run, as one job: planned when made (every row read and named, the rows the
    folder's manifest shows unchanged set aside: `skipped`), then readied (every row to
    build prepared, no output landing on an input, the folder made), run row by row, each
    row built recorded, and the manifest written last. Raises WorkshopError, naming every
    problem, before anything is written. The command shows its progress and says what
    became of each row."""

    def __init__(self, deck: Path, events_path: Path, pattern: str,
                 documents: list[DocumentSpec], folder: Path, brand: Path | None,
                 look: str | None, force: bool = False,
                 overrides: dict[str, str] | None = None):
        self.deck, self.folder, self.documents = deck, folder, documents
        self.brand, self.look = brand, look
        pattern = pattern.replace("{deck}", safe_name(deck.stem))
        self.season, names = plan_season(events_path, pattern, overrides or {})
        self.pending = pending_rows(deck, self.season, names, folder, documents, brand, look,
                                    force)

    @property
    def warnings(self) -> list[Diagnostic]:
        """Return what the events file has that is worth a warning."""
        return self.season.warnings

    @property
    def rows(self) -> int:
        """Return how many rows are to be built."""
        return len(self.pending.events.rows)

    @property
    def skipped(self) -> int:
        """Return how many rows the manifest shows up to date (not built)."""
        return self.pending.skipped

    @property
    def manifest_problem(self) -> str | None:
        """Return why the folder's manifest is not trusted (every row is built), or None."""
        return self.pending.manifest.problem

    def ready(self, workers: Workers | None) -> None:
        """Prepare every row to build (in the `workers`, when any), refuse outputs that
        would land on an input, and make the folder; raise WorkshopError naming every
        problem, nothing written."""
        check_rows_in_parallel(self.deck, self.pending.events, workers)
        refuse_overwriting_inputs(self.deck, self.season, self.pending.events,
                                  self.pending.names, self.folder, self.documents, self.brand,
                                  self.look)
        ensure_folder(self.folder)

    def run(self, workers: Workers | None, on_done: Callable[[], None]) -> SeasonRun:
        """Return the rows being built by the `workers` (or here), `on_done` called as each
        finishes (see SeasonRun)."""
        return SeasonRun(self.deck, self.pending.events, self.pending.names, self.folder,
                         self.documents, self.brand, self.look, workers, on_done)

    def record(self, item: SeasonItem) -> None:
        """Note a row that was built in the manifest (see Pending.record)."""
        self.pending.record(item)

    def finish(self) -> list[Diagnostic]:
        """Write the manifest; return why it could not be (a full disk, a folder in its
        place), else nothing: the decks written stay, and the next run builds them again."""
        manifest = self.pending.manifest
        try:
            manifest.write()
        except WorkshopError as exc:
            return exc.diagnostics
        except OSError as exc:
            return [Diagnostic(str(manifest.folder), 1, 1, "",
                               f"cannot write the manifest: {exc.strerror or exc}")]
        return []


# A worker process's build session, kept across the rows it builds (None in the parent).
_worker_session: BuildSession | None = None


def _start_worker() -> None:
    """Start a worker: its own build session, kept across the rows it builds."""
    global _worker_session
    _worker_session = BuildSession()


def _check_chunk(deck: Path, events: Events) -> list[Diagnostic]:
    """Check some rows in a worker, in the worker's session; return their problems."""
    try:
        check_rows(deck, events, _worker_session or BuildSession())
    except WorkshopError as exc:
        return exc.diagnostics
    return []


def _build_row(deck: Path, events: Events, name: str, folder: Path,
               documents: list[DocumentSpec], brand: Path | None, look: str | None) -> SeasonItem:
    """Build one row in a worker, in the worker's session."""
    return next(build_season(deck, events, [name], folder, documents, brand, look,
                             _worker_session))
