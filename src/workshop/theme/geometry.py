"""Where things sit on a 16:9 slide, in EMU; shared by the template script and the writer."""

from __future__ import annotations

from dataclasses import dataclass

INCH = 914400
PT = 12700

SLIDE_WIDTH = 12192000
SLIDE_HEIGHT = 6858000


@dataclass(frozen=True)
class Box:
    """A rectangle: left, top, width and height in EMU."""

    x: int
    y: int
    cx: int
    cy: int

    @property
    def bottom(self) -> int:
        """Return the y of the rectangle's lower edge."""
        return self.y + self.cy

    @property
    def right(self) -> int:
        """Return the x of the rectangle's right edge."""
        return self.x + self.cx

    def with_bottom(self, bottom: int) -> Box:
        """Return this rectangle stretched or shrunk so that its lower edge is at `bottom`."""
        return Box(self.x, self.y, self.cx, bottom - self.y)


# One type scale for every slide the writer sets, so body text on neighbouring slides differs
# by a clear step or not at all; each kind of text takes its sizes from it, largest first.
TYPE_SCALE = (40, 32, 28, 24, 20)

MARGIN = int(0.6 * INCH)
WIDTH = SLIDE_WIDTH - 2 * MARGIN
GUTTER = int(0.4 * INCH)
TEXT_INSET = int(0.1 * INCH)  # a text box's default left and right inset
HALF = (WIDTH - GUTTER) // 2

LOGO = Box(SLIDE_WIDTH - MARGIN - int(1.9 * INCH), int(0.4 * INCH), int(1.9 * INCH),
           int(0.85 * INCH))
HERO_LOGO = Box(SLIDE_WIDTH - int(0.9 * INCH) - int(2.4 * INCH), int(0.6 * INCH),
                int(2.4 * INCH), int(1.0 * INCH))
TITLE = Box(MARGIN, int(0.35 * INCH), WIDTH - LOGO.cx - int(0.2 * INCH), int(1.0 * INCH))
# Under the title, starting where its text does (the title's box has a 0.1 in inset).
TITLE_RULE = Box(MARGIN + TEXT_INSET, int(1.40 * INCH), int(1.1 * INCH), int(0.06 * INCH))
CONTENT_TOP = int(1.65 * INCH)
CONTENT_BOTTOM = int(6.45 * INCH)
# Filled shapes (the prompt band, process cards, bubbles, panels, pictures) line up with the
# text of the title and points, not with their boxes, which sit TEXT_INSET further out.
PANEL_X, PANEL_WIDTH = MARGIN + TEXT_INSET, WIDTH - 2 * TEXT_INSET
PROMPT_BAND = Box(PANEL_X, int(5.35 * INCH), PANEL_WIDTH, int(1.1 * INCH))
CONTENT_ABOVE_BAND = int(5.20 * INCH)
CONTENT = Box(MARGIN, CONTENT_TOP, WIDTH, CONTENT_ABOVE_BAND - CONTENT_TOP)
# The footer row holds two lines of 18 pt text, so a source too long for one line wraps in it.
FOOTER = Box(MARGIN, int(6.66 * INCH), int(5.4 * INCH), int(0.72 * INCH))
SLIDE_NUMBER = Box(SLIDE_WIDTH - MARGIN - int(1.2 * INCH), FOOTER.y, int(1.2 * INCH), FOOTER.cy)
SOURCE = Box(FOOTER.x + FOOTER.cx + int(0.2 * INCH), FOOTER.y,
             SLIDE_NUMBER.x - FOOTER.x - FOOTER.cx - int(0.3 * INCH), FOOTER.cy)
# With no footer beside it, the source takes the footer's room too: one line, not two.
# Hero slides (title, section, closing): text stacked under the accent rule.
HERO_TOP = int(1.85 * INCH)  # the highest a title or section slide's rule starts: under the logo
CLOSING_TOP = int(1.35 * INCH)  # the closing slide's, whose text has more to carry
HERO_GAP = int(0.15 * INCH)
HERO_RULE = (int(1.4 * INCH), int(0.08 * INCH))  # the accent rule above a hero slide's text
HERO_BOTTOM = int(6.9 * INCH)  # where a title or section slide's text must end
HERO_X = int(0.9 * INCH)
HERO_KICKER = Box(HERO_X, HERO_TOP, int(8 * INCH), int(0.5 * INCH))  # "Part 2 of 6" on a section
CLOSING_TEXT = Box(HERO_X, int(3.2 * INCH), int(11.5 * INCH), int(1.25 * INCH))
CLOSING_QUESTION = Box(HERO_X, int(4.2 * INCH), int(11.5 * INCH), int(1.7 * INCH))
# The closing slide's QR code, bottom right; its link under it, as wide as it needs.
QR_PLATE = Box(SLIDE_WIDTH - HERO_X - int(1.7 * INCH), int(4.2 * INCH), int(1.7 * INCH),
               int(1.7 * INCH))
QR_LINK_TOP, QR_LINK_HEIGHT = QR_PLATE.bottom + int(0.05 * INCH), int(0.45 * INCH)

SOURCE_ALONE = Box(FOOTER.x, FOOTER.y, SOURCE.x + SOURCE.cx - FOOTER.x, FOOTER.cy)
FOOTER_GAP = SOURCE.x - FOOTER.x - FOOTER.cx


def footer_row(footer_needs: int, source_needs: int) -> tuple[Box, Box]:
    """Return the boxes of a kit's footer and a slide's source that share the footer row,
    given the width each needs to stay on one line (0 for no source).

    When both cannot have one line, a source that fits in half the row keeps its one line (a
    short source squeezed into two lines would break after every word); a longer one, set
    right against the slide number, keeps room for two (three fifths of its line, since words
    wrap unevenly). The footer has the rest, at least half the row: a long source wraps rather
    than the kit's footer, and a footer too long for the row overflows its own box, not the
    slide's source.
    """
    room = SOURCE_ALONE.cx - FOOTER_GAP
    if footer_needs + source_needs <= room:
        footer_cx = footer_needs
    elif source_needs <= room - room // 2:
        footer_cx = min(footer_needs, room - source_needs)
    else:
        footer_cx = min(footer_needs, max(room - source_needs * 3 // 5, room // 2))
    footer = Box(FOOTER.x, FOOTER.y, footer_cx, FOOTER.cy)
    source_x = footer.x + footer_cx + FOOTER_GAP
    return footer, Box(source_x, FOOTER.y, SOURCE_ALONE.right - source_x, FOOTER.cy)
