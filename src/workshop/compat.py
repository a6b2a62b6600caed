"""Every use of python-pptx's (and python-docx's) private names, in one place.

Each function below reaches one private name the public API does not offer; `tests/
test_compat.py` holds a test per entry that fails, saying which entry, when a release changes
what it relies on. Upgrading python-pptx means running those tests first.

Entry: the private name it reaches; what it relies on.

- content_types_xml: `pptx.opc.serialized._ContentTypesItem.xml_for(parts)`; the
  `[Content_Types].xml` element python-pptx's `save` writes.
- image_parts: `Package._image_parts`; the package's image parts, iterated in the order
  python-pptx searches them.
- ImageParts, set_image_parts: `pptx.package._ImageParts` and the `_image_parts` lazy property
  of `Package`; the class a package finds its pictures through (`get_or_add_image_part`, the
  one method every picture added goes through), and the instance cached in the package's
  `__dict__` under the property's name, which python-pptx reads before computing one.
- IndexedImageParts, index_image_parts: the same, subclassed: a package's pictures found by
  their SHA1 and named from an index (python-pptx walks every relationship of every part for
  each picture added), giving the parts and names python-pptx's walk would.
- scratch_shapes: `pptx.oxml.slide.CT_Slide.new()`; a new slide's empty shape tree, drawn on
  through `SlideShapes` as a slide is.
- add_relationship: `_Relationships._add_relationship(reltype, part)`; adds a relationship
  without looking for an equal one, and returns its rId.
- package_rels_xml: `Package._rels.xml`; the package-level relationships, serialized.
- part_rels: `Part._rels`; a part's relationships (empty when it has none), whose `xml`
  is the .rels python-pptx writes.
- slide_id_list, add_slide_id, remove_slide_id: `Slides._sldIdLst` and its
  `_add_sldId(id=, rId=)`; the presentation's `p:sldIdLst` element, and how to add to it and
  take from it.
- shape_tree: `SlideShapes._spTree`; a slide's `p:spTree` element.
- add_chart_frame: `SlideShapes._add_chart_graphicFrame(rId, x, y, cx, cy)`; adds the graphic
  frame of a chart part already related.
- chart_space: `Chart._chartSpace`; a chart's `c:chartSpace` element.
- set_part_blob: `Part._blob`; a theme part's bytes, replaced.
- workbook_data, populate_worksheet: `CategoryWorkbookWriter._chart_data` and
  `._populate_worksheet(workbook, worksheet)`; a workbook writer's chart data, and how it fills
  a worksheet.
- docx_inline: python-docx's `InlineShape._inline`; a picture's `wp:inline` element.
- docx_entries: python-docx's `docx.opc.pkgwriter._ContentTypesItem.from_parts(parts).blob`;
  a document's `[Content_Types].xml`, as its `save` writes it.
- xml_of: where each library keeps the XML element behind an object that has no public
  `element`: python-pptx's `XmlPart._element` and `TextFrame._txBody`; python-docx's
  `Paragraph._p`, `Run._r`, `Table._tbl`, `_Cell._tc`, `_Row._tr` and `Section._sectPr`.
- set_part_element: `XmlPart._element`; the part's XML, replaced whole.
- forget_views: the views python-pptx caches in an object's `__dict__` (its lazyproperty
  values, proxies such as a part's `slide_layout`); dropped so that they are made again.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from pptx.opc.package import XmlPart
from pptx.opc.packuri import PackURI
from pptx.opc.serialized import _ContentTypesItem
from pptx.package import _ImageParts
from pptx.parts.image import Image, ImagePart
from pptx.shared import ElementProxy
from pptx.text.text import TextFrame

ImageParts = _ImageParts


def image_parts(package) -> Any:
    """Return the package's collection of image parts."""
    return package._image_parts


def set_image_parts(package, image_parts: ImageParts) -> None:
    """Have `package` find and add its pictures through `image_parts`."""
    vars(package)["_image_parts"] = image_parts


class IndexedImageParts(_ImageParts):
    """A package's image parts, found by their SHA1 and named from an index, where
    python-pptx walks every relationship of every part for each picture added.

    `parts` are the package's image parts in the order of python-pptx's walk (the first match
    wins) and `numbers` the N of its /ppt/media/imageN parts. The index stays true because a
    build only adds pictures and slides (the plan decides every slide before any is written:
    none is removed again).
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
    set_image_parts(package, IndexedImageParts(package, parts, numbers))


def add_relationship(rels, reltype: str, target_part) -> str:
    """Relate `target_part` from `rels` without searching for an equal relationship; return
    the new rId."""
    return rels._add_relationship(reltype, target_part)


def package_rels_xml(package) -> bytes:
    """Return the package-level relationships as python-pptx serializes them."""
    return package._rels.xml


def part_rels(part) -> Any:
    """Return a part's relationships (empty when it has none)."""
    return part._rels


