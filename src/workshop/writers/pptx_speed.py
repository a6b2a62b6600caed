"""Keeping python-pptx fast with our own helpers beside it, never by changing its objects.

python-pptx walks every part to name a new part and every relationship to relate a slide or
to find a picture, so adding n slides costs O(n^2); it builds each slide and notes slide by
cloning placeholders one by one, and each chart from generated XML; and it writes a package
through element trees for every relationship list and the content types, then zips it. Here:
PartNames counts part names, IndexedImageParts (a subclass of python-pptx's image parts)
finds pictures by an index, SlideCopier and add_chart_copy copy slides and charts made
before, and package_entries writes those lists as text for our own zip writer, always
producing the bytes python-pptx itself would.
"""

from __future__ import annotations

import copy
import itertools
import posixpath
import re
from collections.abc import Iterator

from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PACKAGE_URI, PackURI
from pptx.oxml.ns import qn
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart
from pptx.parts.image import Image, ImagePart
from pptx.parts.slide import NotesSlidePart, SlidePart

from workshop import compat
from workshop.ooxml.namespaces import CONTENT_TYPES, PACKAGE_RELATIONSHIPS, Element
from workshop.session import Cache


class PartNames:
    """Names new parts of one package (slide notes, charts, workbooks) by counting, where
    python-pptx's `next_partname` walks every part for each name.

    The first name asked for each pattern (notesSlide%d.xml, chart%d.xml, ...) comes from that
    walk; later ones continue the count. A part python-pptx names itself meanwhile is `noted`.
    """

    def __init__(self, package) -> None:
        self.package = package
        self.counts: dict[str, int] = {}

    def next(self, template: str) -> PackURI:
        """Return the next free part name of `template`, as python-pptx would pick it."""
        if template not in self.counts:
            first = self.package.next_partname(template)
            self.counts[template] = _number(first)
            return first
        self.counts[template] += 1
        return PackURI(template % self.counts[template])

    def noted(self, template: str, partname: PackURI) -> None:
        """Take into account `partname`, of `template`, named by python-pptx itself."""
        if template in self.counts:
            self.counts[template] = max(self.counts[template], _number(partname))


def _number(partname: str) -> int:
    """Return the N of a part name made from a %d template (PackURI.idx misses some)."""
    return int(re.search(r"(\d+)\.\w+$", partname).group(1))


class IndexedImageParts(compat.ImageParts):
    """A package's image parts, found by their SHA1 and named from an index, where
    python-pptx walks every relationship of every part for each picture added.

    `parts` are the package's image parts in the order of python-pptx's walk (the first match
    wins) and `numbers` the N of its /ppt/media/imageN parts. The index stays true because a
    build only adds pictures: the only slides it removes again are bullet slides, which hold
    none.
    """

    def __init__(self, package, parts: list[ImagePart], numbers: frozenset[int]) -> None:
        super().__init__(package)
        self.package = package
        self.by_sha1: dict[str, ImagePart] = {}
        for part in parts:
            if hasattr(part, "sha1"):  # an SVG has none, as python-pptx skips it
                self.by_sha1.setdefault(part.sha1, part)
        self.taken = set(numbers)

    def get_or_add_image_part(self, image_file) -> ImagePart:
        """Return the package's part holding the picture `image_file`, added when new."""
        image = Image.from_file(image_file)
        part = self.by_sha1.get(image.sha1)
        if part is None:
            part = self.by_sha1[image.sha1] = ImagePart(
                self._next_partname(image.ext), image.content_type, self.package, image.blob,
                image.filename)
        return part

    def _next_partname(self, ext: str) -> PackURI:
        """The lowest free number, as python-pptx's `next_image_partname` picks it."""
        number = next(n for n in itertools.count(1) if n not in self.taken)
        self.taken.add(number)
        return PackURI(f"/ppt/media/image{number}.{ext}")


def index_image_parts(package, parts: list[ImagePart], numbers: frozenset[int]) -> None:
    """Have `package` find and name its pictures from an index (see IndexedImageParts)."""
    compat.set_image_parts(package, IndexedImageParts(package, parts, numbers))


