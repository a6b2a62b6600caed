"""Steps in order, each a title over its detail."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.blocks import Block, Bullets
from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.model import ProcessSlide, Step
from workshop.notes_text import Paragraph, Run
from workshop.ooxml.fit import WRAP_SLACK_PT
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, footer_row, prompt_band, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.writing import SlideWriting


def key_points(slide: ProcessSlide, showing: Showing) -> list[Block]:
    """Return the steps as a numbered list, each title bold before its detail."""
    return [Bullets(tuple(Paragraph((Run(f"{step.title}: ", bold=True), Run(step.detail)))
                          for step in slide.steps), numbered=True)]


def write(writer: SlideWriting, slide: Slide, content: ProcessSlide) -> None:
    """Draw the steps as numbered arrows over their cards, across the content area."""
    area = g.Box(g.PANEL_X, g.CONTENT_TOP, g.PANEL_WIDTH,
                 writer.content_bottom(content) - g.CONTENT_TOP)
    for drawn in draw_steps(slide, content.steps, writer.box(area), writer.body_font):
        writer.keep_company(drawn)


LAYOUT = Layout("Process", [title_placeholder(), prompt_band(), *footer_row()])


def draw_steps(slide: Slide, steps: list[Step], area: g.Box, body_font: str) -> list[Element]:
    """Draw numbered arrows left to right across the top of `area`, each over a flat card
    with its step's title (bold) and detail: the arrows show the number alone, so no label
    can wrap where its neighbours do not, in any font or language (design system, section
    4); each card under its arrow, as wide, the cards as tall as the longest title and detail
    need at the largest size that fits, all of one height. Return the arrows and cards, in
    order."""
    from workshop.slide_types import drawing

    gap = int(0.15 * g.INCH)
    width = (area.cx - gap * (len(steps) - 1)) // len(steps)
    card_gap = int(0.15 * g.INCH)  # the design system's 0.15 under the arrows
    room = area.cy - _HEAD_HEIGHT - card_gap
    text_width = (width - 2 * _CARD_SIDE) / g.PT - WRAP_SLACK_PT
    for size in _CARD_SIZES:
        lines = max(wrapped_lines([Span(step.title, size, bold=True)], body_font, text_width)
                    + wrapped_lines([Span(step.detail, size)], body_font, text_width)
                    for step in steps)
        card = int(lines * size * LINE_HEIGHT * g.PT) + 2 * _CARD_END
        if card <= room:
            break
    card = min(room, max(card, int(1.1 * g.INCH)))
    top, drawn = area.y, []  # on the content line, as every slide's content starts
    for n, step in enumerate(steps):
        x = area.x + n * (width + gap)
        kind = "homePlate" if n == 0 else "chevron"
        head_box = g.Box(x, top, width, _HEAD_HEIGHT)
        drawn.append(drawing.stamped(slide, _step_head, head_box, f"Step {n + 1}",
                                     [str(n + 1)], kind, _NUMBER_PT))
        card_box = g.Box(x, top + _HEAD_HEIGHT + card_gap, width, card)  # its arrow's width
        drawn.append(drawing.stamped(slide, _step_card, card_box, f"Step {n + 1} Detail",
                                     [step.title, step.detail], size))
    return drawn


_HEAD_HEIGHT = int(0.7 * g.INCH)  # a step's arrow
_NUMBER_PT = 28  # the step's number on its arrow
_CARD_SIZES = g.CARD_SIZES  # a step's title and detail, largest first
_CARD_SIDE, _CARD_END = int(0.15 * g.INCH), int(0.15 * g.INCH)  # the card's text insets


def _step_head(slide: Slide, box: g.Box, texts: list[str], kind: str, size: int):
    """Return an arrow (the preset `kind`) at `box`, its number (`texts`) bold at `size` pt."""
    from workshop.slide_types import drawing

    # A shallow point: the text is laid out between notch and point, so a deep one (the
    # preset's half the height) leaves a narrow step, on a 4:3 template too narrow for its words.
    head = drawing.shape(slide, kind, box, colour="accent1", adjust=(_STEP_POINT,))
    drawing.style_text(head, texts[0], size=size, bold=True, colour="bg1", align="ctr")
    return head


_STEP_POINT = 0.2  # the depth of a step's point, as a share of its height


def _step_card(slide: Slide, box: g.Box, texts: list[str], size: int):
    """Return a flat card at `box` with a step's title (bold) over its detail."""
    from workshop.slide_types import drawing

    card = drawing.shape(slide, "rect", box, colour="bg2")
    title, detail = texts
    drawing.style_text(card, title, size=size, bold=True, colour="tx2", anchor="t")
    drawing.add_text(card, [drawing.Styled(detail, drawing.Style(size, colour="tx1"))],
                     new_paragraph=True)
    drawing.frame(card, insets=(_CARD_SIDE, _CARD_SIDE, _CARD_END, _CARD_END))
    return card


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "Steps", "layout": "process",
          "steps": [{"title": "Stop", "detail": "reply no more"},
                    {"title": "Save", "detail": "the messages"}]}

TYPE = SlideType("process", ProcessSlide, LAYOUT,
                 required=("title",), common_names=("Title Only",), banded=True,
                 replay=True, key_points=key_points, write=write, sample=SAMPLE,
                 colour_pairs=(("dk1", "lt2", LARGE_TEXT_MINIMUM, "text in step panels"),
                               ("lt1", "accent1", LARGE_TEXT_MINIMUM, "step headings")))
