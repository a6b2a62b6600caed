"""A list of points (which the automatic choice may draw as another type: see `choice`)."""

from __future__ import annotations

from workshop.documents import Block, Bullets, plain
from workshop.model import BulletSlide, Deck, point_text
from workshop.slide_types.kind import SlideType


def key_points(slide: BulletSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the points as a nested list, as written (whatever type they are drawn as)."""
    items, levels = [], []
    for item in slide.bullets:
        for text, level in ([(t, 1) for t in item] if isinstance(item, list)
                            else [(point_text(item), 0)]):
            items.append(plain(text))
            levels.append(level)
    return [Bullets(tuple(items), levels=tuple(levels))]


TYPE = SlideType("bullets", BulletSlide, "Bullets", {"title": 0, "body": 1, "prompt": 13},
                 required=("title", "body"), common_names=("Title and Content",),
                 banded=True, key_points=key_points)
