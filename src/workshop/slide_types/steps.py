"""Steps: a numbered list of three to six plain points, each on a full-width panel of its
own with its number large in the accent colour at its left, stacked from the content's top
(the design system's process idea for steps that are sentences, not labels: a chevron row
holds three or four words a step, these hold a line or two). Chosen for a list the author
numbered: steps taken in order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.metrics import LINE_HEIGHT
from workshop.model import BulletSlide
from workshop.slide_types import cards
from workshop.slide_types.kind import ListType
from workshop.theme import geometry as g
from workshop.typography import keep_together, no_widow

if TYPE_CHECKING:
    from pptx.slide import Slide

NAME = "steps"
WORDS = "Step card"  # each step's panel, numbered: "Step card 1"
SIZES = (28, 24, 20)  # the steps' words, largest first: never above the body's 28
NUMERAL_PT = 28  # bold, in the accent: the type scale's step above the words' 24
LEFT = int(0.9 * g.INCH)  # the numeral's column, clear of the words
INSET = int(0.1 * g.INCH)  # above a step's first line and below its last, at the least ...
MOST_INSET = int(0.2 * g.INCH)  # ... and at the most, where the area has room to spare
GAP = int(0.12 * g.INCH)  # between steps: close, as one sequence
LONGEST = 110  # characters a step may have: two lines at the smallest size


def points(content: BulletSlide) -> list[str] | None:
    """Return the steps when the list is numbered and holds 3 to 6 plain points (no
    sub-points, no icons of their own) of at most LONGEST characters; else None."""
    found = content.bullets
    if not content.numbered or not 3 <= len(found) <= 6 \
            or not all(isinstance(p, str) for p in found):
        return None
    texts = [str(p) for p in found]
    return texts if all(len(t) <= LONGEST for t in texts) else None


def applies(content: BulletSlide) -> bool:
    """Return True when the slide's points are steps in order."""
    return points(content) is not None


def _heights(texts: list[str], size: int, font: str, width: int) -> list[int]:
    """Return the height (EMU) of the words of each step at `size`, wrapped in a panel
    `width` wide as the fit model wraps them (the panel adds its insets)."""
    return [int(cards.text_lines([text], size, font, width, LEFT) * size * LINE_HEIGHT * g.PT)
            for text in texts]


def _shown(content: BulletSlide) -> list[str]:
    """Return the steps' words as their panels show them."""
    return [no_widow(keep_together(text)) for text in points(content) or []]


def _sized(texts: list[str], area: g.Box, font: str) -> tuple[int, list[int], bool]:
    """Return the largest size at which the steps' panels all fit down `area` (else the
    smallest), the height of each one's words at it, and whether they fit."""
    gaps = GAP * (len(texts) - 1)
    for size in SIZES:
        heights = _heights(texts, size, font, area.cx)
        if sum(heights) + 2 * INSET * len(texts) + gaps <= area.cy:
            return size, heights, True
    return size, heights, False


def fits(content: BulletSlide, area: g.Box, font: str) -> bool:
    """Return True when the steps' panels fit down `area` at the smallest size."""
    return _sized(_shown(content), area, font)[2]


def draw(slide: Slide, content: BulletSlide, area: g.Box, font: str) -> bool:
    """Draw the steps down `area`: a panel each, as tall as its own words, at the largest
    size at which they all fit, and return True; room left over opens the panels' insets,
    up to MOST_INSET, so the steps breathe. When none fits, draw them at the smallest and
    return False: they run past the area's foot, which the writer reports (the plan draws
    such a list as a list: see fits)."""
    texts = _shown(content)
    gaps = GAP * (len(texts) - 1)
    size, heights, fitted = _sized(texts, area, font)
    spare = area.cy - sum(heights) - gaps
    inset = max(INSET, min(MOST_INSET, spare // (2 * len(texts))))
    heights = [height + 2 * inset for height in heights]
    top = area.y
    numeral = int(NUMERAL_PT * LINE_HEIGHT * g.PT)
    # The numeral's first baseline about level with the words': raised by the difference in
    # their ascents, never above the panel.
    raised = min(inset, int((NUMERAL_PT - size) * 0.9 * g.PT))
    for n, (text, height) in enumerate(zip(texts, heights, strict=True), start=1):
        box = g.Box(area.x, top, area.cx, height)
        cards.panel(slide, box, f"{WORDS} {n}", text, size, inset, left=LEFT, bottom=inset)
        top_gap = inset - raised  # the numeral's frame, within its panel
        cards.mark(slide, g.Box(box.x + cards.SIDE - cards.MARK_SIDE, box.y + top_gap,
                                LEFT - cards.SIDE, min(numeral, height - top_gap)),
                   f"Step card {n} Number", str(n), NUMERAL_PT)
        top += height + GAP
    return fitted


SAMPLE = {"title": "What to do first", "numbered": True,
          "bullets": ["Stop replying to the account", "Save the messages and the profile",
                      "Report it to the CyberTipline"]}

TYPE = ListType(NAME, applies, draw, sample=SAMPLE, fits=fits, words=WORDS,
                colour_pairs=(("dk1", "lt2", LARGE_TEXT_MINIMUM, "step cards"),
                              ("accent1", "lt2", LARGE_TEXT_MINIMUM, "step numerals")))