def slide_id_list(slides) -> Any:
    """Return the presentation's `p:sldIdLst` element (it has `_add_sldId(id=, rId=)`)."""
    return slides._sldIdLst


def add_slide_id(slide_ids, id_: int, rid: str) -> None:
    """Add a `p:sldId` with `id_` and `rid` to the presentation's slide id list."""
    slide_ids._add_sldId(id=id_, rId=rid)


def remove_slide_id(slide_ids, slide_id) -> None:
    """Take the `p:sldId` `slide_id` out of the presentation's slide id list."""
    slide_ids.remove(slide_id)


def shape_tree(shapes) -> Any:
    """Return the `p:spTree` element of a slide's shapes."""
    return shapes._spTree


def shape_over(element) -> Any:
    """Return python-pptx's shape over the `p:sp` `element`, standing in no slide: its text,
    fill, outline and name need none (what slide_types.drawing styles with)."""
    from pptx.shapes.autoshape import Shape

    return Shape(element, None)


def shape_in(slide, element) -> Any:
    """Return python-pptx's shape over the slide's shape `element`, of the kind its XML says
    (a picture placeholder, say, which takes a picture)."""
    from pptx.shapes.shapetree import SlideShapeFactory

    return SlideShapeFactory(element, slide.shapes)


def scratch_shapes() -> Any:
    """Return the shapes of no slide: python-pptx's SlideShapes over a new slide's empty
    shape tree, to draw a shape once and copy its element onto slides."""
    from pptx.oxml.slide import CT_Slide
    from pptx.shapes.shapetree import SlideShapes

    return SlideShapes(CT_Slide.new().cSld.spTree, None)


def add_chart_frame(shapes, rid: str, x: int, y: int, cx: int, cy: int) -> Any:
    """Add the graphic frame of the chart part related as `rid`; return its element."""
    return shapes._add_chart_graphicFrame(rid, x, y, cx, cy)


def chart_space(chart) -> Any:
    """Return a chart's `c:chartSpace` element."""
    return chart._chartSpace


def set_part_blob(part, blob: bytes) -> None:
    """Replace the bytes of a part python-pptx keeps as a blob (a theme)."""
    part._blob = blob


def workbook_data(writer) -> Any:
    """Return the chart data a chart workbook writer holds."""
    return writer._chart_data


def populate_worksheet(writer, workbook, worksheet) -> None:
    """Fill `worksheet` of `workbook` with the writer's chart data, as python-pptx does."""
    writer._populate_worksheet(workbook, worksheet)


def docx_inline(inline_shape) -> Any:
    """Return a python-docx picture's `wp:inline` element."""
    return inline_shape._inline


def docx_entries(word) -> Iterator[tuple[str, bytes]]:
    """Yield the zip entries (name, data) of a python-docx document, in the order and with
    the bytes its `save` writes, so that they are zipped once rather than zipped and
    re-packed."""
    from docx.opc.packuri import CONTENT_TYPES_URI, PACKAGE_URI
    from docx.opc.pkgwriter import _ContentTypesItem

    package = word.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    yield CONTENT_TYPES_URI.membername, _ContentTypesItem.from_parts(parts).blob
    yield PACKAGE_URI.rels_uri.membername, package.rels.xml
    for part in parts:
        yield part.partname.membername, part.blob
        if len(part.rels):
            yield part.partname.rels_uri.membername, part.rels.xml


def content_types_xml(parts) -> bytes:
    """Return the package's `[Content_Types].xml` for `parts`, as python-pptx's `save` writes
    it."""
    from pptx.opc.oxml import serialize_part_xml

    return serialize_part_xml(_ContentTypesItem.xml_for(parts))


def xml_of(thing) -> Any:
    """Return the XML element behind a python-pptx or python-docx object: its public
    `element` where it has one (shapes, slides, layouts, masters, notes), else the attribute
    its library keeps it in (a part's, a text frame's, a Word paragraph's, run's, table's,
    cell's, row's or section's)."""
    if isinstance(thing, XmlPart):
        return thing._element
    if isinstance(thing, TextFrame):
        return thing._txBody
    public = getattr(thing, "element", None)
    if public is not None:
        return public
    from docx.section import Section
    from docx.table import Table, _Cell, _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    for kind, name in ((Paragraph, "_p"), (Run, "_r"), (Table, "_tbl"), (_Cell, "_tc"),
                       (_Row, "_tr"), (Section, "_sectPr")):
        if isinstance(thing, kind):
            return getattr(thing, name)
    raise TypeError(f"no XML element known behind a {type(thing).__name__}")


def set_part_element(part, element) -> None:
    """Replace a part's XML with `element`, whole."""
    part._element = element


def forget_views(holder) -> None:
    """Drop the views (element proxies) python-pptx has cached on `holder`, a package or a
    part: a deep copy of such a view alone would be a detached duplicate of an element inside
    the part's XML. They are made again from the parts on first use."""
    cached = vars(holder)
    for name in [name for name, value in cached.items() if isinstance(value, ElementProxy)]:
        del cached[name]
