"""The automatic choice of a slide type for a list of points: the author's own layout first,
then each type's rule in turn (see the package's docstring)."""

from __future__ import annotations

from types import ModuleType

from workshop.model import BulletSlide, IconPoint
from workshop.slide_types import point_cards, quote_cards, statement, steps

# In the order the automatic choice tries them.
TYPES: tuple[ModuleType, ...] = (statement, quote_cards, steps, point_cards)


def chosen_type(content: BulletSlide) -> ModuleType | None:
    """Return the module of the slide type the points of `content` are drawn as, or None
    for a list (the author chose the layout, turned the choice off, or no type applies)."""
    if not content.auto_layout:  # also set by an author's own `layout: bullets`
        return None
    return next((kind for kind in TYPES if kind.applies(content)), None)


def type_name(content: BulletSlide) -> str:
    """Return the name of the slide type `content` is drawn as: 'icon list' for a list with
    points that have icons of their own (drawn in rows beside them, with no disc), else
    'bullets' for a list."""
    kind = chosen_type(content)
    if kind is not None:
        return kind.NAME
    if any(isinstance(item, IconPoint) for item in content.bullets):
        return "icon list"
    return "bullets"
