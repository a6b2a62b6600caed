"""Questions for the room, as the slide's whole content (no band)."""

from __future__ import annotations

from workshop.blocks import Block, Bullets, plain
from workshop.model import Deck, DiscussionSlide
from workshop.slide_types.kind import SlideType


def key_points(slide: DiscussionSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the questions as a list."""
    return [Bullets(tuple(plain(p) for p in slide.prompts))]


TYPE = SlideType("discussion", DiscussionSlide, "Discussion", {"title": 0, "body": 1},
                 required=("title", "body"), common_names=("Title and Content",),
                 replay=True, key_points=key_points)
