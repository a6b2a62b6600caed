"""Printable documents drawn from a prepared deck: the facilitator guide and the handout.

A document is a flat list of blocks that each writer (Markdown, HTML, Word) renders in its
own way; no writer knows about another, and none reads the outline itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.notes_text import Paragraph, Run


@dataclass(frozen=True)
class Heading:
    level: int  # 1 is the document title
    text: str


@dataclass(frozen=True)
class Text:
    """A paragraph; `direction` marks a facilitator direction, shown set apart."""

    paragraph: Paragraph
    direction: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[Paragraph, ...]
    checklist: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Picture:
    """An image to show: PNG or JPEG bytes, alt text and printed width in inches."""

    data: bytes
    extension: str
    alt: str
    width_in: float
    caption: str = ""


Block = Heading | Text | Bullets | Table | Picture


@dataclass(frozen=True)
class Style:
    """Colours (RRGGBB) and fonts a document is printed with."""

    primary: str = "1F4E5F"
    accent: str = "2A7F8E"
    text: str = "1E2A32"
    heading_font: str = "Cambria"
    body_font: str = "Calibri"
    body_pt: int = 11


@dataclass(frozen=True)
class Document:
    """A titled document in one language: its blocks and how to print them."""

    title: str
    language: str  # xml:lang, e.g. en-US
    blocks: list[Block] = field(default_factory=list)
    style: Style = field(default_factory=Style)


def plain(text: str) -> Paragraph:
    """Return a paragraph of one unstyled run."""
    return Paragraph((Run(text),))
