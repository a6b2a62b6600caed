"""A short dialogue: the situation, then who says what."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.blocks import Block, Text
from workshop.model import Deck, ScenarioSlide
from workshop.notes_text import Paragraph, Run
from workshop.ooxml import elements
from workshop.ooxml.people import person_group
from workshop.ooxml.text import fill, text_body
from workshop.slide_types.kind import SlideType
from workshop.theme import geometry as g
from workshop.theme import people
from workshop.theme.layout_roles import Offered
from workshop.theme.layout_spec import Layout, Ph, footer_row, prompt_band, title_placeholder
from workshop.theme.people import person_shapes

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting


def key_points(slide: ScenarioSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the situation in italics, then the dialogue as a script."""
    lines = [Text(Paragraph((Run(slide.setup, italic=True),)))] if slide.setup else []
    return lines + [Text(Paragraph((Run(f"{line.speaker}: ", bold=True), Run(line.text))))
                    for line in slide.lines]


def write(writer: SlideWriting, slide: Slide, content: ScenarioSlide) -> None:
    """Set the situation across the top, then draw the dialogue's bubbles under it, each
    beside its speaker: one of two people seeded by the deck's and the slide's titles."""
    from workshop.slide_types import drawing

    top = g.CONTENT_TOP
    if content.setup:
        setup = writer.slot(slide, "scenario", "setup")
        frame = text_body(setup if setup is not None
                          else writer.text_box(slide, g.SCENARIO_SETUP, "Setup"))
        fill(frame, [Paragraph((Run(content.setup),))])
        top += g.SCENARIO_SETUP.cy
    area = g.Box(g.PANEL_X, top, g.PANEL_WIDTH, writer.content_bottom(content) - top)
    seed = f"{writer.deck.title}/{content.title}/speakers"

    def avatar(speaker: int, box: g.Box) -> None:
        """Draw the speaker's picture: one person of a pair seeded by the slide."""
        tree = elements.shape_tree_of(slide.element)
        drawn = person_shapes(seed, speaker, 2, people.SPEAKER_HEADS)
        tree.append(person_group(elements.next_slide_shape_id(tree), drawn,
                                 (box.x, box.y, box.cx, box.cy), people.recolouring(),
                                 f"Illustrated speaker {speaker + 1}"))

    drawing.draw_dialogue(slide, content.lines, writer.box(area), writer.body_font, avatar)


LAYOUT = Layout("Scenario", [
    title_placeholder(),
    Ph("body", 1, g.SCENARIO_SETUP, "Setup", "The situation", 2400, "tx2", bullets=False),
    prompt_band(), *footer_row(),
])


def roles_elsewhere(offered: Offered) -> dict[str, int]:
    """Return the situation's role on another template's layout: its first text
    placeholder (the dialogue is drawn)."""
    return {"setup": offered.idx[0]} if offered.idx else {}


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "At dinner", "layout": "scenario", "setup": "A question at dinner",
          "lines": [{"speaker": "Parent", "text": "How was school?"},
                    {"speaker": "Teen", "text": "Fine."}]}

TYPE = SlideType("scenario", ScenarioSlide, LAYOUT, {"title": 0, "setup": 1, "prompt": 13},
                 required=("title",), common_names=("Title Only",), banded=True,
                 replay=True, key_points=key_points, write=write, sample=SAMPLE,
                 roles_elsewhere=roles_elsewhere)
