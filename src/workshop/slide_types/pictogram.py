"""Pictogram: a statistic written "N in M" (M at most ten) shown as M people, N of them in
the accent colour (design system, section 4). Chosen for a statistic slide without a chart
of its own whose figure reads "6 in 10" ("6 de cada 10"): the room sees the share at once,
and no second number ("40%", "all other cases") appears that no source gave."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workshop.theme import geometry as g

if TYPE_CHECKING:
    from pptx.slide import Slide

NAME = "pictogram"
MOST = 10  # people drawn, at most: a share of more reads better as a chart
PER_ROW = 5
FIGURE = (int(0.90 * g.INCH), int(1.30 * g.INCH))  # one person: width, height
GAP = int(0.345 * g.INCH)  # between two people, across and down
HEAD = 0.46  # the head's diameter, as a share of the figure's width
NECK = 0.06  # the room between head and shoulders, as a share of the figure's height
# "6 in 10", "6 out of 10", "6 de cada 10", "6 de 10": the count, then the whole.
_SHARE = re.compile(r"^\s*(\d{1,2})\s+(?:in|out of|of|de cada|de)\s+(\d{1,2})\s*$",
                    re.IGNORECASE)


def share(figure: str) -> tuple[int, int] | None:
    """Return (counted, whole) when `figure` reads "N in M" with 0 < N <= M <= MOST, else
    None."""
    found = _SHARE.match(figure)
    if found is None:
        return None
    counted, whole = int(found.group(1)), int(found.group(2))
    return (counted, whole) if 0 < counted <= whole <= MOST else None


def draw(slide: Slide, counted: int, whole: int, area: g.Box, grey_tint: float) -> None:
    """Draw `whole` people in rows of five, top-anchored and centred across `area`, the first
    `counted` in the accent colour and the rest in the text colour lightened by `grey_tint`
    (the look's data grey); smaller
    than the design's size only where `area` is too small for it. The shapes are flat and
    unnamed for screen readers: the figure and caption beside them say what they show."""
    per_row = min(PER_ROW, whole)
    rows = -(-whole // per_row)
    width = per_row * FIGURE[0] + (per_row - 1) * GAP
    height = rows * FIGURE[1] + (rows - 1) * GAP
    scale = min(1.0, area.cx / width, area.cy / height)
    across, down, gap = (int(FIGURE[0] * scale), int(FIGURE[1] * scale), int(GAP * scale))
    left = area.x + (area.cx - int(width * scale)) // 2
    for n in range(whole):
        row, column = divmod(n, per_row)
        x, y = left + column * (across + gap), area.y + row * (down + gap)
        colour = "accent1" if n < counted else "tx1"
        _person(slide, g.Box(x, y, across, down), colour, n + 1,
                grey_tint if n >= counted else None)


def _person(slide: Slide, box: g.Box, colour: str, number: int, tint: float | None) -> None:
    """Draw one person filling `box` in the scheme `colour` lightened by `tint`: a round head
    over rounded shoulders (their top corners fully round)."""
    from workshop.slide_types import drawing

    head = int(box.cx * HEAD)
    shoulders_top = box.y + head + int(box.cy * NECK)
    parts = (("head", "ellipse", (), g.Box(box.x + (box.cx - head) // 2, box.y, head, head)),
             ("body", "round2SameRect", (0.5,),
              g.Box(box.x, shoulders_top, box.cx, box.bottom - shoulders_top)))
    for part, kind, adjust, where in parts:
        drawing.shape(slide, kind, where, f"Person {number} {part}", colour, adjust, tint)
