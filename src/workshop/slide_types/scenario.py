"""A short dialogue: the situation, then who says what."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workshop.blocks import Block, Text
from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.model import Line, ScenarioSlide
from workshop.notes_text import Paragraph, Run
from workshop.ooxml import elements
from workshop.ooxml.fit import WRAP_SLACK_PT
from workshop.ooxml.people import person_group
from workshop.ooxml.shapes import shape_tree
from workshop.ooxml.text import fill, text_body
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme import people
from workshop.theme.layout_roles import Offered
from workshop.theme.layout_spec import Layout, Ph, footer_row, prompt_band, title_placeholder
from workshop.theme.people import person_shapes

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.writing import SlideWriting


def key_points(slide: ScenarioSlide, showing: Showing) -> list[Block]:
    """Return the situation in italics, then the dialogue as a script."""
    lines = [Text(Paragraph((Run(slide.setup, italic=True),)))] if slide.setup else []
    return lines + [Text(Paragraph((Run(f"{line.speaker}: ", bold=True), Run(line.text))))
                    for line in slide.lines]


def write(writer: SlideWriting, slide: Slide, content: ScenarioSlide) -> None:
    """Set the situation across the top, then draw the dialogue's bubbles under it, each
    beside its speaker: one of two people seeded by the deck's and the slide's titles."""
    top = g.CONTENT_TOP
    if content.setup:
        setup = writer.slot(slide, "setup")
        frame = text_body(setup if setup is not None
                          else writer.text_box(slide, SCENARIO_SETUP, "Setup"))
        fill(frame, [Paragraph((Run(content.setup),))])
        top += SCENARIO_SETUP.cy
    area = g.Box(g.PANEL_X, top, g.PANEL_WIDTH, writer.content_bottom(content) - top)
    seed = f"{writer.deck.title}/{content.title}/speakers"

    def avatar(speaker: int, box: g.Box) -> None:
        """Draw the speaker's picture: one person of a pair seeded by the slide."""
        tree = shape_tree(slide.element)
        drawn = person_shapes(seed, speaker, 2, people.SPEAKER_HEADS)
        elements.insert_shape(tree, person_group(
            elements.next_slide_shape_id(tree), drawn, (box.x, box.y, box.cx, box.cy),
            people.recolouring(), f"Illustrated speaker {speaker + 1}"))

    for bubble in draw_dialogue(slide, content.lines, writer.box(area), writer.body_font,
                                avatar):
        writer.keep_company(bubble)


# A scenario's situation, one line across the top of the content; its dialogue starts under it.
SCENARIO_SETUP = g.Box(g.MARGIN, g.CONTENT_TOP, g.WIDTH, int(0.6 * g.INCH))

LAYOUT = Layout("Scenario", [
    title_placeholder(),
    Ph("body", 1, SCENARIO_SETUP, "Setup", "The situation", 2400, "tx2", bullets=False,
       role="setup"),
    prompt_band(), *footer_row(),
])


def roles_elsewhere(offered: Offered) -> dict[str, int]:
    """Return the situation's role on another template's layout: its first text
    placeholder (the dialogue is drawn)."""
    return {"setup": offered.idx[0]} if offered.idx else {}


