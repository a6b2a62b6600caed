"""WordprocessingML that python-docx's API does not reach, for the Word writer: fields, a
list's numbering, cells' margins, rules and shading, a table's width and indent, rows kept
whole, a framed picture and the document's default language.

Each function takes the lxml elements python-docx holds (see compat.xml_of) and makes new
ones with `makeelement` on an element of the same document, so they come out of python-docx's
own parser, as `docx.oxml.OxmlElement` would make them.
"""

from __future__ import annotations

from collections.abc import Iterable

from workshop.ooxml.namespaces import PIC, WP, XML, A, Element, W

W_ = f"{{{W}}}"
_VAL = f"{W_}val"
# A table's properties that come after its indent, in the schema's order.
_AFTER_INDENT = {f"{W_}{tag}" for tag in ("tblBorders", "shd", "tblLayout", "tblCellMar",
                                          "tblLook", "tblCaption", "tblDescription")}


def _new(near: Element, local: str, namespace: str = W, prefix: str = "w") -> Element:
    """Return a new element `prefix:local` of the document `near` belongs to, declaring its
    own namespace (as python-docx's OxmlElement does)."""
    return near.makeelement(f"{{{namespace}}}{local}", nsmap={prefix: namespace})


def _set_width(element: Element, dxa: int) -> Element:
    """Have `element` (a margin, a table's width or indent) give a width of `dxa` twentieths
    of a point; return it."""
    element.set(f"{W_}w", str(dxa))
    element.set(f"{W_}type", "dxa")
    return element


def update_fields_on_open(settings: Element) -> None:
    """Ask Word to refresh the document's fields (its contents' page numbers) on opening."""
    update = _new(settings, "updateFields")
    update.set(_VAL, "true")
    settings.append(update)


def mark_field(run: Element, kind: str) -> None:
    """Add to the run element a field's `kind` of mark: "begin", "separate" or "end"."""
    mark = _new(run, "fldChar")
    mark.set(f"{W_}fldCharType", kind)
    run.append(mark)


def add_field_instruction(run: Element, instruction: str) -> None:
    """Add to the run element a field's instruction (" PAGE "), its spaces kept."""
    code = _new(run, "instrText")
    code.set(f"{{{XML}}}space", "preserve")
    code.text = instruction
    run.append(code)


def number_paragraph(properties: Element, number_id: int) -> None:
    """Number the paragraph whose properties are `properties` in numbering `number_id`, at
    its first level."""
    numbering = _new(properties, "numPr")
    for local, value in (("ilvl", "0"), ("numId", str(number_id))):
        element = _new(properties, local)
        element.set(_VAL, value)
        numbering.append(element)
    properties.append(numbering)


def _style_numbering(style: Element) -> list[str]:
    """Return the numbering ids the paragraph style `style` numbers its paragraphs with."""
    return [found.get(_VAL) for found in style.findall(f"{W_}pPr/{W_}numPr/{W_}numId")
            if found.get(_VAL) is not None]


def _abstract_of(numbering: Element, number_id: str) -> list[str]:
    """Return the abstract numbering ids numbering instance `number_id` refers to."""
    return [reference.get(_VAL) for number in numbering.iterchildren(f"{W_}num")
            if number.get(f"{W_}numId") == number_id
            for reference in number.iterchildren(f"{W_}abstractNumId")
            if reference.get(_VAL) is not None]


def restart_numbering(numbering: Element, style: Element) -> int:
    """Add to the numbering part's root `numbering` a new instance of the list the paragraph
    style `style` numbers with, counting from 1; return its id."""
    abstract = _abstract_of(numbering, _style_numbering(style)[0])[0]
    new_id = max(int(number.get(f"{W_}numId"))
                 for number in numbering.iterchildren(f"{W_}num")) + 1
    number = _new(numbering, "num")
    number.set(f"{W_}numId", str(new_id))
    reference = _new(numbering, "abstractNumId")
    reference.set(_VAL, abstract)
    number.append(reference)
    override = _new(numbering, "lvlOverride")
    override.set(f"{W_}ilvl", "0")
    start = _new(numbering, "startOverride")
    start.set(_VAL, "1")
    override.append(start)
    number.append(override)
    numbering.append(number)
    return new_id


def color_list_markers(numbering: Element, style: Element, color: str) -> None:
    """Set the bullets or numbers of the lists the paragraph style `style` numbers with in
    `color` (RRGGBB), at every level; their words keep theirs."""
    for number_id in _style_numbering(style):
        for abstract in _abstract_of(numbering, number_id):
            for definition in numbering.iterchildren(f"{W_}abstractNum"):
                if definition.get(f"{W_}abstractNumId") != abstract:
                    continue
                for level in definition.iterchildren(f"{W_}lvl"):
                    properties = level.find(f"{W_}rPr")
                    if properties is None:
                        properties = _new(level, "rPr")
                        level.append(properties)
                    for old in properties.findall(f"{W_}color"):
                        properties.remove(old)
                    marker = _new(level, "color")
                    marker.set(_VAL, color.upper())
                    properties.append(marker)


