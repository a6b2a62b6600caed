"""What the shapes of a slide, layout or master are, read from their XML: the shape tree,
each shape's kind, name, alt text, text body and box, a part's name and the slide's size.

The writers, the plan and the checks ask these questions of lxml elements; the tags they
spell live here (and in the other `ooxml` modules), so no module above this layer names one.
"""

from __future__ import annotations

from collections.abc import Iterator

from workshop.ooxml.elements import SHAPE_TAGS, placeholder_element
from workshop.ooxml.namespaces import A_, P_, Element

_C_SLD, _SP_TREE = f"{P_}cSld", f"{P_}spTree"
_SP, _PIC, _TX_BODY, _BODY_PR = f"{P_}sp", f"{P_}pic", f"{P_}txBody", f"{A_}bodyPr"
_C_NV_PR = f"./*[1]/{P_}cNvPr"  # every kind of shape names itself in its first child
# Every kind of shape a shape tree can hold, as python-pptx lists a slide's shapes.
_SHAPES = {f"{P_}{tag}" for tag in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic",
                                     "contentPart")}
# The kinds of shape python-pptx clones from a layout's placeholders: all but a content part.
_CLONED = _SHAPES - {f"{P_}contentPart"}
_XFRM = (f"{P_}spPr/{A_}xfrm", f"{P_}xfrm")  # a shape's own box; a frame's, for a table
_OFF, _EXT, _T = f"{A_}off", f"{A_}ext", f"{A_}t"
_RUNS, _RUN_PROPS = (f"{A_}r", f"{A_}fld"), f"{A_}rPr"
_PARAGRAPH_PROPS = f"{A_}pPr"


def shape_tree(root: Element) -> Element | None:
    """Return the `p:spTree` of a slide's, notes slide's, layout's or master's root element,
    or None when it has none."""
    common = next(root.iterchildren(_C_SLD), None)
    return None if common is None else next(common.iterchildren(_SP_TREE), None)


def part_name(root: Element) -> str:
    """Return the name a layout or master gives itself ("" when it gives none)."""
    common = next(root.iterchildren(_C_SLD), None)
    return "" if common is None else common.get("name", "")


def shapes_in(tree: Element | None) -> list[Element]:
    """Return every shape directly in the shape tree `tree` (none for None)."""
    return [] if tree is None else [child for child in tree if child.tag in _SHAPES]


def placeholder_kinds_in(tree: Element | None) -> list[Element]:
    """Return the shapes directly in the shape tree `tree` of the kinds a placeholder can be
    (a shape, a picture, a graphic frame); none for None."""
    return [] if tree is None else [child for child in tree if can_be_placeholder(child)]


def can_be_placeholder(shape: Element) -> bool:
    """Return True for a shape of a kind a placeholder can be (a shape, a picture, a graphic
    frame)."""
    return shape.tag in SHAPE_TAGS


def text_shapes(tree: Element) -> list[Element]:
    """Return the shapes directly in `tree` that can hold text (`p:sp`), in order."""
    return list(tree.iterchildren(_SP))


def is_picture(shape: Element) -> bool:
    """Return True for a picture (`p:pic`)."""
    return shape.tag == _PIC


def is_text_shape(shape: Element) -> bool:
    """Return True for a shape that can hold text (`p:sp`)."""
    return shape.tag == _SP


def shape_name(shape: Element) -> str:
    """Return the name the shape gives itself ("" when it gives none)."""
    properties = shape.find(_C_NV_PR)
    return "" if properties is None else properties.get("name", "")


def name_shape(shape: Element, name: str, shape_id: int | None = None) -> None:
    """Give `shape` its `name` and, unless None, its id on the slide."""
    properties = shape.find(_C_NV_PR)
    if shape_id is not None:
        properties.set("id", str(shape_id))
    properties.set("name", name)


