"""Benchmark `workshop watch`'s rebuild: the full deck (with and without a kit) built once,
then built again after each of twenty saves of one slide's notes file, in the watch's one
build session, as the command does. Prints one table of medians.

    .venv/bin/python benchmarks/watch.py
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))

from workshop.watch import DeckWatcher  # noqa: E402

SAVES = 20
NOTES = Path("speaker_notes/parent-night/before-we-begin.md")  # one slide's script


def rebuilds(project: Path, kit: Path | None) -> tuple[float, list[float]]:
    """Return the first build's seconds and each rebuild's, one per save of the notes."""
    watcher = DeckWatcher(project / "decks" / "parent-night.yaml", project / "out.pptx", kit)
    first = watcher.build()
    assert first.result is not None, first.problems
    notes = project / NOTES
    text = notes.read_text(encoding="utf-8")
    seconds = []
    for n in range(SAVES):
        notes.write_text(f"{text}\nSaved {n} times.\n", encoding="utf-8")
        rebuild = watcher.build([notes])
        assert rebuild.result is not None, rebuild.problems
        seconds.append(rebuild.seconds)
    return first.seconds, seconds


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="workshop-watch-") as folder:
        project = Path(folder)
        shutil.copytree(REPO / "decks", project / "decks")
        shutil.copytree(REPO / "speaker_notes", project / "speaker_notes")
        print(f"{SAVES} saves of one notes file, Python {sys.version.split()[0]}")
        print("| deck | first build | rebuild after a save (median) | fastest | slowest |")
        print("|---|---|---|---|---|")
        for name, kit in (("parent-night", None),
                          ("parent-night, Example County kit",
                           project / "decks" / "brands" / "example-county.yaml")):
            first, seconds = rebuilds(project, kit)
            print(f"| {name} | {first * 1000:.0f} ms | {statistics.median(seconds) * 1000:.0f} "
                  f"ms | {min(seconds) * 1000:.0f} ms | {max(seconds) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