def frame_picture(inline: Element, color: str, width_emu: int) -> None:
    """Outline the picture of the inline drawing `inline` with a `width_emu` line in
    `color` (RRGGBB)."""
    outline = _new(inline, "ln", A, "a")
    outline.set("w", str(width_emu))
    fill = _new(inline, "solidFill", A, "a")
    colour = _new(inline, "srgbClr", A, "a")
    colour.set("val", color)
    fill.append(colour)
    outline.append(fill)
    next(inline.iter(f"{{{PIC}}}spPr")).append(outline)


def describe_picture(inline: Element, alt: str) -> None:
    """Give the picture of the inline drawing `inline` its alt text, which a screen reader
    announces."""
    inline.find(f"{{{WP}}}docPr").set("descr", alt)


def remove(element: Element) -> None:
    """Take `element` (a paragraph, say) out of its document."""
    element.getparent().remove(element)


_PROPERTIES = {f"{W_}sectPr", f"{W_}tcPr"}  # a body's section, a cell's own properties


def content_root(element: Element) -> Element:
    """Return where the paragraphs and tables of a block go in `element` (a document's
    root, or a table cell): the document's body, or the cell itself."""
    body = element.find(f"{W_}body")
    return element if body is None else body


def container_name(container: Element) -> str:
    """Return what `container` (see content_root) is: "body", or "tc" for a table cell."""
    return container.tag.rpartition("}")[2]


def content_of(container: Element) -> list[Element]:
    """Return the paragraphs and tables a document's body or a table cell holds, in order,
    without its properties."""
    return [child for child in container if child.tag not in _PROPERTIES]


def add_content(container: Element, element: Element) -> None:
    """Add `element` (a paragraph or a table) at the end of a document's body or a table
    cell, where python-docx adds a paragraph: before the section properties that end a
    body."""
    section = container.find(f"{W_}sectPr")
    if section is None:
        container.append(element)
    else:
        section.addprevious(element)


def has_drawing(paragraph: Element) -> bool:
    """Return True when the paragraph element holds a drawing (a picture)."""
    return next(paragraph.iter(f"{W_}drawing"), None) is not None


def set_cell_margins(cell_properties: Element, margins: Iterable[tuple[str, int]]) -> None:
    """Set a cell's text margins: each (side, twentieths of a point), in the schema's order
    (top, left, bottom, right)."""
    found = _new(cell_properties, "tcMar")
    for side, dxa in margins:
        found.append(_set_width(_new(cell_properties, side), dxa))
    cell_properties.append(found)


def rule_cell(cell_properties: Element, color: str, size: str,
              sides: Iterable[str]) -> None:
    """Rule a cell's `sides` (in the schema's order) with a single line in `color`
    (RRGGBB), `size` eighths of a point wide."""
    borders = _new(cell_properties, "tcBorders")
    for side in sides:
        edge = _new(cell_properties, side)
        for key, value in (("val", "single"), ("sz", size), ("color", color)):
            edge.set(f"{W_}{key}", value)
        borders.append(edge)
    cell_properties.append(borders)


def shade_cell(cell_properties: Element, color: str) -> None:
    """Fill a cell with `color` (RRGGBB)."""
    shading = _new(cell_properties, "shd")
    for key, value in (("val", "clear"), ("color", "auto"), ("fill", color)):
        shading.set(f"{W_}{key}", value)
    cell_properties.append(shading)


def keep_row_whole(row_properties: Element) -> None:
    """Keep a table row on one page."""
    row_properties.append(_new(row_properties, "cantSplit"))


def set_table_width(table_properties: Element, dxa: int) -> None:
    """Make a table `dxa` twentieths of a point wide."""
    total = table_properties.find(f"{W_}tblW")
    if total is None:
        total = _new(table_properties, "tblW")
        table_properties.append(total)
    _set_width(total, dxa)


def set_table_indent(table_properties: Element, dxa: int) -> None:
    """Indent a table's edge `dxa` twentieths of a point from the margin."""
    indent = table_properties.find(f"{W_}tblInd")
    if indent is None:  # in the schema's order: after the width and alignment
        indent = _new(table_properties, "tblInd")
        later = next((child for child in table_properties if child.tag in _AFTER_INDENT),
                     None)
        if later is None:
            table_properties.append(indent)
        else:
            later.addprevious(indent)
    _set_width(indent, dxa)


def drop_theme_fonts(fonts: Element) -> None:
    """Remove the theme fonts of a run's fonts element (`w:rFonts`): its named fonts win."""
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(f"{W_}{attribute}", None)


def set_default_language(styles: Element, language: str) -> None:
    """Set the language of the document's text where nothing sets another, in the styles
    part's document defaults (`styles` is its root)."""
    run_properties = styles.find(f"{W_}docDefaults/{W_}rPrDefault/{W_}rPr")
    tag = run_properties.find(f"{W_}lang")
    if tag is None:
        tag = _new(run_properties, "lang")
        run_properties.append(tag)
    tag.set(_VAL, language)
