"""Documents as Word files: a cover, a table of contents, real heading styles kept with what
follows, nested and numbered lists, tables, pictures with alt text, a running header and
page numbers."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Mapping
from dataclasses import replace
from weakref import WeakKeyDictionary

from docx import Document as WordDocument
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.enum.text import (
    WD_ALIGN_PARAGRAPH,
    WD_BREAK,
    WD_LINE_SPACING,
    WD_TAB_ALIGNMENT,
    WD_TAB_LEADER,
)
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Inches, Pt, RGBColor

from workshop import compat
from workshop.blocks import (
    FINE_PRINT,
    NUMBER_SCALE,
    Band,
    Box,
    Bullets,
    Columns,
    Contents,
    Cover,
    Details,
    Document,
    Heading,
    NumberCards,
    PageBreak,
    Picture,
    Table,
    Text,
)
from workshop.notes_text import Paragraph
from workshop.ooxml import word as word_xml
from workshop.package import build_time, write_zip
from workshop.session import Cache
from workshop.typography import heading_line, keep_together, no_widow

_GREY = RGBColor(0x4A, 0x4A, 0x4A)
FRAME = "B8C0C6"  # a framed picture's hairline: a light grey that prints
_TEXT_WIDTH = Inches(6.5)  # a Letter page less python-docx's one-inch margins
# The heading levels a table of contents lists: the chapters, on one page (a guide's every
# slide listed took two pages of contents before the first chapter).
CONTENTS_LEVELS = (2,)


def contents_entries(document: Document) -> list[Heading]:
    """Return the headings the document's table of contents lists, in order."""
    after = False
    entries = []
    for block in document.blocks:
        after = after or isinstance(block, Contents)
        if after and isinstance(block, Heading) and block.level in CONTENTS_LEVELS:
            entries.append(block)
    return entries


def write_docx(document: Document, pages: Mapping[int, int] | None = None) -> bytes:
    """Return the document as .docx bytes, identical for identical input. `pages` gives the
    page of each table-of-contents entry (by its index in contents_entries), as a layout
    pass found it; without it the entries carry no numbers and Word fills them in when the
    file is opened."""
    word = _blank(document)
    entries = contents_entries(document)
    pages, blank = pages or {}, _blank_key(document)
    for block in _breaks_on_headings(document.blocks):
        made_from = (blank, block)
        if isinstance(block, Contents):  # its shown result lists the entries, with pages
            made_from += (tuple(entries), tuple(sorted(pages.items())))
        _write_kept(word, made_from,
                    lambda block=block: _write_block(word, block, document, entries, pages))
    if entries and not pages:  # Word refreshes the contents' page numbers on opening
        word_xml.update_fields_on_open(word.settings.element)
    props = word.core_properties
    props.title = document.title[:255]  # a document property holds 255 characters at most
    props.language = document.language
    props.author = props.last_modified_by = "workshop"
    props.revision = 1
    stamp = build_time().replace(tzinfo=None)
    props.created = props.modified = props.last_printed = stamp
    return write_zip(compat.docx_entries(word))


# Each block's XML, by what it was written from: the styled blank (see _blank), the block
# itself (a table of contents with its entries and their pages too) and what it was written
# into (the body, or a cell of a table of blocks side by side or of a box). A season's
# handouts repeat most of their blocks row after row, and python-docx placing each run's
# properties was most of a handout's time. Only a block that changed nothing outside what it
# was written into is kept (a picture relates a part of its own, a numbered list adds a
# numbering instance); bounded by the elements the kept blocks hold.
_BLOCKS = Cache("Word blocks by what they are written from", 100_000,
                size=lambda _, kept: kept[1])


