"""Text decisions remembered across the decks of a build session.

Fitting a shape's text (shrinking it, balancing its last lines) measures it many times over,
and a season builds the same slides again and again: only the title slide, the resources
and the closing differ from row to row. What such a decision does to a shape depends on
nothing but the shape's own XML, the layout and master it inherits from, and the theme's
fonts, so a shape that arrives the same in the same lineage is given the same outcome
without being measured again.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable, Hashable
from typing import TypeVar

from lxml import etree

from workshop.metrics import layout_engine
from workshop.ooxml.fit import Lineage
from workshop.session import Cache

R = TypeVar("R")

# (what was done, lineage digest, fonts, the shape's XML before) -> (the shape after, or None
# when unchanged; what the decision returned).
_SETTLED = Cache("settled text shapes", 50_000_000,
                 size=lambda key, value: len(key[-1]) * 2)


def lineage_digest(lineage: Lineage) -> bytes:
    """Return a digest of the layout and master a slide inherits from: equal digests pass on
    the same sizes, insets and boxes."""
    digest = hashlib.blake2b(digest_size=16)
    for root in (lineage.layout, lineage.master):
        digest.update(b"-" if root is None else etree.tostring(root))
    return digest.digest()


def settle(element: etree._Element, context: Hashable, decide: Callable[[], R]) -> R:
    """Return what `decide()` returns, having let it change `element` in place; when a shape
    with the same XML was decided in the same `context` (what was done, the lineage digest,
    the fonts; the text layout engine is added here) in this session, give `element` that
    outcome instead of deciding again. `element` stays the same object either way, so a
    writer that keeps track of it by identity still has it."""
    before = etree.tostring(element)
    key = (context, layout_engine(), before)
    kept = _SETTLED.get(key)
    if kept is None:
        result = decide()
        after = etree.tostring(element)
        _SETTLED.keep(key, (None if after == before else copy.deepcopy(element), result))
        return result
    settled, result = kept
    if settled is not None:
        _become(element, settled)
    return result


def _become(element: etree._Element, settled: etree._Element) -> None:
    """Make `element` a copy of `settled` in place: its attributes and children replaced
    (its place in the tree, and its identity, kept)."""
    element.attrib.clear()
    element.attrib.update(settled.attrib)
    for child in list(element):
        element.remove(child)
    element.extend(copy.deepcopy(child) for child in settled)
