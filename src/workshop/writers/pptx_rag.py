"""A paragraph's ragged side: the margin the writer widens, a few points at a time, to keep
a last word company or to even a paragraph's lines, and puts back when that does not work."""

from __future__ import annotations

from workshop.ooxml.fit import Inherited, ShapeText, TextParagraph
from workshop.ooxml.namespaces import A_ as _A
from workshop.ooxml.namespaces import Element
from workshop.theme import geometry as g

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
        props = paragraph.element.find(f"{_A}pPr")
        # A right-to-left paragraph's margins are read by its start and end, not its left
        # and right, differently by each renderer: it is left as it is.
        rtl = (props.get("rtl") if props is not None else None) or inherited.value(
            paragraph.level, (), "rtl")
        self.sides = () if rtl in ("1", "true") else _RAGGED_SIDES.get(
            alignment(paragraph, inherited), ())
        self.added = props is None
        if props is None:
            props = paragraph.element.makeelement(f"{_A}pPr", {})
            paragraph.element.insert(0, props)
        self.props = props
        self.own = {side: props.get(side) for side in self.sides}
        self.start = {"marL": inherited.level(paragraph.level)[1] if paragraph.left_pt is None
                      else paragraph.left_pt, "marR": paragraph.right_pt}

    def narrow(self, extra_pt: float) -> None:
        """Set the margin `extra_pt` points wider than it was."""
        for side in self.sides:
            self.props.set(side, str(round((self.start[side] + extra_pt / len(self.sides))
                                           * g.PT)))

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
        props = paragraph.element.find(f"{_A}pPr")
        if props is None:
            props = paragraph.element.makeelement(f"{_A}pPr", {})
            paragraph.element.insert(0, props)
        for side in sides:
            if props.get(side) is None:
                margin = inherited.level(paragraph.level)[1] if side == "marL" else 0.0
                props.set(side, str(round(margin * g.PT)))