def shape_ids(root: Element) -> list[str]:
    """Return the id of every shape under `root`, nested ones too, in document order."""
    return [properties.get("id") for properties in root.iter(f"{P_}cNvPr")]


def alt_text(shape: Element) -> str:
    """Return the shape's description, the alt text a screen reader announces ("" when none)."""
    properties = shape.find(_C_NV_PR)
    return ((properties.get("descr") if properties is not None else None) or "").strip()


def own_text_body(shape: Element) -> Element | None:
    """Return the shape's `p:txBody`, or None when it has none (see text.text_body, which
    adds one)."""
    return shape.find(_TX_BODY)


def body_properties(shape: Element) -> Element | None:
    """Return the `a:bodyPr` of the shape's text body, or None when it has none."""
    body = shape.find(_TX_BODY)
    return None if body is None else body.find(_BODY_PR)


def paragraph_properties(paragraph: Element) -> Element | None:
    """Return the `a:pPr` of the paragraph element, or None when it sets none."""
    return paragraph.find(_PARAGRAPH_PROPS)


def add_paragraph_properties(paragraph: Element) -> Element:
    """Add an empty `a:pPr` to the paragraph element (first, where the schema puts it) and
    return it."""
    properties = paragraph.makeelement(_PARAGRAPH_PROPS, {})
    paragraph.insert(0, properties)
    return properties


def run_properties(shape: Element) -> Iterator[Element | None]:
    """Yield the `a:rPr` of each run and field under `shape`, in order (None for one that
    sets none)."""
    for run in shape.iter(*_RUNS):
        yield run.find(_RUN_PROPS)


def run_languages(shape: Element) -> Iterator[str | None]:
    """Yield the language each run and field under `shape` is tagged with, in order (None
    for one that sets none)."""
    for properties in run_properties(shape):
        yield None if properties is None else properties.get("lang")


def text_nodes(root: Element) -> Iterator[Element]:
    """Yield every `a:t` under `root` (the text of its runs, fields and line breaks' runs)."""
    return root.iter(_T)


def own_box(shape: Element) -> tuple[int | None, int | None, int | None, int | None]:
    """Return the (left, top, width, height) a shape sets itself, None for what it does not."""
    for path in _XFRM:
        xfrm = shape.find(path)
        if xfrm is not None:
            off, ext = xfrm.find(_OFF), xfrm.find(_EXT)
            return ((None, None) if off is None else (int(off.get("x")), int(off.get("y")))) + (
                (None, None) if ext is None else (int(ext.get("cx")), int(ext.get("cy"))))
    return (None,) * 4


def placed_boxes(root: Element) -> Iterator[tuple[int, int, int, int]]:
    """Yield (left, top, width, height) of everything placed under `root`, each offset with
    the extent after it, in document order."""
    for off, ext in zip(root.iter(_OFF), root.iter(_EXT), strict=False):
        yield int(off.get("x")), int(off.get("y")), int(ext.get("cx")), int(ext.get("cy"))


def slide_size(presentation: Element) -> tuple[int, int]:
    """Return the slides' (width, height) in EMU, from presentation.xml's root."""
    size = presentation.find(f"{P_}sldSz")
    return int(size.get("cx")), int(size.get("cy"))


def lists_notes_master(presentation: Element) -> bool:
    """Return True when presentation.xml's root lists a notes master."""
    return presentation.find(f"{P_}notesMasterIdLst") is not None


def placeholder_signature(root: Element) -> tuple:
    """Return what python-pptx's cloning reads of a layout's or notes master's placeholders
    (the root `root`): each one's kind, type, orientation, size and idx, in order."""
    found = []
    tree = shape_tree(root)
    for child in tree if tree is not None else ():
        ph = placeholder_element(child) if child.tag in _CLONED else None
        if ph is not None:
            found.append((child.tag, ph.get("type"), ph.get("orient"), ph.get("sz"),
                          ph.get("idx")))
    return tuple(found)
