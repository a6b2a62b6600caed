"""A paragraph's ragged side: the margin the writer widens, a few points at a time, to keep
a last word company (keep_company) or to even a paragraph's lines (balance_lines), and puts
back when that does not work."""

from __future__ import annotations

from collections.abc import Callable

from workshop.ooxml.fit import (
    DEFAULT_INSET,
    EMU_PER_PT,
    Inherited,
    ShapeText,
    TextParagraph,
    lines_per_paragraph,
    lone_last_words,
    measure,
    paragraphs_ending_alone,
    predicted_lines,
)
from workshop.ooxml.namespaces import Element
from workshop.ooxml.shapes import add_paragraph_properties, body_properties, paragraph_properties

RAG_STEP_PT, RAG_SHARE = 6, 0.25  # a step of narrowing; the most of its width a text gives
# A paragraph narrowed alone keeps its line count, so it may give up more of its width: a
# centred label of two lines ("1. Poses as / a teen") may need a third.
PARAGRAPH_RAG_SHARE = 0.35
# The most of its width a paragraph whose lines are balanced gives up: a tenth, so that a
# band's question neither runs a full line over a scrap nor stops well short of the band's
# end (narrowed by a quarter, with the room its last word leaves, the first line ran to about
# 60% of the band, which two designers read as a band too wide for its text).
BALANCE_SHARE = 0.10

# The margins that narrow a paragraph from its ragged side, by its alignment: a justified or
# distributed paragraph has none.
_RAGGED_SIDES = {"l": ("marR",), "r": ("marL",), "ctr": ("marL", "marR")}


def alignment(paragraph: TextParagraph, inherited: Inherited) -> str:
    """Return the paragraph's alignment: its own, else its level's, else left ("l")."""
    return paragraph.align or inherited.value(paragraph.level, (), "algn") or "l"


class RaggedSide:
    """One paragraph's margin on its ragged side (both sides, by halves, when centred)."""

    def __init__(self, paragraph: TextParagraph, inherited: Inherited):
        self.paragraph = paragraph
        props = paragraph_properties(paragraph.element)
        # A right-to-left paragraph's margins are read by its start and end, not its left
        # and right, differently by each renderer: it is left as it is.
        rtl = (props.get("rtl") if props is not None else None) or inherited.value(
            paragraph.level, (), "rtl")
        self.sides = () if rtl in ("1", "true") else _RAGGED_SIDES.get(
            alignment(paragraph, inherited), ())
        self.added = props is None
        if props is None:
            props = add_paragraph_properties(paragraph.element)
        self.props = props
        self.own = {side: props.get(side) for side in self.sides}
        self.start = {"marL": inherited.level(paragraph.level)[1] if paragraph.left_pt is None
                      else paragraph.left_pt, "marR": paragraph.right_pt}

    def narrow(self, extra_pt: float) -> None:
        """Set the margin `extra_pt` points wider than it was."""
        for side in self.sides:
            self.props.set(side, str(round((self.start[side] + extra_pt / len(self.sides))
                                           * EMU_PER_PT)))

    def restore(self) -> None:
        """Put the margin back as it was."""
        for side, value in self.own.items():
            if value is None:
                self.props.attrib.pop(side, None)
            else:
                self.props.set(side, value)
        if self.added and not len(self.props) and not self.props.attrib:
            self.paragraph.element.remove(self.props)


def pin_margins(element: Element, sides: tuple[str, ...], inherited: Inherited) -> None:
    """Give every paragraph of the shape without its own margin on `sides` the margin it
    inherits, written out: LibreOffice carries a paragraph's own margin on to the paragraphs
    after it that set none (PowerPoint does not)."""
    for paragraph in ShapeText(element).paragraphs:
        props = paragraph_properties(paragraph.element)
        if props is None:
            props = add_paragraph_properties(paragraph.element)
        for side in sides:
            if props.get(side) is None:
                margin = inherited.level(paragraph.level)[1] if side == "marL" else 0.0
                props.set(side, str(round(margin * EMU_PER_PT)))


