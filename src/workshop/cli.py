"""The `workshop` command: arguments, exit codes and printing. Nothing imports this module."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional, TypeVar

import typer

from workshop import __version__
from workshop.cli_help import PlainCommand
from workshop.collector import collector_paused
from workshop.errors import (
    Diagnostic,
    LibreOfficeMissing,
    Severity,
    WorkshopError,
    escape_controls,
    finding_line,
)
from workshop.formats import FORMATS, KINDS, offers
from workshop.paths import display_path
from workshop.termination import (
    ignore_while_ending,
    interrupts_stop_cleanly,
    stop_cleanly_on_termination,
    stopping,
)

if TYPE_CHECKING:  # the model loads pydantic: only when a command needs it
    from workshop.model import Resource
    from workshop.season import SeasonJob
    from workshop.workers import Workers

T = TypeVar("T")

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn YAML deck outlines into parent-night PowerPoint decks.",
)

def _outline(given: Path) -> Path:
    """Return the outline a user named: a file, or a deck's name (parent-night); exit
    saying which decks there are when it is neither."""
    return _known_outlines([_named_outline(given)])[0]


def _named_outline(given: Path) -> Path:
    from workshop.library import outline_path

    return outline_path(given)


def _outlines(given: list[Path] | None) -> list[Path] | None:
    """Return the outlines a user named (see _outline); the build command checks them for
    being known only after seeing whether they are a value's stray words."""
    return None if given is None else [_named_outline(path) for path in given]


def _known_outlines(outlines: list[Path]) -> list[Path]:
    """Return `outlines`; exit saying which decks there are when one reads as a deck's name
    (no extension, no folder) and is not one."""
    from workshop.library import built_in_decks

    for found in outlines:
        if not found.exists() and not found.suffix and len(found.parts) == 1:
            names = ", ".join(deck.name for deck in built_in_decks())
            print(f"{_shown(found)}: no such file, and no built-in deck of that name "
                  f"(built-in decks: {names})", file=sys.stderr)
            raise typer.Exit(1)
    return outlines


def _kits(given: list[Path] | None) -> list[Path] | None:
    """Return the kits a user named: files, or a built-in kit's name (example-county)."""
    from workshop.library import kit_path

    return None if given is None else [kit_path(path) for path in given]


def _kit(given: Path | None) -> Path | None:
    return None if given is None else _kits([given])[0]


DeckArg = Annotated[Path, typer.Argument(
    help="The deck outline (YAML), or a built-in deck's name: parent-night, "
    "parent-night-short, noche-de-padres, noche-de-padres-corta.", show_default=False,
    metavar="OUTLINE", callback=_outline)]
class LookChoice(str, Enum):
    """The built-in looks (see theme.palette.LOOKS)."""

    calm = "calm"
    warm = "warm"
    contrast = "contrast"


LookOption = Annotated[
    Optional[LookChoice],  # noqa: UP045
    typer.Option("--look", help="The built-in look: calm (the default), warm or contrast "
                 "(high contrast); a kit's colors apply over it.", show_default=False),
]


def _look(look: LookChoice | None) -> str | None:
    return look.value if look is not None else None


ResourceOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option("--resource", help="A local resource for the resources slide and the "
                 "handout, e.g. \"School counselor: 555-0134\" (repeatable; it replaces a "
                 "kit's).", metavar="\"NAME: DETAIL\""),
]
SetOption = Annotated[
    Optional[list[str]],  # noqa: UP045 (typer reads the annotation at run time)
    typer.Option("--set", help="Set a template variable: key=value (repeatable).",
                 metavar="KEY=VALUE"),
]


def _shown(value: object) -> str:
    """Return a path or value the user gave as a message shows it: control characters
    escaped, so that none reaches the terminal."""
    return escape_controls(str(value))


