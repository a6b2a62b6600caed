"""What a slide shows, as blocks a reader can follow without the slide: each slide type says
it (`SlideType.key_points`): points as a nested list, a statistic as a sentence and a small
table, a comparison as two lists under their headings side by side, steps numbered, a
dialogue as a script."""

from __future__ import annotations

from workshop.blocks import Block
from workshop.model import Deck, SlideBase
from workshop.slide_types.registry import slide_type


def key_points(slide: SlideBase, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return what `slide` of `deck` shows, as blocks; `columns` names a statistic table's
    columns (what, number, year, source) in the deck's language. Raise TypeError for a slide
    of a type the registry does not hold: a type the documents cannot show must not vanish
    from the guide and the slides page unnoticed."""
    shows = slide_type(slide).key_points
    assert shows is not None  # every outline type says it (tests/test_registry.py)
    return shows(slide, deck, columns)