def media_numbers(package) -> set[int]:
    """Return the numbers N of the package's /ppt/media/imageN parts."""
    return {part.partname.idx for part in package.iter_parts()
            if part.partname.startswith("/ppt/media/image") and part.partname.idx is not None}


# Fresh slides, slide numbers and notes slides as python-pptx makes them, by the placeholders
# of the layout or notes master they are cloned from: the same for every build on a template.
_MADE = Cache("fresh slides by layout placeholders", 512)
_NOTES_NAMES = "/ppt/notesSlides/notesSlide%d.xml"
_PLACEHOLDER_TAGS = {qn(f"p:{tag}") for tag in ("sp", "pic", "graphicFrame", "grpSp", "cxnSp")}


def placeholder_signature(root: Element) -> tuple:
    """Return what python-pptx's cloning reads of a layout's or notes master's placeholders:
    each one's kind, type, orientation, size and idx, in order."""
    found = []
    tree = root.find(f"{qn('p:cSld')}/{qn('p:spTree')}")
    for child in tree if tree is not None else ():
        if child.tag not in _PLACEHOLDER_TAGS or not len(child):
            continue
        properties = child[0].find(qn("p:nvPr"))
        ph = properties.find(qn("p:ph")) if properties is not None else None
        if ph is not None:
            found.append((child.tag, ph.get("type"), ph.get("orient"), ph.get("sz"),
                          ph.get("idx")))
    return tuple(found)


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
            self.signatures[part] = placeholder_signature(part._element)
        return self.signatures[part]

    def add_slide(self, layout, numbered: bool):
        """Return a new slide on `layout`, last in the deck, as python-pptx would make it, and
        the element of its slide-number placeholder (None when not `numbered` or the layout
        has none)."""
        key = ("slide", self._signature(layout.part))
        fresh = _MADE.get(key)
        if fresh is None:
            slide = self.prs.slides.add_slide(layout)
            _remember(key, slide._element)
        else:
            partname = PackURI(f"/ppt/slides/slide{len(self.slide_ids) + 1}.xml")
            slide_part = SlidePart(partname, CT.PML_SLIDE, self.package, copy.deepcopy(fresh))
            slide_part.relate_to(layout.part, RT.SLIDE_LAYOUT)
            # a part made a moment ago has no relationship yet: no need to look for one
            rid = compat.add_relationship(self.part.rels, RT.SLIDE, slide_part)
            last = self.slide_ids[-1] if len(self.slide_ids) else None
            compat.add_slide_id(self.slide_ids,
                                int(last.get("id")) + 1 if last is not None else 256, rid)
            slide = slide_part.slide
        return slide, (self._add_number(slide, layout) if numbered else None)

    def _add_number(self, slide, layout):
        """Add the layout's slide-number placeholder to a slide just made; return its element."""
        tree = compat.shape_tree(slide.shapes)
        key = ("number", self._signature(layout.part))
        if key not in _MADE:
            for placeholder in layout.placeholders:
                if placeholder.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER:
                    slide.shapes.clone_placeholder(placeholder)
                    _remember(key, tree[-1])
                    return tree[-1]
            _remember(key, None)
            return None
        number = _MADE[key]
        if number is None:
            return None
        tree.append(copy.deepcopy(number))  # a fresh slide: the same id and name as the first
        return tree[-1]

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
                _remember(key, notes._element)
            return notes
        notes_part = NotesSlidePart(
            self.names.next(_NOTES_NAMES),
            CT.PML_NOTES_SLIDE, self.package, copy.deepcopy(fresh))
        notes_part.relate_to(self.notes_master, RT.NOTES_MASTER)
        notes_part.relate_to(slide_part, RT.SLIDE)
        slide_part.relate_to(notes_part, RT.NOTES_SLIDE)
        return notes_part.notes_slide