def _write_kept(container, made_from: tuple, write: Callable[[], None]) -> None:
    """Add to `container` (the document or a table cell) the paragraphs and tables written
    before from `made_from`, copied, if any are kept; else `write()` them, and keep what it
    added when it changed nothing outside the container."""
    element = word_xml.content_root(compat.xml_of(container))
    made_from = (*made_from, word_xml.container_name(element))
    kept = _BLOCKS.get(made_from)
    if kept is not None:
        for added in kept[0]:
            word_xml.add_content(element, copy.deepcopy(added))
        return
    before, outside = len(word_xml.content_of(element)), _outside_content(container)
    write()
    if _outside_content(container) == outside:
        added = tuple(copy.deepcopy(e) for e in word_xml.content_of(element)[before:])
        _BLOCKS.keep(made_from, (added, sum(1 for e in added for _ in e.iter())))


def _outside_content(container) -> tuple[int, int]:
    """Return what writing a block into `container` (the document or a table cell) may
    change outside it: how many relationships the document part has, and how many numbering
    instances."""
    part = container.part
    numbering = next((rel.target_part for rel in part.rels.values()
                      if rel.reltype == RT.NUMBERING), None)
    return len(part.rels), 0 if numbering is None else len(numbering.element)


def _write_block(word, block, document: Document, entries: list[Heading],
                 pages: Mapping[int, int]) -> None:
    """Write one of the document's blocks at the end of `word`."""
    if isinstance(block, Cover):
        _cover(word, block, document)
    elif isinstance(block, Contents):
        _contents(word, block, entries, pages)
    elif isinstance(block, PageBreak):
        word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif isinstance(block, Details):  # print has nothing to open: a heading and its text
        _paragraph(word, "Heading 4", block.summary)
        for inner in block.blocks:
            _simple_kept(word, inner, document)
    elif isinstance(block, Band):
        _band(word, block, document)
    elif isinstance(block, Columns):
        _columns(word, block, document)
    elif isinstance(block, Box):
        _box(word, block, document)
    elif isinstance(block, NumberCards):
        _number_cards(word, block, document)
    elif isinstance(block, Heading | Text | Bullets):
        _simple(word, block)
    elif isinstance(block, Table):
        _table(word, block, document)
    elif isinstance(block, Picture):
        _picture(word, block)
    else:
        raise TypeError(f"the Word writer has no way to write a {type(block).__name__}")


# Word documents with their styles and page furniture and nothing else, by what those are made
# from: a season writes a handout per row with one of a few.
_BLANKS = Cache("styled blank Word documents", 16)


def _blank_key(document: Document) -> tuple:
    """Return what the blank for `document` is made from (see _blank)."""
    return (document.style, document.language, document.running_header,
            document.page_numbers, document.margin_in,
            any(isinstance(block, Cover) for block in document.blocks))


def _blank(document: Document):
    """Return a new python-docx document styled and furnished for `document`, not yet
    holding any of its blocks (a copy of one made before in the session, if any)."""
    key = _blank_key(document)
    blank = _BLANKS.get(key)
    if blank is None:
        blank = WordDocument()
        _styles(blank, document)
        _page_furniture(blank, document)
        _BLANKS.keep(key, blank)
    return copy.deepcopy(blank)  # the whole graph: its parts, package and views together


FINE_PRINT_STYLE = "Caption"  # the template's style that a fine-print line takes

# Each Word document's styles by name. python-docx looks a style's name up by scanning every
# style of the document, twice, on each use, which a handout of a few hundred paragraphs feels.
_STYLES: WeakKeyDictionary = WeakKeyDictionary()


def _style(container, name: str):
    """Return the style `name` of the Word document `container` (or its table cell) is in."""
    part = container.part
    styles = _STYLES.get(part)
    if styles is None:
        styles = _STYLES[part] = {style.name: style for style in part.document.styles}
    return styles[name]


def _paragraph(container, style: str, text: str = ""):
    """Return a new paragraph of `text` in the named `style`, added at the end of
    `container` (a document or a table cell)."""
    paragraph = container.add_paragraph(text)
    compat.xml_of(paragraph).style = _style(container, style).style_id
    return paragraph


