"""The title slide: the deck's title, its subtitle and the event (made by the compiler)."""

from __future__ import annotations

from workshop.slide_types.kind import SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph

# Its words left of the light field, where the logo and the people stand; text on the dark
# field in the background colour (bg1), the pair a kit's contrast check covers.
_WORDS = g.Box(g.HERO_TITLE.x, g.HERO_TITLE.y, g.TITLE_TEXT_WIDTH, g.HERO_TITLE.cy)
LAYOUT = Layout("Title", [
    Ph("ctrTitle", 0, _WORDS, "Title", "Deck title", 4400, "bg1", anchor="b"),
    Ph("subTitle", 1, g.Box(_WORDS.x, int(4.1 * g.INCH), _WORDS.cx, int(0.8 * g.INCH)),
       "Subtitle", "Subtitle", 2600, "bg1", bullets=False),
    Ph("body", 10, g.Box(_WORDS.x, int(5.3 * g.INCH), _WORDS.cx, int(1.0 * g.INCH)),
       "Event", "Organization, date and place", 2000, "bg1", bullets=False),
], background="tx2", show_master_shapes=False,
    # the light field right of the words: the logo and the people stand there
    decorations=[(g.Box(g.TITLE_FIELD_X, 0, g.SLIDE_WIDTH - g.TITLE_FIELD_X, g.SLIDE_HEIGHT),
                  "bg1", "Light Field")])


TYPE = SlideType("title", None, LAYOUT, {"title": 0, "subtitle": 1, "event": 10},
                 required=("title", "subtitle"), common_names=("Title Slide",))