def _print_diagnostics(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


@contextlib.contextmanager
def _failures_reported() -> Iterator[None]:
    """Turn a failure the user can fix into its messages on standard error and exit code 1."""
    try:
        yield
    except WorkshopError as exc:
        _print_diagnostics(exc.diagnostics)
        print(f"{len(exc.diagnostics)} problem(s); nothing written.", file=sys.stderr)
        raise typer.Exit(1) from None
    except LibreOfficeMissing as exc:
        print(exc, file=sys.stderr)
        raise typer.Exit(1) from None


def _resources(texts: list[str] | None) -> tuple[Resource, ...]:
    """Return the --resource values as local resources; a malformed one is a usage error."""
    from workshop.events import resource_from_text

    try:
        return tuple(resource_from_text(text) for text in texts or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--resource") from None


def _overrides(pairs: list[str] | None) -> dict[str, str]:
    from workshop.prepare import parse_overrides

    try:
        return parse_overrides(pairs or [])
    except ValueError as exc:
        raise typer.BadParameter(_shown(exc), param_hint="--set") from None


def _version(value: bool) -> None:
    if value:
        print(f"workshop {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn YAML deck outlines into parent-night PowerPoint decks."""


BrandOption = Annotated[
    Optional[list[Path]],  # noqa: UP045
    typer.Option("--brand", metavar="KIT", help="A brand kit (YAML), or a built-in kit's name "
                 "(example-county); several build every deck with each.",
                 show_default=False, callback=_kits),
]


@app.command(cls=PlainCommand,
             epilog="Example: workshop build parent-night -o build/parent-night.pptx "
                    "--set presenter='Ms. Rivera'. Every deck with every kit: "
                    "workshop build decks/*.yaml --brand decks/brands/*.yaml -o build/")
def build(
    decks: Annotated[Optional[list[Path]], typer.Argument(  # noqa: UP045
        help="Deck outlines (YAML), or built-in decks by name (parent-night) [default: every "
        "outline in decks/].", metavar="OUTLINE", show_default=False,
        callback=_outlines)] = None,
    output: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "-o", "--output", metavar="FILE", help="The .pptx to write, or a folder (an existing "
        "one, or a name ending in /) for several [default: build/].")] = None,
    brand: BrandOption = None,
    look: LookOption = None,
    set_: SetOption = None,
    resource: ResourceOption = None,
    events: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--events", metavar="FILE", help="An events file (.csv or .yaml): one deck per row, "
        "with the row's "
        "details, resources (repeated 'resource' columns, 'Name: detail'), kit and template "
        "variables.")] = None,
    name: Annotated[str, typer.Option(
        "--name", metavar="PATTERN", help="With --events: each output's name, from the row's "
        "columns, "
        "{row} and {deck}.")] = "{deck}-{row}",
    with_: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--with", metavar="DOCUMENTS", help="Documents to write beside the deck (each deck, "
        "with --events), e.g. "
        "'guide,handout' (PDF) or 'handout:docx'.")] = None,
    jobs: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "-j", "--jobs", min=1, help="With --events: worker processes [default: the "
        "machine's cores].")] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="With --events: rebuild every row, changed or not.")] = False,
) -> None:
    """Build deck outlines into 16:9 PowerPoint decks with speaker notes."""
    decks = decks or _project_outlines()
    brands = brand or []
    if output is not None and output.lower().endswith(".pptx") and len(decks) > 1:
        # Likely a --set value with spaces and no quotes: its other words became outlines.
        stray = " ".join(f"'{_shown(d)}'" for d in decks[1:])
        raise typer.BadParameter(
            f"one .pptx is written from one outline, but {len(decks)} were given ({stray} "
            "after the first): put a value with spaces in quotes, e.g. --set "
            "organization=\"Lincoln Middle School PTA\"", param_hint="'-o'")
    decks = _known_outlines(decks)
    overrides, resources = _overrides(set_), _resources(resource)
    if resources and (events is not None or len(decks) > 1):
        raise typer.BadParameter("--resource gives one event's resources: for several decks "
                                 "or an events file, give them in the events file's "
                                 "'resource' columns", param_hint="--resource")
    if events is not None:
        if len(decks) != 1 or len(brands) > 1:
            raise typer.BadParameter("--events builds one outline (with at most one --brand)",
                                     param_hint="'--events'")
        raise typer.Exit(_build_season(decks[0], events, name, _documents(with_),
                                       Path(output or "build"), brands[0] if brands else None,
                                       _look(look), jobs or os.cpu_count() or 1, force,
                                       overrides))
    # A trailing slash names a folder even before it exists (Path would drop the slash).
    folder = output is not None and (output.endswith(("/", os.sep)) or _is_folder(Path(output)))
    if with_ and len(decks) * max(1, len(brands)) == 1:  # one event's whole kit
        raise typer.Exit(_build_event_kit(decks[0], output, folder, with_, overrides,
                                          brands[0] if brands else None, _look(look),
                                          resources))
    if len(decks) * max(1, len(brands)) > 1 or folder:
        raise typer.Exit(_build_batch(decks, brands, Path(output or "build"), overrides,
                                      _look(look)))
    from workshop.build import build as build_deck
    from workshop.build import default_output

    target = Path(output) if output else default_output(decks[0])
    with _failures_reported(), collector_paused():
        result = build_deck(decks[0], target, overrides, brands[0] if brands else None,
                            _look(look), resources, typed=True)
    _print_diagnostics(result.warnings)
    print(f"wrote {_shown(result.output)} ({result.slides} slides)")


