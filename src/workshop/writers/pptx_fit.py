"""Does a shape's text fit its box? Measured with real font metrics, sizes inherited as
PowerPoint inherits them (slide, layout, master placeholder, then the master's text styles)."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from lxml import etree
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.util import Pt

from workshop.metrics import Span, paragraph_height

FLOOR_PT = 18.0  # body text is never made smaller than this
EMU_PER_PT = 12700


@dataclass(frozen=True)
class Fit:
    """How much height a shape's text needs and has, in points, and its smallest size."""

    needed: float
    available: float
    smallest_pt: float

    @property
    def overflows(self) -> bool:
        """Return True when the text needs more height than the box gives (1 pt tolerance)."""
        return self.needed > self.available + 1


_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# Which master placeholder a layout placeholder of each type inherits from.
_MASTER_TYPE = {"ctrTitle": "title", "title": "title", "dt": "dt", "ftr": "ftr",
                "sldNum": "sldNum"}
_INDEXES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _ph(element) -> tuple[str, str] | None:
    """Return a shape element's placeholder (type, idx), or None when it is no placeholder."""
    ph = element.find(f"./*[1]/{_P}nvPr/{_P}ph")
    if ph is None:
        return None
    return ph.get("type", "obj"), ph.get("idx", "0")


def _index(part) -> dict[str, etree._Element]:
    """Return a layout's or master's placeholders by idx and by type, built once per part."""
    if part not in _INDEXES:
        found: dict[str, etree._Element] = {}
        for element in part._element.iter(f"{_P}sp", f"{_P}pic"):
            key = _ph(element)
            if key is not None:
                found.setdefault(f"idx:{key[1]}", element)
                found.setdefault(f"type:{key[0]}", element)
        _INDEXES[part] = found
    return _INDEXES[part]


def _base_elements(shape) -> list[etree._Element]:
    """Return the layout and master placeholder elements a slide shape inherits from.

    python-pptx looks these up by scanning every shape of the layout on each call; this reads
    each layout's and master's placeholders once.
    """
    key = _ph(shape._element)
    if key is None:
        return []
    try:
        layout_part = shape.part.part_related_by(RT.SLIDE_LAYOUT)
    except (AttributeError, KeyError):
        return []
    layout = _index(layout_part).get(f"idx:{key[1]}")
    if layout is None:
        return []
    master_part = layout_part.part_related_by(RT.SLIDE_MASTER)
    kind = _ph(layout)[0]
    master = _index(master_part).get(f"type:{_MASTER_TYPE.get(kind, 'body')}")
    return [layout] + ([master] if master is not None else [])


class _Inherited:
    """The paragraph properties and box a shape's text inherits, looked up once per shape."""

    def __init__(self, shape):
        self.shape = shape
        self.elements = [shape._element, *_base_elements(shape)]
        self.style = _master_style(shape)
        self._cache: dict[tuple[int, str, str], str | None] = {}

    def box(self) -> tuple[float, float]:
        """Return the shape's width and height in points, from the first element that has one."""
        for element in self.elements:
            ext = element.find(f"./{_P}spPr/{_A}xfrm/{_A}ext")
            if ext is None:
                ext = element.find(f"./{_P}xfrm/{_A}ext")
            if ext is not None:
                return int(ext.get("cx")) / EMU_PER_PT, int(ext.get("cy")) / EMU_PER_PT
        return self.shape.width / EMU_PER_PT, self.shape.height / EMU_PER_PT

    def value(self, level: int, child: str, attribute: str) -> str | None:
        """Return a property of paragraph level `level` (0-based), or None."""
        key = (level, child, attribute)
        if key not in self._cache:
            self._cache[key] = self._look_up(level, child, attribute)
        return self._cache[key]

    def _look_up(self, level: int, child: str, attribute: str) -> str | None:
        tag = qn(f"a:lvl{level + 1}pPr")
        candidates = [el.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}/{tag}")
                      for el in self.elements]
        if self.style is not None:
            candidates.append(self.style.find(tag))
        for props in candidates:
            if props is None:
                continue
            target = props if child == "" else props.find(child)
            if target is not None and target.get(attribute) is not None:
                return target.get(attribute)
        return None

    def size(self, level: int) -> float:
        """Return the inherited font size of a paragraph level, in points."""
        inherited = self.value(level, qn("a:defRPr"), "sz")
        return int(inherited) / 100 if inherited else 18.0

    def inset(self, name: str, default_emu: int) -> float:
        for element in self.elements:
            body = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
            if body is not None and body.get(name) is not None:
                return int(body.get(name)) / EMU_PER_PT
        return default_emu / EMU_PER_PT