def draw_dialogue(slide: Slide, lines: list[Line], area: g.Box, body_font: str,
                  avatar: Callable[[int, g.Box], None] | None = None) -> list[Element]:
    """Draw the lines as speech bubbles from the top of `area`, the first speaker's at the
    left and the second's at the right, each bubble seven of the area's twelve columns wide
    and as tall as its own words, with a short tail towards its speaker; with `avatar`, each
    speaker's picture (drawn by `avatar(speaker, box)`) stands in the outer column beside
    their first bubble. The words take the largest size at which every bubble fits.
    Return the bubbles, in order."""
    from workshop.slide_types import drawing

    column = (area.cx - 11 * _DIALOGUE_GUTTER) // 12
    step = column + _DIALOGUE_GUTTER
    width = 7 * step - _DIALOGUE_GUTTER
    speakers = list(dict.fromkeys(line.speaker for line in lines))

    def heights(size: int) -> list[int]:
        """Return each bubble's height at `size`: its lines and insets, and what the rounded
        corners take off its text's room (a share of the height; reckoned for three lines, so
        a line is never measured wider than the bubble lets it run)."""
        line_height = size * LINE_HEIGHT * g.PT
        loss = drawing.CORNER_LOSS
        corners = loss * (3 * line_height + 2 * _BUBBLE_END) / (1 - loss)
        text_width = (width - 2 * _BUBBLE_SIDE - corners) / g.PT - WRAP_SLACK_PT
        return [int((wrapped_lines([Span(f"{line.speaker}: ", size, bold=True),
                                    Span(line.text, size)], body_font, text_width)
                     * line_height + 2 * _BUBBLE_END) / (1 - drawing.CORNER_LOSS))
                for line in lines]

    for size in _BUBBLE_SIZES:
        tall = heights(size)
        if sum(tall) + _BUBBLE_GAP * (len(lines) - 1) <= area.cy:
            break
    top, placed, bubbles = area.y, set(), []
    for n, (line, height) in enumerate(zip(lines, tall, strict=True)):
        right = speakers.index(line.speaker) % 2 == 1
        x = area.x + (4 * step if right else step)
        box = g.Box(x, top, width, height)
        bubbles.append(drawing.stamped(slide, _bubble, box, f"Line {n + 1}",
                                       [f"{line.speaker}: ", line.text], right, size))
        if avatar is not None and line.speaker not in placed:
            placed.add(line.speaker)
            side = min(column, _AVATAR_MOST)
            # level with the bubble's top, the side its tail points to
            avatar(speakers.index(line.speaker),
                   g.Box(area.x + area.cx - side if right else area.x, top, side, side))
        top += height + _BUBBLE_GAP
    return bubbles


_BUBBLE_SIZES = (24, 20)  # a line's words, largest first: the size the bubbles allow
_BUBBLE_GAP = int(0.2 * g.INCH)  # between one bubble and the next
_DIALOGUE_GUTTER = int(0.24 * g.INCH)  # the design system's gutter between its 12 columns
_AVATAR_MOST = int(0.9 * g.INCH)  # a speaker's picture: no wider than its column
_BUBBLE_SIDE, _BUBBLE_END = int(0.2 * g.INCH), int(0.08 * g.INCH)  # a bubble's text insets


def _bubble(slide: Slide, box: g.Box, texts: list[str], right: bool, size: int):
    """Return a speech bubble at `box`, its tail toward the speaker on the `right` or the
    left, the speaker's name bold before the words (`texts`) at `size` pt."""
    from workshop.slide_types import drawing

    # The tip beside the bubble, a little below its middle: PowerPoint's callout then draws
    # the tail from the near side (a third of the height wide), short and clear, and a user
    # can still drag it. A tip below the bubble would draw it along the whole bottom edge.
    reach = 0.5 + drawing.TAIL / box.cx
    bubble = drawing.shape(slide, "wedgeRoundRectCallout", box,
                           colour="tx2" if right else "bg2",
                           adjust=(reach if right else -reach, 0.12, drawing.CORNER))
    colour = "bg1" if right else "tx1"
    drawing.frame(bubble, wrap=True, anchor="ctr",
                  insets=(_BUBBLE_SIDE, _BUBBLE_SIDE, _BUBBLE_END, _BUBBLE_END))
    drawing.add_text(bubble, [drawing.Styled(text, drawing.Style(size, bold, colour))
                              for text, bold in zip(texts, (True, False), strict=True)],
                     align="l")
    return bubble


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "At dinner", "layout": "scenario", "setup": "A question at dinner",
          "lines": [{"speaker": "Parent", "text": "How was school?"},
                    {"speaker": "Teen", "text": "Fine."}]}

TYPE = SlideType("scenario", ScenarioSlide, LAYOUT,
                 required=("title",), common_names=("Title Only",), banded=True,
                 replay=True, key_points=key_points, write=write, sample=SAMPLE,
                 roles_elsewhere=roles_elsewhere,
                 colour_pairs=(("dk1", "lt2", LARGE_TEXT_MINIMUM, "speech bubbles"),))
