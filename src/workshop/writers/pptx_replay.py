"""Content slides remembered across the decks of a build session.

A season builds one outline again and again with each row's event: the title slide, the
resources and the closing change from row to row, and the thirty other slides come out the
same. Filling a slide, fitting its text and writing its notes is most of a build's time, so
a slide finished once is kept, and a later deck that reaches the same slide (same template
as branded, same language and footer, same place and title in the deck, same content and
script) takes a copy of its XML and notes instead of making it again, when what its type
read of the deck's inputs while drawing it (the deck's title, its event, a picture: recorded
by the writer as it read them) is the same for this deck too.

Only slides whose part relates to nothing but its layout and notes are kept: a picture, a
chart or a link is a relationship of the slide's own, which a copy of its XML would not
carry.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import Slide

from workshop import compat
from workshop.ooxml import elements
from workshop.ooxml.namespaces import Element
from workshop.session import Cache

_FINISHED = Cache("finished content slides", 4_000)
_REPLAYABLE = {RT.SLIDE_LAYOUT, RT.NOTES_SLIDE}


@dataclass(frozen=True)
class FinishedSlide:
    """A content slide as one build finished it: its XML, its notes page's XML, what its
    type read of the deck's inputs and what making it told the writer (its notices, and the
    kit footer's fit when it measured it)."""

    slide: Element  # the slide's p:sld
    notes: Element | None  # its notes slide's p:notes, when it has one
    reads: tuple[tuple[str, Hashable], ...]  # each input read while drawing it, and its value
    notices: tuple[Any, ...]
    footer_fit: tuple[bool] | None  # (the footer's fit,) when this slide set it


def remember(key: Hashable, slide: Slide, reads: tuple[tuple[str, Hashable], ...],
             notices: list[Any], footer_fit: tuple[bool] | None) -> None:
    """Keep the finished `slide` under `key`, with the inputs its type `reads` drawing it,
    the `notices` its making added and the kit footer's fit it found, unless it relates to
    a part of its own (see above)."""
    if any(rel.reltype not in _REPLAYABLE for rel in compat.part_rels(slide.part).values()):
        return
    notes = copy.deepcopy(slide.notes_slide.element) if slide.has_notes_slide else None
    _FINISHED.keep(key, FinishedSlide(copy.deepcopy(slide.element), notes, reads,
                                      tuple(notices), footer_fit))


def replay(key: Hashable, slide: Slide, notes_slide,
           same: Callable[[tuple[tuple[str, Hashable], ...]], bool]) -> FinishedSlide | None:
    """Make `slide` (new, with its title) the finished slide kept under `key` and return
    that, or return None when none is kept or an input it read differs now (`same(reads)`
    says whether each has its noted value for this deck too: see noted.Noted).
    `notes_slide(slide)` adds a notes slide."""
    finished = _FINISHED.get(key)
    if finished is None or not same(finished.reads):
        return None
    elements.copy_children(finished.slide, slide.element)
    if finished.notes is not None:
        elements.copy_children(finished.notes, notes_slide(slide).element)
    return finished

