"""Filling text bodies (`p:txBody`) with paragraphs of styled runs, straight in the XML.

The elements come out exactly as python-pptx's TextFrame API would make them (run properties
before the text, a paragraph's level in its `a:pPr`), without its per-call object overhead.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence

from lxml import etree

from workshop.notes_text import Paragraph, Run
from workshop.ooxml.elements import escape_text
from workshop.ooxml.namespaces import A_ as _A
from workshop.ooxml.namespaces import P_ as _P
from workshop.typography import keep_together

_CONTENT = {f"{_A}r", f"{_A}br", f"{_A}fld"}
_T = f"{_A}t"


def text_body(shape) -> etree._Element:
    """Return the `p:txBody` of a shape element or python-pptx shape, adding one if missing."""
    element = getattr(shape, "element", shape)
    body = element.find(f"{_P}txBody")
    if body is None:  # as python-pptx adds it: an empty paragraph after the body properties
        body = etree.SubElement(element, f"{_P}txBody")
        for name in ("bodyPr", "lstStyle", "p"):
            etree.SubElement(body, f"{_A}{name}")
    return body


def fill(body: etree._Element, paragraphs: Sequence[Paragraph], levels: Iterable[int] = (),
         whole_numbers: bool = True) -> None:
    """Replace the text of `body` (a `p:txBody`) with `paragraphs`, each at its level
    (default 0), numbers kept whole (see keep_together) unless `whole_numbers` is
    False. The first paragraph keeps its properties, as in PowerPoint."""
    levels = list(levels)
    found = body.findall(f"{_A}p")
    for extra in found[1:]:
        body.remove(extra)
    first = found[0] if found else etree.SubElement(body, f"{_A}p")
    for child in [c for c in first if c.tag in _CONTENT]:
        first.remove(child)
    for n, paragraph in enumerate(paragraphs):
        target = first if n == 0 else etree.SubElement(body, f"{_A}p")
        if n < len(levels) and levels[n]:
            props = target.find(f"{_A}pPr")
            if props is None:
                props = etree.Element(f"{_A}pPr")
                target.insert(0, props)
            props.set("lvl", str(levels[n]))
        end = target.find(f"{_A}endParaRPr")
        for run in paragraph.runs:
            added = etree.Element(f"{_A}r")
            if run.bold or run.italic:
                props = etree.SubElement(added, f"{_A}rPr")
                if run.bold:
                    props.set("b", "1")
                if run.italic:
                    props.set("i", "1")
            text = keep_together(run.text) if whole_numbers else run.text
            etree.SubElement(added, f"{_A}t").text = escape_text(text)
            if end is None:
                target.append(added)
            else:
                end.addprevious(added)


def body_text(body: etree._Element) -> str:
    """Return the text of a `p:txBody`: its paragraphs joined by newlines, as python-pptx
    reports a text frame's text."""
    lines = []
    for paragraph in body.iterfind(f"{_A}p"):
        lines.append("".join(
            "\v" if child.tag == f"{_A}br" else (child.findtext(f"{_A}t") or "")
            for child in paragraph if child.tag in _CONTENT))
    return "\n".join(lines)


def has_text(body: etree._Element) -> bool:
    """Return True when a `p:txBody` shows any text other than white space."""
    return any(node.text and not node.text.isspace() for node in body.iter(_T))


def plain(*texts: str) -> list[Paragraph]:
    """Return one unstyled paragraph per text."""
    return [Paragraph((Run(text),)) for text in texts]


def labelled(label: str, text: str) -> Paragraph:
    """Return a paragraph with a bold label followed by plain text."""
    return Paragraph((Run(label, bold=True), Run(f" {text}")))


def set_level_style(body: etree._Element, level: int, size_pt: float,
                    space_before_pt: float, margin_pt: float | None = None,
                    bullet: bool = True, indent_pt: float = 0.0) -> None:
    """Give paragraph level `level` (0-based) of `body` its own font size and space before
    (and, when given, its left margin, the first line starting `indent_pt` from it, a
    bullet hanging there; without a bullet when not `bullet`), in its list style
    (`a:lstStyle`), where the fit model and every consumer read them."""
    styles = body.find(f"{_A}lstStyle")
    if styles is None:
        styles = etree.Element(f"{_A}lstStyle")
        body.find(f"{_A}bodyPr").addnext(styles)
    tag = f"{_A}lvl{level + 1}pPr"
    old = styles.find(tag)
    if old is not None:
        styles.remove(old)
    props = etree.Element(tag)
    if margin_pt is not None:
        props.set("marL", str(round(margin_pt * 12700)))
        props.set("indent", str(round(indent_pt * 12700)))
    before = etree.SubElement(props, f"{_A}spcBef")
    etree.SubElement(before, f"{_A}spcPts", val=str(round(space_before_pt * 100)))
    if not bullet:
        etree.SubElement(props, f"{_A}buNone")
    etree.SubElement(props, f"{_A}defRPr", sz=str(round(size_pt * 100)))
    # levels in order: lvl1pPr ... lvl9pPr
    later = [s for s in styles if s.tag > tag and s.tag.startswith(f"{_A}lvl")]
    if later:
        later[0].addprevious(props)
    else:
        styles.append(props)


