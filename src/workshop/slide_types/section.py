"""A section's divider: its number, title and summary (made by the compiler)."""

from __future__ import annotations

from workshop.slide_types.kind import SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row

# Its words left of the disc the writer draws, with two people, on the title's dark field
# (the design system's "dark field" is the primary colour in every look: an accent-coloured
# field read as an alarm in the warm look's rust).
_WORDS = g.Box(g.HERO_TITLE.x, g.HERO_TITLE.y, g.DIVIDER_TEXT_WIDTH, g.HERO_TITLE.cy)
LAYOUT = Layout("Section", [
    Ph("title", 0, _WORDS, "Title", "Section title", 4000, "bg1", anchor="b"),
    Ph("body", 1, g.Box(_WORDS.x, int(4.2 * g.INCH), _WORDS.cx, int(1.4 * g.INCH)),
       "Summary", "What this section covers", 2400, "bg1", bullets=False),
    *footer_row("bg1"),
], background="tx2", show_master_shapes=False)


TYPE = SlideType("section", None, LAYOUT, {"title": 0, "body": 1},
                 required=("title",), common_names=("Section Header",))