def _project_outlines() -> list[Path]:
    """Return every outline in the current folder's decks/ (a project's, as `workshop new`
    makes it); exit with advice when there is none."""
    from workshop.catalog import list_decks

    folder = Path("decks")
    found = [path for path, _ in list_decks(folder)] if folder.is_dir() else []
    if not found:
        print("no outline given, and no decks/ folder with one here: build a built-in deck "
              "by name (workshop build parent-night), or make a project of your own "
              "(workshop new my-night)", file=sys.stderr)
        raise typer.Exit(1)
    return found


def _each_paused(items: Iterator[T]) -> Iterator[T]:
    """Yield what `items` yields, the collector paused while each one is made (one deck of a
    batch: see workshop.startup), and running between them."""
    while True:
        with collector_paused():
            item = next(items, None)
        if item is None:
            return
        yield item


def _is_folder(path: Path) -> bool:
    """Return True when `path` is a folder; False for anything else, a name too long included
    (the output policy then says what is wrong with it)."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _build_batch(decks: list[Path], brands: list[Path], folder: Path,
                 overrides: dict[str, str], look: str | None = None) -> int:
    """Build every pair with a progress bar; return the exit code (1 when any failed)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from workshop.build import build_batch
    from workshop.outputs import ensure_folder

    with _failures_reported():
        ensure_folder(folder)
    console = Console(stderr=True, highlight=False)
    failed = written = 0
    columns = (TextColumn("building"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("build", total=len(decks) * max(1, len(brands)))
        for item in _each_paused(build_batch(decks, brands, folder, overrides, look=look,
                                             typed=True)):
            progress.advance(task)
            if item.result is not None:
                written += 1
                _print_diagnostics(item.result.warnings)
                print(f"wrote {_shown(item.output)} ({item.result.slides} slides)")
            else:
                failed += 1
                pair = f"{item.deck}" + (f" with {item.brand}" if item.brand else "")
                progress.console.print(_shown(f"failed {item.output}: {pair}"),
                                       soft_wrap=True, markup=False)
                _print_diagnostics(item.problems or [])
    print(f"{written} written, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _asked(spec: str | None) -> list[tuple[str, str | None]]:
    """Return the documents --with asks for, each kind with its format, or None where it
    names none: "guide,handout" or "handout:docx"."""
    from workshop.formats import DEFAULT_FORMAT, FORMATS, beside_a_deck

    asked = []
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        kind, _, fmt = part.partition(":")
        if kind not in beside_a_deck() or (fmt or DEFAULT_FORMAT) not in FORMATS:
            raise typer.BadParameter(f"'{_shown(part)}': a document is "
                                     f"{' or '.join(beside_a_deck())}, optionally "
                                     f":{'/:'.join(FORMATS)}", param_hint="'--with'")
        asked.append((kind, fmt or None))
    return asked


def _documents(spec: str | None) -> list:
    """Return the documents --with asks for beside each deck of a season (PDF where it
    names no format)."""
    from workshop.formats import DEFAULT_FORMAT
    from workshop.season import DocumentSpec

    return [DocumentSpec(kind, fmt or DEFAULT_FORMAT) for kind, fmt in _asked(spec)]


def _build_event_kit(deck: Path, output: str | None, folder: bool, spec: str,
                     overrides: dict[str, str], brand: Path | None, look: str | None,
                     resources: tuple[Resource, ...]) -> int:
    """Build one event's deck with the documents `spec` (--with) names beside it, from one
    build: into `output` as a folder (named after the event) or beside `output` as a .pptx
    (see build.event_kit). Return the exit code."""
    from workshop.build import event_kit

    asked = _asked(spec)
    with _failures_reported(), collector_paused():
        result, notes = event_kit(deck, Path(output) if output else None, folder, asked,
                                  overrides, brand, look, resources)
    _print_diagnostics(result.warnings)
    for note in notes:
        print(f"warning: {note}", file=sys.stderr)
    print(f"wrote {_shown(result.output)} ({result.slides} slides)")
    for document in result.documents:
        print(f"wrote {_shown(document)}")
    return 0


def _build_season(deck: Path, events: Path, pattern: str, documents: list, folder: Path,
                  brand: Path | None, look: str | None, jobs: int, force: bool = False,
                  overrides: dict[str, str] | None = None) -> int:
    """Build one deck per row of `events` in `jobs` processes, with one progress bar (count,
    rate, time left) and the output lines in row order, skipping the rows whose outputs the
    folder's manifest shows unchanged (unless `force`); `overrides` (--set) give every row a
    value its own cell does not. Return the exit code (1 when the file is bad, nothing then
    written, or when any row failed; 130 when stopped)."""
    from workshop.manifest import MANIFEST
    from workshop.season import SeasonJob, season_workers

    with _failures_reported(), collector_paused():
        job = SeasonJob(deck, events, pattern, documents, folder, brand, look, force,
                        overrides)
    _print_diagnostics(job.warnings)
    if job.manifest_problem:  # not trusted: every row is built, and the manifest anew
        print(f"{_shown(folder / MANIFEST)}: {_shown(job.manifest_problem)}; building "
              "every row", file=sys.stderr)
    with interrupts_stop_cleanly():  # one Ctrl-C stops; a second is ignored as it stops
        try:
            with season_workers(jobs, job.rows) as workers:
                return _run_season(job, workers)
        except (KeyboardInterrupt, SystemExit) as stopped:  # before any row was built
            print("stopped: 0 written", file=sys.stderr)
            return stopped.code if isinstance(stopped, SystemExit) else 130


def _run_season(job: SeasonJob, workers: Workers | None) -> int:
    """Ready the season's job, then build its rows in the `workers` (see _build_season)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from workshop.season import SeasonItem

    with _failures_reported(), collector_paused():  # every row the outline cannot take, first
        job.ready(workers)
    failed: list[int] = []
    columns = (TextColumn("building"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    console = Console(stderr=True, highlight=False)
    done = 0
    try:
        with Progress(*columns, console=console, transient=True) as progress:
            task = progress.add_task("build", total=job.rows, rate="")

            def advance() -> None:
                speed = progress.tasks[0].speed
                progress.update(task, advance=1, rate=f"{speed:.1f} decks/s" if speed else "")

            reported: set[int] = set()

            def report(item: SeasonItem) -> None:
                """Record and print a row's outcome, once (stopped while reporting one, the
                season hands it back: it is reported whole the second time)."""
                nonlocal done
                if item.row.number in reported:
                    return
                job.record(item)
                if item.result is not None:
                    _print_diagnostics(item.result.warnings)
                    print(f"wrote {_shown(' '.join(map(str, item.outputs)))} "
                          f"(row {item.row.number})")
                else:
                    progress.console.print(f"failed row {item.row.number}", markup=False)
                    _print_diagnostics(item.problems or [])
                reported.add(item.row.number)
                done += 1
                if item.result is None:
                    failed.append(item.row.number)

            run = job.run(workers, advance)
            try:
                for item in run:
                    report(item)
            except (KeyboardInterrupt, SystemExit):  # Ctrl-C, or SIGTERM or SIGHUP
                for item in run.stop():  # the rows that were being built, finished
                    report(item)
                raise
    except (KeyboardInterrupt, SystemExit) as stopped:
        recorded = _manifest_written(job)  # what was built is not built again
        print(f"stopped: {done - len(failed)} written; no file was left half written",
              file=sys.stderr)
        code = stopped.code if isinstance(stopped, SystemExit) else 130
        return code if recorded else (code or 1)
    recorded = _manifest_written(job)
    rows = f" (rows {', '.join(map(str, failed))})" if failed else ""
    print(f"{done - len(failed)} written, {job.skipped} skipped (unchanged), {len(failed)} "
          f"failed{rows}", file=sys.stderr)
    return 1 if failed or not recorded else 0


def _manifest_written(job: SeasonJob) -> bool:
    """Have the season's job write its manifest; return False, having said why, when it
    cannot be: the decks written stay, and the next run builds them again."""
    problems = job.finish()
    if problems:
        _print_diagnostics(problems)
        print("the manifest was not written: the next run builds every row again",
              file=sys.stderr)
        return False
    return True


class Output(str, Enum):
    text = "text"
    json = "json"


@app.command(cls=PlainCommand, epilog="Example: workshop check decks/parent-night.yaml "
                    "--brand decks/brands/example-county.yaml --strict")
def check(
    deck: DeckArg,
    brand: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--brand", help="A brand kit (YAML), or a built-in kit's name, to check with the "
        "deck.", callback=_kit)] = None,
    format_: Annotated[Output, typer.Option(
        "--format", help="text (a table on a terminal) or json.")] = Output.text,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Exit 1 on warnings too.")] = False,
    look: LookOption = None,
    set_: SetOption = None,
    resource: ResourceOption = None,
) -> None:
    """Check a deck (and brand kit): accessibility, overflow, timing, care and the package.

    Exit 1 on any error, or on any warning with --strict.
    """
    from workshop.build import check as check_deck
    from workshop.prepare import parse_overrides

    try:
        try:
            overrides = parse_overrides(set_ or [])
        except ValueError as exc:  # reported like any input problem: JSON stays JSON
            raise WorkshopError([Diagnostic("--set", 1, 1, "", str(exc))]) from None
        with collector_paused():
            findings = check_deck(deck, overrides, brand, _look(look), _resources(resource),
                                  typed=True)
    except WorkshopError as exc:  # the outline or kit cannot be read: report it as input
        if format_ is Output.json:
            print(_findings_json(exc.diagnostics))
        else:
            _print_diagnostics(exc.diagnostics)
            print(f"{len(exc.diagnostics)} problem(s) in {_shown(deck)}", file=sys.stderr)
        raise typer.Exit(1) from None
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    if format_ is Output.json:
        print(_findings_json(findings))
    elif findings and sys.stdout.isatty():
        _findings_table(findings)
    else:
        for finding in findings:
            print(finding_line(finding))
    summary = "ok" if not findings else f"{errors} error(s), {warnings} warning(s)"
    print(f"{_shown(deck)}: {summary}", file=sys.stderr)
    if errors or (strict and warnings):
        raise typer.Exit(1)


def _findings_json(findings: list[Diagnostic]) -> str:
    """Return the findings as JSON text that any output stream can carry and no terminal
    acts on: every control or direction character an outline's text holds (ESC, CSI, U+202E)
    written as a \\u escape, which any JSON reader reads back as the same character; a
    lone surrogate becomes U+FFFD rather than failing the print."""
    import json

    from workshop.errors import CONTROLS

    text = json.dumps([
        {"file": f.file, "line": f.line, "col": f.col, "severity": f.severity.value,
         "code": f.code, "where": f.where, "message": f.message, "slide": f.slide}
        for f in findings
    ], indent=2, ensure_ascii=False)
    # json.dumps escapes C0 controls in strings: a raw newline is the layout's own.
    text = CONTROLS.sub(lambda m: m.group() if m.group() == "\n"
                        else f"\\u{ord(m.group()):04x}", text)
    return text.encode("utf-8", "replace").decode("utf-8")


def _findings_table(findings: list[Diagnostic]) -> None:
    """Print findings as a table, grouped by the slide they are about."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="workshop check", title_justify="left")
    for column in ("slide", "where", "severity", "code", "message"):
        table.add_column(column)
    ordered = sorted(findings, key=lambda f: (f.slide or 0, f.file, f.line))
    previous = None
    for f in ordered:
        slide = str(f.slide) if f.slide and f.slide != previous else ""
        previous = f.slide
        style = "red" if f.severity is Severity.ERROR else "yellow"
        # An outline's text is data: escaped, so "[/]" in a title is shown, not read as markup.
        table.add_row(slide, escape(_shown(f"{f.file}:{f.line}:{f.col}")),
                      f"[{style}]{f.severity.value}[/]", f.code, escape(_shown(f.message)))
    Console(highlight=False).print(table)


# The documents and formats `export` offers, as the one registry lists them.
Kind = Enum("Kind", {name: name for name in KINDS}, type=str)
Format = Enum("Format", {name: name for name in FORMATS}, type=str)


@app.command(cls=PlainCommand,
             epilog="Example: workshop export parent-night --kind handout -o handout.pdf "
                    "--brand example-county")
def export(
    deck: DeckArg,
    kind: Annotated[Kind, typer.Option("--kind", help="guide (for the facilitator), handout "
                                       "(for parents) or slides (the deck as one accessible "
                                       "HTML page).")] = Kind.guide,
    format_: Annotated[Optional[Format], typer.Option(  # noqa: UP045
        "--format", help=f"{', '.join(FORMATS)} [default: the -o file's extension, else "
        "md; html for the slides].")] = None,
    brand: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--brand", help="A brand kit (YAML), or a built-in kit's name, for the name, logo "
        "and colors.", callback=_kit)] = None,
    output: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "-o", "--output", help="The file to write [default: build/<deck>-<kind>.<format>].")
    ] = None,
    large_print: Annotated[bool, typer.Option(
        "--large-print", help="Handout body text at 18 pt.")] = False,
    look: LookOption = None,
    set_: SetOption = None,
    resource: ResourceOption = None,
) -> None:
    """Export the facilitator guide, the participant handout or the slides as a page."""
    from workshop.build import default_export_output, export_notes
    from workshop.build import export as export_document

    fmt = format_.value if format_ is not None else _export_format(kind.value, output)
    if not offers(kind.value, fmt):
        choices = " or ".join(KINDS[kind.value].formats)
        raise typer.BadParameter(f"the {KINDS[kind.value].label.lower()} comes as {choices}: "
                                 f"use --format {KINDS[kind.value].formats[0]}",
                                 param_hint="'--format'")
    target = output or default_export_output(deck, kind.value, fmt, large_print)
    with _failures_reported(), collector_paused():
        written = export_document(deck, kind.value, fmt, target, brand,
                                  _overrides(set_), large_print, _look(look),
                                  _resources(resource), typed=True)
    for note in export_notes(written, kind.value, fmt, large_print):
        print(f"{_shown(written)}: warning: {_shown(note)}", file=sys.stderr)
    print(f"wrote {_shown(written)}")


