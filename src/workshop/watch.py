"""A deck built, then built again on every save of a file it is made from.

One build session lives as long as the watch, so a rebuild makes again only what the change
touched: the slides whose outline, script or picture changed are made, the others are copied
from the last build (see writers/pptx_replay), and the session's caches notice a changed
file by its bytes or its status. A save that breaks the outline writes nothing, so the last
good deck stays where it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workshop.build import BuildResult, build
from workshop.errors import Diagnostic, WorkshopError
from workshop.model import Resource
from workshop.paths import project_root, real
from workshop.session import BuildSession


@dataclass(frozen=True)
class Rebuild:
    """One build of a watched deck: what it wrote, or the problems that stopped it; how long
    it took; and the saved files that asked for it (none for the first)."""

    changed: tuple[Path, ...]
    seconds: float
    result: BuildResult | None = None
    problems: list[Diagnostic] = field(default_factory=list)


class DeckWatcher:
    """Builds one deck (with a kit, look and values) into one output, again and again."""

    def __init__(self, deck: Path, output: Path, brand: Path | None = None,
                 look: str | None = None, overrides: dict[str, str] | None = None,
                 resources: tuple[Resource, ...] = ()):
        self.deck, self.output, self.brand = deck, output, brand
        self.look, self.overrides, self.resources = look, overrides or {}, resources
        self.session = BuildSession()
        self.inputs: set[Path] = set()  # the files the last good build was made from

    def build(self, changed: Iterable[Path] = ()) -> Rebuild:
        """Build the deck now; return what became of it (a failure writes nothing)."""
        start = time.perf_counter()
        try:
            with self.session:
                result = build(self.deck, self.output, self.overrides, self.brand, self.look,
                               self.resources, typed=True)
        except WorkshopError as exc:
            return Rebuild(tuple(changed), time.perf_counter() - start,
                           problems=exc.diagnostics)
        self.inputs = {form for path in result.inputs for form in _names_of(path)}
        return Rebuild(tuple(changed), time.perf_counter() - start, result)

    def folders(self) -> list[Path]:
        """Return the folders to watch (each on its own, not the folders below it): those of
        the files the last good build read, and always the outline's project folder and
        the outline's and kit's own folders, where a file a broken build never reached may
        be saved."""
        folders = {path.parent for path in self.inputs}
        folders.update(real(p) for p in (project_root(self.deck), self.deck.parent))
        if self.brand is not None:
            folders.add(real(self.brand).parent)
        return sorted(folder for folder in folders if folder.is_dir())

    def concerns(self, saved: Iterable[Path]) -> tuple[Path, ...]:
        """Return the saved files that call for a build: the last good build's inputs, or,
        while the deck is broken, any file but the output and temporary files."""
        output = set(_names_of(self.output))
        found = []
        for path in sorted({Path(p) for p in saved}):
            names = set(_names_of(path))
            if names & self.inputs:  # an input, even when the output is (a link to) it
                found.append(path)
            elif not (names & output or path.name.startswith(".") or self.inputs):
                found.append(path)  # broken: any save but our own output or a temporary
        return tuple(found)


def _names_of(path: Path) -> tuple[Path, Path]:
    """Return the two names a watched file goes by: in its folder (resolved, as a watch
    reports it), and resolved whole. An editor that saves by replacing the file with a link
    changes the second but not the first, so either matching counts."""
    absolute = path.absolute()
    return real(absolute.parent) / absolute.name, real(absolute)


def watch(watcher: DeckWatcher, on_build: Callable[[Rebuild], None],
          changes: Callable[[list[Path]], Iterator[set[Path]]]) -> None:
    """Build, then build again whenever `changes(folders)` (which yields each batch of saved
    files in those folders, until it stops) reports a file the deck is made from; call
    `on_build` with each build. Watches afresh when a build changes the folders to watch
    (an outline that now includes a file from another folder)."""
    on_build(watcher.build())
    while True:
        folders = watcher.folders()
        for saved in changes(folders):
            changed = watcher.concerns(saved)
            if changed:
                on_build(watcher.build(changed))
                if watcher.folders() != folders:
                    break
        else:
            return


def file_changes(folders: list[Path]) -> Iterator[set[Path]]:
    """Yield each batch of files saved (written, added or removed) in `folders`, not the
    folders below them; Ctrl-C raises KeyboardInterrupt."""
    import watchfiles

    for batch in watchfiles.watch(*folders, recursive=False, debounce=60, step=20):
        yield {Path(path) for _, path in batch}
