"""Accessibility of the built slides, as a screen reader or a parent at the back sees them."""

from __future__ import annotations

import io
import re
from collections import Counter

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.oxml.ns import qn

from workshop.contrast import BODY_TEXT_MINIMUM, LARGE_TEXT_MINIMUM, contrast_ratio
from workshop.theme.theme_xml import read_schemes
from workshop.writers.pptx_fit import FLOOR_PT, Inheritance, Lineage, smallest_size

# Scheme colours our layouts put on one another: (text, behind it, minimum, where).
COLOUR_PAIRS = [
    ("dk1", "lt1", BODY_TEXT_MINIMUM, "body text"),
    ("dk2", "lt1", LARGE_TEXT_MINIMUM, "slide titles"),
    ("dk2", "lt2", LARGE_TEXT_MINIMUM, "questions in the prompt band"),
    ("dk1", "lt2", LARGE_TEXT_MINIMUM, "text in step panels and speech bubbles"),
    ("lt1", "dk2", LARGE_TEXT_MINIMUM, "text on the title and closing slides"),
    ("lt1", "accent1", LARGE_TEXT_MINIMUM, "text on section slides and step headings"),
]

Finding = tuple[int | None, str, str, bool]  # slide number, code, message, is an error


def accessibility_findings(data: bytes, lang: str, own_template: bool) -> list[Finding]:
    """Return what a screen reader or a reader of the projected slide would stumble on."""
    prs = Presentation(io.BytesIO(data))
    found: list[Finding] = []
    theme = prs.slide_masters[0].part.part_related_by(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme")
    colors, heading, body = read_schemes(theme.blob)
    pairs = COLOUR_PAIRS[:1] if own_template else COLOUR_PAIRS
    for text, under, minimum, where in pairs:
        ratio = contrast_ratio(colors[text], colors[under])
        if ratio < minimum:
            found.append((None, "A104", f"{where}: #{colors[text]} on #{colors[under]} has a "
                          f"contrast of {int(ratio * 100) / 100:.2f}:1, below {minimum:g}:1", True))
    titles = Counter()
    for number, slide in enumerate(prs.slides, start=1):
        title = slide.shapes.title
        if title is None or not title.text_frame.text.strip():
            found.append((number, "A101", "the slide has no title", True))
        else:
            titles[title.text_frame.text.strip()] += 1
            if titles[title.text_frame.text.strip()] == 2:
                found.append((number, "A102", f"the title '{title.text_frame.text}' is used "
                              "by more than one slide; number or rename them", False))
        found += _shapes(slide, number, lang, heading, body)
    for holder in (prs.slide_masters[0], *prs.slide_layouts):
        for shape in holder.shapes:
            if shape.shape_type == MSO_SHAPE_TYPE.PICTURE and not _alt(shape):
                found.append((None, "A103", f"the picture '{shape.name}' on "
                              f"{holder.name or 'the master'} has no alt text", True))
    return found


_FILE_NAME = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|svg|webp|emf|wmf)$", re.IGNORECASE)


def _alt(shape) -> str:
    """Return the picture's alt text; a bare file name, as PowerPoint fills in, counts as none."""
    alt = (shape._element.xpath("./*[1]/p:cNvPr/@descr") or [""])[0].strip()
    return "" if _FILE_NAME.search(alt) else alt


def _shapes(slide, number: int, lang: str, heading: str, body: str) -> list[Finding]:
    found: list[Finding] = []
    texts = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text.strip()]
    title = slide.shapes.title
    if texts and title is not None and texts[0]._element is not title._element:
        found.append((number, "A107", f"'{texts[0].name}' is read before the title", True))
    for shape in slide.shapes:
        is_picture = shape.shape_type == MSO_SHAPE_TYPE.PICTURE or (
            shape.is_placeholder and shape.placeholder_format.type == PP_PLACEHOLDER.PICTURE
            and hasattr(shape, "image"))
        if is_picture and not _alt(shape):
            found.append((number, "A103", f"the picture '{shape.name}' has no alt text", True))
        if not shape.has_text_frame or not shape.text_frame.text.strip():
            continue
        layout = slide.slide_layout
        lineage = Lineage(layout._element, layout.slide_master._element)
        smallest = smallest_size(shape._element, Inheritance().chain(shape._element, lineage))
        if 0 < smallest < FLOOR_PT - 0.05:
            found.append((number, "A105", f"'{shape.name}' has text at {smallest:g} pt; the "
                          f"least is {FLOOR_PT:g} pt", True))
        untagged = [r for r in shape._element.iter(qn("a:r"), qn("a:fld"))
                    if (r.find(qn("a:rPr")) is None or r.find(qn("a:rPr")).get("lang") != lang)]
        if untagged:
            found.append((number, "A106", f"'{shape.name}' has text not tagged as {lang}", True))
    return found