def keep_company(element: Element, inherited_now: Callable[[], Inherited],
                 fonts: tuple[str, str]) -> None:
    """Keep every paragraph of the shape `element` from ending on a line of one word, where
    that costs no line and nothing overflows: first by narrowing the text's right inset a
    few points at a time, up to RAG_SHARE of its width (one rag for all its paragraphs);
    where that cannot, by narrowing each such paragraph alone, from its ragged side. Else
    leave it as it was. `inherited_now` reads what the shape inherits as it stands;
    `fonts` are the heading's and the body's."""
    inherited = inherited_now()
    if lone_last_words(element, inherited, *fonts) == 0:
        return
    properties = body_properties(element)
    own = properties.get("rIns")
    lines = predicted_lines(element, inherited, *fonts)[0]
    right = inherited.inset("rIns", DEFAULT_INSET)
    width = inherited.xfrm()[2] / EMU_PER_PT
    flush_left = all(alignment(p, inherited) == "l"
                     for p in ShapeText(element).paragraphs)
    for extra in range(RAG_STEP_PT, int(width * RAG_SHARE) if flush_left else 0,
                       RAG_STEP_PT):
        properties.set("rIns", str(round((right + extra) * EMU_PER_PT)))
        narrowed = inherited_now()
        if (lone_last_words(element, narrowed, *fonts) == 0
                and predicted_lines(element, narrowed, *fonts)[0] == lines
                and not measure(element, narrowed, *fonts).overflows):
            return
    if own is None:
        properties.attrib.pop("rIns", None)
    else:
        properties.set("rIns", own)
    inherited = inherited_now()
    for paragraph in paragraphs_ending_alone(element, inherited, *fonts):
        _narrow_paragraph(element, paragraph, inherited, lines, width, fonts)


def _narrow_paragraph(element: Element, paragraph: TextParagraph, inherited: Inherited,
                      lines: int, width: float, fonts: tuple[str, str]) -> None:
    """Widen one `paragraph`'s margin on its ragged side, a few points at a time up to
    PARAGRAPH_RAG_SHARE of the text's `width`, until it no longer ends on a line of one
    word while the shape's text still takes `lines` lines and fits; else leave it."""
    margin = RaggedSide(paragraph, inherited)
    if not margin.sides:
        margin.restore()
        return
    for extra in range(RAG_STEP_PT, int(width * PARAGRAPH_RAG_SHARE), RAG_STEP_PT):
        margin.narrow(extra)
        alone = {id(p.element) for p in paragraphs_ending_alone(element, inherited, *fonts)}
        if (id(paragraph.element) not in alone
                and predicted_lines(element, inherited, *fonts)[0] == lines
                and not measure(element, inherited, *fonts).overflows):
            pin_margins(element, margin.sides, inherited)
            return
    margin.restore()


def balance_lines(element: Element, inherited: Inherited, fonts: tuple[str, str]) -> None:
    """Narrow each paragraph of the shape that wraps, from its ragged side, as far as it
    keeps its line count, no break near the edge and no last word alone: lines of even
    length ("How might a breakup change what happens to / photos shared during a
    relationship?"), not a full line over a scrap. For short text set apart, the prompt
    band's question. `inherited` is what the shape inherits; `fonts` the heading's and the
    body's."""
    total = predicted_lines(element, inherited, *fonts)[0]
    width = inherited.xfrm()[2] / EMU_PER_PT
    for paragraph, lines in lines_per_paragraph(element, inherited, *fonts):
        if lines < 2:
            continue
        margin = RaggedSide(paragraph, inherited)
        best = None
        widest = int(width * BALANCE_SHARE) if margin.sides else 0  # justified: none
        for extra in range(RAG_STEP_PT, widest, RAG_STEP_PT):
            margin.narrow(extra)
            shown, near = predicted_lines(element, inherited, *fonts)
            if shown != total or measure(element, inherited, *fonts).overflows:
                break
            alone = paragraphs_ending_alone(element, inherited, *fonts)
            if near == 0 and all(p.element is not paragraph.element for p in alone):
                best = extra
        if best is None:
            margin.restore()
        else:
            margin.narrow(best)
            pin_margins(element, margin.sides, inherited)
