"""The `workshop` entry point: the collector paused for imports, and back for the work."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from conftest import REPO
from pptx import Presentation

from workshop.build import build
from workshop.collector import collector_paused, imports_done, pause_collector_for_imports

WORKSHOP = Path(sys.executable).with_name("workshop")


def test_the_installed_command_builds_a_deck(tmp_path: Path) -> None:
    output = tmp_path / "short.pptx"
    result = subprocess.run([str(WORKSHOP), "build", "decks/parent-night-short.yaml", "-o",
                             str(output)], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {output}")
    title = Presentation(str(output)).slides[0].shapes.title.text
    assert title == "Sextortion: What Parents Can Do"


def test_a_library_build_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    assert gc.isenabled()
    build(REPO / "decks" / "parent-night-short.yaml", tmp_path / "short.pptx")
    assert gc.isenabled()
    gc.disable()
    try:
        build(REPO / "decks" / "parent-night-short.yaml", tmp_path / "short.pptx")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_command_pauses_the_collector_for_imports_and_each_job_then_restores_it() -> None:
    pause_collector_for_imports()
    try:
        assert not gc.isenabled()
        with collector_paused():  # a job: the imports are done, the collector stays paused
            assert not gc.isenabled()
        assert gc.isenabled()  # back between jobs
    finally:
        imports_done()
        gc.unfreeze()


def test_a_collector_turned_off_on_purpose_stays_off() -> None:
    gc.disable()
    try:
        pause_collector_for_imports()
        with collector_paused():
            pass
        imports_done()
        assert not gc.isenabled()
    finally:
        gc.enable()
