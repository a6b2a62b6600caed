"""What a slide shows, as blocks a reader can follow without the slide: each slide type says
it (`SlideType.key_points`): points as a nested list, a statistic as a sentence and a small
table, a comparison as two lists under their headings side by side, steps numbered, a
dialogue as a script, a picture as itself or in words, the title slide's event."""

from __future__ import annotations

from workshop.blocks import Block
from workshop.plan import PlannedSlide
from workshop.slide_types.kind import Showing
from workshop.slide_types.registry import BY_KEY, slide_type


def key_points(planned: PlannedSlide, showing: Showing) -> list[Block]:
    """Return what the `planned` slide shows, as blocks, told `showing` (the deck, a figure
    table's columns, the event's line, the slide's picture). Raise TypeError for an outline
    slide of a type the registry does not hold: a type the documents cannot show must not
    vanish from the guide and the slides page unnoticed."""
    kind = slide_type(planned.content) if planned.kind == "content" else BY_KEY[planned.kind]
    return kind.key_points(planned.content, showing)
