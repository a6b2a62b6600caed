"""Does a shape's text fit its box? Measured with real font metrics, sizes inherited as
PowerPoint inherits them (slide, layout, master placeholder, then the master's text styles).

Everything here reads and writes the XML elements directly: a build measures every text shape
of every slide, often several times, and python-pptx's proxies cost more than the measuring.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass

from lxml import etree

from workshop.metrics import (
    LINE_BREAK,
    LINE_HEIGHT,
    Span,
    ends_with_a_lone_word,
    paragraph_height,
    wrap,
)
from workshop.ooxml.elements import placeholder_element
from workshop.ooxml.namespaces import A_ as _A
from workshop.ooxml.namespaces import P_ as _P

FLOOR_PT = 18.0  # body text is never made smaller than this
EMU_PER_PT = 12700
DEFAULT_INSET = 91440  # a text body's left and right inset where none is set (0.1 in)


# Which master placeholder a layout placeholder of each type inherits from.
_MASTER_TYPE = {"ctrTitle": "title", "title": "title", "dt": "dt", "ftr": "ftr",
                "sldNum": "sldNum"}
_TITLES = ("title", "ctrTitle")
_TRUE = ("1", "true")


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


def _child(element: etree._Element | None, *tags: str) -> etree._Element | None:
    """Return the descendant reached through `tags`, one child at a time, or None.

    iterchildren() filters by tag in lxml's C code; find() parses its path in Python on every
    call, which in these loops costs more than the look-up.
    """
    for tag in tags:
        if element is None:
            return None
        element = next(element.iterchildren(tag), None)
    return element


def placeholder_key(element: etree._Element) -> tuple[str, str] | None:
    """Return a shape element's placeholder (type, idx), or None when it is no placeholder."""
    ph = placeholder_element(element)
    if ph is None:
        return None
    return ph.get("type", "obj"), ph.get("idx", "0")


@dataclass(frozen=True)
class Lineage:
    """The layout and master a slide inherits from, as their root elements, and what those
    are made from (`made_from`: their bytes, or the template's digest and the layout's
    name), by which what they pass on is remembered (see Inheritance)."""

    layout: etree._Element | None
    master: etree._Element | None
    made_from: Hashable


class Inheritance:
    """Looks up what slide text inherits, indexing each layout's and master's placeholders
    once (python-pptx scans every shape of the layout on each look-up), and remembering what
    each layout placeholder passes on, by what its lineage is made from."""

    def __init__(self) -> None:
        self._indexes: dict[tuple[Hashable, str], dict[str, etree._Element]] = {}
        self._bases: dict[tuple, Inherited] = {}

    def index(self, lineage: Lineage, part: str) -> dict[str, etree._Element]:
        """Return the placeholders of the lineage's `part` ("layout" or "master") by "idx:N"
        and by "type:T"."""
        found = self._indexes.get((lineage.made_from, part))
        if found is None:
            found = {}
            for element in getattr(lineage, part).iter(f"{_P}sp", f"{_P}pic"):
                key = placeholder_key(element)
                if key is not None:
                    found.setdefault(f"idx:{key[1]}", element)
                    found.setdefault(f"type:{key[0]}", element)
            if len(self._indexes) > 512:  # one shared across many templates: start again
                self._indexes.clear()
                self._bases.clear()
            self._indexes[lineage.made_from, part] = found
        return found

    def chain(self, element: etree._Element, lineage: Lineage) -> Inherited:
        """Return what the slide shape `element` inherits, through `lineage`."""
        key = placeholder_key(element)
        return Inherited([element], None, self._base(key, lineage))

    def _base(self, key: tuple[str, str] | None, lineage: Lineage) -> Inherited:
        """Return what a slide shape with placeholder `key` inherits from layout and master."""
        cache_key = (key, lineage.made_from)
        base = self._bases.get(cache_key)
        if base is not None:
            return base
        elements = []
        if key is not None and lineage.layout is not None:
            layout = self.index(lineage, "layout").get(f"idx:{key[1]}")
            if layout is not None:
                elements.append(layout)
                if lineage.master is not None:
                    kind = placeholder_key(layout)[0]
                    master = self.index(lineage, "master").get(
                        f"type:{_MASTER_TYPE.get(kind, 'body')}")
                    if master is not None:
                        elements.append(master)
        base = Inherited(elements, _master_style(key, lineage.master), None)
        self._bases[cache_key] = base
        return base


