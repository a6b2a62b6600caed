"""Steps in order, each a title over its detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.blocks import Block, Bullets
from workshop.model import Deck, ProcessSlide
from workshop.notes_text import Paragraph, Run
from workshop.slide_types.kind import SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, footer_row, prompt_band, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting


def key_points(slide: ProcessSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the steps as a numbered list, each title bold before its detail."""
    return [Bullets(tuple(Paragraph((Run(f"{step.title}: ", bold=True), Run(step.detail)))
                          for step in slide.steps), numbered=True)]


def write(writer: SlideWriting, slide: Slide, content: ProcessSlide) -> None:
    """Draw the steps as numbered arrows over their cards, across the content area."""
    from workshop.slide_types import drawing

    area = g.Box(g.PANEL_X, g.CONTENT_TOP, g.PANEL_WIDTH,
                 writer.content_bottom(content) - g.CONTENT_TOP)
    drawing.draw_steps(slide, content.steps, writer.box(area), writer.body_font)


LAYOUT = Layout("Process", [title_placeholder(), prompt_band(), *footer_row()])


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "Steps", "layout": "process",
          "steps": [{"title": "Stop", "detail": "reply no more"},
                    {"title": "Save", "detail": "the messages"}]}

TYPE = SlideType("process", ProcessSlide, LAYOUT, {"title": 0, "prompt": 13},
                 required=("title",), common_names=("Title Only",), banded=True,
                 replay=True, key_points=key_points, write=write, sample=SAMPLE)
