"""The parts of a package python-pptx builds, named, found and written without its O(n^2)
walks: python-pptx walks every part to name a new part and every relationship to find a
picture. PartNames counts part names (compat.index_image_parts finds pictures by an index,
through a subclass of python-pptx's private image parts), add_chart_copy adds a chart made before
as a copy, and package_entries gives the package's members, as python-pptx's own `save`
serializes them, for our zip writer (see package.write_zip). Each gives the bytes python-pptx
itself would.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator

from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PACKAGE_URI, PackURI
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart

from workshop import compat
from workshop.ooxml import elements
from workshop.ooxml.namespaces import Element


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


def media_numbers(package) -> set[int]:
    """Return the numbers N of the package's /ppt/media/imageN parts."""
    return {part.partname.idx for part in package.iter_parts()
            if part.partname.startswith("/ppt/media/image") and part.partname.idx is not None}


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
    compat.xml_of(chart_part).get_or_add_externalData().rId = chart_part.relate_to(workbook,
                                                                             RT.PACKAGE)
    rid = slide.part.relate_to(chart_part, RT.CHART)
    return compat.add_chart_frame(slide.shapes, rid, box.x, box.y, box.cx, box.cy)


def package_entries(package) -> Iterator[tuple[str, bytes]]:
    """Yield the zip entries (name, data) of a python-pptx package, in the order and with the
    bytes its own `save` writes (its serializers, through compat), so that they can be zipped
    once, by our zip writer, without re-packing."""
    parts = tuple(package.iter_parts())
    yield "[Content_Types].xml", compat.content_types_xml(parts)
    yield PACKAGE_URI.rels_uri.membername, compat.package_rels_xml(package)
    for part in parts:
        yield part.partname.membername, part.blob
        rels = compat.part_rels(part)
        if rels:
            yield part.partname.rels_uri.membername, rels.xml


def list_notes_master(prs) -> None:
    """List the notes master python-pptx related to the presentation (see
    ooxml.elements.list_notes_master), when there is one."""
    rid = next((r.rId for r in prs.part.rels.values() if r.reltype == RT.NOTES_MASTER), None)
    if rid is not None:
        elements.list_notes_master(compat.xml_of(prs.part), rid)
