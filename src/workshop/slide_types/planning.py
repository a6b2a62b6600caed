"""What a slide type's `parts` may ask of the slide plan's measuring, and what it answers:
see `Planner` and `Parts`.

The plan (plan.measure) offers it; a type whose content may outgrow one slide says in its own
module how it is split, measuring its content as its `write` sets it, without importing the
plan (the plan imports the types, never the other way round).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from workshop.model import Deck, SlideBase
    from workshop.ooxml.fit import Fit, Inherited
    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.lists import Surface
    from workshop.theme import geometry as g


@dataclass(frozen=True)
class Parts:
    """How a slide is shown: on the `slides` listed when one cannot hold it (none: on one),
    whether its list `fits` its body as the writer sets it (then the writer does not measure
    it again), and whether it is `crowded` (split because it holds too much, which the plan
    says; a split the design makes, such as the local contacts' own slide, is not)."""

    slides: tuple[SlideBase, ...] = ()
    fits: bool = False
    crowded: bool = False


class Planner(Protocol):
    """The slide plan's measuring, as a type's `parts` sees it: a slide's layout read from
    the template's XML, its text measured with the fit model, nothing written."""

    deck: Deck
    organization_template: bool
    heading_font: str
    body_font: str

    def box(self, box: g.Box) -> g.Box:
        """Return `box`, given in the default template's coordinates, on this template."""

    def content_bottom(self, content: SlideBase) -> int:
        """Return where drawn content must stop: above the prompt band when the slide shows
        one, else at the content's foot (a drawn type measures what fits above it)."""

    def body(self, key: str, content: SlideBase, tree: Element) -> Element:
        """Return a new body placeholder of layout `key` in `tree`, given the band's room."""

    def surface(self, tree: Element, body: Element, key: str) -> Surface:
        """Return `body` as a surface a list is set on (see lists.set_list)."""

    def inherited(self, element: Element, key: str) -> Inherited:
        """Return what `element`, on layout `key`, inherits from its layout and master."""

    def measured(self, body: Element, key: str) -> Fit:
        """Return how the body's text fits its box as it is now."""

    def fits_at_floor(self, body: Element, key: str) -> bool:
        """Return True when the body fits once shrunk, none of it below the 18 pt floor."""
