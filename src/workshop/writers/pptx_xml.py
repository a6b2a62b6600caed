"""Raw XML the python-pptx API does not reach, kept in one place.

Each function names the gap it fills. Nothing else in the project edits `_element` trees.
"""

from __future__ import annotations

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml import parse_xml
from pptx.oxml.ns import qn
from pptx.presentation import Presentation
from pptx.shapes.base import BaseShape

_NSDECL = ('xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"')
# A fixed field id keeps the output deterministic; PowerPoint only needs it to be a GUID.
_SLIDE_NUMBER_FIELD_ID = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}"


def list_notes_master(prs: Presentation) -> None:
    """Add `p:notesMasterIdLst` to the presentation part.

    python-pptx relates the notes master to the presentation but never lists it there;
    PowerPoint tolerates that, Keynote and strict validators do not.
    """
    root = prs.part._element
    if root.find(qn("p:notesMasterIdLst")) is not None:
        return
    rid = next((r.rId for r in prs.part.rels.values() if r.reltype == RT.NOTES_MASTER), None)
    if rid is None:
        return
    element = parse_xml(
        f'<p:notesMasterIdLst {_NSDECL} '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<p:notesMasterId r:id="{rid}"/></p:notesMasterIdLst>'
    )
    root.find(qn("p:sldMasterIdLst")).addnext(element)


def tag_language(element: etree._Element, lang: str) -> None:
    """Set `lang` on every run, field and paragraph end under `element`.

    python-pptx creates runs without run properties; screen readers and spell checkers
    then guess the language.
    """
    for run in element.iter(qn("a:r"), qn("a:fld")):
        props = run.find(qn("a:rPr"))
        if props is None:
            props = etree.SubElement(run, qn("a:rPr"))
            run.remove(props)
            run.insert(0, props)
        props.set("lang", lang)
    for end in element.iter(qn("a:endParaRPr")):
        end.set("lang", lang)


def add_paragraph_properties(body: etree._Element) -> None:
    """Give every paragraph of a text body an `a:pPr`, empty when it had none.

    Earlier builds read each paragraph's level through python-pptx, which adds the element as
    a side effect; adding it here keeps the output of the same outline byte-identical.
    """
    for paragraph in body.iterfind(qn("a:p")):
        if paragraph.find(qn("a:pPr")) is None:
            paragraph.insert(0, etree.Element(qn("a:pPr")))


def set_field_text(shape: BaseShape, text: str, field_type: str = "slidenum") -> None:
    """Give a cloned slide-number placeholder its text body: a field PowerPoint keeps current.

    python-pptx clones footer and slide-number placeholders without any text body.
    """
    body = parse_xml(
        f'<p:txBody {_NSDECL}><a:bodyPr/><a:lstStyle/><a:p>'
        f'<a:fld id="{_SLIDE_NUMBER_FIELD_ID}" type="{field_type}"><a:rPr/>'
        f'<a:t>{text}</a:t></a:fld></a:p></p:txBody>'
    )
    _replace_text_body(shape, body)


def _replace_text_body(shape: BaseShape, body: etree._Element) -> None:
    old = shape._element.find(qn("p:txBody"))
    if old is not None:
        shape._element.remove(old)
    shape._element.append(body)


def unsign_chart_axis_ids(chart_space: etree._Element) -> None:
    """Make the chart's axis ids non-negative, as the schema's unsignedInt requires.

    python-pptx's bar and column chart templates carry negative ids (e.g. -2068027336);
    PowerPoint accepts them but strict validators report a schema error.
    """
    for element in chart_space.iter(qn("c:axId"), qn("c:crossAx")):
        value = int(element.get("val"))
        if value < 0:
            element.set("val", str(value + 2**32))


def remove_last_slide(prs: Presentation) -> None:
    """Remove the last slide: its id from the list and its relationship from the presentation.

    python-pptx has no API for it; the slide part, unreferenced, is not written.
    """
    ids = prs.slides._sldIdLst
    last = ids[-1]
    rid = last.get(qn("r:id"))
    ids.remove(last)
    prs.part.drop_rel(rid)


def set_alt_text(shape: BaseShape, text: str) -> None:
    """Set the shape's description, the alt text screen readers announce."""
    shape._element.xpath("./*[1]/p:cNvPr")[0].set("descr", text)


def remove_shape(shape: BaseShape) -> None:
    """Delete `shape` from its slide (python-pptx has no API for it)."""
    element = shape._element
    element.getparent().remove(element)


def set_autofit(shape: BaseShape) -> None:
    """Ask renderers to shrink text that would overflow the shape."""
    body_pr = shape._element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
    if body_pr is not None and body_pr.find(qn("a:normAutofit")) is None:
        for old in body_pr.findall(qn("a:spAutoFit")) + body_pr.findall(qn("a:noAutofit")):
            body_pr.remove(old)
        body_pr.append(etree.Element(qn("a:normAutofit")))


def _next_shape_id(tree: etree._Element) -> int:
    ids = [int(v) for v in tree.xpath("//p:cNvPr/@id") if v.isdigit()]
    return max(ids, default=1) + 1


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
    """Add a rounded rectangle in scheme colour `color` at the back of a shape tree."""
    x, y, cx, cy = box
    plate = parse_xml(
        f'<p:sp {_NSDECL}><p:nvSpPr><p:cNvPr id="{_next_shape_id(tree)}" name="{name}"/>'
        '<p:cNvSpPr/><p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>'
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:schemeClr val="{color}"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        '</p:spPr></p:sp>'
    )
    _insert(tree, plate, behind=True)


def _insert(tree: etree._Element, shape: etree._Element, behind: bool) -> None:
    if behind:
        tree.find(qn("p:grpSpPr")).addnext(shape)
    else:
        tree.append(shape)
