"""The decks and kits of a project folder, as the studio lists them and looks them up.

A page names a deck or kit by its key (its path inside the folder, without `.yaml`), and
only keys from these listings are ever turned into files: a request cannot reach a file the
listing does not hold, inside the folder or out of it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from workshop.brand import localized
from workshop.errors import WorkshopError
from workshop.loader import load_yaml
from workshop.paths import ProjectFiles, real


@dataclass(frozen=True)
class DeckEntry:
    """An outline of the project: its key, file, title, language, planned minutes of slides,
    subtitle (which tells apart decks of one title) and the most minutes of questions after
    the slides, when the outline plans them."""

    key: str
    path: Path
    title: str
    language: str
    minutes: int | None
    subtitle: str = ""
    questions: int | None = None

    @property
    def booked(self) -> int | None:
        """Return the minutes to book: the slides' and the questions' after them."""
        return None if self.minutes is None else self.minutes + (self.questions or 0)


@dataclass(frozen=True)
class KitEntry:
    """A brand kit of the project: its key, file and organization name, and its support
    person as the kit file writes it (one text, or one per language) in the kit's language."""

    key: str
    path: Path
    name: str
    support_person: object = field(default=None, compare=False)  # a mapping: not hashed
    language: str = "en"

    def support_person_in(self, language: str) -> str:
        """Return the support person a deck in `language` shows with this kit (as a build
        does: see brand.localized), or ""."""
        shown, _ = localized(self.support_person, self.language, language)
        return shown if isinstance(shown, str) else ""


class StudioProject:
    """A project folder: `decks/` (outlines; kits under `decks/brands/`)."""

    def __init__(self, root: Path):
        self.root = real(root)
        self.files = ProjectFiles(self.root)

    def decks(self) -> list[DeckEntry]:
        """Return the project's outlines (a YAML file with sections), by key."""
        found = []
        for path, data in self._yaml_files(("decks",), skip=("brands", "slides", "reference")):
            if isinstance(data, dict) and isinstance(data.get("sections"), list):
                after = data.get("questions_after")
                found.append(DeckEntry(self._key(path), path, str(data.get("title") or ""),
                                       str(data.get("language") or "en"),
                                       _minutes(data.get("duration")),
                                       str(data.get("subtitle") or ""),
                                       _minutes(after[-1]) if isinstance(after, list) and after
                                       else None))
        return found

    def kits(self) -> list[KitEntry]:
        """Return the project's brand kits (a YAML file in decks/brands with a name)."""
        return [KitEntry(self._key(path), path, str(data.get("name")),
                         data.get("support_person"), str(data.get("language") or "en"))
                for path, data in self._yaml_files(("decks", "brands"))
                if isinstance(data, dict) and data.get("name")]

    def read_only(self, kit: KitEntry) -> bool:
        """Return True for an example kit that comes with workshop (the library's own, as
        when the studio serves the library itself): the studio offers a copy to change."""
        from workshop.library import library_root

        examples = real(library_root() / "decks" / "brands")
        return real(kit.path).parent == examples

    def deck(self, key: str) -> DeckEntry | None:
        """Return the outline listed under `key`, or None."""
        return next((deck for deck in self.decks() if deck.key == key), None)

    def kit(self, key: str) -> KitEntry | None:
        """Return the kit listed under `key`, or None."""
        return next((kit for kit in self.kits() if kit.key == key), None)

    def _key(self, path: Path) -> str:
        return path.relative_to(self.root).with_suffix("").as_posix()

    def _yaml_files(self, folder: tuple[str, ...],
                    skip: tuple[str, ...] = ()) -> list[tuple[Path, object]]:
        """Return each readable YAML file in `folder` (and the folders below it but those
        named in `skip`) with its data; files that link outside the project are left out."""
        base = self.root.joinpath(*folder)
        found = []
        for current, folders, names in os.walk(base):
            folders[:] = sorted(f for f in folders if f not in skip and not f.startswith("."))
            for name in sorted(names):
                if not name.endswith(".yaml") or name.startswith("."):
                    continue  # a hidden file: an editor's or the kit page's scratch copy
                relative = Path(current, name).relative_to(self.root).as_posix()
                try:
                    path = self.files.resolve(relative)
                    found.append((path, load_yaml(path).data))
                except (ValueError, WorkshopError):
                    continue
        return found


def _minutes(value: object) -> int | None:
    """Return an outline's planned minutes as the listing shows them, or None for anything
    that is not a plain count (the outline's own check says what is wrong with it): the
    listing reads every outline of the project, so no value of one may stop it."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 < value < 10_000 else None
    text = str(value)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 5 else None
