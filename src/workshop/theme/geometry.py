"""Where things sit on a 16:9 slide, in EMU: the margins, content lines, type scale, bottom row
and hero stack several slide types share (what one type alone places is in its module).
Read by the template script and the types; the writer holds no position of its own."""

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


# One type scale for every slide the writer sets (design system, section 2), so body text on
# neighbouring slides differs by a clear step or not at all: titles 40, body 28 stepped down to
# 24 where it would not fit, cards, captions and details 20; each kind of text takes its
# sizes from it, largest first.
TYPE_SCALE = (40, 28, 24, 20)
BODY_SIZES = (28, 24)  # a list: never larger, so a short list is not set larger than a long one
CARD_SIZES = (24, 20)  # card text, comparison rows, panels and details: a step under the body

MARGIN = int(0.6 * INCH)
WIDTH = SLIDE_WIDTH - 2 * MARGIN
GUTTER = int(0.4 * INCH)
TEXT_INSET = int(0.1 * INCH)  # a text box's default left and right inset
# Room left for rounding between renderers on a line that must not wrap (LibreOffice's
# advances differ from Pillow's by a point or two).
ONE_LINE_SLACK = int(0.1 * INCH)
HALF = (WIDTH - GUTTER) // 2

LOGO = Box(SLIDE_WIDTH - MARGIN - int(1.9 * INCH), int(0.4 * INCH), int(1.9 * INCH),
           int(0.85 * INCH))
HERO_LOGO = Box(SLIDE_WIDTH - int(0.9 * INCH) - int(2.4 * INCH), int(0.6 * INCH),
                int(2.4 * INCH), int(1.0 * INCH))
# Bottom-anchored, so a title's last line sits at one height on every slide (its baseline
# about 1.27 in, the design system's 1.30 within its tolerance) and a second line grows
# upward, its capitals still 0.35 in below the slide's top edge: tall enough for two lines at
# 40 pt, where a box one line tall shrank a two-line title to 34 pt (the Arial looks and kits).
# Across the content width (design system, section 1: columns 1-12); beside a kit's logo,
# which the logo's kit narrows it to (writers.pptx_brand), up to the logo's room.
TITLE = Box(MARGIN, int(0.20 * INCH), WIDTH, int(1.25 * INCH))
TITLE_BESIDE_LOGO = Box(TITLE.x, TITLE.y, WIDTH - LOGO.cx - int(0.2 * INCH), TITLE.cy)
# Under the title, starting where its text does (the title's box has a 0.1 in inset).
TITLE_RULE = Box(MARGIN + TEXT_INSET, int(1.50 * INCH), int(0.9 * INCH), int(0.06 * INCH))
# Content is top-anchored here on every slide, so the first line does not jump from slide to
# slide; what a short list leaves below it stays empty.
CONTENT_TOP = int(1.90 * INCH)
CONTENT_BOTTOM = int(6.45 * INCH)
# Filled shapes (the prompt band, process cards, bubbles, panels, pictures) line up with the
# text of the title and points, not with their boxes, which sit TEXT_INSET further out.
PANEL_X, PANEL_WIDTH = MARGIN + TEXT_INSET, WIDTH - 2 * TEXT_INSET
PROMPT_BAND = Box(PANEL_X, int(5.35 * INCH), PANEL_WIDTH, int(1.1 * INCH))
PROMPT_BAR = int(0.12 * INCH)  # the width of the band's accent bar, at its left edge
CONTENT_ABOVE_BAND = int(5.20 * INCH)
CONTENT = Box(MARGIN, CONTENT_TOP, WIDTH, CONTENT_ABOVE_BAND - CONTENT_TOP)
# The bottom row (design system, sections 1 and 7): the source at the left, the kit's footer
# right-aligned before the page number, the page number at the right margin; each one line of
# ROW_PT text on one baseline (about 7.05 in). Boxes sit TEXT_INSET outside their text.
ROW_PT = 12
ROW_TOP, ROW_HEIGHT = int(6.82 * INCH), int(0.30 * INCH)  # baseline 7.05 in at 12 pt
ROW_LEFT = MARGIN + TEXT_INSET  # where the source's text starts: under the title's
NUMBER_RIGHT = SLIDE_WIDTH - ROW_LEFT  # where the page number's text ends
FOOTER_RIGHT = NUMBER_RIGHT - int(0.7 * INCH)  # where the kit's footer's text ends
FOOTER_MOST = int(4.2 * INCH)  # the widest a kit's footer may be
ROW_GAP = int(0.30 * INCH)  # the least room between two texts of the row
NUMBER_ROOM = int(0.25 * INCH)  # what a page number of two digits takes, with slack
SLIDE_NUMBER = Box(NUMBER_RIGHT + TEXT_INSET - int(0.6 * INCH), ROW_TOP, int(0.6 * INCH),
                   ROW_HEIGHT)
FOOTER = Box(FOOTER_RIGHT + TEXT_INSET - FOOTER_MOST - 2 * TEXT_INSET, ROW_TOP,
             FOOTER_MOST + 2 * TEXT_INSET, ROW_HEIGHT)


def scaled(box: Box, scale: tuple[float, float]) -> Box:
    """Return `box`, given in the default template's coordinates, on a template `scale`d
    from ours (its width and height as shares of ours)."""
    sx, sy = scale
    return Box(int(box.x * sx), int(box.y * sy), int(box.cx * sx), int(box.cy * sy))


def row_box(left: int, right: int) -> Box:
    """Return the bottom row's box for text from `left` to `right` (EMU), its insets outside."""
    return Box(left - TEXT_INSET, ROW_TOP, right - left + 2 * TEXT_INSET, ROW_HEIGHT)


# Hero slides (title, section, closing): text stacked under the accent rule.
HERO_TOP = int(1.85 * INCH)  # the highest a title or section slide's rule starts: under the logo
HERO_GAP = int(0.15 * INCH)
STACK_SLACK_PT = 4  # the room a hero slide's stacked text keeps under each box's words
HERO_RULE = (int(1.4 * INCH), int(0.08 * INCH))  # the accent rule above a hero slide's text
HERO_BOTTOM = int(6.9 * INCH)  # where a title or section slide's text must end
HERO_X = MARGIN  # a hero slide's text starts where every other slide's does (MARGIN + inset)
# The title slide's and the closing's words start here (the divider's too), left of the field.
HERO_TITLE = Box(HERO_X, int(2.1 * INCH), int(11.5 * INCH), int(1.9 * INCH))
HERO_PLATE_PAD = int(0.12 * INCH)  # between the title slide's logo and the edge of its plate
