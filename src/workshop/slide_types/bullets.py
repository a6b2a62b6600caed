"""A list of points (which the automatic choice may draw as another type: see `choice`)."""

from __future__ import annotations

from workshop.blocks import Block, Bullets, plain
from workshop.model import BulletSlide, Deck, IconPoint, SlideBase, point_text
from workshop.notes_text import Paragraph, Run
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
                 banded=True, replay=True, key_points=key_points)


def list_paragraphs(content: BulletSlide) -> tuple[list[Paragraph], list[int]]:
    """Return the paragraphs of the slide's list, as set on the slide, and the level of each
    (0 for a point, 1 for a sub-point): a numbered list's points start with their bold
    number and an em space."""
    paragraphs, levels = [], []
    for item in content.bullets:
        for text, level in ([(t, 1) for t in item] if isinstance(item, list)
                            else [(point_text(item), 0)]):
            number = levels.count(0) + 1
            paragraphs.append(Paragraph((Run(str(number), bold=True), Run(f"\u2003{text}")))
                              if content.numbered and level == 0 else Paragraph((Run(text),)))
            levels.append(level)
    return paragraphs, levels


def row_icons(content: BulletSlide) -> list[str | None]:
    """Return the icon of each paragraph of the slide's list, in order: a point's own icon,
    None for a point without one and for every sub-point."""
    icons: list[str | None] = []
    for item in content.bullets:
        if isinstance(item, list):
            icons += [None] * len(item)
        else:
            icons.append(item.icon if isinstance(item, IconPoint) else None)
    return icons


def shown_icon(content: SlideBase, default: str | None = None) -> str | None:
    """Return the icon a slide shows: the one its outline names, else the layout's `default`;
    None for `icon: none`."""
    name = content.icon or default
    return None if name == "none" else name
