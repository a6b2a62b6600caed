"""`workshop watch`: the real command, watching real files, as a facilitator edits them."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import REPO, png
from pptx import Presentation

WORKSHOP = str(Path(sys.executable).with_name("workshop"))
COLOURS = '{primary: "#1F4E79", accent: "#F2A900", background: "#FFFFFF", text: "#000000"}'


class Watching:
    """`workshop watch` running in `folder`, its output read line by line."""

    def __init__(self, folder: Path, *args: str):
        self.process = subprocess.Popen([WORKSHOP, "watch", *args], cwd=folder, text=True,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines: queue.Queue[str] = queue.Queue()
        self.errors: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        # stderr is read apart, so that neither pipe fills, and stdout has a single reader.
        self.error_reader = threading.Thread(target=self._read_errors, daemon=True)
        self.error_reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def _read_errors(self) -> None:
        assert self.process.stderr is not None
        self.errors.extend(self.process.stderr)

    def stop(self) -> str:
        """Press Ctrl-C; return what the command wrote to stderr, once it ended."""
        self.process.send_signal(signal.SIGINT)
        self.process.wait(timeout=30)
        self.error_reader.join(timeout=10)
        return "".join(self.errors)

    def rest(self) -> list[str]:
        """Return the lines printed after the last report read, once the command ended."""
        self.reader.join(timeout=10)
        return [line for line in (self.lines.get() for _ in range(self.lines.qsize())) if line]

    def next_build(self, timeout: float = 60) -> list[str]:
        """Return the lines of the next build's report, up to its "watching" line."""
        report, deadline = [], time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            if line.startswith("watching "):
                return report
            if line != "--":
                report.append(line)


def save(path: Path, text: str) -> None:
    """Save a file as an editor does, a moment after the last save (so watchers see it)."""
    time.sleep(0.3)
    path.write_text(text, encoding="utf-8")


def test_watch_rebuilds_on_each_save_keeps_the_last_good_deck_and_stops_on_ctrl_c(
        write_tree) -> None:
    root = write_tree({
        "d.yaml": "title: Parent night\nsections:\n  - title: Start\n    slides:\n"
                  "      - include: slides/welcome.yaml\n"
                  "      - {title: Plan, bullets: [talk, listen], notes: speaker_notes/plan.md}\n",
        "slides/welcome.yaml": "title: Welcome\nbullets: [Glad you came]\n",
        "speaker_notes/plan.md": "Walk through the plan.\n",
        "kit.yaml": f"name: Org\ncolors: {COLOURS}\nfooter: First footer\nlogo: logo.png\n",
        "logo.png": png(400, 100, "navy")})
    deck = root / "out" / "deck.pptx"
    watching = Watching(root, "d.yaml", "--brand", "kit.yaml", "-o", "out/deck.pptx")
    try:
        first = watching.next_build()
        assert first[-1].startswith("wrote out/deck.pptx (") and "after a change" not in first[-1]

        def slides() -> dict[str, tuple[str, list[str]]]:
            shown = Presentation(str(deck)).slides
            return {slide.shapes.title.text: (
                slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else "",
                [s.text_frame.text for s in slide.shapes if s.name == "Footer"])
                for slide in shown}

        save(root / "speaker_notes/plan.md", "Walk through the plan, slowly.\n")
        assert watching.next_build()[-1].endswith("after a change to speaker_notes/plan.md")
        assert slides()["Plan"][0].startswith("Walk through the plan, slowly.")

        save(root / "slides/welcome.yaml", "title: Welcome, families\nbullets: [Glad you came]\n")
        assert watching.next_build()[-1].endswith("after a change to slides/welcome.yaml")
        assert "Welcome, families" in slides()

        save(root / "kit.yaml", f"name: Org\ncolors: {COLOURS}\nfooter: Second footer\n"
                                "logo: logo.png\n")
        assert watching.next_build()[-1].endswith("after a change to kit.yaml")
        assert slides()["Plan"][1] == ["Second footer"]

        good = deck.read_bytes()
        save(root / "d.yaml", "title: [Parent night\n")
        broken = watching.next_build()
        assert broken[0].startswith("d.yaml:2:1: YAML syntax:")
        assert broken[-1] == ("1 problem(s) after a change to d.yaml; the last good deck is "
                              "still at out/deck.pptx")
        assert deck.read_bytes() == good

        save(root / "d.yaml", "title: Parent night again\nsections:\n  - title: Start\n"
                              "    slides:\n      - include: slides/welcome.yaml\n")
        assert watching.next_build()[-1].endswith("after a change to d.yaml")
        assert next(iter(slides())) == "Parent night again"
    finally:
        errors = watching.stop()
    assert watching.process.returncode == 0, errors
    assert watching.rest() == ["stopped watching"] and "Traceback" not in errors


