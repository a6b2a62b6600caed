"""Quote cards: two to four things to say, each on a panel under a large quotation mark
(design system, section 4: "words to say"). Chosen when every point of a list is a quotation
and none has sub-points or an icon of its own. Drawn by marked_cards, as a discussion's two
to four questions are, each under a large question mark."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.model import BulletSlide
from workshop.slide_types import marked_cards
from workshop.slide_types.kind import ListType
from workshop.theme import geometry as g

if TYPE_CHECKING:
    from pptx.slide import Slide

NAME = "quotes"
WORDS = "Quote"  # each quotation's card, numbered: "Quote 1"
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
    """Draw the quotations as cards across `area`, each under a large quotation mark."""
    marked_cards.draw(slide, quotations(content) or [], area, font, name=WORDS)


SAMPLE = {"title": "Your first words", "bullets": [
    "\u201cThank you for telling me.\u201d", "\u201cWe will sort this out together.\u201d",
    "\u201cYou are not in trouble.\u201d"]}

TYPE = ListType(NAME, applies, draw, sample=SAMPLE, words=WORDS,
                colour_pairs=(("dk2", "lt2", LARGE_TEXT_MINIMUM, "quotations on their cards"),
                              ("accent1", "lt2", LARGE_TEXT_MINIMUM, "quotation marks")))
