"""Documents as Word files: real heading styles, tables, pictures with alt text."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from workshop import compat
from workshop.documents import Bullets, Document, Heading, Picture, Table, Text
from workshop.notes_text import Paragraph
from workshop.package import build_time, normalize_zip

_GREY = RGBColor(0x4A, 0x4A, 0x4A)


def write_docx(document: Document) -> bytes:
    """Return the document as .docx bytes, identical for identical input."""
    word = WordDocument()
    _styles(word, document)
    for block in document.blocks:
        if isinstance(block, Heading):
            word.add_heading(block.text, level=min(block.level, 9))
        elif isinstance(block, Text):
            paragraph = word.add_paragraph()
            _runs(paragraph, block.paragraph, direction=block.direction)
            if block.direction:
                paragraph.paragraph_format.left_indent = Inches(0.3)
        elif isinstance(block, Bullets):
            for item in block.items:
                paragraph = word.add_paragraph(style="List Bullet")
                if block.checklist:
                    paragraph.add_run("☐ ")
                _runs(paragraph, item)
        elif isinstance(block, Table):
            table = word.add_table(rows=1, cols=len(block.header))
            table.style = "Light Grid Accent 1"
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.text = text
            for row in block.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
        elif isinstance(block, Picture):
            word.add_picture(io.BytesIO(block.data), width=Inches(block.width_in))
            inline = compat.docx_inline(word.inline_shapes[-1])
            inline.docPr.set("descr", block.alt)
            if block.caption:
                word.add_paragraph(block.caption)
    props = word.core_properties
    props.title = document.title[:255]  # a document property holds 255 characters at most
    props.language = document.language
    props.author = props.last_modified_by = "workshop"
    props.revision = 1
    stamp = build_time().replace(tzinfo=None)
    props.created = props.modified = props.last_printed = stamp
    out = io.BytesIO()
    word.save(out)
    return normalize_zip(out.getvalue())


def _runs(paragraph, source: Paragraph, direction: bool = False) -> None:
    for run in source.runs:
        added = paragraph.add_run(run.text)
        added.bold = run.bold or None
        added.italic = run.italic or direction or None
        if direction:
            added.font.color.rgb = _GREY


def _styles(word, document: Document) -> None:
    """Set body and heading fonts, sizes, colours and the document language."""
    style = document.style
    normal = word.styles["Normal"]
    normal.font.name = style.body_font
    normal.font.size = Pt(style.body_pt)
    for level, size in ((1, 20), (2, 15), (3, 13), (4, 11)):
        heading = word.styles[f"Heading {level}"]
        heading.font.name = style.heading_font
        heading.font.size = Pt(max(size, style.body_pt))
        heading.font.color.rgb = RGBColor.from_string(style.primary.upper())
        # The template's theme fonts would win over the name set above: drop them.
        fonts = heading.element.rPr.rFonts
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
    for name in ("List Bullet",):
        word.styles[name].font.size = Pt(style.body_pt)
    # python-docx has no API for the default language: set it in the document defaults.
    defaults = word.styles.element.find(qn("w:docDefaults"))
    run_props = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    lang = run_props.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_props.append(lang)
    lang.set(qn("w:val"), document.language)