def test_watch_of_a_missing_outline_says_so_once() -> None:
    result = subprocess.run([WORKSHOP, "watch", "no-such-deck.yaml"], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == "no-such-deck.yaml:1:1: file not found\n"


def plan_notes(deck: Path) -> str:
    """Return the notes of the slide titled Plan."""
    slide = next(s for s in Presentation(str(deck)).slides if s.shapes.title.text == "Plan")
    return slide.notes_slide.notes_text_frame.text


def test_watch_rebuilds_when_an_editor_saves_by_putting_a_link_in_the_files_place(
        write_tree) -> None:
    """Some editors save by writing a new file and putting a link to it where the old one
    was (rename-and-link): the notes file's name is unchanged, what it points to is new."""
    root = write_tree({
        "d.yaml": "title: Parent night\nsections:\n  - title: Start\n    slides:\n"
                  "      - {title: Plan, bullets: [talk], notes: speaker_notes/plan.md}\n",
        "speaker_notes/plan.md": "Walk through the plan.\n"})
    deck = root / "out" / "deck.pptx"
    watching = Watching(root, "d.yaml", "-o", "out/deck.pptx")
    try:
        watching.next_build()
        saved = root / "speaker_notes" / "plan.md.saved"
        saved.write_text("The plan, as saved through a link.\n", encoding="utf-8")
        time.sleep(0.3)
        link = root / "speaker_notes" / ".plan.md.new"
        link.symlink_to(saved.name)
        link.replace(root / "speaker_notes" / "plan.md")
        report = watching.next_build(timeout=30)
        assert report[-1].endswith("after a change to speaker_notes/plan.md"), report
        notes = plan_notes(deck)
        assert notes.startswith("The plan, as saved through a link.")
        save(saved, "Saved again, through the same link.\n")  # the link's target now
        watching.next_build(timeout=30)
        assert plan_notes(deck).startswith("Saved again, through the same link.")
    finally:
        errors = watching.stop()
    assert "Traceback" not in errors


def test_a_save_is_seen_even_when_the_output_was_made_a_link_to_that_input(write_tree) -> None:
    """The output replaced by a link to a notes file: a save of that notes file is an
    input's save (a build that refuses to write over it, saying so), never taken for the
    watch's own output and dropped."""
    root = write_tree({
        "d.yaml": "title: Parent night\nsections:\n  - title: Start\n    slides:\n"
                  "      - {title: Plan, bullets: [talk], notes: speaker_notes/plan.md}\n",
        "speaker_notes/plan.md": "Walk through the plan.\n"})
    deck = root / "deck.pptx"
    watching = Watching(root, "d.yaml", "-o", "deck.pptx")
    try:
        watching.next_build()
        deck.unlink()
        deck.symlink_to(Path("speaker_notes") / "plan.md")
        save(root / "speaker_notes" / "plan.md", "A new plan.\n")
        report = watching.next_build(timeout=30)
        assert any("would overwrite an input" in line for line in report), report
        assert (root / "speaker_notes" / "plan.md").read_text() == "A new plan.\n"
    finally:
        errors = watching.stop()
    assert "Traceback" not in errors


def test_a_watched_deck_carries_the_events_resources_on_every_build(tmp_path: Path) -> None:
    from workshop.events import resource_from_text
    from workshop.watch import DeckWatcher

    output = tmp_path / "lincoln.pptx"
    watcher = DeckWatcher(REPO / "decks" / "parent-night-short.yaml", output, resources=(
        resource_from_text("Lincoln MS counseling office: 555-0134"),))
    for _ in range(2):  # the first build, and one after a save
        rebuild = watcher.build()
        assert rebuild.result is not None, rebuild.problems
        shown = [shape.text_frame.text for slide in Presentation(str(output)).slides
                 for shape in slide.shapes if shape.has_text_frame]
        assert any("Lincoln MS counseling office" in text for text in shown)