_SP_PR, _XFRM, _EXT, _OFF = f"{_P}spPr", f"{_A}xfrm", f"{_A}ext", f"{_A}off"
_P_XFRM, _TX_BODY, _BODY_PR = f"{_P}xfrm", f"{_P}txBody", f"{_A}bodyPr"
_LST_STYLE = f"{_A}lstStyle"
_DEF_RPR = (f"{_A}defRPr",)
_SPACE_BEFORE = (f"{_A}spcBef", f"{_A}spcPts")
_LINE_SPACING = (f"{_A}lnSpc", f"{_A}spcPct")


def _own_parts(element: etree._Element) -> tuple[etree._Element | None, ...]:
    """Return a shape element's own list styles, body properties and transform (or None)."""
    styles = body = xfrm = None
    for child in element:
        tag = child.tag
        if tag == _TX_BODY:
            for part in child:
                if part.tag == _LST_STYLE:
                    styles = part if len(part) else None
                elif part.tag == _BODY_PR:
                    body = part
        elif tag == _SP_PR:
            xfrm = child.find(_XFRM)
        elif tag == _P_XFRM:
            xfrm = child
    return styles, body, xfrm


class Inherited:
    """The paragraph properties and box a shape's text inherits: its own elements first, then
    `base`, what its layout and master pass on (shared by every shape on that placeholder)."""

    def __init__(self, elements: list[etree._Element], style: etree._Element | None,
                 base: Inherited | None):
        self.elements = elements
        self.style = style
        self.base = base
        self._cache: dict[tuple[int, tuple[str, ...], str], str | None] = {}
        self._insets: dict[str, float | None] = {}
        self._box: tuple[float, float] | None = None
        self._levels: dict[int, tuple[float, float, float, float]] = {}
        # What each element says itself, read once: its list styles, body and transform.
        self._own = [_own_parts(element) for element in elements]

    def box(self) -> tuple[float, float]:
        """Return the shape's width and height in points, from the first element that has one."""
        if self._box is None:
            self._box = self._own_box()
        return self._box

    def _own_box(self) -> tuple[float, float]:
        for _, _, xfrm in self._own:
            ext = _child(xfrm, _EXT)
            if ext is not None:
                return int(ext.get("cx")) / EMU_PER_PT, int(ext.get("cy")) / EMU_PER_PT
        return self.base.box() if self.base is not None else (0.0, 0.0)

    def xfrm(self) -> tuple[int, int, int, int]:
        """Return the shape's position and size in EMU (x, y, cx, cy), as inherited."""
        for _, _, xfrm in self._own:
            off, ext = _child(xfrm, _OFF), _child(xfrm, _EXT)
            if off is not None and ext is not None:
                return (int(off.get("x")), int(off.get("y")), int(ext.get("cx")),
                        int(ext.get("cy")))
        return self.base.xfrm() if self.base is not None else (0, 0, 0, 0)

    def value(self, level: int, child: tuple[str, ...], attribute: str) -> str | None:
        """Return a property of paragraph level `level` (0-based), or None. `child` names the
        tags from the level's `a:lvlNpPr` down to the element carrying `attribute`."""
        key = (level, child, attribute)
        if key not in self._cache:
            found = self._look_up(level, child, attribute)
            if found is None and self.base is not None:
                found = self.base.value(level, child, attribute)
            self._cache[key] = found
        return self._cache[key]

    def _look_up(self, level: int, child: tuple[str, ...], attribute: str) -> str | None:
        tag = f"{_A}lvl{level + 1}pPr"
        candidates = [styles.find(tag) for styles, _, _ in self._own if styles is not None]
        if self.style is not None:
            candidates.append(self.style.find(tag))
        for props in candidates:
            target = _child(props, *child)
            if target is not None and target.get(attribute) is not None:
                return target.get(attribute)
        return None

    def level(self, level: int) -> tuple[float, float, float, float]:
        """Return a paragraph level's inherited font size, indent and space before (points),
        and its line spacing (a multiple of single spacing)."""
        found = self._levels.get(level)
        if found is None:
            indent = int(self.value(level, (), "marL") or 0) / EMU_PER_PT
            before = self.value(level, _SPACE_BEFORE, "val")
            spacing = self.value(level, _LINE_SPACING, "val")
            found = self._levels[level] = (
                self.size(level), indent, int(before) / 100 if before else 0.0,
                int(spacing) / 100000 if spacing else 1.0)
        return found

    def size(self, level: int) -> float:
        """Return the inherited font size of a paragraph level, in points."""
        inherited = self.value(level, _DEF_RPR, "sz")
        return int(inherited) / 100 if inherited else 18.0

    def emphasis(self, level: int) -> tuple[bool, bool]:
        """Return whether a paragraph level's text is bold and italic unless a run says."""
        return (self.value(level, _DEF_RPR, "b") in _TRUE,
                self.value(level, _DEF_RPR, "i") in _TRUE)

    def inset(self, name: str, default_emu: int) -> float:
        """Return a text inset (lIns, tIns, ...) of the shape in points."""
        found = self._inset(name)
        return found if found is not None else default_emu / EMU_PER_PT

    def _inset(self, name: str) -> float | None:
        if name not in self._insets:
            found = None
            for _, body, _ in self._own:
                if body is not None and body.get(name) is not None:
                    found = int(body.get(name)) / EMU_PER_PT
                    break
            if found is None and self.base is not None:
                found = self.base._inset(name)
            self._insets[name] = found
        return self._insets[name]