def _simple(word, block: Heading | Text | Bullets | Picture) -> None:
    """Write a heading, a paragraph, a list or a picture into `word` (the document or a
    table's cell)."""
    if isinstance(block, Heading):
        heading = _paragraph(word, f"Heading {min(block.level, 9)}", block.text)
        heading.paragraph_format.page_break_before = block.new_page or None
    elif isinstance(block, Picture):
        _picture(word, block)
    elif isinstance(block, Text):
        paragraph = _paragraph(word, FINE_PRINT_STYLE) if block.fine_print \
            else word.add_paragraph()
        _runs(paragraph, block.paragraph, direction=block.direction)
        if block.direction:
            paragraph.paragraph_format.left_indent = Inches(0.3)
        paragraph.paragraph_format.keep_with_next = block.keep_with_next or None
    else:
        _list(word, block)


def _simple_kept(container, block: Heading | Text | Bullets | Picture,
                 document: Document) -> None:
    """Write `block` into `container` (the document or a cell) as _simple does, copied when
    written before from the same (see _write_kept)."""
    _write_kept(container, (_blank_key(document), block), lambda: _simple(container, block))


def _cover(word, cover: Cover, document: Document) -> None:
    """Write the cover: the logo, then a block of the primary colour the width of the text
    holding what the document is, its title and the lines under it, in white; the picture
    under it; and a page break."""
    if cover.logo is not None:
        _picture(word, cover.logo)
    spacer = word.add_paragraph()  # the block a little down the page, not at its top edge
    spacer.paragraph_format.space_before = Pt(
        24 if cover.logo is not None or cover.form is not None else 72)
    table = word.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    _shade(cell, document.style.primary)
    white = RGBColor(0xFF, 0xFF, 0xFF)
    if cover.kicker:
        kicker = cell.paragraphs[0]
        kicker.paragraph_format.space_before = Pt(18)
        run = kicker.add_run(cover.kicker.upper())
        run.bold, run.font.size, run.font.color.rgb = True, Pt(13), white
    title = _paragraph(cell, "Title")
    title.paragraph_format.space_before = Pt(6 if cover.kicker else 18)
    run = title.add_run(no_widow(cover.title))
    run.font.color.rgb = white
    for n, line in enumerate(cover.lines):
        paragraph = cell.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(18 if n == len(cover.lines) - 1 else 4)
        added = paragraph.add_run(heading_line(line, words=False))
        added.font.size, added.font.color.rgb = Pt(14), white
    _tidy(cell)
    _pad(cell, 0.3)
    _set_widths(table, (_page_text_width(document),))
    _keep_rows(table)
    if cover.picture is not None:
        _picture(word, cover.picture)
        word.paragraphs[-1].paragraph_format.space_before = Pt(24)
    if cover.form is not None:  # kept whole on the cover
        word.add_paragraph().paragraph_format.space_before = Pt(12)
        _table(word, cover.form, document)
        _keep_rows(word.tables[-1])
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _contents(word, contents: Contents, entries: list[Heading],
              pages: Mapping[int, int]) -> None:
    """Write a table-of-contents field whose shown result lists `entries`, each with its
    page from `pages` when known; a page break follows."""
    heading = _paragraph(word, "TOC Heading")
    heading.add_run(contents.title)
    for index, entry in enumerate(entries):
        paragraph = word.add_paragraph()
        form = paragraph.paragraph_format
        form.left_indent = Inches(0.3 * (entry.level - CONTENTS_LEVELS[0]))
        form.space_after = Pt(2)
        form.tab_stops.add_tab_stop(_TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if index == 0:
            _field_start(paragraph, ' TOC \\o "2-2" \\h \\z \\u ')
        run = paragraph.add_run(entry.text)
        run.bold = entry.level == CONTENTS_LEVELS[0] or None
        paragraph.add_run(f"\t{pages[index]}" if index in pages else "")
        if index == len(entries) - 1:
            _field_end(paragraph)
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _breaks_on_headings(blocks: list) -> list:
    """Return `blocks` with each page break before a heading made the heading's own "page
    break before": a break paragraph that falls at the top of a page (the page before ended
    full) would leave that page blank, a break before a heading never does."""
    kept: list = []
    for block in blocks:
        if isinstance(block, Heading) and kept and isinstance(kept[-1], PageBreak):
            kept[-1] = replace(block, new_page=True)
        else:
            kept.append(block)
    return kept


def _field_start(paragraph, instruction: str) -> None:
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = compat.xml_of(paragraph.add_run())
        if kind is None:
            word_xml.add_field_instruction(run, text)
        else:
            word_xml.mark_field(run, kind)


def _field_end(paragraph) -> None:
    word_xml.mark_field(compat.xml_of(paragraph.add_run()), "end")


def _page_furniture(word, document: Document) -> None:
    """Set the page's margins; give every page but a cover the running header and a page
    number."""
    section = word.sections[0]
    section.left_margin = section.right_margin = Inches(document.margin_in)
    section.top_margin = section.bottom_margin = Inches(document.margin_in)
    # The header and footer sit halfway into the margins, not into the text.
    section.header_distance = section.footer_distance = Inches(document.margin_in / 2)
    if not (document.running_header or document.page_numbers):
        return
    # A cover carries neither; the first page of a document without one is numbered too.
    section.different_first_page_header_footer = any(isinstance(b, Cover)
                                                     for b in document.blocks)
    if document.running_header:
        header = section.header.paragraphs[0]
        run = header.add_run(document.running_header)
        run.font.size = Pt(9)
        run.font.color.rgb = _GREY
    if document.page_numbers:
        footer = section.footer.paragraphs[0]
        footer.alignment = 1  # centred
        _field_start(footer, " PAGE ")
        footer.add_run("2")  # shown until the field is updated, which every reader does
        _field_end(footer)


def _list(word, block: Bullets) -> None:
    """Write a list: nested by level, numbered from 1 for steps, boxes for a checklist."""
    number_id = _restarted_numbering(word) if block.numbered else None
    for index, item in enumerate(block.items):
        level = min(block.level(index), 2)
        if block.checklist:
            paragraph = word.add_paragraph()
            hang = Pt(max(18, 2.2 * _style(word, "Normal").font.size.pt))  # the box, a space
            paragraph.paragraph_format.left_indent = hang
            paragraph.paragraph_format.first_line_indent = -hang
            paragraph.paragraph_format.space_after = Pt(2)  # a list's spacing, not a paragraph's
            paragraph.add_run("☐\t")
        else:
            kind = "List Number" if block.numbered else "List Bullet"
            paragraph = _paragraph(word, kind if not level else f"{kind} {level + 1}")
            if number_id is not None:
                word_xml.number_paragraph(compat.xml_of(paragraph).get_or_add_pPr(),
                                          number_id)
        _runs(paragraph, item)
        # A list stays on one page where it fits: each item keeps with the next one.
        last = index == len(block.items) - 1
        paragraph.paragraph_format.keep_with_next = (not last or block.keep_with_next) or None


def _restarted_numbering(word) -> int:
    """Return a new numbering instance of the List Number style's list, starting at 1: each
    slide's steps count from 1 rather than on from the last list."""
    style = word.part.styles["List Number"].element  # a cell has no styles of its own
    return word_xml.restart_numbering(word.part.numbering_part.element, style)


def _table(word, block: Table, document: Document) -> None:
    """Write a table in the document's colours: a header row in the primary colour, white
    and bold; body rows ruled apart by a thin light line, every other one lightly tinted."""
    table = word.add_table(rows=1, cols=len(block.header))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    primary = document.style.primary
    right = [block.numeric(column) for column in range(len(block.header))]
    for cell, text, flush in zip(table.rows[0].cells, block.header, right, strict=True):
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.color.rgb = True, RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, primary)
        if flush:
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for n, row in enumerate(block.rows):
        for cell, text, flush in zip(table.add_row().cells, row, right, strict=True):
            cell.text = text
            if flush:  # figures flush right, so that their digits line up
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _outline(cell, TABLE_RULE, "4", ("bottom",))  # a thin line under the row
            if n % 2:
                _shade(cell, _tint(primary))
    if block.widths:
        table.autofit = False
        for column, width in zip(table.columns, block.widths, strict=True):
            column.width = Inches(width)
            for cell in column.cells:
                cell.width = Inches(width)


