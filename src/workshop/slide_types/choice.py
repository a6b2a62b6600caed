"""The automatic choice of a slide type for a list of points: the author's own layout first,
then each type's rule in turn (see the package's docstring)."""

from __future__ import annotations

from workshop.model import BulletSlide, IconPoint
from workshop.slide_types import point_cards, quote_cards, statement, steps
from workshop.slide_types.kind import ListType

# In the order the automatic choice tries them.
TYPES: tuple[ListType, ...] = tuple(module.TYPE for module in (statement, quote_cards, steps,
                                                               point_cards))


def chosen_type(content: BulletSlide) -> ListType | None:
    """Return the type the points of `content` are drawn as, or None for a list (the author
    chose the layout, turned the choice off, or no type applies)."""
    if not content.auto_layout:  # also set by an author's own `layout: bullets`
        return None
    return next((kind for kind in TYPES if kind.applies(content)), None)


def type_name(content: BulletSlide, kind: ListType | None) -> str:
    """Return the name of the slide type `content` is drawn as: its chosen type's (`kind`,
    the plan's: see chosen_type), else 'icon list' for a list with points that have icons of
    their own (drawn in rows beside them, with no disc), else 'bullets' for a list."""
    if kind is not None:
        return kind.name
    if any(isinstance(item, IconPoint) for item in content.bullets):
        return "icon list"
    return "bullets"