def _export_format(kind: str, output: Path | None) -> str:
    """Return the format an export is written in when --format is not given: the one its
    output's extension names (handout.pdf is a PDF), else the kind's first (Markdown, which
    needs nothing installed; the slides page comes only as HTML)."""
    named = output.suffix.lower().lstrip(".") if output is not None else ""
    return named if named in FORMATS else KINDS[kind].formats[0]


@app.command(cls=PlainCommand, epilog="Example: workshop preview decks/parent-night.yaml "
                    "--brand decks/brands/example-county.yaml -o build/sheet.png "
                    "--pages build/pages")
def preview(
    deck: DeckArg,
    output: Annotated[Path, typer.Option("-o", "--output", help="The contact sheet (PNG).")
                      ] = Path("build/preview.png"),
    brand: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--brand", help="A brand kit (YAML), or a built-in kit's name.",
        callback=_kit)] = None,
    pages: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--pages", help="Also write one PNG per slide into this folder.")] = None,
    width: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--width", min=200, max=20000, help="Scale the contact sheet down to this many "
        "pixels wide.", show_default=False)] = None,
    look: LookOption = None,
    set_: SetOption = None,
    resource: ResourceOption = None,
) -> None:
    """Render a deck through LibreOffice into a contact sheet of all its slides."""
    from workshop.build import compile_deck
    from workshop.outputs import check_folder, check_output
    from workshop.preview import preview as render_preview

    with _failures_reported():
        check_output(output, (".png",))
        if pages is not None:
            check_folder(pages)
        with collector_paused():
            compiled = compile_deck(deck, _overrides(set_), brand, output, _look(look),
                                    _resources(resource), typed=True)
        _print_diagnostics([f for f in compiled.findings if f.severity is Severity.WARNING])
        count = render_preview(compiled.written.data, output, pages, compiled.inputs, width)
    print(f"wrote {_shown(output)} ({count} slides)"
          + (f" and {count} pages in {_shown(pages)}" if pages else ""))


