"""Cards under a large mark: a panel each, an accent bar down its left edge, a large mark (a
quotation mark, or a question mark) in a column of its own and the words beside it. Quote
cards draw a list's quotations so, and a discussion slide its questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.slide_types import cards
from workshop.theme import geometry as g

if TYPE_CHECKING:
    from pptx.slide import Slide

SIZES = (28, 24)  # the words, largest first: never above the body's 28
MOST_LINES = 3
MARK_PT = 72  # the quotation mark at the left of each card's words (see docs/design-decisions.md)
MARK_WIDTH = int(0.75 * g.INCH)  # the mark's column, clear of the words
HEAD = int(0.3 * g.INCH)  # above the words' first line
BAR = int(0.10 * g.INCH)  # the accent bar down each card's left edge
LEFT = BAR + MARK_WIDTH + cards.MARK_SIDE  # where the words start
LEAST_HEIGHT = int(1.5 * g.INCH)  # a card at least as tall as two lines of words and its mark


def draw(slide: Slide, words: list[str], area: g.Box, font: str, mark: str = "\u201c",
         name: str = "Quote") -> None:
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
