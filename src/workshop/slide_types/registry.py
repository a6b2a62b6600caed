"""Every slide type, in one registry: what the layouts, the documents, the replay of
finished slides and the checks read of a type (see `kind.SlideType`), so that a type is
added in one place (docs/architecture.md, "Adding a slide type", says how) and none can be
missing from one of them.
"""

from __future__ import annotations

from types import MappingProxyType

from workshop.model import SLIDE_MODELS, SlideBase
from workshop.slide_types import (
    agenda,
    bullets,
    closing,
    comparison,
    discussion,
    image,
    process,
    resources,
    scenario,
    section,
    statistic,
    title,
)
from workshop.slide_types.kind import SlideType

# In the order of the default template's layouts.
TYPES: tuple[SlideType, ...] = tuple(module.TYPE for module in (
    title, agenda, section, bullets, comparison, statistic, process, scenario, discussion,
    resources, image, closing))
BY_KEY = MappingProxyType({kind.key: kind for kind in TYPES})
_BY_MODEL = {kind.model: kind for kind in TYPES if kind.model is not None}


def slide_type(slide: SlideBase) -> SlideType:
    """Return the type of the outline slide `slide`; raise TypeError for a model the registry
    does not hold."""
    kind = _BY_MODEL.get(type(slide))
    if kind is None:
        raise TypeError(f"no slide type holds {type(slide).__name__}: add a module for it to "
                        "workshop.slide_types and its TYPE to the registry")
    return kind


def outline_types() -> dict[str, SlideType]:
    """Return the types an outline's `layout:` may name, by their key (model.SLIDE_MODELS)."""
    return {key: BY_KEY[key] for key in SLIDE_MODELS}