def _picture(word, block: Picture) -> None:
    """Write a picture with its alt text into `word` (the document or a cell), its caption
    kept on its page."""
    paragraph = word.add_paragraph()
    shape = paragraph.add_run().add_picture(io.BytesIO(block.data), width=Inches(block.width_in))
    inline = compat.docx_inline(shape)
    word_xml.describe_picture(inline, block.alt)
    if block.framed:
        word_xml.frame_picture(inline, FRAME, Pt(0.5))
    if block.caption:
        paragraph.paragraph_format.keep_with_next = True
        word.add_paragraph(block.caption)


def _band(word, band: Band, document: Document) -> None:
    """Write the title band: a one-row table shaded in the primary colour, the title and
    its lines in white, and the logo on a white cell at its right, ruled in the primary
    colour so that the band and the logo read as one block the width of the text."""
    table = word.add_table(rows=1, cols=2 if band.logo else 1)
    text = table.rows[0].cells[0]
    _shade(text, document.style.primary)
    _pad(text, BAND_PADDING_IN, vertical=BAND_PADDING_IN * 0.6)  # room around the words
    title = text.paragraphs[0]
    run = title.add_run(no_widow(band.title))
    run.font.size = Pt(round(document.style.body_pt * 1.8))
    run.font.name = document.style.heading_font
    run.bold = True
    for line in band.lines:
        paragraph = text.add_paragraph()
        paragraph.add_run(heading_line(line, words=False)).font.size = Pt(
            document.style.body_pt + 1)
    for paragraph in text.paragraphs:
        paragraph.paragraph_format.space_after = Pt(2)
        for added in paragraph.runs:
            added.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    full = _page_text_width(document)
    if band.logo is not None:
        cell = table.rows[0].cells[1]
        _picture(cell, band.logo)
        _tidy(cell)
        _outline(cell, document.style.primary, "12")
        cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER  # in the middle of its plate
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _set_widths(table, (full - band.logo.width_in - 0.3, band.logo.width_in + 0.3))
    else:
        _set_widths(table, (full,))
    _keep_rows(table)
    _gap(word)