def level_style(body: etree._Element, level: int) -> tuple[float, float] | None:
    """Return the font size and space before, in points, that set_level_style gave
    paragraph level `level` (0-based) of `body`, or None when it has none of its own."""
    props = body.find(f"{_A}lstStyle/{_A}lvl{level + 1}pPr")
    size = props.find(f"{_A}defRPr") if props is not None else None
    if size is None or size.get("sz") is None:
        return None
    before = props.find(f"{_A}spcBef/{_A}spcPts")
    return int(size.get("sz")) / 100, int(before.get("val")) / 100 if before is not None else 0.0


def clear_level_styles(body: etree._Element) -> None:
    """Remove what set_level_style gave `body`: its levels inherit again."""
    styles = body.find(f"{_A}lstStyle")
    if styles is not None:
        for child in list(styles):
            styles.remove(child)


def set_anchor(body: etree._Element, anchor: str) -> None:
    """Anchor the text of `body` at the top ("t"), middle ("ctr") or bottom ("b") of its box."""
    body.find(f"{_A}bodyPr").set("anchor", anchor)


def set_capitals(element: etree._Element) -> None:
    """Show every run under `element` that has properties in capitals (its text unchanged,
    so a screen reader reads the words as written)."""
    for properties in element.iter(f"{_A}rPr"):
        properties.set("cap", "all")


def set_paragraph_size(body: etree._Element, index: int, size_pt: float) -> None:
    """Give every run of paragraph `index` of `body` (negative counts from the end) an
    explicit size."""
    paragraph = body.findall(f"{_A}p")[index]
    for run in [*paragraph.iterfind(f"{_A}r"), *paragraph.iterfind(f"{_A}br")]:
        props = run.find(f"{_A}rPr")
        if props is None:
            props = etree.Element(f"{_A}rPr")
            run.insert(0, props)
        props.set("sz", str(round(size_pt * 100)))


def set_size(body: etree._Element, size_pt: float) -> None:
    """Give every run of every paragraph of `body` an explicit size."""
    for index in range(len(body.findall(f"{_A}p"))):
        set_paragraph_size(body, index, size_pt)


def break_lines(body: etree._Element, index: int, lines: Sequence[str]) -> None:
    """Set paragraph `index` of `body` (negative counts from the end), a paragraph of one run,
    as `lines` with a line break between each two, all in the run's formatting."""
    paragraph = body.findall(f"{_A}p")[index]
    run = paragraph.find(f"{_A}r")
    run.find(f"{_A}t").text = escape_text(keep_together(lines[0]))
    props = run.find(f"{_A}rPr")
    for line in lines[1:]:
        after = copy.deepcopy(run)
        after.find(f"{_A}t").text = escape_text(keep_together(line))
        line_break = etree.Element(f"{_A}br")
        if props is not None:
            line_break.append(copy.deepcopy(props))
        run.addnext(line_break)
        line_break.addnext(after)
        run = after


def shown_lines(slide: etree._Element) -> list[str]:
    """Return the lines of text a slide (a p:sld) shows, shape by shape in reading order,
    without the empty ones (for a reader who cannot see its picture)."""
    lines = []
    for body in slide.iter(f"{_P}txBody"):
        lines += [line.replace("\v", " ").replace("\u2060", "").strip()
                  for line in body_text(body).split("\n")]
    return [line for line in lines if line]


def number_paragraphs(body: etree._Element, hang_pt: float = 0.0) -> None:
    """Set the points of a list (a `p:txBody`) whose first run is their number as a numbered
    list: on each point's own paragraph properties, no bullet, and the number hanging
    `hang_pt` to the left of the text (the width of the widest number and the space after
    it), so that a point's second line starts under its first line's text, not under its
    number; the number in the accent colour, as a divider shows its part's number.
    Sub-points keep their markers."""
    for paragraph in body.iterfind(f"{_A}p"):
        first = paragraph.find(f"{_A}r")
        props = paragraph.find(f"{_A}pPr")
        if first is None or (props is not None and props.get("lvl", "0") != "0"):
            continue
        if props is None:
            props = etree.Element(f"{_A}pPr")
            paragraph.insert(0, props)
        hang = round(hang_pt * 12700)
        props.set("marL", str(hang))
        props.set("indent", str(-hang))
        for bullet in [c for c in props if c.tag.startswith(f"{_A}bu")]:
            props.remove(bullet)
        later = [c for c in props if c.tag in _AFTER_BULLET]
        (later[0].addprevious if later else props.append)(etree.Element(f"{_A}buNone"))
        run_props = first.find(f"{_A}rPr")
        if run_props is None:
            run_props = etree.Element(f"{_A}rPr")
            first.insert(0, run_props)
        fill = etree.SubElement(run_props, f"{_A}solidFill")
        etree.SubElement(fill, f"{_A}schemeClr", val="accent1")


def scale_hanging(body: etree._Element, factor: float) -> None:
    """Scale the hanging numbers' indent of a numbered list (see number_paragraphs) by
    `factor`, as its text is set `factor` times as large."""
    for props in body.iterfind(f"{_A}p/{_A}pPr"):
        hang = int(props.get("indent", "0"))
        if hang < 0 and props.get("lvl", "0") == "0":
            props.set("marL", str(round(-hang * factor)))
            props.set("indent", str(-round(-hang * factor)))


# What follows the bullet in a paragraph's properties (ECMA-376 CT_TextParagraphProperties).
_AFTER_BULLET = {f"{_A}tabLst", f"{_A}defRPr", f"{_A}extLst"}