def _master_style(key: tuple[str, str] | None, master: etree._Element | None):
    """Return the master text style (title, body or other) that the shape's text falls back to."""
    if master is None:
        return None
    styles = master.find(f"{_P}txStyles")
    if styles is None:
        return None
    name = "otherStyle" if key is None else "titleStyle" if key[0] in _TITLES else "bodyStyle"
    return styles.find(f"{_P}{name}")


class _Run:
    """One `a:r` of a shape's text as measuring needs it; `size` is its own size or None."""

    __slots__ = ("bold", "element", "italic", "size", "text")

    def __init__(self, element: etree._Element):
        self.element = element
        # bold and italic are None where the run does not say: its level's style decides
        self.text, self.size, self.bold, self.italic = "", None, None, None
        for part in element:
            if part.tag == _T:
                self.text = part.text or ""
            elif part.tag == _R_PR:
                size = part.get("sz")
                self.size = int(size) / 100 if size is not None else None
                if part.get("b") is not None:
                    self.bold = part.get("b") in _TRUE
                if part.get("i") is not None:
                    self.italic = part.get("i") in _TRUE

    def set_size(self, points: float) -> None:
        """Give the run an explicit size, as python-pptx writes `font.size = Pt(points)`."""
        props = self.element.find(_R_PR)
        if props is None:
            props = etree.Element(_R_PR)
            self.element.insert(0, props)
        centipoints = int(points * EMU_PER_PT) // 127
        props.set("sz", str(centipoints))
        self.size = centipoints / 100


class ShapeText:
    """A shape's paragraphs, read from its XML once: each a TextParagraph."""

    def __init__(self, element: etree._Element):
        self.element = element
        key = placeholder_key(element)
        self.is_title = key is not None and key[0] in _TITLES
        self.paragraphs: list[TextParagraph] = []
        body = next(element.iterchildren(_TX_BODY), None)
        for paragraph in body.iterchildren(_A_P) if body is not None else ():
            level, runs, left, right, align = 0, [], None, 0.0, None
            for child in paragraph:
                if child.tag == _R:
                    runs.append(_Run(child))
                elif child.tag == _BR:  # a forced line break: measured as one
                    line_break = _Run(child)
                    line_break.text = LINE_BREAK
                    runs.append(line_break)
                elif child.tag == _P_PR:
                    level = int(child.get("lvl", "0"))
                    if child.get("marL") is not None:
                        left = int(child.get("marL")) / EMU_PER_PT
                    right = int(child.get("marR", "0")) / EMU_PER_PT
                    align = child.get("algn")
            self.paragraphs.append(TextParagraph(level, runs, left, right, align, paragraph))