BAND_PADDING_IN = 0.14  # the title band's words from its left and right edges


def _columns(word, block: Columns, document: Document) -> None:
    """Write blocks side by side: a borderless table of one row that does not break."""
    table = word.add_table(rows=1, cols=len(block.columns))
    for cell, blocks in zip(table.rows[0].cells, block.columns, strict=True):
        for inner in blocks:
            _simple_kept(cell, inner, document)
        _tidy(cell)
    _set_widths(table, block.widths)
    _keep_rows(table)


TABLE_RULE = "C8D0D5"  # the thin line between a table's rows


def _pad(cell, inches: float, vertical: float | None = None) -> None:
    """Set `cell`'s text `inches` in from its left and right edges (a block's own margin),
    and `vertical` inches from its top and bottom when given."""
    sides = (("left", inches), ("right", inches)) if vertical is None else (
        ("top", vertical), ("left", inches), ("bottom", vertical), ("right", inches))
    word_xml.set_cell_margins(compat.xml_of(cell).get_or_add_tcPr(),
                              [(side, round(size * 1440)) for side, size in sides])


def _outline(cell, color: str, size: str,
             sides: tuple[str, ...] = ("top", "left", "bottom", "right")) -> None:
    """Rule the `sides` of a table cell (all four unless given, in the schema's order) in
    `color` (RRGGBB), `size` eighths of a point."""
    word_xml.rule_cell(compat.xml_of(cell).get_or_add_tcPr(), color, size, sides)