@app.command(cls=PlainCommand, epilog="Example: workshop watch decks/parent-night.yaml "
                    "--brand decks/brands/example-county.yaml -o build/parent-night.pptx")
def watch(
    deck: DeckArg,
    output: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "-o", "--output", help="The .pptx to write [default: build/<deck>.pptx].",
        show_default=False)] = None,
    brand: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--brand", help="A brand kit (YAML), or a built-in kit's name.",
        callback=_kit)] = None,
    look: LookOption = None,
    set_: SetOption = None,
    resource: ResourceOption = None,
) -> None:
    """Build a deck, then build it again on every save of the outline, a slide file, a
    notes file, a picture, the kit or its logo, until Ctrl-C."""
    from workshop.build import default_output
    from workshop.watch import DeckWatcher, file_changes
    from workshop.watch import watch as watch_deck

    if not deck.is_file():  # nothing to watch: said once, as a build says it
        print(f"{_shown(display_path(deck))}:1:1: file not found", file=sys.stderr)
        raise typer.Exit(1)
    target = output or default_output(deck)
    watcher = DeckWatcher(deck, target, brand, _look(look), _overrides(set_),
                          _resources(resource))
    terminal = sys.stdout.isatty()

    def report(rebuild) -> None:
        if terminal:
            print("\x1b[2J\x1b[H", end="")  # a fresh screen: this build's findings only
        else:
            print("--")
        cause = (f" after a change to {', '.join(display_path(p) for p in rebuild.changed)}"
                 if rebuild.changed else "")
        took = f"{rebuild.seconds * 1000:.0f} ms"
        if rebuild.result is not None:
            for diagnostic in rebuild.result.warnings:
                print(diagnostic)
            print(f"wrote {_shown(rebuild.result.output)} ({rebuild.result.slides} slides) "
                  f"in {took}{_shown(cause)}")
        else:
            for diagnostic in rebuild.problems:
                print(diagnostic)
            kept = (f"; the last good deck is still at {target}" if target.exists()
                    else "; nothing written")
            print(f"{len(rebuild.problems)} problem(s){_shown(cause + kept)}")
        print(f"watching {len(watcher.inputs) or 'the outline and kit'} files "
              "(Ctrl-C to stop)", flush=True)

    try:
        with collector_paused():
            watch_deck(watcher, report, file_changes)
    except KeyboardInterrupt:
        print("stopped watching", flush=True)


