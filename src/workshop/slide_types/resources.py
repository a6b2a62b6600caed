"""Where to get help: the event's local contacts first, then the national lines."""

from __future__ import annotations

from workshop.documents import Block, Bullets
from workshop.model import Deck, ResourcesSlide
from workshop.notes_text import Paragraph, Run
from workshop.slide_types.kind import SlideType


def key_points(slide: ResourcesSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return every resource, the event's local contacts first, as the slide shows them."""
    items = [*deck.event.resources, *(i for i in slide.items if i not in deck.event.resources)]
    return [Bullets(tuple(Paragraph((Run(f"{i.name}: ", bold=True), Run(i.detail)))
                          for i in items))]


# It shows the event's local contacts: made anew for each event.
TYPE = SlideType("resources", ResourcesSlide, "Resources", {"title": 0, "body": 1, "prompt": 13},
                 required=("title", "body"), common_names=("Title and Content",), banded=True,
                 reads=frozenset({"event"}), key_points=key_points)
