"""The `workshop` command: arguments, exit codes and printing. Nothing imports this module."""

from __future__ import annotations

import sys
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


@app.command(epilog="Example: workshop build decks/parent-night.yaml -o build/parent-night.pptx "
                    "--set presenter='Ms. Rivera'")
def build(
    deck: DeckArg,
    output: Annotated[Optional[Path], typer.Option(  # noqa: UP045
        "-o", "--output", help="Where to write the .pptx [default: build/<deck>.pptx].")] = None,
    set_: SetOption = None,
) -> None:
    """Build a deck outline into a 16:9 PowerPoint deck with speaker notes."""
    from workshop.build import build as build_deck
    from workshop.build import default_output

    target = output or default_output(deck)
    try:
        result = build_deck(deck, target, _overrides(set_))
    except WorkshopError as exc:
        _print_diagnostics(exc.diagnostics)
        print(f"{len(exc.diagnostics)} problem(s); nothing written.", file=sys.stderr)
        raise typer.Exit(1) from None
    _print_diagnostics(result.warnings)
    print(f"wrote {result.output} ({result.slides} slides)")


@app.command(epilog="Example: workshop check decks/parent-night.yaml")
def check(deck: DeckArg, set_: SetOption = None) -> None:
    """Validate a deck outline without building it; exit 1 when it has errors."""
    from workshop.build import check as check_deck

    try:
        warnings = check_deck(deck, _overrides(set_))
    except WorkshopError as exc:
        _print_diagnostics(exc.diagnostics)
        print(f"{len(exc.diagnostics)} problem(s) in {deck}", file=sys.stderr)
        raise typer.Exit(1) from None
    _print_diagnostics(warnings)
    print(f"{deck}: ok" + (f", {len(warnings)} warning(s)" if warnings else ""))


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


def main() -> None:
    """Run the command line."""
    app()
