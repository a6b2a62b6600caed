"""Two columns side by side, each a heading over its points."""

from __future__ import annotations

from workshop.blocks import Block, Bullets, Columns, Text, plain
from workshop.model import ComparisonSlide, Deck
from workshop.notes_text import Paragraph, Run
from workshop.slide_types.kind import SlideType


def key_points(slide: ComparisonSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the two columns side by side, as the notes speak of them."""
    return [Columns(tuple((Text(Paragraph((Run(column.heading, bold=True),))),
                           Bullets(tuple(plain(b) for b in column.bullets)))
                          for column in (slide.left, slide.right)), (3.25, 3.25))]


TYPE = SlideType("comparison", ComparisonSlide, "Comparison",
                 {"title": 0, "left_heading": 1, "left": 2, "right_heading": 3, "right": 4,
                  "prompt": 13},
                 required=("title", "left", "right"),
                 common_names=("Comparison", "Two Content"), banded=True, replay=True,
                 key_points=key_points)
