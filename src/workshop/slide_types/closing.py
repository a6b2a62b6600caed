"""The closing: its message, the points to remember, help numbers and feedback."""

from __future__ import annotations

from workshop.blocks import Block, Bullets, plain
from workshop.model import ClosingSlide, Deck
from workshop.slide_types.kind import SlideType


def key_points(slide: ClosingSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the message and the points to remember as a list (none when it has neither)."""
    lines = ([slide.message] if slide.message else []) + list(slide.bullets)
    return [Bullets(tuple(plain(line) for line in lines))] if lines else []


# It shows the event's contacts and feedback link: made anew for each event.
TYPE = SlideType("closing", ClosingSlide, "Closing", {"title": 0, "body": 1},
                 required=("title",), common_names=("Title Slide", "Title and Content"),
                 reads=frozenset({"event"}), key_points=key_points)
