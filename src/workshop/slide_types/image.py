"""A picture with its caption."""

from __future__ import annotations

from workshop.blocks import Block, Text, plain
from workshop.model import Deck, ImageSlide
from workshop.slide_types.kind import SlideType


def key_points(slide: ImageSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the caption, else the picture's description."""
    return [Text(plain(slide.caption or slide.alt))]


# It shows a picture file, read when the slide is made.
TYPE = SlideType("image", ImageSlide, "Image", {"title": 0, "picture": 1, "caption": 2,
                                                "prompt": 13},
                 required=("title", "picture"), common_names=("Picture with Caption",),
                 banded=True, reads=frozenset({"picture"}), key_points=key_points)
