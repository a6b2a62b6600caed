"""Steps in order, each a title over its detail."""

from __future__ import annotations

from workshop.blocks import Block, Bullets
from workshop.model import Deck, ProcessSlide
from workshop.notes_text import Paragraph, Run
from workshop.slide_types.kind import SlideType


def key_points(slide: ProcessSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the steps as a numbered list, each title bold before its detail."""
    return [Bullets(tuple(Paragraph((Run(f"{step.title}: ", bold=True), Run(step.detail)))
                          for step in slide.steps), numbered=True)]


TYPE = SlideType("process", ProcessSlide, "Process", {"title": 0, "prompt": 13},
                 required=("title",), common_names=("Title Only",), banded=True,
                 replay=True, key_points=key_points)
