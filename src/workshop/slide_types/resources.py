"""Where to get help: the event's local contacts first, then the national lines."""

from __future__ import annotations

from workshop.blocks import Block, Bullets
from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.model import Deck, ResourcesSlide
from workshop.notes_text import Paragraph, Run
from workshop.slide_types.kind import SlideType
from workshop.theme import geometry as g

PANEL_SIZES = g.CARD_SIZES  # the local contacts' panel
PANEL_SHARE = 0.45  # of the slide's body, at most
PANEL_SIDE, PANEL_END = int(0.25 * g.INCH), int(0.12 * g.INCH)  # its insets


def key_points(slide: ResourcesSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return every resource, the event's local contacts first, as the slide shows them."""
    items = [*deck.event.resources, *(i for i in slide.items if i not in deck.event.resources)]
    return [Bullets(tuple(Paragraph((Run(f"{i.name}: ", bold=True), Run(i.detail)))
                          for i in items))]


# It shows the event's local contacts: made anew for each event.
TYPE = SlideType("resources", ResourcesSlide, "Resources", {"title": 0, "body": 1, "prompt": 13},
                 required=("title", "body"), common_names=("Title and Content",), banded=True,
                 reads=frozenset({"event"}), key_points=key_points)


def local_panel_size(box: g.Box, items: list[Paragraph], font: str) -> tuple[int, int]:
    """Return the height (EMU) and size (pt) of the panel of local contacts `items` across the
    top of `box`, a heading above them: at the largest of PANEL_SIZES that keeps it within
    PANEL_SHARE of the box (else the smallest)."""
    width = (box.cx - 2 * PANEL_SIDE) / g.PT
    for size in PANEL_SIZES:
        lines = sum(wrapped_lines([Span(run.text, size, run.bold) for run in item.runs], font,
                                  width) for item in items)
        height = int(((lines + 1) * size * LINE_HEIGHT + size * 0.4 * len(items)) * g.PT
                     + 2 * PANEL_END)
        if height <= PANEL_SHARE * box.cy:
            break
    return height, size
