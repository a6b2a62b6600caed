"""Shape-level XML: what the python-pptx API does not reach, and what it reaches too slowly.

Each function takes and changes lxml elements (never a python-pptx object) and says what it
does in python-pptx's stead. The writers edit slides through these functions, `ooxml.text`
(text bodies) and `ooxml.fit` (fitting and measuring); each writes the XML python-pptx would
write, so that a deck's bytes do not depend on which of the two wrote a shape.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from workshop.ooxml.namespaces import A, P, qn
from workshop.session import Cache

_A_R, _A_FLD, _A_RPR, _A_END = qn("a:r"), qn("a:fld"), qn("a:rPr"), qn("a:endParaRPr")
_NSDECL = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
# A fixed field id keeps the output deterministic; PowerPoint only needs it to be a GUID.
_SLIDE_NUMBER_FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"


def parse_xml(text: str) -> etree._Element:
    """Return `text` parsed by python-pptx's parser, as elements of its own classes: what is
    parsed here goes into slides python-pptx reads again. (Imported when first needed: what
    only measures, as the slide plan does, loads no python-pptx.)"""
    from pptx.oxml import parse_xml as pptx_parse

    return pptx_parse(text)


def list_notes_master(presentation: etree._Element, rid: str) -> None:
    """Add `p:notesMasterIdLst` listing the notes master related as `rid` to the
    presentation's root element, unless it has one.

    python-pptx relates the notes master to the presentation but never lists it there;
    PowerPoint tolerates that, Keynote and strict validators do not.
    """
    if presentation.find(qn("p:notesMasterIdLst")) is not None:
        return
    element = parse_xml(
        f'<p:notesMasterIdLst {_NSDECL} '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<p:notesMasterId r:id="{rid}"/></p:notesMasterIdLst>'
    )
    presentation.find(qn("p:sldMasterIdLst")).addnext(element)


def tag_language(element: etree._Element, lang: str) -> None:
    """Set `lang` on every run, field and paragraph end under `element`.

    python-pptx creates runs without run properties; screen readers and spell checkers
    then guess the language.
    """
    for run in element.iter(_A_R, _A_FLD):
        props = run.find(_A_RPR)
        if props is None:
            props = etree.Element(_A_RPR)
            run.insert(0, props)
        props.set("lang", lang)
    for end in element.iter(_A_END):
        end.set("lang", lang)


def set_field_text(shape: etree._Element, text: str, field_type: str = "slidenum") -> None:
    """Give a cloned slide-number placeholder its text body: a field PowerPoint keeps current.

    python-pptx clones footer and slide-number placeholders without any text body.
    """
    made = _FIELD_BODIES.get(field_type)
    if made is None:
        made = _FIELD_BODIES.keep(field_type, parse_xml(
            f'<p:txBody {_NSDECL}><a:bodyPr/><a:lstStyle/><a:p>'
            f'<a:fld id="{_SLIDE_NUMBER_FIELD_ID}" type="{field_type}"><a:rPr/>'
            '<a:t/></a:fld></a:p></p:txBody>'))
    body = copy.deepcopy(made)
    body.find(f".//{qn('a:t')}").text = escape_text(text)
    _replace_text_body(shape, body)


_FIELD_BODIES = Cache("field text bodies by type", 16)


def _replace_text_body(shape: etree._Element, body: etree._Element) -> None:
    old = shape.find(qn("p:txBody"))
    if old is not None:
        shape.remove(old)
    shape.append(body)


def unsign_chart_axis_ids(chart_space: etree._Element) -> None:
    """Make the chart's axis ids non-negative, as the schema's unsignedInt requires, and
    below 2**31.

    python-pptx's bar and column chart templates carry negative ids (e.g. -2068027336);
    PowerPoint accepts them but strict validators report a schema error. LibreOffice reads
    an id as a signed 32-bit number, and one of 2**31 or more loses the category axis's
    labels when the value axis shows none; clearing the sign bit keeps the ids distinct.
    """
    for element in chart_space.iter(qn("c:axId"), qn("c:crossAx")):
        element.set("val", str(int(element.get("val")) & 0x7FFFFFFF))


def hide_data_label(chart_space: etree._Element, index: int) -> None:
    """Hide the data label of point `index` of the chart's first series, the others kept as
    the plot sets them: the series gets labels of its own, a copy of the plot's, with a
    `c:dLbl` for that point, deleted, ahead of them (where the schema puts a point's)."""
    series = chart_space.find(f".//{qn('c:ser')}")
    labels = copy.deepcopy(series.getparent().find(qn("c:dLbls")))
    label = etree.Element(qn("c:dLbl"))
    etree.SubElement(label, qn("c:idx")).set("val", str(index))
    etree.SubElement(label, qn("c:delete")).set("val", "1")
    labels.insert(0, label)
    # in the series, after its own fills (c:dPt) and before its trendlines and data
    after = [qn(f"c:{tag}") for tag in ("trendline", "errBars", "cat", "val", "smooth",
                                         "shape", "extLst")]
    following = next((child for child in series if child.tag in after), None)
    if following is None:
        series.append(labels)
    else:
        following.addprevious(labels)


def set_alt_text(shape: etree._Element, text: str) -> None:
    """Set the shape's description, the alt text screen readers announce."""
    shape.find(f"./*[1]/{qn('p:cNvPr')}").set("descr", text)


def remove_style(shape: etree._Element) -> None:
    """Remove a drawn shape's theme style reference (`p:style`): what it shows is its own."""
    style = shape.find(qn("p:style"))
    if style is not None:
        shape.remove(style)


def copy_children(source: etree._Element, target: etree._Element) -> None:
    """Replace the children of `target` with copies of those of `source` (a slide made again
    as one finished before)."""
    for child in list(target):
        target.remove(child)
    for child in source:
        target.append(copy.deepcopy(child))


def count(element: etree._Element) -> int:
    """Return how many elements `element` holds, itself among them (what keeping a copy of
    it costs)."""
    return sum(1 for _ in element.iter())


def remove_shape(shape: etree._Element) -> None:
    """Delete `shape` from its slide (python-pptx has no API for it)."""
    shape.getparent().remove(shape)


def set_autofit(shape: etree._Element) -> None:
    """Ask renderers to shrink text that would overflow the shape."""
    body_pr = shape.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if body_pr is not None and body_pr.find(qn("a:normAutofit")) is None:
        for old in body_pr.findall(qn("a:spAutoFit")) + body_pr.findall(qn("a:noAutofit")):
            body_pr.remove(old)
        body_pr.append(etree.Element(qn("a:normAutofit")))


def set_title_weight(master: etree._Element, bold: bool) -> None:
    """Set the slide titles of the master whose root is `master` bold, or regular."""
    path = f"{qn('p:txStyles')}/{qn('p:titleStyle')}/{qn('a:lvl1pPr')}/{qn('a:defRPr')}"
    for style in master.findall(path):
        style.set("b", "1" if bold else "0")


def new_shape_tree() -> etree._Element:
    """Return an empty `p:spTree`: a slide's shapes, for measuring what is set on them."""
    return etree.Element(qn("p:spTree"))


def add_slide_placeholder(tree: etree._Element, layout_shape: etree._Element
                          ) -> etree._Element:
    """Add to `tree` a slide's placeholder made from a layout's placeholder shape, as
    python-pptx makes one: the layout's placeholder reference, no box of its own (it inherits
    the layout's) and an empty text body; return it."""
    shape = etree.SubElement(tree, qn("p:sp"))
    properties = etree.SubElement(shape, qn("p:nvSpPr"))
    etree.SubElement(properties, qn("p:cNvPr"), id="2", name="Body")
    etree.SubElement(properties, qn("p:cNvSpPr"))
    etree.SubElement(properties, qn("p:nvPr")).append(
        copy.deepcopy(placeholder_element(layout_shape)))
    etree.SubElement(shape, qn("p:spPr"))
    body = etree.SubElement(shape, qn("p:txBody"))
    for name in ("a:bodyPr", "a:lstStyle", "a:p"):
        etree.SubElement(body, qn(name))
    return shape


def _next_shape_id(tree: etree._Element) -> int:
    ids = [int(v) for v in tree.xpath("//p:cNvPr/@id") if v.isascii() and v.isdigit()]
    return max(ids, default=1) + 1


_ALL_IDS = etree.XPath("//@id")


def next_slide_shape_id(tree: etree._Element) -> int:
    """Return the id python-pptx gives the next shape of a slide: one more than any number
    used as an id anywhere in the slide's XML."""
    return max((int(v) for v in _ALL_IDS(tree) if v.isascii() and v.isdigit()), default=0) + 1


def append_copy(tree: etree._Element, shape: etree._Element, text: str) -> etree._Element:
    """Add a copy of the one-run text box `shape` to the slide's shape tree, with the next
    shape id and `text` as its text; return the copy."""
    added = copy.deepcopy(shape)
    added.find(f"./{qn('p:nvSpPr')}/{qn('p:cNvPr')}").set("id", str(next_slide_shape_id(tree)))
    added.find(f".//{qn('a:t')}").text = escape_text(text)
    insert_shape(tree, added)
    return added


def insert_shape(tree: etree._Element, shape: etree._Element) -> None:
    """Add `shape` at the front of a slide's shape tree, where python-pptx adds new shapes:
    last, but before any extension list."""
    ext_list = tree.find(qn("p:extLst"))
    if ext_list is None:
        tree.append(shape)
    else:
        ext_list.addprevious(shape)


def last_shape(tree: etree._Element) -> etree._Element:
    """Return the shape python-pptx added last to a slide's shape tree: its last child
    before any extension list."""
    return next(child for child in reversed(tree) if child.tag != qn("p:extLst"))


def next_slide_id(slide_ids: etree._Element) -> int:
    """Return the id of a slide added last to the presentation's `p:sldIdLst`: one more
    than the last slide's (python-pptx's choice while slides are only added), 256 for the
    first."""
    last = slide_ids[-1] if len(slide_ids) else None
    return int(last.get("id")) + 1 if last is not None else 256


def remove_shapes_at(tree: etree._Element, prefix: str, x: int) -> None:
    """Remove from a slide's shape tree each shape named with `prefix` whose left edge is at
    `x` (a column of shapes drawn together, such as a list's row icons)."""
    for child in list(tree):
        names, left = _SHAPE_NAME(child), _SHAPE_X(child)
        if names and names[0].startswith(prefix) and left == [str(x)]:
            tree.remove(child)


# Compiled with their namespaces: they read python-pptx's elements and plain lxml ones alike.
_SHAPE_NAME = etree.XPath("./*/p:cNvPr/@name", namespaces={"p": P})
_SHAPE_X = etree.XPath("./p:spPr/a:xfrm/a:off/@x", namespaces={"a": A, "p": P})


def add_picture_to_tree(tree: etree._Element, rid: str, box: tuple[int, int, int, int],
                        name: str, description: str, *, behind: bool = False) -> None:
    """Add a picture of the related image `rid` to a master's or layout's shape tree.

    python-pptx can add pictures to slides only; masters and layouts need the XML by hand.
    """
    from pptx.oxml.shapes.picture import CT_Picture

    x, y, cx, cy = box
    pic = CT_Picture.new_pic(_next_shape_id(tree), name, description, rid, x, y, cx, cy)
    _insert(tree, pic, behind)


def add_plate_to_tree(tree: etree._Element, box: tuple[int, int, int, int], color: str,
                      name: str) -> None:
    """Add a rounded rectangle in `color` (a scheme colour, or #RRGGBB) at the back of a
    shape tree."""
    x, y, cx, cy = box
    fill = (f'<a:srgbClr val="{color[1:]}"/>' if color.startswith("#")
            else f'<a:schemeClr val="{color}"/>')
    plate = parse_xml(
        f'<p:sp {_NSDECL}><p:nvSpPr><p:cNvPr id="{_next_shape_id(tree)}" name="{name}"/>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill>{fill}</a:solidFill><a:ln><a:noFill/></a:ln>'
        '</p:spPr></p:sp>'
    )
    _insert(tree, plate, behind=True)


def _insert(tree: etree._Element, shape: etree._Element, behind: bool) -> None:
    if behind:
        tree.find(qn("p:grpSpPr")).addnext(shape)
    else:
        tree.append(shape)


SHAPE_TAGS = (qn("p:sp"), qn("p:pic"), qn("p:graphicFrame"))  # the kinds a placeholder can be
_NV_PR, _PH = qn("p:nvPr"), qn("p:ph")


def placeholder_element(element: etree._Element) -> etree._Element | None:
    """Return the `p:ph` of a shape element (in its first child), or None.

    Called for nearly every shape of every slide, so it looks where the schema puts these
    (`p:nvPr` last in the first child, `p:ph` first in it) before searching.
    """
    if not len(element):
        return None
    names = element[0]
    if not len(names):
        return None
    properties = names[-1]
    if properties.tag != _NV_PR:
        properties = next(names.iterchildren(_NV_PR), None)
        if properties is None:
            return None
    if not len(properties):
        return None
    first = properties[0]
    return first if first.tag == _PH else next(properties.iterchildren(_PH), None)


_ph = placeholder_element


def placeholder_idx(element: etree._Element) -> int | None:
    """Return a shape element's placeholder idx (0 when unnumbered), or None for no placeholder."""
    ph = _ph(element)
    return None if ph is None else int(ph.get("idx", "0"))


def placeholder_type(element: etree._Element) -> str | None:
    """Return a shape element's placeholder type ("obj" when unstated), or None."""
    ph = _ph(element)
    return None if ph is None else ph.get("type", "obj")


def find_placeholder(tree: etree._Element, idx: int) -> etree._Element | None:
    """Return the first placeholder of the shape tree with `idx`, or None."""
    for child in tree.iterchildren(*SHAPE_TAGS):
        if placeholder_idx(child) == idx:
            return child
    return None


def find_placeholder_of_type(tree: etree._Element, kind: str) -> etree._Element | None:
    """Return the first placeholder of the shape tree of type `kind`, or None."""
    for child in tree.iterchildren(*SHAPE_TAGS):
        if placeholder_type(child) == kind:
            return child
    return None


def set_box(shape: etree._Element, box) -> None:
    """Give `shape` its own position and size (a geometry.Box), as python-pptx writes them."""
    props = shape.find(qn("p:spPr"))
    xfrm = props.find(qn("a:xfrm"))
    if xfrm is None:
        xfrm = etree.Element(qn("a:xfrm"))
        props.insert(0, xfrm)
    off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
    if off is None:
        off = etree.SubElement(xfrm, qn("a:off"))
        xfrm.insert(0, off)
    if ext is None:
        ext = etree.SubElement(xfrm, qn("a:ext"))
    off.set("x", str(box.x))
    off.set("y", str(box.y))
    ext.set("cx", str(box.cx))
    ext.set("cy", str(box.cy))


_CONTROL = re.compile(r"([\x00-\x08\x0B-\x1F])")


def escape_text(text: str) -> str:
    """Return `text` with control characters written as `_xHHHH_`, as python-pptx writes them."""
    return _CONTROL.sub(lambda match: f"_x{ord(match.group(1)):04X}_", text)


def set_text(body: etree._Element, text: str) -> None:
    """Replace the text of a `p:txBody` with `text`, as python-pptx's `TextFrame.text` does:
    a paragraph per line, a line break for each vertical tab, no empty runs."""
    for paragraph in body.findall(qn("a:p")):
        body.remove(paragraph)
    for line in text.split("\n"):
        paragraph = etree.SubElement(body, qn("a:p"))
        for n, piece in enumerate(line.split("\v")):
            if n:
                etree.SubElement(paragraph, qn("a:br"))
            if piece:
                run = etree.SubElement(paragraph, qn("a:r"))
                etree.SubElement(run, qn("a:t")).text = escape_text(piece)


def freeze_slide_numbers(slide: etree._Element) -> None:
    """Replace the slide-number fields of `slide` (a p:sld) with runs of the number each
    shows now: the slide keeps its number when it is shown apart from its deck."""
    for field in list(slide.iter(_A_FLD)):
        if field.get("type") != "slidenum":
            continue
        run = etree.Element(_A_R)
        for child in list(field):
            if child.tag in (_A_RPR, qn("a:t")):
                run.append(child)
        field.addprevious(run)
        field.getparent().remove(field)


# The small print of a slide, set at 12 pt by design (design system, section 2): the bottom
# row's source and kit footer (text boxes the writer draws), the closing slide's QR link, and
# the page number, footer and date placeholders.
SMALL_PRINT_NAMES = frozenset({"Footer", "Source", "QR link"})
SMALL_PRINT_PLACEHOLDERS = frozenset({"sldNum", "ftr", "dt"})


def is_small_print(element: etree._Element) -> bool:
    """Return True for a shape of a slide's small print: its source, the kit's footer, the
    page number or the QR link (text below the body's 18 pt floor by design, one line each)."""
    props = element.find(f"./{qn('p:nvSpPr')}/{qn('p:cNvPr')}")
    holder = element.find(f"./{qn('p:nvSpPr')}/{qn('p:nvPr')}/{qn('p:ph')}")
    return ((props is not None and props.get("name") in SMALL_PRINT_NAMES)
            or (holder is not None and holder.get("type") in SMALL_PRINT_PLACEHOLDERS))