def _box(word, block: Box, document: Document) -> None:
    """Write blocks in a box: a one-cell table ruled in the accent colour, lightly tinted,
    that does not break."""
    table = word.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    for inner in block.blocks:
        _simple_kept(cell, inner, document)
    _tidy(cell)
    _shade(cell, _tint(document.style.accent))
    _outline(cell, document.style.accent, "12")
    _set_widths(table, (_page_text_width(document),))
    _keep_rows(table)
    _gap(word)


def _number_cards(word, block: NumberCards, document: Document) -> None:
    """Write numbers as cards side by side: a one-row table whose cards are tinted cells
    with a thick accent rule over them, set apart by narrow empty cells (LibreOffice does not
    lay out Word's cell spacing); each holds its number large in the primary colour, then its
    name in bold and its detail."""
    if not block.cards:
        return
    widths = block.widths(_page_text_width(document), CARD_GAP_IN)
    table = word.add_table(rows=1, cols=2 * len(block.cards) - 1)
    cells = table.rows[0].cells
    style = document.style
    for n, (card, width) in enumerate(zip(block.cards, widths, strict=True)):
        cell = cells[2 * n]
        # a card's thick accent edge over it; in the schema's order: borders, shading, margins
        _outline(cell, style.accent, "24", ("top",))
        _shade(cell, _tint(style.accent))
        _pad(cell, CARD_PADDING_IN, vertical=CARD_PADDING_IN * 0.6)
        number = cell.paragraphs[0]
        run = number.add_run(keep_together(card.number, words=False))
        run.bold, run.font.name = True, style.heading_font
        run.font.size = Pt(number_pt(card.number, width - 2 * CARD_PADDING_IN, style.body_pt))
        run.font.color.rgb = RGBColor.from_string(style.primary)
        name = cell.add_paragraph()
        name.add_run(card.name).bold = True
        if card.detail:
            detail = cell.add_paragraph()
            detail.add_run(card.detail).font.size = Pt(style.body_pt * CARD_DETAIL)
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.space_after = Pt(1)
    _set_widths(table, tuple(w for width in widths for w in (width, CARD_GAP_IN))[:-1])
    _keep_rows(table)
    _gap(word)


CARD_GAP_IN, CARD_PADDING_IN = 0.15, 0.1  # between two number cards; a card's words inside
CARD_DETAIL = 0.9  # a card's detail, as a share of the body size: under its name, still read


def number_pt(number: str, width_in: float, body_pt: float) -> float:
    """Return the size a card's number is set at: NUMBER_SCALE times the body, or as large
    as keeps it on one line of `width_in` inches (digits take about 0.6 of an em in the
    widest fonts a kit may choose), to the half point."""
    fitting = width_in * 72 / (0.6 * len(number))
    return min(body_pt * NUMBER_SCALE, int(fitting * 2) / 2)


def _gap(word) -> None:
    """Add the small empty paragraph that keeps two tables apart (Word would join them)."""
    gap = word.add_paragraph()
    gap.paragraph_format.space_after = Pt(0)
    gap.paragraph_format.line_spacing = Pt(6)


def _shade(cell, color: str) -> None:
    word_xml.shade_cell(compat.xml_of(cell).get_or_add_tcPr(), color)


