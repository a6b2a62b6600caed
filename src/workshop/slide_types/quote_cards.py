"""Quote cards: two to four things to say, each on a panel under a large quotation mark
(design system, section 4: "words to say"). Chosen when every point of a list is a quotation
and none has sub-points or an icon of its own. A discussion's two to four questions are drawn
the same way, each under a large question mark."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.model import BulletSlide
from workshop.slide_types import cards
from workshop.slide_types.kind import ListType
from workshop.theme import geometry as g

if TYPE_CHECKING:
    from pptx.slide import Slide

NAME = "quotes"
SIZES = (28, 24)  # the words, largest first: never above the body's 28
MOST_LINES = 3
MARK_PT = 72  # the quotation mark at the left of each card's words (see docs/design-decisions.md)
MARK_WIDTH = int(0.75 * g.INCH)  # the mark's column, clear of the words
HEAD = int(0.3 * g.INCH)  # above the words' first line
BAR = int(0.10 * g.INCH)  # the accent bar down each card's left edge
LEFT = BAR + MARK_WIDTH + cards.MARK_SIDE  # where the words start
LEAST_HEIGHT = int(1.5 * g.INCH)  # a card at least as tall as two lines of words and its mark
# A whole point in quotation marks (straight, curly or angled), with nothing outside them.
_QUOTED = re.compile(r'\s*["\u201c\u00ab](?P<words>[^"\u201c\u201d\u00ab\u00bb]+)'
                     r'["\u201d\u00bb]\s*')


def quotations(content: BulletSlide) -> list[str] | None:
    """Return the words of each point when 2 to 4 points are all quotations (no sub-points,
    no icons of their own); else None."""
    points = content.bullets
    if not 2 <= len(points) <= 4 or not all(isinstance(p, str) for p in points):
        return None
    found = [_QUOTED.fullmatch(str(point)) for point in points]
    return [m.group("words").strip() for m in found] if all(found) else None  # type: ignore


def applies(content: BulletSlide) -> bool:
    """Return True when the slide's points are words to say: 2 to 4 quotations."""
    return quotations(content) is not None


def draw(slide: Slide, content: BulletSlide, area: g.Box, font: str) -> None:
    """Draw the quotations as cards across `area` (see draw_cards)."""
    draw_cards(slide, quotations(content) or [], area, font)


def draw_cards(slide: Slide, words: list[str], area: g.Box, font: str,
               mark: str = "\u201c", name: str = "Quote") -> None:
    """Draw `words` (two to four texts) as cards across `area`: a panel each, an accent bar
    down its left edge, a large `mark` (a quotation mark, or a question mark for questions)
    in a column of its own, and beside it the words in the title colour, at the largest size
    at which each takes at most three lines."""
    # Two or three across; four as two by two (halves read better than quarters at a
    # slide's distance).
    columns, rows = (2, 2) if len(words) == 4 else (len(words), 1)
    grid, size = (cards.settle(words, SIZES, MOST_LINES, font, area, HEAD, columns, rows,
                               LEAST_HEIGHT, LEFT)
                  or (cards.fallback(columns, rows, area), SIZES[-1]))
    for n, text in enumerate(words):
        box = grid.box(area, n)
        cards.panel(slide, box, f"{name} {n + 1}", text, size, HEAD,
                    colour="tx2", left=LEFT)
        cards.bar(slide, g.Box(box.x, box.y, BAR, box.cy), f"{name} {n + 1} Bar")
        cards.mark(slide, g.Box(box.x + BAR, box.y + int(0.1 * g.INCH), MARK_WIDTH,
                                min(int(MARK_PT * 1.25 * g.PT), box.cy - int(0.1 * g.INCH))),
                   f"{name} {n + 1} Mark", mark, MARK_PT, heading=True)


SAMPLE = {"title": "Your first words", "bullets": [
    "\u201cThank you for telling me.\u201d", "\u201cWe will sort this out together.\u201d",
    "\u201cYou are not in trouble.\u201d"]}

TYPE = ListType(NAME, applies, draw, sample=SAMPLE,
                colour_pairs=(("dk2", "lt2", LARGE_TEXT_MINIMUM, "quotations on their cards"),
                              ("accent1", "lt2", LARGE_TEXT_MINIMUM, "quotation marks")))
