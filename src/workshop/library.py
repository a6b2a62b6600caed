"""The parent-night library that comes with workshop: the shipped decks, their slide files and
speaker notes, the reference, the pictures and the example kits, found by name.

An installed package carries the library as package data (`workshop/library/`, copied from the
project's `decks/` and `speaker_notes/` when the wheel is built: see setup.py); a checkout
reads the same folders where they are. Either way the library is a project folder as any
other (outlines name their files from its root), which `workshop new` copies from.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workshop.paths import real

PACKAGED = Path(__file__).parent / "library"  # in an installed package
CHECKOUT = Path(__file__).parents[2]  # src/workshop/ -> the project folder, in a checkout
_MARK = Path("decks", "parent-night.yaml")  # a file only the library has


def library_root() -> Path:
    """Return the folder that holds the library's `decks/` and `speaker_notes/`: the
    package's own copy when installed, else the checkout it runs from."""
    for root in (PACKAGED, CHECKOUT):
        if (root / _MARK).is_file():
            return root
    return PACKAGED  # a broken install: every lookup below then finds nothing


@dataclass(frozen=True)
class BuiltIn:
    """A deck or kit of the library: the name it is asked for by, and its file."""

    name: str
    path: Path


def built_in_decks() -> list[BuiltIn]:
    """Return the library's decks by name (an outline's file name without .yaml), the English
    ones first, each group in name order."""
    return decks_in(library_root() / "decks")


def decks_in(decks: Path) -> list[BuiltIn]:
    """Return the outlines in the folder `decks` and its subfolders (not deeper: slide files
    live there) by name."""
    outlines = [*sorted(decks.glob("*.yaml"), key=_by_name),
                *sorted(decks.glob("*/*.yaml"), key=_by_name)]
    return [BuiltIn(path.stem, path) for path in outlines if _is_outline(path)]


def _by_name(path: Path) -> str:
    return path.stem


def built_in_kits() -> list[BuiltIn]:
    """Return the library's example kits by name, in name order."""
    return kits_in(library_root() / "decks" / "brands")


def kits_in(kits: Path) -> list[BuiltIn]:
    """Return the kits in the folder `kits` by name, in name order."""
    return [BuiltIn(path.stem, path) for path in sorted(kits.glob("*.yaml"))]


def _is_outline(path: Path) -> bool:
    """Return True when the YAML file at `path` is a deck outline (it has sections), not a
    slide file, a kit or a reference."""
    try:  # a project's folder may hold anything: a file that cannot be read is no outline
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(line.startswith("sections:") for line in text.splitlines())


def outline_path(given: Path) -> Path:
    """Return the outline a user named: the file `given` when there is one, else the deck of
    that name ("parent-night") in the project's decks/ (the current folder's), else in the
    library, else `given` (reading it then says it is missing)."""
    if _is_a_file_name(given):
        return given
    return _named(given, decks_in(PROJECT_DECKS), built_in_decks())


def kit_path(given: Path) -> Path:
    """Return the kit a user named: the file `given` when there is one, else the kit of that
    name ("example-county") in the project's decks/brands/, else in the library, else
    `given`."""
    if _is_a_file_name(given):
        return given
    return _named(given, kits_in(PROJECT_DECKS / "brands"), built_in_kits())


PROJECT_DECKS = Path("decks")  # a project's outlines, from the folder a command runs in


def _is_a_file_name(given: Path) -> bool:
    """Return True when `given` is a file, or reads as a file's name (an extension, a folder
    on the way): never a deck's or kit's name."""
    return given.exists() or bool(given.suffix) or len(given.parts) != 1


def _named(given: Path, *places: list[BuiltIn]) -> Path:
    """Return the file of the first item named `given` in `places`, else `given`."""
    return next((item.path for items in places for item in items if item.name == given.name),
                given)


def is_library(folder: Path) -> bool:
    """Return True when `folder` is the library's own decks folder (a checkout's decks/)."""
    return real(folder) == real(library_root() / "decks")