def _tint(color: str) -> str:
    """Return `color` (RRGGBB) mixed nine parts to one with white: a background for text."""
    channels = [int(color[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(255 - (255 - c) * 0.1):02X}" for c in channels)


def _tidy(cell) -> None:
    """Drop the empty paragraph a new cell starts with, once the cell has text of its own."""
    first = cell.paragraphs[0]
    element = compat.xml_of(first)
    if len(cell.paragraphs) > 1 and not first.text and not word_xml.has_drawing(element):
        word_xml.remove(element)


def _keep_rows(table) -> None:
    """Keep each row of `table` on one page (a section never splits across pages). Its
    paragraphs do not keep with the next: in a table that would tie the whole table to what
    follows it."""
    for row in table.rows:
        word_xml.keep_row_whole(compat.xml_of(row).get_or_add_trPr())
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = False


def _set_widths(table, widths: tuple[float, ...]) -> None:
    """Give `table`'s columns (and their cells) `widths` in inches, and the table their sum."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Inches(width)
        for cell in column.cells:
            cell.width = Inches(width)
    properties = compat.xml_of(table).tblPr
    word_xml.set_table_width(properties, round(sum(widths) * 1440))
    # Word and LibreOffice hang a table's edge out into the left margin by its cells' own
    # margin, so the text inside lines up with the text outside: a box or band then sat
    # closer to the left edge of the page than to the right. Indented by that margin, its
    # edges keep the page's margins, the same on both sides.
    word_xml.set_table_indent(properties, CELL_MARGIN_DXA)


CELL_MARGIN_DXA = 108  # Word's default cell margin, left and right (0.075 in)


def _page_text_width(document: Document) -> float:
    """Return the width between the margins of a US Letter page, in inches."""
    return 8.5 - 2 * document.margin_in


def _runs(paragraph, source: Paragraph, direction: bool = False) -> None:
    for run in source.runs:
        # 1-800-843-5678 on one line
        added = paragraph.add_run(keep_together(run.text, words=False))
        added.bold = run.bold or None
        added.italic = run.italic or direction or None
        if direction:
            added.font.color.rgb = _GREY


def _accent_markers(word, accent: str) -> None:
    """Set the bullets and numbers of the list styles in the accent colour (as the slides
    set theirs), the words staying in the text colour: the template's are black."""
    numbering = word.part.numbering_part.element
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number"):
        word_xml.color_list_markers(numbering, word.styles[name].element, accent)


def _styles(word, document: Document) -> None:
    """Set body and heading fonts, sizes, colours and the document language."""
    style = document.style
    normal = word.styles["Normal"]
    normal.font.name = style.body_font
    normal.font.size = Pt(style.body_pt)
    normal.paragraph_format.space_after = Pt(round(style.body_pt * 0.5))
    if style.leading is not None:  # at least: a picture or a larger heading keeps its height
        for name in ("Normal", "List Bullet", "List Bullet 2", "List Bullet 3", "List Number"):
            spacing = word.styles[name].paragraph_format
            spacing.line_spacing = Pt(style.body_pt * style.leading)
            spacing.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    # Headings keep their steps above the body at any body size (large print included).
    for name, scale in (("Title", 2.5), ("Heading 1", 1.8), ("Heading 2", 1.35),
                        ("Heading 3", 1.2), ("Heading 4", 1.0), ("TOC Heading", 1.35)):
        heading = word.styles[name]
        heading.font.name = style.heading_font
        heading.font.size = Pt(round(style.body_pt * scale))
        if name.startswith("Heading"):  # close to what it heads
            heading.paragraph_format.space_before = Pt(round(style.body_pt * 0.9))
            heading.paragraph_format.space_after = Pt(round(style.body_pt * 0.3))
        heading.font.color.rgb = RGBColor.from_string(style.primary.upper())
        if name == "Heading 4":  # a question or a label over its text: bold, upright, not
            heading.font.italic = False  # the template's italic at body size, which
            heading.font.bold = True  # read as part of the text it heads
        heading.paragraph_format.keep_with_next = True  # never last on its page
        # The template's theme fonts would win over the name set above: drop them.
        properties = heading.element.rPr
        fonts = properties.rFonts if properties is not None else None
        if fonts is not None:
            word_xml.drop_theme_fonts(fonts)
    for name in ("List Bullet", "List Bullet 2", "List Bullet 3", "List Number"):
        word.styles[name].font.size = Pt(style.body_pt)
    fine = word.styles[FINE_PRINT_STYLE]  # the template's Caption, as plain small text
    fine.font.size = Pt(round(style.body_pt * FINE_PRINT * 2) / 2)  # Word's half points
    fine.font.bold = False
    fine.font.color.rgb = RGBColor.from_string(style.text.upper())
    fine.paragraph_format.space_before = Pt(round(style.body_pt * 0.3))
    _accent_markers(word, style.accent)
    # python-docx has no API for the default language: set it in the document defaults.
    word_xml.set_default_language(word.styles.element, document.language)