@app.command(cls=PlainCommand, epilog="Example: workshop serve . --port 8765, then open http://127.0.0.1:8765")
def serve(
    project: Annotated[Path, typer.Argument(help="The project folder (with decks/).",
                                            metavar="FOLDER")
                       ] = Path("."),
    port: Annotated[int, typer.Option("--port", min=1, max=65535,
                                      help="The port to listen on.")] = 8765,
    host: Annotated[str, typer.Option(
        "--host", help="The address to listen on; anything but 127.0.0.1 lets other "
        "computers on the network open the studio.")] = "127.0.0.1",
    browser: Annotated[bool, typer.Option(
        "--browser/--no-browser", help="Open the studio in your web browser (when run from "
        "a terminal).")] = True,
) -> None:
    """Open the studio: a page in your browser to make, check and download a deck."""
    if not (project / "decks").is_dir():
        print(f"{_shown(display_path(project))}: no decks/ folder here. Make a project of "
              "your own first (workshop new my-night, then cd my-night and workshop serve), "
              "or give a project folder: workshop serve path/to/project", file=sys.stderr)
        raise typer.Exit(1)
    import socket

    import uvicorn

    from workshop.studio.app import create_app

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            print(f"cannot listen on {host}:{port}: {exc.strerror or exc} (is the studio "
                  "already running? choose another port with --port)", file=sys.stderr)
            raise typer.Exit(1) from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host}: other computers on the network can open the "
              "studio and read and change this project's decks and kits", file=sys.stderr)
    from workshop.paths import real
    from workshop.studio.security import kept_key

    studio = create_app(project, host, kept_key(real(project)))
    address = f"http://{'localhost' if host == '127.0.0.1' else host}:{port}/{studio.state.key}/"
    print(f"Workshop studio: {address} (Ctrl-C to stop)", flush=True)
    if browser and sys.stdout.isatty():  # a person at a terminal: the page opens for them
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, (address,)).start()  # once it is listening

    class StudioServer(uvicorn.Server):
        def handle_exit(self, sig: int, frame) -> None:
            studio.state.studio.end_streams()  # open pages' live updates end, not hang
            super().handle_exit(sig, frame)

        async def shutdown(self, sockets=None) -> None:
            await super().shutdown(sockets)  # the app's renders end with it (its lifespan)
            # Said here: after a signal, uvicorn raises it again once the server has stopped,
            # and the program ends there.
            print("stopped the studio", flush=True)

    config = uvicorn.Config(studio, host=host, port=port, log_level="warning",
                            timeout_graceful_shutdown=5)
    StudioServer(config).run()


