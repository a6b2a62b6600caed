"""Slides and notes slides added by copying the first one python-pptx made from each layout.

python-pptx builds every new slide by cloning its layout's placeholders one by one, and every
notes slide by cloning the notes master's. The result depends only on those placeholders, so
once one slide has been made from a layout, in this build or an earlier one of the session, a
deep copy of it gives the same XML.
"""

from __future__ import annotations

import copy

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.parts.slide import NotesSlidePart, SlidePart

from workshop import compat
from workshop.ooxml import elements
from workshop.ooxml.namespaces import Element
from workshop.ooxml.shapes import placeholder_signature
from workshop.session import Cache
from workshop.writers.pptx_parts import PartNames

# Fresh slides, slide numbers and notes slides as python-pptx makes them, by the placeholders
# of the layout or notes master they are cloned from: the same for every build on a template.
_MADE = Cache("fresh slides by layout placeholders", 512)
_NOTES_NAMES = "/ppt/notesSlides/notesSlide%d.xml"


def _remember(key: tuple, element: Element | None) -> None:
    _MADE.keep(key, None if element is None else copy.deepcopy(element))


class SlideCopier:
    """Adds slides and notes slides by copying the first one made from each layout.

    python-pptx builds every new slide by cloning its layout's placeholders one by one, and
    every notes slide by cloning the notes master's. The result depends only on those
    placeholders, so once one slide has been made from a layout, in this build or an earlier
    one, a deep copy of it gives the same XML.
    """

    def __init__(self, prs) -> None:
        self.prs = prs
        self.part = prs.part
        self.package = prs.part.package
        self.slide_ids = compat.slide_id_list(prs.slides)
        self.signatures: dict[object, tuple] = {}  # layout part -> placeholder_signature
        self.notes_master = None
        self.names = PartNames(self.package)

    def _signature(self, part) -> tuple:
        if part not in self.signatures:
            self.signatures[part] = placeholder_signature(compat.xml_of(part))
        return self.signatures[part]

    def add_slide(self, layout, numbered: bool):
        """Return a new slide on `layout`, last in the deck, as python-pptx would make it, and
        the element of its slide-number placeholder (None when not `numbered` or the layout
        has none)."""
        key = ("slide", self._signature(layout.part))
        fresh = _MADE.get(key)
        if fresh is None:
            slide = self.prs.slides.add_slide(layout)
            _remember(key, slide.element)
        else:
            slide = self.add_copy(layout, fresh)
        return slide, (self._add_number(slide, layout) if numbered else None)

    def add_copy(self, layout, element: Element):
        """Return a new slide on `layout`, last in the deck, whose XML is a copy of `element`
        (a slide made on that layout before: fresh, or finished)."""
        partname = PackURI(f"/ppt/slides/slide{len(self.slide_ids) + 1}.xml")
        slide_part = SlidePart(partname, CT.PML_SLIDE, self.package, copy.deepcopy(element))
        slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
        # a part made a moment ago has no relationship yet: no need to look for one
        rid = compat.add_relationship(self.part.rels, RT.SLIDE, slide_part)
        compat.add_slide_id(self.slide_ids, elements.next_slide_id(self.slide_ids), rid)
        return slide_part.slide

    def _add_number(self, slide, layout):
        """Add the layout's slide-number placeholder to a slide just made; return its element."""
        tree = compat.shape_tree(slide.shapes)
        key = ("number", self._signature(layout.part))
        if key not in _MADE:
            for placeholder in layout.placeholders:
                if placeholder.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER:
                    slide.shapes.clone_placeholder(placeholder)
                    cloned = elements.last_shape(tree)
                    _remember(key, cloned)
                    return cloned
            _remember(key, None)
            return None
        number = _MADE[key]
        if number is None:
            return None
        added = copy.deepcopy(number)  # a fresh slide: the same id and name as the first
        elements.insert_shape(tree, added)
        return added

    def notes_slide(self, slide):
        """Return the slide's notes slide, made as python-pptx would make it."""
        slide_part = slide.part
        if self.notes_master is None:
            self.notes_master = self.part.notes_master_part  # made from a default if missing
        key = ("notes", self._signature(self.notes_master))
        fresh = _MADE.get(key)
        if slide_part.has_notes_slide or fresh is None:
            notes = slide.notes_slide
            self.names.noted(_NOTES_NAMES, notes.part.partname)
            if fresh is None:
                _remember(key, notes.element)
            return notes
        notes_part = NotesSlidePart(
            self.names.next(_NOTES_NAMES),
            CT.PML_NOTES_SLIDE, self.package, copy.deepcopy(fresh))
        notes_part.relate_to(self.notes_master, RT.NOTES_MASTER)
        notes_part.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(notes_part, RT.NOTES_SLIDE)
        return notes_part.notes_slide