@dataclass(frozen=True)
class TextParagraph:
    """One `a:p` of a shape's text: its level, runs, own left margin (points; None when it
    inherits its level's), own right margin (the writer sets margins to keep a last word
    company) and own alignment (None when it inherits one)."""

    level: int
    runs: list[_Run]
    left_pt: float | None
    right_pt: float
    align: str | None
    element: etree._Element


_A_P, _P_PR, _R, _R_PR, _T = f"{_A}p", f"{_A}pPr", f"{_A}r", f"{_A}rPr", f"{_A}t"
_BR = f"{_A}br"


def geometry_margins(element: etree._Element, width: float, height: float
                     ) -> tuple[float, float]:
    """Return how much narrower and shorter than its box, in points, a preset shape's text
    rectangle is: a chevron's notch and point, a pentagon's point, a rounded rectangle's (or
    rounded callout's) corners (the `rect` of each in the OOXML preset shape definitions).
    (0, 0) for others, whose text rectangle is the box.

    LibreOffice lays text out in that rectangle, so the fit model must measure in it too.
    """
    geometry = element.find(f"{_P}spPr/{_A}prstGeom")
    if geometry is None:
        return 0.0, 0.0
    kind = geometry.get("prst")
    if kind not in _PRESET_ADJUST:
        return 0.0, 0.0
    name, default = _PRESET_ADJUST[kind]
    guide = geometry.find(f"{_A}avLst/{_A}gd[@name='{name}']")
    formula = guide.get("fmla", "") if guide is not None else ""
    adjust = int(formula[4:]) if re.fullmatch(r"val -?\d{1,9}", formula) else default
    short_side = min(width, height)
    if short_side <= 0:
        return 0.0, 0.0
    if kind in ("roundRect", "wedgeRoundRectCallout"):
        corner = short_side * min(max(adjust, 0), 50000) / 100000
        inset = 2 * corner * 0.29289  # the text keeps clear of both rounded corners
        return inset, inset
    # Each preset pins its adjustment to what the shape can hold before using it.
    point = short_side * min(max(adjust, 0), 100000 * width / short_side) / 100000
    if kind == "chevron":
        return (2 * point if point < width / 2 else 0.0), 0.0
    return point / 2, 0.0  # homePlate: the text stops halfway along the point


# The adjustment that sets each preset's text rectangle, and its default.
_PRESET_ADJUST = {"chevron": ("adj", 50000), "homePlate": ("adj", 50000),
                  "roundRect": ("adj", 16667), "wedgeRoundRectCallout": ("adj3", 16667)}

# LibreOffice may break a line that comes within a point of its box's edge (its advances
# differ from Pillow's by a fraction of a point): the model keeps this much clear, so that a
# line it lets stand, LibreOffice lets stand too.
WRAP_SLACK_PT = 1.0
NEAR_EDGE_PT = 2.0  # past the edge, how far a line may reach and still be set whole


def _laid_out(element: etree._Element, inherited: Inherited, heading_font: str,
              body_font: str, scale: float, text: ShapeText
              ) -> tuple[str, float, float, list[tuple[list[Span], float, float, float]]]:
    """Return how the fit model lays the shape's text out: the font family, the width and
    height the text has (points), and each paragraph with text as (spans, width, space
    before, line spacing), its inherited sizes multiplied by `scale`."""
    family = heading_font if text.is_title else body_font
    box_width, box_height = inherited.box()
    lost_x, lost_y = geometry_margins(element, box_width, box_height)
    width = (box_width - lost_x - inherited.inset("lIns", DEFAULT_INSET)
             - inherited.inset("rIns", DEFAULT_INSET) - WRAP_SLACK_PT)
    available = (box_height - lost_y - inherited.inset("tIns", 45720)
                 - inherited.inset("bIns", 45720))
    paragraphs = []
    for n, paragraph in enumerate(text.paragraphs):
        if not paragraph.runs:
            continue
        base_size, indent, before, spacing = inherited.level(paragraph.level)
        if paragraph.left_pt is not None:
            indent = paragraph.left_pt
        base = base_size * scale
        bold, italic = inherited.emphasis(paragraph.level)
        spans = [Span(run.text, run.size * scale if run.size is not None else base,
                      bold if run.bold is None else run.bold,
                      italic if run.italic is None else run.italic)
                 for run in paragraph.runs]  # a run's own size shrinks too
        paragraphs.append((spans, width - indent - paragraph.right_pt, before if n else 0.0,
                           spacing))
    return family, width, available, paragraphs