def add_chart_copy(slide, chart_space: Element, xlsx_blob: bytes, box,
                   names: PartNames) -> Element:
    """Add a chart whose XML is a copy of `chart_space`, with the workbook `xlsx_blob`, at
    `box` (x, y, cx, cy) on `slide`, its parts named by `names`; return its graphic frame's
    element.

    The parts, names, relationships and frame are those python-pptx's `add_chart` makes, in the
    same order; `chart_space` is a chart it made earlier, with its workbook related as rId1.
    """
    package = slide.part.package
    chart_part = ChartPart(names.next(ChartPart.partname_template), CT.DML_CHART,
                           package, copy.deepcopy(chart_space))
    workbook = EmbeddedXlsxPart(names.next(EmbeddedXlsxPart.partname_template),
                                EmbeddedXlsxPart.content_type, package, xlsx_blob)
    chart_part._element.get_or_add_externalData().rId = chart_part.relate_to(workbook,
                                                                             RT.PACKAGE)
    rid = slide.part.relate_to(chart_part, RT.CHART)
    return compat.add_chart_frame(slide.shapes, rid, box.x, box.y, box.cx, box.cy)



def package_entries(package) -> Iterator[tuple[str, bytes]]:
    """Yield the zip entries (name, data) of a python-pptx package, in the order and with the
    bytes its own `save` writes, so that they can be zipped once, without re-packing."""
    parts = tuple(package.iter_parts())
    yield "[Content_Types].xml", content_types_xml(parts)
    yield PACKAGE_URI.rels_uri.membername, compat.package_rels_xml(package)
    for part in parts:
        yield part.partname.membername, part.blob
        if compat.part_rels(part):
            yield part.partname.rels_uri.membername, relationships_xml(part.rels)


_RELS_OPEN = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
              f'<Relationships xmlns="{PACKAGE_RELATIONSHIPS}">')
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                    "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def relationships_xml(rels) -> bytes:
    """Return a part's .rels XML, byte for byte as python-pptx's `_Relationships.xml` writes it
    (relationships in the order of their numbers), without building an element tree."""
    def number(rid: str) -> tuple[int, str]:
        return (int(rid[3:]) if rid.startswith("rId") and rid[3:].isdigit() else 0, rid)

    items = [_RELS_OPEN]
    for rid in sorted(rels.keys(), key=number):
        rel = rels[rid]
        if rel.is_external:
            target, mode = rel.target_ref, ' TargetMode="External"'
        else:
            target, mode = _relative_ref(compat.rel_base_uri(rel), rel.target_partname), ""
        items.append(f'<Relationship Id="{_attribute(rid)}" Type="{_attribute(rel.reltype)}" '
                     f'Target="{_attribute(target)}"{mode}/>')
    items.append("</Relationships>")
    return "".join(items).encode("utf-8")


_TYPES_OPEN = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
               f'<Types xmlns="{CONTENT_TYPES}">')


def content_types_xml(parts) -> bytes:
    """Return the package's [Content_Types].xml for `parts`, byte for byte as python-pptx
    writes it (defaults by extension, then overrides by part name: see
    compat.content_type_lists), without building an element tree."""
    defaults, overrides = compat.content_type_lists(parts)
    items = [_TYPES_OPEN]
    items += [f'<Default Extension="{_attribute(ext)}" ContentType="{_attribute(kind)}"/>'
              for ext, kind in sorted(defaults.items())]
    items += [f'<Override PartName="{_attribute(name)}" ContentType="{_attribute(kind)}"/>'
              for name, kind in sorted(overrides.items())]
    items.append("</Types>")
    return "".join(items).encode("utf-8")


_FOLDER_REFS = Cache("relative folder references", 4_096)


def _relative_ref(base_uri: str, partname: str) -> str:
    """Return `partname` relative to the folder `base_uri`, as python-pptx's `relative_ref`
    does, working out each pair of folders once."""
    if base_uri == "/":
        return partname[1:]
    folder, _, name = partname.rpartition("/")
    prefix = _FOLDER_REFS.get((base_uri, folder))
    if prefix is None:
        prefix = _FOLDER_REFS.keep((base_uri, folder),
                                   posixpath.relpath(folder or "/", base_uri))
    return name if prefix == "." else f"{prefix}/{name}"


def _attribute(value: str) -> str:
    return value.translate(_ATTRIBUTE_ESCAPES)
