"""The blocks a printable document is made of (headings, paragraphs, lists, tables, covers,
bands, boxes, ...): a document is a flat list of them that each writer (Markdown, HTML,
Word) renders in its own way; no writer knows about another, and none reads the outline
itself. The slide types say what a slide shows in these blocks; `documents/` builds the
guide, the handout and the slides page from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workshop.notes_text import Paragraph, Run


@dataclass(frozen=True)
class Heading:
    level: int  # 1 is the document title
    text: str
    new_page: bool = False  # printed at the top of a page (a layout found it stranded)


@dataclass(frozen=True)
class Text:
    """A paragraph; `direction` marks a facilitator direction, shown set apart;
    `keep_with_next` keeps it on the page of what follows (a line under a heading);
    `fine_print` sets it a step smaller (FINE_PRINT of the body), as a source line is."""

    paragraph: Paragraph
    direction: bool = False
    keep_with_next: bool = False
    fine_print: bool = False


FINE_PRINT = 0.8  # a fine-print line's size, as a share of the body's


@dataclass(frozen=True)
class Bullets:
    """A list: bulleted, numbered (steps) or a checklist (boxes instead of bullets); each
    item at its level (0 unless `levels` says otherwise: a sub-point is 1)."""

    items: tuple[Paragraph, ...]
    checklist: bool = False
    numbered: bool = False
    levels: tuple[int, ...] = ()
    keep_with_next: bool = False  # its last item stays on the page of what follows

    def level(self, index: int) -> int:
        """Return the level of item `index`."""
        return self.levels[index] if index < len(self.levels) else 0


@dataclass(frozen=True)
class Table:
    """A table with a header row; `widths` (inches, one per column) when the columns should
    fit their content rather than share the page."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()

    def numeric(self, column: int) -> bool:
        """Return whether `column` holds figures only (times, slide numbers, ranges), which a
        table sets flush right so that their digits line up; an empty column holds none."""
        cells = [row[column] for row in self.rows if row[column].strip()]
        return bool(cells) and all(_FIGURES.fullmatch(cell) for cell in cells)


# A cell of figures: digits with the separators of times, lists and ranges ("2:15", "3 to 5",
# "12, 13", "54:45 to 60:00", with an en dash); a word makes it text.
_FIGURES = re.compile(r"[\d:.,\u2013\- ]+")


@dataclass(frozen=True)
class Picture:
    """An image to show: PNG or JPEG bytes, alt text and printed width in inches; `framed`
    draws a hairline round it (a slide's white edge would otherwise melt into the page)."""

    data: bytes
    extension: str
    alt: str
    width_in: float
    caption: str = ""
    framed: bool = False


@dataclass(frozen=True)
class Cover:
    """A document's cover page: its title, the lines under it (organization, deck, date,
    presenter) and the logo; the document goes on on the next page."""

    title: str
    lines: tuple[str, ...]
    logo: Picture | None = None
    kicker: str = ""  # what the document is ("Facilitator guide"), over the title
    picture: Picture | None = None  # under the lines: the deck's title slide, in the guide
    form: Table | None = None  # last: the evening's details, filled in or to write in


@dataclass(frozen=True)
class Contents:
    """A table of contents of the chapters (level 2 headings) that follow it."""

    title: str


@dataclass(frozen=True)
class Details:
    """Blocks a reader opens when wanted (a slide's speaker notes), under `summary`."""

    summary: str
    blocks: tuple[Heading | Text | Bullets, ...]


@dataclass(frozen=True)
class Band:
    """A title band across the page in the brand's primary colour: a title, the lines under
    it, and the logo at its right."""

    title: str
    lines: tuple[str, ...]
    logo: Picture | None = None


@dataclass(frozen=True)
class Columns:
    """Blocks side by side, each column `widths` inches wide, kept on one page together."""

    columns: tuple[tuple[Block, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True)
class Box:
    """Blocks in a ruled, lightly tinted box, kept on one page together."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class NumberCard:
    """A number to save, set large, with what it is and when to use it."""

    number: str
    name: str
    detail: str = ""


@dataclass(frozen=True)
class NumberCards:
    """Numbers side by side, each on a tinted card with an accent rule over it: what a
    family saves first (911, 988, the CyberTipline)."""

    cards: tuple[NumberCard, ...]

    def widths(self, total: float, gap: float) -> tuple[float, ...]:
        """Return each card's width in inches when the cards and the gaps between them fill
        `total`: shared by how much each says (its name and detail, or its number set large,
        whichever is longer), so the cards come out about as tall as one another and a long
        toll-free number has the room "911" doesn't need."""
        shares = [max(len(card.name) + len(card.detail), NUMBER_WIDTHS * len(card.number),
                      CARD_LEAST) for card in self.cards]
        room = total - gap * (len(shares) - 1)
        return tuple(round(room * share / sum(shares), 3) for share in shares)


NUMBER_WIDTHS = 5  # about how many characters of body text a digit set large is as wide as
CARD_LEAST = 64  # characters' worth: the narrowest card still holds a two-word name on a line
NUMBER_SCALE = 2.0  # a card's number, as a multiple of the body size


@dataclass(frozen=True)
class PageBreak:
    """The next block starts a new page (in print; a rule on screen)."""


Block = (Heading | Text | Bullets | Table | Picture | Cover | Contents | Details | Band | Columns
         | Box | NumberCards | PageBreak)


@dataclass(frozen=True)
class Style:
    """Colours (RRGGBB) and fonts a document is printed with."""

    primary: str = "1F4E5F"
    accent: str = "2A7F8E"
    text: str = "1E2A32"
    heading_font: str = "Cambria"
    body_font: str = "Calibri"
    body_pt: float = 11
    # Line height as a multiple of body_pt, or None for the font's own (about 1.4 in Word):
    # the handout sets its text solid enough to keep a page, as a printed flyer is.
    leading: float | None = None


@dataclass(frozen=True)
class Document:
    """A titled document in one language: its blocks and how to print them."""

    title: str
    language: str  # xml:lang, e.g. en-US
    blocks: list[Block] = field(default_factory=list)
    style: Style = field(default_factory=Style)
    running_header: str = ""  # printed at the top of every page but the cover, if any
    page_numbers: bool = False  # printed at the foot of every page but the cover
    margin_in: float = 1.0  # the page's margins, in inches
    # Pages a printed copy must keep to (0: any): where it runs over, the PDF is set again
    # a step tighter (see writers.doc_pdf.TIGHTER), as far as the last step allows.
    fit_pages: int = 0
    # Where a sheet that cannot keep to one page even then turns over (the index of the
    # block that starts its back), set at its own size again: a front and back, rather than
    # a page with a line or two run over onto a second. None: it just runs over.
    back_from: int | None = None


def plain(text: str) -> Paragraph:
    """Return a paragraph of one unstyled run."""
    return Paragraph((Run(text),))
