"""The `workshop` command: arguments, exit codes and printing. Nothing imports this module."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from workshop import __version__
from workshop.errors import Diagnostic, WorkshopError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Turn YAML deck outlines into parent-night PowerPoint decks.",
)

DeckArg = Annotated[Path, typer.Argument(help="The deck outline (YAML).", show_default=False)]
SetOption = Annotated[
    Optional[list[str]],  # noqa: UP045 (typer reads the annotation at run time)
    typer.Option("--set", help="Set a template variable: key=value (repeatable).",
                 metavar="KEY=VALUE"),
]


def _print_diagnostics(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


def _overrides(pairs: list[str] | None) -> dict[str, str]:
    from workshop.prepare import parse_overrides

    try:
        return parse_overrides(pairs or [])
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--set") from None


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
    typer.Option("--brand", help="A brand kit (YAML); several build every deck with each.",
                 show_default=False),
]


@app.command(epilog="Example: workshop build decks/parent-night.yaml -o build/parent-night.pptx "
                    "--set presenter='Ms. Rivera'. Every deck with every kit: "
                    "workshop build decks/*.yaml --brand decks/brands/*.yaml -o build/")
def build(
    decks: Annotated[list[Path], typer.Argument(help="Deck outlines (YAML).",
                                                show_default=False)],
    output: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "-o", "--output",
        help="The .pptx to write, or a folder for several [default: build/].")] = None,
    brand: BrandOption = None,
    set_: SetOption = None,
) -> None:
    """Build deck outlines into 16:9 PowerPoint decks with speaker notes."""
    brands = brand or []
    overrides = _overrides(set_)
    if len(decks) * max(1, len(brands)) > 1 or (output is not None and output.is_dir()):
        raise typer.Exit(_build_batch(decks, brands, output or Path("build"), overrides))
    from workshop.build import build as build_deck
    from workshop.build import default_output

    target = output or default_output(decks[0])
    try:
        result = build_deck(decks[0], target, overrides, brands[0] if brands else None)
    except WorkshopError as exc:
        _print_diagnostics(exc.diagnostics)
        print(f"{len(exc.diagnostics)} problem(s); nothing written.", file=sys.stderr)
        raise typer.Exit(1) from None
    _print_diagnostics(result.warnings)
    print(f"wrote {result.output} ({result.slides} slides)")


def _build_batch(decks: list[Path], brands: list[Path], folder: Path,
                 overrides: dict[str, str]) -> int:
    """Build every pair with a progress bar; return the exit code (1 when any failed)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from workshop.build import build_batch

    console = Console(stderr=True, highlight=False)
    failed = written = 0
    columns = (TextColumn("building"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("build", total=len(decks) * max(1, len(brands)))
        for item in build_batch(decks, brands, folder, overrides):
            progress.advance(task)
            if item.result is not None:
                written += 1
                _print_diagnostics(item.result.warnings)
                print(f"wrote {item.output} ({item.result.slides} slides)")
            else:
                failed += 1
                pair = f"{item.deck}" + (f" with {item.brand}" if item.brand else "")
                progress.console.print(f"failed {item.output}: {pair}", soft_wrap=True)
                _print_diagnostics(item.problems or [])
    print(f"{written} written, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


@app.command(epilog="Example: workshop check decks/parent-night.yaml "
                    "--brand decks/brands/example-county.yaml")
def check(
    deck: DeckArg,
    brand: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--brand", help="A brand kit (YAML) to check with the deck.")] = None,
    set_: SetOption = None,
) -> None:
    """Validate a deck outline (and brand kit) without building; exit 1 when it has errors."""
    from workshop.build import check as check_deck

    try:
        warnings = check_deck(deck, _overrides(set_), brand)
    except WorkshopError as exc:
        _print_diagnostics(exc.diagnostics)
        print(f"{len(exc.diagnostics)} problem(s) in {deck}", file=sys.stderr)
        raise typer.Exit(1) from None
    _print_diagnostics(warnings)
    print(f"{deck}: ok" + (f", {len(warnings)} warning(s)" if warnings else ""))


class Kind(str, Enum):
    guide = "guide"
    handout = "handout"


class Format(str, Enum):
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"


@app.command(epilog="Example: workshop export decks/parent-night.yaml --kind handout "
                    "--format pdf --brand decks/brands/example-county.yaml")
def export(
    deck: DeckArg,
    kind: Annotated[Kind, typer.Option("--kind", help="guide (for the facilitator) or handout "
                                       "(for parents).")] = Kind.guide,
    format_: Annotated[Format, typer.Option("--format", help="md, html, docx or pdf.")] = Format.md,
    brand: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "--brand", help="A brand kit (YAML) for the name, logo and colours.")] = None,
    output: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "-o", "--output", help="The file to write [default: build/<deck>-<kind>.<format>].")
    ] = None,
    large_print: Annotated[bool, typer.Option(
        "--large-print", help="Handout body text at 18 pt.")] = False,
    set_: SetOption = None,
) -> None:
    """Export the facilitator guide or the participant handout of a deck."""
    from workshop.build import default_export_output
    from workshop.build import export as export_document
    from workshop.writers.doc_pdf import LibreOfficeMissing

    target = output or default_export_output(deck, kind.value, format_.value, large_print)
    try:
        written = export_document(deck, kind.value, format_.value, target, brand,
                                  _overrides(set_), large_print)
    except WorkshopError as exc:
        _print_diagnostics(exc.diagnostics)
        print(f"{len(exc.diagnostics)} problem(s); nothing written.", file=sys.stderr)
        raise typer.Exit(1) from None
    except LibreOfficeMissing as exc:
        print(exc, file=sys.stderr)
        raise typer.Exit(1) from None
    print(f"wrote {written}")


@app.command(name="list", epilog="Example: workshop list")
def list_(
    folder: Annotated[Path, typer.Option("--decks", help="Where to look for outlines.")] = Path(
        "decks"),
) -> None:
    """List the deck outlines in decks/ and the slide layouts with the fields each takes."""
    from rich.console import Console
    from rich.table import Table

    from workshop.build import layout_fields, list_decks

    console = Console(highlight=False)
    decks = Table(title=f"Decks in {folder}/", title_justify="left")
    decks.add_column("outline")
    decks.add_column("title")
    for path, title in list_decks(folder) if folder.is_dir() else []:
        decks.add_row(str(path), title)
    console.print(decks)
    layouts = Table(title="Slide layouts (set with `layout:`; none means bullets)",
                    title_justify="left")
    layouts.add_column("layout")
    layouts.add_column("fields (* required)")
    for name, fields in layout_fields().items():
        layouts.add_row(name, "\n".join(
            f"{field}{'*' if required else ''}: {description}"
            for field, required, description in fields))
    console.print(layouts)


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
    app(args=expand_repeated_options(sys.argv[1:]), prog_name="workshop")
