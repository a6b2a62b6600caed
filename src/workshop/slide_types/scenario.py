"""A short dialogue: the situation, then who says what."""

from __future__ import annotations

from workshop.blocks import Block, Text
from workshop.model import Deck, ScenarioSlide
from workshop.notes_text import Paragraph, Run
from workshop.slide_types.kind import SlideType


def key_points(slide: ScenarioSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the situation in italics, then the dialogue as a script."""
    lines = [Text(Paragraph((Run(slide.setup, italic=True),)))] if slide.setup else []
    return lines + [Text(Paragraph((Run(f"{line.speaker}: ", bold=True), Run(line.text))))
                    for line in slide.lines]


# Its speakers are drawn as people seeded by the deck's title: a copy is the same title's.
TYPE = SlideType("scenario", ScenarioSlide, "Scenario", {"title": 0, "setup": 1, "prompt": 13},
                 required=("title",), common_names=("Title Only",), banded=True,
                 keyed_by=("title",), replay=True, key_points=key_points)