@app.command(cls=PlainCommand, epilog="Example: workshop verify build/season/")
def verify(
    folder: Annotated[Path, typer.Argument(help="A folder a season was built into.",
                                           metavar="FOLDER",
                                           show_default=False)],
) -> None:
    """Check a folder of decks against its manifest: every output there, as it was written."""
    from workshop.manifest import MANIFEST, Manifest

    manifest = Manifest.read(folder)
    if manifest.problem or not manifest.entries:
        why = manifest.problem or "no manifest here: build a season into the folder first"
        print(f"{_shown(folder / MANIFEST)}: {_shown(why)}", file=sys.stderr)
        raise typer.Exit(1)
    found = manifest.verify()
    for kind, paths in found.items():
        for path in paths:
            print(f"{_shown(folder / path)}: {kind}", file=sys.stderr)
    total = sum(len(e["outputs"]) for e in manifest.entries.values())
    bad = sum(map(len, found.values()))
    print(f"{total - bad} of {total} files as written")
    raise typer.Exit(1 if bad else 0)


@app.command(cls=PlainCommand, epilog="Example: workshop new lincoln-night --deck parent-night "
                    "--deck noche-de-padres")
def new(
    folder: Annotated[Path, typer.Argument(help="The folder to make the project in (made if "
                                           "need be).", metavar="FOLDER")] = Path("."),
    deck: Annotated[Optional[list[str]], typer.Option(  # noqa: UP045
        "--deck", metavar="NAME", help="A built-in deck to copy in (repeatable) [default: "
        "parent-night].")] = None,
    kit: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--kit", metavar="NAME", help="A built-in example kit to start from (example-county) "
        "[default: a kit to fill in].")] = None,
) -> None:
    """Make a project of your own: decks with their own slides and notes, a kit to fill in,
    an events file."""
    from workshop.scaffold import new_project

    try:
        made = new_project(folder, list(dict.fromkeys(deck or ["parent-night"])), kit)
    except ValueError as exc:
        print(_shown(exc), file=sys.stderr)
        raise typer.Exit(1) from None
    print(f"made {_shown(folder)}/ with {len(made.files)} files: "
          f"{', '.join(_shown(path.relative_to(folder)) for path in made.outlines)}, "
          f"{_shown(made.kit.relative_to(folder))}, events.csv and README.md")
    go = "" if folder == Path(".") else f"cd {_shown(folder)} && "
    print(f"next: {go}workshop build")


