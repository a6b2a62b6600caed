"""Documents as PDF, through LibreOffice converting the Word file."""

from __future__ import annotations

import io
import re
import tempfile
from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from workshop import libreoffice
from workshop.blocks import Document, Heading, PageBreak
from workshop.writers.doc_docx import contents_entries, write_docx

INSTALL_HINT = ("PDF export needs LibreOffice, which is not installed. Install it, e.g. "
                "'sudo apt-get install libreoffice-writer' on Debian or Ubuntu, or from "
                "libreoffice.org, then run the export again.")


def soffice() -> str:
    """Return the path of LibreOffice's `soffice`; raise LibreOfficeMissing when absent."""
    return libreoffice.soffice(INSTALL_HINT)


def write_pdf(document: Document) -> bytes:
    """Return the document as PDF bytes, with the dates and id LibreOffice writes fixed.

    A document that must keep to `fit_pages` and runs over is set again a step tighter
    (TIGHTER), as LibreOffice lays it out, until it fits or the steps run out; one with room
    to spare is set a step larger (LOOSER) as long as it still fits. A document
    with a table of contents is laid out twice: the first layout tells on which page each
    listed heading falls, and the second prints those pages in the contents (the numbers
    take no more lines than the blanks they replace, so no heading moves).
    """
    with tempfile.TemporaryDirectory(prefix="workshop-pdf-") as folder:
        source = Path(folder) / "document.docx"
        source.write_bytes(write_docx(document))
        pdf = libreoffice.convert_to_pdf(source, INSTALL_HINT).read_bytes()
        if document.fit_pages and page_count(pdf) <= document.fit_pages:
            for step in LOOSER:  # room to spare: the type a step larger, while it still fits
                larger = replace(document, style=step(document.style))
                source.write_bytes(write_docx(larger))
                candidate = libreoffice.convert_to_pdf(source, INSTALL_HINT).read_bytes()
                if page_count(candidate) > document.fit_pages:
                    break
                document, pdf = larger, candidate
        steps, first = iter(TIGHTER if document.fit_pages else ()), document
        while document.fit_pages and page_count(pdf) > document.fit_pages:
            step = next(steps, None)
            if step is None:
                if first.back_from is not None:  # a front and back, at the sheet's own size
                    document = _front_and_back(first)
                    source.write_bytes(write_docx(document))
                    pdf = libreoffice.convert_to_pdf(source, INSTALL_HINT).read_bytes()
                break  # as tight as print allows: the rest goes on the next page
            document = replace(document, style=step(document.style))
            source.write_bytes(write_docx(document))
            pdf = libreoffice.convert_to_pdf(source, INSTALL_HINT).read_bytes()
        stranded = stranded_headings(pdf, document)
        if stranded:
            document = replace(document, blocks=[
                replace(block, new_page=True) if index in stranded else block
                for index, block in enumerate(document.blocks)])
            source.write_bytes(write_docx(document))
            pdf = libreoffice.convert_to_pdf(source, INSTALL_HINT).read_bytes()
        entries = contents_entries(document)
        if entries:
            source.write_bytes(write_docx(document, heading_pages(pdf, entries)))
            pdf = libreoffice.convert_to_pdf(source, INSTALL_HINT).read_bytes()
        return normalize_pdf(pdf)


# How a printed page is tightened, a step at a time: lines set closer (still open enough to
# read), then the body half a point smaller three times (9.5 pt for a handout that starts at
# the design system's 11, the least it is printed at: a kit's long local lines in Spanish),
# then, last, the lines at 1.1 (a Spanish handout with a kit's three local lines and its
# feedback link came a footnote's two lines over).
# How a page with room to spare is set larger, a step at a time, up to 12 pt, the size a
# sheet for the fridge is read at from across a kitchen.
LOOSER: tuple = (
    lambda style: replace(style, body_pt=style.body_pt + 0.5),
    lambda style: replace(style, body_pt=style.body_pt + 0.5),
)
TIGHTER: tuple = (
    lambda style: replace(style, leading=1.17),
    lambda style: replace(style, body_pt=style.body_pt - 0.5),
    lambda style: replace(style, body_pt=style.body_pt - 0.5),
    lambda style: replace(style, body_pt=style.body_pt - 0.5),
    lambda style: replace(style, leading=1.1),
)


def _front_and_back(document: Document) -> Document:
    """Return a one-page `document` as a sheet printed on both sides: its blocks from
    `back_from` on start the back, and the type is its own size again."""
    index = document.back_from
    assert index is not None
    blocks = list(document.blocks)
    blocks.insert(index, PageBreak())
    return replace(document, blocks=blocks, fit_pages=2, back_from=None)


def stranded_headings(pdf: bytes, document: Document) -> set[int]:
    """Return the indexes, in `document.blocks`, of the headings LibreOffice left as the last
    line of a page, away from the text they head. Word's "keep with next" asks for the
    opposite, and LibreOffice does not always honour it (a heading before a paragraph that
    moves whole to the next page stays behind); such a heading is then started on the next
    page. Headings are matched to the pages' lines in order, so a heading that recurs
    ("Speaker notes") is told apart by where it falls."""
    headings = [(index, " ".join(block.text.split())) for index, block
                in enumerate(document.blocks) if isinstance(block, Heading)]
    stranded, position = set(), 0
    for page in PdfReader(io.BytesIO(pdf)).pages:
        lines = [" ".join(line.split()) for line in page.extract_text().splitlines()]
        lines = [line for line in lines if line]
        if lines and lines[-1].isdigit():
            lines.pop()  # the page number in the footer
        for number, line in enumerate(lines):
            if position < len(headings) and line == headings[position][1]:
                if number == len(lines) - 1:
                    stranded.add(headings[position][0])
                position += 1
    return stranded


def page_count(pdf: bytes) -> int:
    """Return how many pages `pdf` has."""
    return len(PdfReader(io.BytesIO(pdf)).pages)


def heading_pages(pdf: bytes, entries: list[Heading]) -> dict[int, int]:
    """Return the page (counted from 1, the cover) on which each of `entries` falls, by its
    index, as the PDF's outline (which LibreOffice makes from the headings) places it."""
    reader = PdfReader(io.BytesIO(pdf))
    outline: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                outline.append((" ".join(item.title.split()), reader.get_destination_page_number(
                    item) + 1))

    walk(reader.outline)
    pages, position = {}, 0
    for index, entry in enumerate(entries):
        title = " ".join(entry.text.split())
        for found in range(position, len(outline)):
            if outline[found][0] == title:
                pages[index], position = outline[found][1], found + 1
                break
    return pages


def normalize_pdf(data: bytes) -> bytes:
    """Return `data` with creation dates and document id replaced by fixed, same-length text.

    Same length keeps the cross-reference offsets valid.
    """
    def same_length(match: re.Match[bytes]) -> bytes:
        return match.group(1) + re.sub(rb"[0-9A-Za-z+\-']", b"0", match.group(2)) + match.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", same_length, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", same_length, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", same_length,
                  data)
    return re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3),
                  re.sub(rb"(>\s*<)([0-9A-Fa-f]+)(>\s*\])",
                         lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3), data))
