"""Keeping python-pptx linear: small changes to one presentation object, never to the library.

python-pptx walks every part to name a new slide and every relationship of the presentation to
relate it or to find the notes master, so adding n slides costs O(n^2). These functions replace
those look-ups on the instances of one build with counts and caches.
"""

from __future__ import annotations

import re

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI


def count_partnames(package) -> None:
    """Make the package's `next_partname` count instead of scanning every part each time.

    The first call per name pattern (slide%d.xml, notesSlide%d.xml, ...) scans as before; later
    ones continue the count.
    """
    scan = package.next_partname
    counters: dict[str, int] = {}

    def next_partname(tmpl: str) -> PackURI:
        if tmpl not in counters:
            first = scan(tmpl)
            counters[tmpl] = int(re.search(r"(\d+)\.\w+$", str(first)).group(1))
            return first
        counters[tmpl] += 1
        return PackURI(tmpl % counters[tmpl])

    package.next_partname = next_partname


def relate_slides_directly(presentation_part) -> None:
    """Relate each new slide without searching for an existing relationship to it, and look the
    notes master up once.

    A slide part made a moment ago cannot be related yet; the notes master, once there, stays.
    """
    rels = presentation_part.rels
    get_or_add, part_with_reltype = rels.get_or_add, rels.part_with_reltype
    found: dict[str, object] = {}

    def relate(reltype: str, target_part) -> str:
        if reltype == RT.SLIDE:
            return rels._add_relationship(reltype, target_part)
        return get_or_add(reltype, target_part)

    def related(reltype: str):
        if reltype != RT.NOTES_MASTER:
            return part_with_reltype(reltype)
        if reltype not in found:
            found[reltype] = part_with_reltype(reltype)  # raises KeyError until there is one
        return found[reltype]

    rels.get_or_add = relate
    rels.part_with_reltype = related
