"""Content slides remembered across the decks of a build session.

A season builds one outline again and again with each row's event: the title slide, the
resources and the closing change from row to row, and the thirty other slides come out the
same. Filling a slide, fitting its text and writing its notes is most of a build's time, so
a slide finished once is kept, and a later deck that reaches the same slide (same template
as branded, same language and footer, same place and title in the deck, same content) takes
a copy of its XML instead of making it again, when what its type read of the deck's inputs
while drawing it (the deck's title, its event, a picture: recorded by the writer as it read
them) is the same for this deck too.

A slide's notes page is kept apart, by the slide and its script: a script that names the
row's event ("the counselor in room 12") changes the notes alone, and the slide is still
copied.

Only slides whose part relates to nothing but its layout and notes are kept: a picture, a
chart or a link is a relationship of the slide's own, which a copy of its XML would not
carry. Both caches are bounded by the elements they hold (a season's rows each add their
own notes and event slides, which no later row repeats).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import Slide

from workshop import compat
from workshop.notes_text import Paragraph
from workshop.ooxml import elements
from workshop.ooxml.namespaces import Element
from workshop.session import Cache


@dataclass(frozen=True)
class FinishedSlide:
    """A content slide as one build finished it: its XML, what its type read of the deck's
    inputs drawing it, what making it told the writer (its notices, and the kit footer's fit
    when it measured it) and what its type added to its notes after the script."""

    slide: Element  # the slide's p:sld
    reads: tuple[tuple[str, Hashable], ...]  # each input read while drawing it, and its value
    notices: tuple[Any, ...]
    footer_fit: tuple[bool] | None  # (the footer's fit,) when this slide set it
    more_notes: tuple[Paragraph, ...]
    weight: int  # the elements it holds: what it costs the cache


_FINISHED = Cache("finished content slides", 400_000, size=lambda _, kept: kept.weight)
# Each notes page by its slide's key, what its type read drawing it (which what it added to
# the notes may follow) and its script: the p:notes, and the elements it holds.
_NOTES = Cache("finished notes pages", 100_000, size=lambda _, kept: kept[1])


def remember(key: Hashable, slide: Slide, reads: tuple[tuple[str, Hashable], ...],
             notices: list[Any], footer_fit: tuple[bool] | None,
             more_notes: list[Paragraph]) -> None:
    """Keep the finished `slide` under `key`, with the inputs its type `reads` drawing it,
    the `notices` its making added, the kit footer's fit it found and the paragraphs its type
    added to its notes, unless it relates to a part of its own (see above)."""
    if not _replayable(slide):
        return
    kept = copy.deepcopy(slide.element)
    _FINISHED.keep(key, FinishedSlide(kept, reads, tuple(notices), footer_fit,
                                      tuple(more_notes), elements.count(kept)))


def remember_notes(key: Hashable, reads: tuple[tuple[str, Hashable], ...], script: str,
                   slide: Slide) -> None:
    """Keep the notes page of the finished `slide` under its slide's `key`, the inputs its
    type `reads` and its `script` (what its notes were written from); nothing for a slide
    that is not kept (see remember)."""
    if _replayable(slide):
        notes = copy.deepcopy(slide.notes_slide.element) if slide.has_notes_slide else None
        _NOTES.keep((key, reads, script),
                    (notes, 1 if notes is None else elements.count(notes)))


def finished(key: Hashable,
             same: Callable[[tuple[tuple[str, Hashable], ...]], bool]) -> FinishedSlide | None:
    """Return the finished slide kept under `key` (the writer adds a copy of its XML as the
    deck's next slide), or None when none is kept or an input it read differs now
    (`same(reads)` says whether each has its noted value for this deck too: see
    noted.Noted). Its notes are replay_notes's."""
    kept = _FINISHED.get(key)
    return None if kept is None or not same(kept.reads) else kept


def replay_notes(key: Hashable, finished: FinishedSlide, script: str, slide: Slide,
                 notes_slide) -> bool:
    """Give `slide` (a copy of the `finished` slide kept under `key`) the notes page kept for it
    and `script`, adding it with `notes_slide(slide)`; return False when none is kept."""
    kept = _NOTES.get((key, finished.reads, script))
    if kept is None:
        return False
    if kept[0] is not None:
        elements.copy_children(kept[0], notes_slide(slide).element)
    return True


def _replayable(slide: Slide) -> bool:
    """Return True when `slide` relates to nothing but its layout and notes (see above)."""
    return all(rel.reltype in _REPLAYABLE for rel in compat.part_rels(slide.part).values())


_REPLAYABLE = {RT.SLIDE_LAYOUT, RT.NOTES_SLIDE}
