"""The automatic choice of a slide type for a list of points: the author's own layout first,
then each type's rule in turn (see the package's docstring)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.model import BulletSlide, IconPoint
from workshop.slide_types import point_cards, quote_cards, statement, steps
from workshop.slide_types.kind import ListType
from workshop.theme import geometry as g

if TYPE_CHECKING:
    from workshop.slide_types.planning import Planner

# In the order the automatic choice tries them.
TYPES: tuple[ListType, ...] = tuple(module.TYPE for module in (statement, quote_cards, steps,
                                                               point_cards))


def chosen_type(content: BulletSlide, planner: Planner | None = None) -> ListType | None:
    """Return the type the points of `content` are drawn as, or None for a list (the author
    chose the layout, turned the choice off, or no type applies). With the plan's `planner`,
    a type that cannot hold the points in the slide's content area (its `fits`) is passed
    over: they stay a list, which the plan can split."""
    if not content.auto_layout:  # also set by an author's own `layout: bullets`
        return None
    for kind in TYPES:
        if kind.applies(content) and (planner is None or kind.fits is None or kind.fits(
                content, planner.box(drawing_area(planner.content_bottom(content))),
                planner.heading_font if kind.font == "heading" else planner.body_font)):
            return kind
    return None


def drawing_area(bottom: int) -> g.Box:
    """Return the area a list type draws in, in the default template's coordinates: the
    content's, its edges at the title's text, down to `bottom` (above a prompt band)."""
    return g.Box(g.PANEL_X, g.CONTENT_TOP, g.PANEL_WIDTH, bottom - g.CONTENT_TOP)


def type_name(content: BulletSlide, kind: ListType | None) -> str:
    """Return the name of the slide type `content` is drawn as: its chosen type's (`kind`,
    the plan's: see chosen_type), else 'icon list' for a list with points that have icons of
    their own (drawn in rows beside them, with no disc), else 'bullets' for a list."""
    if kind is not None:
        return kind.name
    if any(isinstance(item, IconPoint) for item in content.bullets):
        return "icon list"
    return "bullets"
