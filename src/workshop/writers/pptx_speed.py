"""Keeping python-pptx linear: small changes to one presentation object, never to the library.

python-pptx walks every part to name a new slide and every relationship of the presentation to
relate it or to find the notes master, so adding n slides costs O(n^2). These functions replace
those look-ups on the instances of one build with counts and caches.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import serialize_part_xml
from pptx.opc.packuri import PACKAGE_URI, PackURI
from pptx.opc.serialized import _ContentTypesItem
from pptx.parts.slide import NotesSlidePart, SlidePart


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


class SlideCopier:
    """Adds slides and notes slides by copying the first one made on each layout.

    python-pptx builds every new slide by cloning its layout's placeholders one by one, and
    every notes slide by cloning the notes master's; the result depends on the layout alone,
    so after the first slide of a layout a deep copy of that fresh slide gives the same XML.
    """

    def __init__(self, prs) -> None:
        self.prs = prs
        self.part = prs.part
        self.package = prs.part.package
        self.slide_ids = prs.slides._sldIdLst
        self.slides: dict[object, object] = {}  # layout part -> a fresh slide's element
        self.numbers: dict[object, object] = {}  # layout part -> its slide number, cloned
        self.notes: object | None = None  # a fresh notes slide's element
        self.notes_master = None

    def add_slide(self, layout, numbered: bool):
        """Return a new slide on `layout`, last in the deck, as python-pptx would make it, and
        the element of its slide-number placeholder (None when not `numbered` or the layout
        has none)."""
        fresh = self.slides.get(layout.part)
        if fresh is None:
            slide = self.prs.slides.add_slide(layout)
            self.slides[layout.part] = copy.deepcopy(slide._element)
        else:
            partname = PackURI(f"/ppt/slides/slide{len(self.slide_ids) + 1}.xml")
            slide_part = SlidePart(partname, CT.PML_SLIDE, self.package, copy.deepcopy(fresh))
            slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
            rid = self.part.relate_to(slide_part, RT.SLIDE)
            last = self.slide_ids[-1] if len(self.slide_ids) else None
            self.slide_ids._add_sldId(id=int(last.get("id")) + 1 if last is not None else 256,
                                      rId=rid)
            slide = slide_part.slide
        return slide, (self._add_number(slide, layout) if numbered else None)

    def _add_number(self, slide, layout):
        """Add the layout's slide-number placeholder to a slide just made; return its element."""
        tree = slide.shapes._spTree
        if layout.part not in self.numbers:
            self.numbers[layout.part] = None
            for placeholder in layout.placeholders:
                if placeholder.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER:
                    slide.shapes.clone_placeholder(placeholder)
                    self.numbers[layout.part] = copy.deepcopy(tree[-1])
                    return tree[-1]
            return None
        number = self.numbers[layout.part]
        if number is None:
            return None
        tree.append(copy.deepcopy(number))  # a fresh slide: the same id and name as the first
        return tree[-1]

    def notes_slide(self, slide):
        """Return the slide's notes slide, made as python-pptx would make it."""
        slide_part = slide.part
        if slide_part.has_notes_slide or self.notes is None:
            notes = slide.notes_slide
            if self.notes is None:
                self.notes = copy.deepcopy(notes._element)
                self.notes_master = self.part.notes_master_part
            return notes
        notes_part = NotesSlidePart(
            self.package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
            CT.PML_NOTES_SLIDE, self.package, copy.deepcopy(self.notes))
        notes_part.relate_to(self.notes_master, RT.NOTES_MASTER)
        notes_part.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(notes_part, RT.NOTES_SLIDE)
        return notes_part.notes_slide


def package_entries(package) -> Iterator[tuple[str, bytes]]:
    """Yield the zip entries (name, data) of a python-pptx package, in the order and with the
    bytes its own `save` writes, so that they can be zipped once, without re-packing."""
    parts = tuple(package.iter_parts())
    yield "[Content_Types].xml", serialize_part_xml(_ContentTypesItem.xml_for(parts))
    yield PACKAGE_URI.rels_uri.membername, package._rels.xml
    for part in parts:
        yield part.partname.membername, part.blob
        if part._rels:
            yield part.partname.rels_uri.membername, part.rels.xml
