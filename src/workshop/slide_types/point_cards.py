"""Point cards: three or four short points, each on a panel of its own, side by side (design
system, section 4: "icon cards"). Points with icons of their own show them at the top of their
cards; plain points get an accent rule there instead. Never a numeral: points in order are
steps (`numbered: true`), and a number on a point that has no order reads as a rank.
Chosen for a short list whose points are short."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.model import BulletSlide, IconPoint, point_text
from workshop.ooxml import elements
from workshop.ooxml.icons import icon_shape
from workshop.ooxml.shapes import shape_tree
from workshop.slide_types import cards
from workshop.slide_types.kind import ListType
from workshop.theme import geometry as g
from workshop.theme.icons import icon_svg

if TYPE_CHECKING:
    from pptx.slide import Slide

NAME = "cards"
WORDS = "Card"  # each point's panel, numbered: "Card 1"
SIZES = (24, 20)  # a card's words, largest first: a step under the body
MOST_LINES = 4
LONGEST = 60  # characters a point may have and still go on a card
ICON = int(0.6 * g.INCH)  # the design system's icon on an icon card
ICON_TOP = int(0.25 * g.INCH)  # from the card's top to its icon
RULE = (int(0.6 * g.INCH), int(0.08 * g.INCH))  # a plain card's accent rule: width, height
# The words' room above them: under the icon with a gap, or under the rule with the same.
ICON_HEAD = ICON_TOP + ICON + int(0.2 * g.INCH)
RULE_HEAD = ICON_TOP + RULE[1] + int(0.3 * g.INCH)
# The least height of a card: a panel, not a strip, however short its point. Cards as tall as
# four fifths of the room they had read as unfinished to three designers in a row (one line
# of words at the top of a tall empty panel); see docs/design-decisions.md.
LEAST_HEIGHT = int(2.4 * g.INCH)


def points(content: BulletSlide) -> list[str] | None:
    """Return the points' words when there are 3 or 4 of at most LONGEST characters, with no
    sub-points, either all with icons of their own or none; else None."""
    found = content.bullets
    if not 3 <= len(found) <= 4 or any(isinstance(p, list) for p in found):
        return None
    if len({isinstance(p, IconPoint) for p in found}) != 1:
        return None
    texts = [point_text(p) for p in found]  # type: ignore[arg-type]  # no sub-points here
    return texts if all(len(t) <= LONGEST for t in texts) else None


def applies(content: BulletSlide) -> bool:
    """Return True when the slide's points are few and short enough for cards."""
    return points(content) is not None


def draw(slide: Slide, content: BulletSlide, area: g.Box, font: str) -> None:
    """Draw the points as cards in one row across `area`: a panel each, its icon (or a
    plain accent rule) at the top on the words' edge, and the point's words under it at the
    largest size at which each takes at most four lines."""
    texts = points(content) or []
    icons = [p.icon for p in content.bullets if isinstance(p, IconPoint)]
    head = ICON_HEAD if icons else RULE_HEAD
    # One row at the larger size; four that need more lines there as two by two; then one
    # row at the smaller size.
    tries = [((len(texts), 1), SIZES[0]), ((len(texts), 1), SIZES[1])]
    if len(texts) == 4:
        tries.insert(1, ((2, 2), SIZES[0]))
    for (columns, rows), size in tries:
        found = cards.settle(texts, (size,), MOST_LINES, font, area, head, columns, rows,
                             LEAST_HEIGHT)
        if found is not None:
            break
    grid, size = found or (cards.fallback(len(texts), 1, area), SIZES[-1])
    tree = shape_tree(slide.element)
    for n, text in enumerate(texts):
        box = grid.box(area, n)
        name = f"{WORDS} {n + 1}"
        cards.panel(slide, box, name, text, size, head)
        top = g.Box(box.x + cards.SIDE, box.y + ICON_TOP, *(ICON, ICON) if icons else RULE)
        if icons:
            elements.insert_shape(tree, icon_shape(elements.next_slide_shape_id(tree),
                                                   icon_svg(icons[n]),
                                                   (top.x, top.y, top.cx, top.cy),
                                                   "accent1", f"{name} Icon: {icons[n]}"))
        else:
            cards.bar(slide, top, f"{name} Rule")


SAMPLE = {"title": "Signs to notice", "bullets": ["Sudden secrecy", "Withdrawn at home",
                                                "Upset after messages"]}

TYPE = ListType(NAME, applies, draw, sample=SAMPLE, words=WORDS,
                colour_pairs=(("dk1", "lt2", LARGE_TEXT_MINIMUM, "point cards"),))