def measure(element: etree._Element, inherited: Inherited, heading_font: str,
            body_font: str, scale: float = 1.0, text: ShapeText | None = None) -> Fit:
    """Return how the shape's text fits, its inherited sizes multiplied by `scale`."""
    text = text or ShapeText(element)
    family, _, available, paragraphs = _laid_out(element, inherited, heading_font, body_font,
                                                 scale, text)
    needed = sum(paragraph_height(spans, family, width, before, spacing)
                 for spans, width, before, spacing in paragraphs)
    smallest = min((span.size_pt for spans, *_ in paragraphs for span in spans), default=0.0)
    return Fit(needed, available, smallest)


def first_line_middles(element: etree._Element, inherited: Inherited, heading_font: str,
                       body_font: str) -> list[float | None]:
    """Return, for each paragraph of the shape (None for an empty one), how far below the top
    of the shape's box the middle of its first line sits, in points, as the fit model lays
    the text out (anchored at the top, middle or bottom as its body says)."""
    text = ShapeText(element)
    family, _, available, laid = _laid_out(element, inherited, heading_font, body_font, 1.0,
                                           text)
    heights = [paragraph_height(spans, family, width, before, spacing)
               for spans, width, before, spacing in laid]
    anchor = _anchor(element, inherited)
    spare = max(0.0, available - sum(heights))
    y = inherited.inset("tIns", 45720) + {"ctr": spare / 2, "b": spare}.get(anchor, 0.0)
    middles: list[float | None] = []
    shown = iter(zip(laid, heights, strict=True))
    for paragraph in text.paragraphs:
        if not paragraph.runs:
            middles.append(None)
            continue
        (spans, _, before, spacing), height = next(shown)
        size = max(span.size_pt for span in spans)
        middles.append(y + before + size * LINE_HEIGHT * spacing / 2)
        y += height
    return middles


def _anchor(element: etree._Element, inherited: Inherited) -> str:
    """Return the shape's vertical anchor: its own body's, else what it inherits, else top."""
    for _, body, _ in inherited._own:
        if body is not None and body.get("anchor"):
            return body.get("anchor")
    base = inherited.base
    while base is not None:
        for _, body, _ in base._own:
            if body is not None and body.get("anchor"):
                return body.get("anchor")
        base = base.base
    return "t"


def lone_last_words(element: etree._Element, inherited: Inherited, heading_font: str,
                    body_font: str) -> int:
    """Return how many of the shape's paragraphs end, or may end, on a line of one word."""
    return len(paragraphs_ending_alone(element, inherited, heading_font, body_font))


def paragraphs_ending_alone(element: etree._Element, inherited: Inherited,
                            heading_font: str, body_font: str) -> list[TextParagraph]:
    """Return the shape's paragraphs that end on a line of a single word, as the model wraps
    them or as a renderer may (one that lets a line reach past the edge, see
    predicted_lines, and so keeps a word the model moves down)."""
    family, laid = _paragraphs_laid_out(element, inherited, heading_font, body_font)
    return [paragraph for paragraph, spans, width in laid
            if ends_with_a_lone_word(spans, family, width)
            or ends_with_a_lone_word(spans, family, width + WRAP_SLACK_PT + NEAR_EDGE_PT)]


def lines_per_paragraph(element: etree._Element, inherited: Inherited, heading_font: str,
                        body_font: str) -> list[tuple[TextParagraph, int]]:
    """Return each of the shape's paragraphs with text, with the lines the model wraps it in."""
    family, laid = _paragraphs_laid_out(element, inherited, heading_font, body_font)
    return [(paragraph, wrap(spans, family, width)[0]) for paragraph, spans, width in laid]


def _paragraphs_laid_out(element: etree._Element, inherited: Inherited, heading_font: str,
                         body_font: str) -> tuple[str, list[tuple[TextParagraph, list[Span],
                                                                  float]]]:
    """Return the font family and each paragraph with text as the model lays it out: the
    paragraph, its spans and the width it wraps in."""
    text = ShapeText(element)
    family, _, _, laid = _laid_out(element, inherited, heading_font, body_font, 1.0, text)
    shown = [paragraph for paragraph in text.paragraphs if paragraph.runs]
    return family, [(paragraph, spans, width) for paragraph, (spans, width, _, _)
                    in zip(shown, laid, strict=True)]