def _master_style(shape) -> etree._Element | None:
    """Return the master text style (title, body or other) that the shape's text falls back to."""
    try:
        layout_part = shape.part.part_related_by(RT.SLIDE_LAYOUT)
        master = layout_part.part_related_by(RT.SLIDE_MASTER)
    except (AttributeError, KeyError):
        return None
    styles = master._element.find(qn("p:txStyles"))
    if styles is None:
        return None
    key = _ph(shape._element)
    if key is None:
        name = "p:otherStyle"
    else:
        name = "p:titleStyle" if key[0] in ("title", "ctrTitle") else "p:bodyStyle"
    return styles.find(qn(name))


def measure(shape, heading_font: str, body_font: str, scale: float = 1.0,
            inherited: _Inherited | None = None) -> Fit:
    """Return how the shape's text fits, its inherited sizes multiplied by `scale`."""
    inherited = inherited or _Inherited(shape)
    key = _ph(shape._element)
    is_title = key is not None and key[0] in ("title", "ctrTitle")
    family = heading_font if is_title else body_font
    box_width, box_height = inherited.box()
    width = box_width - inherited.inset("lIns", 91440) - inherited.inset("rIns", 91440)
    available = box_height - inherited.inset("tIns", 45720) - inherited.inset("bIns", 45720)
    needed, smallest = 0.0, 1000.0
    for n, paragraph in enumerate(shape.text_frame.paragraphs):
        level = paragraph.level
        base = inherited.size(level)
        spans = []
        for run in paragraph.runs:
            size = (run.font.size.pt if run.font.size is not None else base * scale)
            spans.append(Span(run.text, size, bool(run.font.bold), bool(run.font.italic)))
            smallest = min(smallest, size)
        if not spans:
            continue
        indent = int(inherited.value(level, "", "marL") or 0) / EMU_PER_PT
        before = inherited.value(level, f"{qn('a:spcBef')}/{qn('a:spcPts')}", "val")
        spacing = inherited.value(level, f"{qn('a:lnSpc')}/{qn('a:spcPct')}", "val")
        needed += paragraph_height(spans, family, width - indent,
                                   int(before) / 100 if before and n else 0.0,
                                   int(spacing) / 100000 if spacing else 1.0)
    return Fit(needed, available, smallest if smallest < 1000 else 0.0)


def shrink_to_fit(shape, heading_font: str, body_font: str) -> float | None:
    """Shrink the shape's text in 5% steps, never below 18 pt, until it fits.

    Return the smallest size used when the text was shrunk, None when it already fitted, and
    0.0 when even the floor does not fit (the text is left at the floor).
    """
    inherited = _Inherited(shape)
    if not measure(shape, heading_font, body_font, 1.0, inherited).overflows:
        return None
    scale = 1.0
    while True:
        scale -= 0.05
        fit = measure(shape, heading_font, body_font, scale, inherited)
        if fit.smallest_pt < FLOOR_PT or scale < 0.3:
            _apply_scale(shape, inherited, max(scale + 0.05, 0.3))
            return 0.0
        if not fit.overflows:
            _apply_scale(shape, inherited, scale)
            return measure(shape, heading_font, body_font, 1.0, inherited).smallest_pt


def raise_to_floor(shape) -> bool:
    """Give text the template sets below 18 pt an explicit 18 pt; return True if any was."""
    inherited = _Inherited(shape)
    raised = False
    for paragraph in shape.text_frame.paragraphs:
        base = inherited.size(paragraph.level)
        for run in paragraph.runs:
            size = run.font.size.pt if run.font.size is not None else base
            if size < FLOOR_PT:
                run.font.size = Pt(FLOOR_PT)
                raised = True
    return raised


def _apply_scale(shape, inherited: _Inherited, scale: float) -> None:
    """Write explicit run sizes: the inherited size times `scale`, at least the floor."""
    for paragraph in shape.text_frame.paragraphs:
        base = inherited.size(paragraph.level)
        for run in paragraph.runs:
            if run.font.size is None:
                run.font.size = Pt(max(FLOOR_PT, round(base * scale)))


def smallest_size(shape) -> float:
    """Return the smallest font size, in points, of the shape's text (0.0 when it has none)."""
    inherited = _Inherited(shape)
    sizes = [run.font.size.pt if run.font.size is not None else inherited.size(paragraph.level)
             for paragraph in shape.text_frame.paragraphs for run in paragraph.runs]
    return min(sizes, default=0.0)
