"""Filling python-pptx text frames with paragraphs of styled runs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pptx.text.text import TextFrame

from workshop.notes_text import Paragraph, Run


def fill(frame: TextFrame, paragraphs: Sequence[Paragraph], levels: Iterable[int] = ()) -> None:
    """Replace the frame's text with `paragraphs`, each at its level (default 0)."""
    levels = list(levels)
    frame.clear()
    for n, paragraph in enumerate(paragraphs):
        target = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        if n < len(levels) and levels[n]:
            target.level = levels[n]
        for run in paragraph.runs:
            added = target.add_run()
            added.text = run.text
            if run.bold:
                added.font.bold = True
            if run.italic:
                added.font.italic = True


def plain(*texts: str) -> list[Paragraph]:
    """Return one unstyled paragraph per text."""
    return [Paragraph((Run(text),)) for text in texts]


def labelled(label: str, text: str) -> Paragraph:
    """Return a paragraph with a bold label followed by plain text."""
    return Paragraph((Run(label, bold=True), Run(f" {text}")))
