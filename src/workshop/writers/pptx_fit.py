"""Does a shape's text fit its box? Measured with real font metrics, sizes inherited as
PowerPoint inherits them (slide, layout, master placeholder, then the master's text styles)."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.util import Pt

from workshop.metrics import Span, paragraph_height

FLOOR_PT = 18.0  # body text is never made smaller than this
EMU_PER_PT = 12700
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)


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


def _chain(shape) -> list[etree._Element]:
    """Return the shape's element, then those of the placeholders it inherits from."""
    chain = [shape._element]
    base = shape
    while getattr(base, "is_placeholder", False):
        try:
            base = base._base_placeholder
        except (AttributeError, KeyError):
            break
        if base is None:
            break
        chain.append(base._element)
    return chain


def _master_style(shape) -> etree._Element | None:
    """Return the master text style (title, body or other) that the shape's text falls back to."""
    try:
        master = shape.part.slide_layout.slide_master
    except AttributeError:
        return None
    styles = master._element.find(qn("p:txStyles"))
    if styles is None:
        return None
    if shape.is_placeholder:
        kind = shape.placeholder_format.type
        name = "p:titleStyle" if kind in _TITLES else "p:bodyStyle"
    else:
        name = "p:otherStyle"
    return styles.find(qn(name))


def _level_value(shape, level: int, child: str, attribute: str) -> str | None:
    """Return an inherited paragraph property of level `level` (0-based), or None."""
    tag = f"a:lvl{level + 1}pPr"
    candidates = [el.find(f"{qn('p:txBody')}/{qn('a:lstStyle')}/{qn(tag)}") for el in _chain(shape)]
    style = _master_style(shape)
    if style is not None:
        candidates.append(style.find(qn(tag)))
    for props in candidates:
        if props is None:
            continue
        target = props if child == "" else props.find(child)
        if target is not None and target.get(attribute) is not None:
            return target.get(attribute)
    return None


def _inset(shape, name: str, default_emu: int) -> float:
    for element in _chain(shape):
        body = element.find(f"{qn('p:txBody')}/{qn('a:bodyPr')}")
        if body is not None and body.get(name) is not None:
            return int(body.get(name)) / EMU_PER_PT
    return default_emu / EMU_PER_PT


def measure(shape, heading_font: str, body_font: str, scale: float = 1.0) -> Fit:
    """Return how the shape's text fits, its inherited sizes multiplied by `scale`."""
    is_title = shape.is_placeholder and shape.placeholder_format.type in _TITLES
    family = heading_font if is_title else body_font
    width = shape.width / EMU_PER_PT - _inset(shape, "lIns", 91440) - _inset(shape, "rIns", 91440)
    available = (shape.height / EMU_PER_PT - _inset(shape, "tIns", 45720)
                 - _inset(shape, "bIns", 45720))
    needed, smallest = 0.0, 1000.0
    for n, paragraph in enumerate(shape.text_frame.paragraphs):
        level = paragraph.level
        inherited = _level_value(shape, level, f"{qn('a:defRPr')}", "sz")
        base = int(inherited) / 100 if inherited else 18.0
        spans = []
        for run in paragraph.runs:
            size = (run.font.size.pt if run.font.size is not None else base * scale)
            spans.append(Span(run.text, size, bool(run.font.bold), bool(run.font.italic)))
            smallest = min(smallest, size)
        if not spans:
            continue
        indent = int(_level_value(shape, level, "", "marL") or 0) / EMU_PER_PT
        before = _level_value(shape, level, f"{qn('a:spcBef')}/{qn('a:spcPts')}", "val")
        spacing = _level_value(shape, level, f"{qn('a:lnSpc')}/{qn('a:spcPct')}", "val")
        needed += paragraph_height(spans, family, width - indent,
                                   int(before) / 100 if before and n else 0.0,
                                   int(spacing) / 100000 if spacing else 1.0)
    return Fit(needed, available, smallest if smallest < 1000 else 0.0)


def shrink_to_fit(shape, heading_font: str, body_font: str) -> float | None:
    """Shrink the shape's text in 5% steps, never below 18 pt, until it fits.

    Return the smallest size used when the text was shrunk, None when it already fitted, and
    0.0 when even the floor does not fit (the text is left at the floor).
    """
    if not measure(shape, heading_font, body_font).overflows:
        return None
    scale = 1.0
    while True:
        scale -= 0.05
        fit = measure(shape, heading_font, body_font, scale)
        if fit.smallest_pt < FLOOR_PT or scale < 0.3:
            _apply_scale(shape, heading_font, body_font, max(scale + 0.05, 0.3))
            return 0.0
        if not fit.overflows:
            _apply_scale(shape, heading_font, body_font, scale)
            return measure(shape, heading_font, body_font).smallest_pt


def raise_to_floor(shape) -> bool:
    """Give text the template sets below 18 pt an explicit 18 pt; return True if any was."""
    raised = False
    for paragraph in shape.text_frame.paragraphs:
        inherited = _level_value(shape, paragraph.level, f"{qn('a:defRPr')}", "sz")
        base = int(inherited) / 100 if inherited else 18.0
        for run in paragraph.runs:
            size = run.font.size.pt if run.font.size is not None else base
            if size < FLOOR_PT:
                run.font.size = Pt(FLOOR_PT)
                raised = True
    return raised


def _apply_scale(shape, heading_font: str, body_font: str, scale: float) -> None:
    """Write explicit run sizes: the inherited size times `scale`, at least the floor."""
    for paragraph in shape.text_frame.paragraphs:
        inherited = _level_value(shape, paragraph.level, f"{qn('a:defRPr')}", "sz")
        base = int(inherited) / 100 if inherited else 18.0
        for run in paragraph.runs:
            if run.font.size is None:
                run.font.size = Pt(max(FLOOR_PT, round(base * scale)))