@app.command(cls=PlainCommand, name="list", epilog="Example: workshop list")
def list_(
    folder: Annotated[Path, typer.Option("--decks", help="Where to look for outlines.")] = Path(
        "decks"),
    everything: Annotated[bool, typer.Option(
        "--all", help="Also the slide layouts with their fields, and the template "
        "variables (for writing outlines).")] = False,
) -> None:
    """List the built-in decks and kits and your project's decks; with --all, the slide
    layouts and template variables too."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from workshop.catalog import VARIABLES, layout_fields, list_decks
    from workshop.library import built_in_decks, built_in_kits, is_library

    console = Console(highlight=False)
    built_in = Table(title="Built-in decks (workshop build NAME, workshop new --deck NAME)",
                     title_justify="left")
    built_in.add_column("name")
    built_in.add_column("what it is")
    for deck in built_in_decks():
        built_in.add_row(deck.name, escape(_deck_title(deck.path)))
    for kit in built_in_kits():
        built_in.add_row(kit.name, "an example brand kit (--brand NAME)")
    console.print(built_in)
    if folder.is_dir() and not is_library(folder):  # a checkout's decks/ is the library
        decks = Table(title=f"Your decks, in {escape(_shown(folder))}/", title_justify="left")
        decks.add_column("outline")
        decks.add_column("title")
        for path, title in list_decks(folder):
            decks.add_row(escape(_shown(path)), escape(_shown(title)))
        console.print(decks)
    if not everything:
        console.print("Slide layouts and template variables: workshop list --all")
        return
    layouts = Table(title="Slide layouts (set with `layout:`; none means bullets)",
                    title_justify="left")
    layouts.add_column("layout")
    layouts.add_column("fields (* required)")
    for name, fields in layout_fields().items():
        layouts.add_row(name, "\n".join(
            f"{field}{'*' if required else ''}: {description}"
            for field, required, description in fields))
    console.print(layouts)
    variables = Table(title="Template variables (in notes and any text: {{ name }})",
                      title_justify="left")
    variables.add_column("variable")
    variables.add_column("what it holds")
    for name, meaning in VARIABLES.items():
        variables.add_row(name, meaning)
    console.print(variables)


def _deck_title(path: Path) -> str:
    """Return the subtitle of the outline at `path` (which tells the shipped decks of one
    title apart), else its title."""
    from workshop.loader import load_yaml

    data = load_yaml(path).data
    return str(data.get("subtitle") or data.get("title") or "")


def expand_repeated_options(argv: list[str]) -> list[str]:
    """Return `argv` with `--brand a b c` spelled `--brand a --brand b --brand c`.

    A shell glob (`--brand decks/brands/*.yaml`) expands to several words after one option;
    Click would take all but the first for deck outlines.
    """
    result: list[str] = []
    after_brand = expecting_value = False
    for arg in argv:
        if arg == "--brand":
            after_brand = expecting_value = True
        elif after_brand and not arg.startswith("-"):
            if expecting_value:
                expecting_value = False
            elif _is_brand_kit(arg):
                result.append("--brand")
            else:
                after_brand = False
        else:
            after_brand = False
        result.append(arg)
    return result


def _is_brand_kit(arg: str) -> bool:
    """Return True when `arg` names a YAML file with `colors:` and no `sections:` key."""
    path = Path(arg)
    if path.suffix not in (".yaml", ".yml") or not path.is_file():
        return False
    text = path.read_text(encoding="utf-8", errors="replace")
    return "\ncolors:" in f"\n{text}" and "\nsections:" not in f"\n{text}"


def main() -> None:
    """Run the command line."""
    stop_cleanly_on_termination()
    try:
        app(args=expand_repeated_options(sys.argv[1:]), prog_name="workshop")
    finally:
        if stopping():  # told to stop: a second signal cannot cut the ending short
            ignore_while_ending()
