"""The benchmarks' generated outlines are real decks: they build, with the slides they claim."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import REPO
from pptx import Presentation

from workshop.build import build

sys.path.insert(0, str(REPO / "benchmarks"))
from outlines import write_library_outline, write_markdown, write_outline


def test_the_scaled_outline_has_its_slides_bullets_and_notes(tmp_path: Path) -> None:
    result = build(write_outline(tmp_path, 20), tmp_path / "bench.pptx")
    slides = Presentation(str(tmp_path / "bench.pptx")).slides
    content = [s for s in slides if s.shapes.title.text.startswith("Slide ")]
    assert len(content) == 20
    assert content[0].shapes.title.text == "Slide 1: listening trust phone"
    body = next(s for s in content[0].placeholders if s.placeholder_format.idx == 1)
    assert len(body.text_frame.paragraphs) == 5
    assert len(content[0].notes_slide.notes_text_frame.text.split()) >= 30
    assert result.slides == len(slides)


def test_the_markdown_for_pandoc_has_the_same_slides(tmp_path: Path) -> None:
    text = write_markdown(tmp_path, 20).read_text(encoding="utf-8")
    assert text.count("\n## Slide ") == 20
    assert text.count("::: notes") == 20


def test_the_library_outline_cycles_through_every_layout(tmp_path: Path) -> None:
    outline = write_library_outline(REPO, 42)
    build(outline, tmp_path / "library.pptx")
    layouts = {s.slide_layout.name for s in Presentation(str(tmp_path / "library.pptx")).slides}
    assert {"Statistic", "Process", "Image", "Scenario", "Comparison", "Discussion"} <= layouts