def predicted_lines(element: etree._Element, inherited: Inherited, heading_font: str,
                    body_font: str) -> tuple[int, int]:
    """Return how many lines the fit model expects the shape's text to take, and how many of
    its breaks were near the edge: within the slack it keeps, or within NEAR_EDGE_PT past the
    edge (LibreOffice lets a line overhang its box by a point or so). A renderer shows
    between the first less the second and the first, or the model is wrong."""
    family, _, _, paragraphs = _laid_out(element, inherited, heading_font, body_font, 1.0,
                                         ShapeText(element))
    found = [wrap(spans, family, width, WRAP_SLACK_PT + NEAR_EDGE_PT)
             for spans, width, _, _ in paragraphs]
    return sum(lines for lines, _ in found), sum(near for _, near in found)


def shrink_to_fit(element: etree._Element, inherited: Inherited, heading_font: str,
                  body_font: str, text: ShapeText | None = None) -> float | None:
    """Shrink the shape's text in 5% steps, never below 18 pt, until it fits.

    Return the smallest size used when the text was shrunk, None when it already fitted, and
    0.0 when even the floor does not fit (the text is left at the floor).
    """
    text = text or ShapeText(element)
    if not measure(element, inherited, heading_font, body_font, 1.0, text).overflows:
        return None
    scale = 1.0
    while True:
        scale -= 0.05
        fit = measure(element, inherited, heading_font, body_font, scale, text)
        if fit.smallest_pt < FLOOR_PT or scale < 0.3:
            _apply_scale(text, inherited, max(scale + 0.05, 0.3))
            return 0.0
        if not fit.overflows:
            _apply_scale(text, inherited, scale)
            return measure(element, inherited, heading_font, body_font, 1.0, text).smallest_pt


def fits_when_shrunk(element: etree._Element, inherited: Inherited, heading_font: str,
                     body_font: str, text: ShapeText | None = None) -> bool:
    """Return True when the shape's text fits as it is, or once shrink_to_fit (after
    raise_to_floor) has shrunk it, without any of it going below 18 pt. Nothing is changed."""
    text = text or ShapeText(element)
    if not measure(element, inherited, heading_font, body_font, 1.0, text).overflows:
        return True
    raised = []  # what raise_to_floor would do, undone below: this only looks
    for paragraph in text.paragraphs:
        base = inherited.size(paragraph.level)
        for run in paragraph.runs:
            if (run.size if run.size is not None else base) < FLOOR_PT:
                raised.append((run, run.size))
                run.size = FLOOR_PT
    try:
        scale = 1.0
        while True:
            scale -= 0.05
            fit = measure(element, inherited, heading_font, body_font, scale, text)
            if fit.smallest_pt < FLOOR_PT or scale < 0.3:
                return False
            if not fit.overflows:
                return True
    finally:
        for run, size in raised:
            run.size = size


def raise_to_floor(element: etree._Element, inherited: Inherited,
                   text: ShapeText | None = None) -> bool:
    """Give text the template sets below 18 pt an explicit 18 pt; return True if any was."""
    raised = False
    for paragraph in (text or ShapeText(element)).paragraphs:
        base = inherited.size(paragraph.level)
        for run in paragraph.runs:
            if (run.size if run.size is not None else base) < FLOOR_PT:
                run.set_size(FLOOR_PT)
                raised = True
    return raised


def _apply_scale(text: ShapeText, inherited: Inherited, scale: float) -> None:
    """Write explicit run sizes: each run's size (its own or inherited) times `scale`, at
    least the floor."""
    for paragraph in text.paragraphs:
        base = inherited.size(paragraph.level)
        for run in paragraph.runs:
            size = run.size if run.size is not None else base
            run.set_size(max(FLOOR_PT, round(size * scale)))


def smallest_size(element: etree._Element, inherited: Inherited) -> float:
    """Return the smallest font size, in points, of the shape's text (0.0 when it has none)."""
    sizes = [run.size if run.size is not None else inherited.size(paragraph.level)
             for paragraph in ShapeText(element).paragraphs for run in paragraph.runs]
    return min(sizes, default=0.0)
