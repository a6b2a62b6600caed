"""The figure a slide shows: what the care check asks a source and a year for, and what the
facilitator guide tells a presenter to check for newer numbers."""

from __future__ import annotations

import re

from workshop.model import SlideBase, fields_in_role
from workshop.slide_types.registry import slide_type

# What reads as a figure: a percentage, "N in M", a count with thousands separators, "N+".
_FIGURE = re.compile(r"\d\s*%|\b\d+ (?:in|de(?: cada)?) \d+\b|\b\d{1,3}(?:,\d{3})+\b|\b\d+\+")

# What a slide holds that is not the figure it shows: names and its script (see
# model.FIELD_ROLES), its source (which cites a year) and the questions put to the room.
_NOT_SHOWN = fields_in_role("name", "script") | {"source", "prompts"}


def figure_shown(slide: SlideBase) -> str | None:
    """Return the first figure a slide shows (what its type says it shows, else a count or
    share in its text), or None."""
    own = slide_type(slide).figure
    if own is not None:
        return own(slide)
    shown = slide.model_dump(exclude=_NOT_SHOWN)
    for text in _strings_in(shown):
        match = _FIGURE.search(text)
        if match:
            return match.group()
    return None


def _strings_in(value: object) -> list[str]:
    """Return every string inside a dumped model, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings_in(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings_in(item)]
    return []
