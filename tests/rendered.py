"""What LibreOffice draws of a deck, next to what the deck says: each slide's text frames with
their boxes and the lines the fit model predicts, the boxes of its other shapes, and the words
of the rendered PDF with their boxes (pdftotext -bbox). Used by the tests that hold the fit
model to what LibreOffice lays out and the layouts to filling their slides."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from workshop.ooxml.fit import Inheritance, Lineage, predicted_lines
from workshop.ooxml.namespaces import P_
from workshop.ooxml.text import has_text
from workshop.ooxml.theme import read_schemes

EMU_PER_PT = 12700


@dataclass(frozen=True)
class Box:
    """A rectangle in points: left, top, right, bottom."""

    left: float
    top: float
    right: float
    bottom: float

    def holds(self, x: float, y: float, slack: float = 1.0) -> bool:
        return (self.left - slack <= x <= self.right + slack
                and self.top - slack <= y <= self.bottom + slack)

    def overlaps(self, other: Box, slack: float = 1.0) -> bool:
        return (self.left + slack < other.right and other.left + slack < self.right
                and self.top + slack < other.bottom and other.top + slack < self.bottom)

    @property
    def area(self) -> float:
        return (self.right - self.left) * (self.bottom - self.top)


@dataclass(frozen=True)
class Frame:
    """A shape on a slide: its name, box, whether it shows text, and the lines the fit model
    predicts for that text."""

    name: str
    box: Box
    has_text: bool
    lines: int
    near_edge: int  # of those lines' breaks, how many came within the model's margin
    placeholder: int | None


@dataclass(frozen=True)
class Word:
    text: str
    box: Box


def _box(x: int, y: int, cx: int, cy: int) -> Box:
    return Box(x / EMU_PER_PT, y / EMU_PER_PT, (x + cx) / EMU_PER_PT, (y + cy) / EMU_PER_PT)


def frames(deck: Path) -> list[list[Frame]]:
    """Return, slide by slide, every shape of the deck's slides with its box and, for text,
    the lines the fit model predicts."""
    prs = Presentation(str(deck))
    theme = prs.slide_masters[0].part.part_related_by(RT.THEME)
    _, heading_font, body_font = read_schemes(theme.blob)
    inheritance = Inheritance()
    found = []
    for slide in prs.slides:
        layout = slide.part.part_related_by(RT.SLIDE_LAYOUT)
        master = layout.part_related_by(RT.SLIDE_MASTER)
        lineage = Lineage(layout._element, master._element, layout.partname)
        shapes = []
        for element in slide.shapes._spTree.iterchildren(f"{P_}sp", f"{P_}pic",
                                                         f"{P_}graphicFrame"):
            inherited = inheritance.chain(element, lineage)
            box = _box(*inherited.xfrm())
            name = element[0][0].get("name")
            body = element.find(f"{P_}txBody")
            texted = element.tag == f"{P_}sp" and body is not None and has_text(body)
            lines, near = (predicted_lines(element, inherited, heading_font, body_font)
                           if texted else (0, 0))
            idx = element.find(f"{P_}nvSpPr/{P_}nvPr/{P_}ph")
            shapes.append(Frame(name, box, texted, lines, near,
                                None if idx is None else int(idx.get("idx", "0"))))
        found.append(shapes)
    return found


def render(deck: Path, folder: Path, soffice: str, pdftotext: str) -> list[list[Word]]:
    """Return the words LibreOffice draws on each page of the deck, with their boxes."""
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), str(deck)],
                   check=True, capture_output=True, timeout=300)
    bbox = subprocess.run([pdftotext, "-bbox", str(folder / f"{deck.stem}.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = []
    for page in bbox.split("<page ")[1:]:
        pages.append([Word(text, Box(float(a), float(b), float(c), float(d))) for a, b, c, d, text
                      in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                    r'yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages


def owner(word: Word, shapes: list[Frame]) -> Frame | None:
    """Return the smallest text frame whose box holds the word's centre."""
    x = (word.box.left + word.box.right) / 2
    y = (word.box.top + word.box.bottom) / 2
    holding = [f for f in shapes if f.has_text and f.box.holds(x, y)]
    return min(holding, key=lambda f: f.box.area, default=None)


def rendered_lines(words: list[Word]) -> int:
    """Return how many lines `words` (of one frame) stand on: words whose vertical middles
    are closer than half a word's height share a line."""
    middles = sorted(((w.box.top + w.box.bottom) / 2, w.box.bottom - w.box.top) for w in words)
    lines, last = 0, None
    for middle, height in middles:
        if last is None or middle - last > height / 2:
            lines += 1
        last = middle
    return lines
