"""The closing: its message, the points to remember, help numbers and feedback."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workshop.blocks import Block, Bullets, plain
from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.images import qr_png
from workshop.links import short_link
from workshop.model import ClosingSlide, Resource
from workshop.notes_text import Paragraph, Run
from workshop.ooxml import elements
from workshop.ooxml.text import fill, labelled, text_body
from workshop.slide_types import hero, lists
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.writing import SlideWriting

# The help card's heading, each line's name and its number (design system: closing slide).
HELP_SIZES = (20, 20, 28)
HELP_SIZES_CROWDED = (20, 20, 24)  # the design system's floor for help numbers
SHORT_NUMBER = 4  # characters of a number short enough to follow its name on one line (911)
# A phone number at the start of a help line's detail: "988", "1-800-843-5678", "(555) 010-0123".
LEADING_NUMBER = re.compile(r"[\d(][\d() \-\u2060]*\d")
FEEDBACK_PT = 20  # the feedback link's words beside its QR code
HELP_SLACK_PT = 12  # the room a help card keeps below its last line (see help_card)
QUESTION_SIZES = (20, 28)  # the closing question's label, and the question


def key_points(slide: ClosingSlide, showing: Showing) -> list[Block]:
    """Return the message and the points to remember as a list (none when it has neither)."""
    lines = ([slide.message] if slide.message else []) + list(slide.bullets)
    return [Bullets(tuple(plain(line) for line in lines))] if lines else []


def write(writer: SlideWriting, slide: Slide, content: ClosingSlide) -> None:
    """The thanks, the closing points and the contact line under the title, the last
    question set large at their foot. On our own template the help lines stand in a card
    at the right, their numbers large, the QR code of the feedback link at its foot when
    there is one (the kit's contact line is on the title slide and the handout); on an
    organization's template the help lines and the contact line join the points and the
    QR code sits at the bottom right."""

    link = writer.feedback_link
    card = not writer.organization_template
    lines = help_lines(writer, content)
    paragraphs = [plain(text) for text in
                  ([content.message] if content.message else []) + list(content.bullets)]
    if not card:
        paragraphs.extend(labelled(f"{line.name}:", line.detail) for line in lines)
    if writer.contact_line() and not card:  # the card carries the local line instead
        paragraphs.append(plain(writer.contact_line()))
    body = writer.slot(slide, "body")
    if card:
        width = CLOSING_LEFT_WIDTH
    else:
        width = (CLOSING_TEXT.cx if link is None
                 else QR_PLATE.x - g.GUTTER - CLOSING_TEXT.x)
    if paragraphs:
        if body is None:
            body = writer.text_box(slide, g.Box(CLOSING_TEXT.x, CLOSING_TEXT.y, width,
                                                CLOSING_TEXT.cy), "Closing")
            writer.keep_company(body)
        else:  # clear of the card or the QR code
            x, y, _, height = writer.inherited(slide, body).xfrm()
            elements.set_box(body, g.Box(x, y, writer.box(g.Box(0, 0, width, 0)).cx, height))
        fill(text_body(body), paragraphs)
        if writer.contact_line() and not card:
            hero.set_contact_line(writer, slide, body)
    title = writer.slot(slide, "title")
    if card and title is not None:  # clear of the card
        x, y, _, height = writer.inherited(slide, title).xfrm()
        elements.set_box(title, g.Box(x, y, writer.box(g.Box(0, 0, width, 0)).cx, height))
    # With the feedback code over it, the question stands on the content's foot: the
    # thanks, the points and the code need the room above it.
    foot = g.CONTENT_BOTTOM if card and link is not None else CLOSING_QUESTION.bottom
    text_bottom = foot
    if content.prompts:  # as tall as it needs, standing on the foot
        question = writer.text_box(slide, g.Box(CLOSING_QUESTION.x, CLOSING_QUESTION.y,
                                                 width, CLOSING_QUESTION.cy), "Question")
        writer.keep_company(question)
        fill(text_body(question),
             [Paragraph((Run(writer.words("ask"), bold=True),)),
              *(Paragraph((Run(p),)) for p in content.prompts)])
        question_style(writer, question)
        fit = writer.measured(slide, question)
        height = min(CLOSING_QUESTION.cy, int((fit.needed + 2 * 3.6 + 4) * g.PT))
        text_bottom = foot - height - g.HERO_GAP
        elements.set_box(question, writer.box(g.Box(CLOSING_QUESTION.x,
                                                    text_bottom + g.HERO_GAP, width, height)))
    if card and link is not None:  # the feedback code over the question, its words
        # beside it (the card keeps its width for the lines): as large as the points
        # above it leave room for, the design system's size first
        for side in FEEDBACK_QR_SIDES:
            above = text_bottom - side - g.HERO_GAP
            if not paragraphs or fit_under_title(writer, slide, title, body, above):
                break
        feedback_code(writer, slide, link, g.Box(g.HERO_X, above + g.HERO_GAP, width, side))
        text_bottom = above
    elif paragraphs and card:  # as large as the room under the title allows
        fit_under_title(writer, slide, title, body, text_bottom)
    # Beside the card, the thanks' rule level with the card's top: one line across.
    hero.stack_under_rule(writer, slide, [title, body if paragraphs else None], "accent2",
                          top=CLOSING_TOP, bottom=text_bottom,
                          fixed=HELP_TOP if card else None)
    if card:
        help_card(writer, slide, lines)
    elif link is not None:
        shown = short_link(link)
        width = min(writer.one_line_width(shown), CLOSING_QUESTION.cx)
        link_box = g.Box(QR_PLATE.right - width, QR_LINK_TOP, width, QR_LINK_HEIGHT)
        add_qr(slide, qr_png(link), writer.box(QR_PLATE),
                       writer.words("qr_alt", url=link), shown, writer.box(link_box),
                       on_dark=False)  # an organization's own closing layout


def fit_under_title(writer: SlideWriting, slide: Slide, title: Element | None,
                    body: Element, bottom: int) -> bool:
    """Set the closing points at the largest closing size that fits between the thanks
    (under its rule, from the closing's top) and `bottom`, sized before they are stacked so
    that the stack measures them as they will stand; return False when none fits (they keep
    their layout's size)."""
    taken = CLOSING_TOP + g.HERO_RULE[1] + 2 * g.HERO_GAP
    if title is not None:
        taken += hero.stacked_height(writer, slide, title)
    x, y, cx, _ = writer.inherited(slide, body).xfrm()
    # the box the stack will give the points, less the slack it adds under their words
    room = bottom - taken - int(g.STACK_SLACK_PT * g.PT)
    elements.set_box(body, g.Box(x, y, cx, max(room, g.PT)))
    return writer.fill_with_list(slide, body, None, lists.CLOSING_SIZES, anchor=None)


def help_lines(writer: SlideWriting, content: ClosingSlide) -> list[Resource]:
    """Return the closing slide's help lines: the event's first local line, then the
    slide's own (the numbers a parent should leave with)."""
    local = writer.deck.event.resources[:1]
    return [*local, *(line for line in content.help if line not in local)]


def feedback_code(writer: SlideWriting, slide: Slide, link: str, row: g.Box) -> None:
    """Draw the feedback link's QR code at the left of `row`, on its white plate, and the
    link's words beside it, in the slide's light text."""

    plate = g.Box(row.x + g.TEXT_INSET, row.y, row.cy, row.cy)
    words = g.Box(plate.right + g.HERO_GAP, row.y, row.right - plate.right - g.HERO_GAP,
                  row.cy)
    add_qr(slide, qr_png(link), writer.box(plate), writer.words("qr_alt", url=link),
                   f"{writer.words('feedback_label')} {short_link(link)}", writer.box(words),
                   on_dark=True, link_size=FEEDBACK_PT, beside=True)


def help_card(writer: SlideWriting, slide: Slide, lines: list[Resource]) -> None:
    """Draw the closing slide's help card: "Help, any time", then each line's name and, set
    large, its number (a detail's text up to its first comma; the rest smaller), across the
    card's width; when they are too many for that, the numbers step down the type scale (28
    to 24 pt). The card is as tall as its lines."""
    from workshop.slide_types import drawing

    if not lines:
        return
    card = HELP_CARD
    panel = drawing.add_panel(slide, writer.box(card), HELP_CARD_NAME)
    inner = g.Box(card.x + HELP_PAD, card.y + HELP_PAD, card.cx - 2 * HELP_PAD,
                  card.cy - 2 * HELP_PAD)
    box = g.Box(inner.x - g.TEXT_INSET, inner.y, inner.cx + 2 * g.TEXT_INSET,
                inner.cy)  # across the card
    shape = writer.text_box(slide, box, "Help")
    paragraphs = [Paragraph((Run(writer.words("help_any_time"), bold=True),))]
    kinds = [HELP_HEADING]
    for line in lines:
        # the number the detail starts with, large; what follows it ("988, call or text",
        # "988: llamen y marquen el 2"), at the name's size
        found = LEADING_NUMBER.match(line.detail)
        number = found.group() if found else ""
        rest = line.detail[len(number):]
        if number and not rest and len(number) <= SHORT_NUMBER:  # "Immediate danger: 911"
            paragraphs.append(Paragraph((Run(f"{line.name}: "), Run(number, bold=True))))
            kinds.append(HELP_NAME_AND_NUMBER)
            continue
        paragraphs.append(Paragraph((Run(line.name),)))
        paragraphs.append(Paragraph((Run(number, bold=True), *((Run(rest),) if rest else ()))))
        kinds += [HELP_NAME, HELP_NUMBER]
    fill(text_body(shape), paragraphs)
    # The numbers at the type scale's next step down when the lines need more room.
    for sizes in (HELP_SIZES, HELP_SIZES_CROWDED):
        style_help_lines(shape, sizes, kinds)
        fit = writer.measured(slide, shape)
        # with a line's room to spare: a card filled to its last point, LibreOffice may
        # find a hair too full and shrink (its autofit), wrapping otherwise
        if fit.needed + HELP_SLACK_PT <= fit.available:
            break
    # the card as tall as its lines, and the room kept below them
    height = min(inner.cy, int((fit.needed + 2 * 3.6 + 4 + HELP_SLACK_PT) * g.PT))
    elements.set_box(shape, writer.box(g.Box(box.x, box.y, box.cx, height)))
    elements.set_box(panel, writer.box(g.Box(card.x, card.y, card.cx, height + 2 * HELP_PAD)))
    # no line's last word alone ("Línea de ayuda de Harbor Family / Alliance"), where that
    # costs no line: the card keeps its height
    writer.keep_company(shape)


def question_style(writer: SlideWriting, question) -> None:
    """Set the closing question large, its label smaller above it, in the slide's text
    colour (the background colour on our dark closing slide)."""
    from workshop.slide_types import drawing

    drawing.frame(question, anchor="t")
    label, asked = QUESTION_SIZES
    colour = None if writer.organization_template else "bg1"
    drawing.restyle(question, lambda n, _: drawing.Style(label if n == 0 else asked,
                                                          colour=colour))


CLOSING_TOP = int(1.35 * g.INCH)  # the closing slide's, whose text has more to carry
CLOSING_TEXT = g.Box(g.HERO_X, int(3.2 * g.INCH), int(11.5 * g.INCH), int(1.25 * g.INCH))
CLOSING_QUESTION = g.Box(g.HERO_X, int(4.2 * g.INCH), int(11.5 * g.INCH), int(1.7 * g.INCH))
# The closing slide's QR code, bottom right; its link under it, as wide as it needs.
QR_PLATE = g.Box(g.SLIDE_WIDTH - g.HERO_X - int(1.7 * g.INCH), int(4.2 * g.INCH),
                 int(1.7 * g.INCH), int(1.7 * g.INCH))
QR_LINK_TOP, QR_LINK_HEIGHT = QR_PLATE.bottom + int(0.05 * g.INCH), int(0.45 * g.INCH)
# The closing slide's help card, right of the thanks and above the bottom row: its lines,
# then the QR code of the feedback link at its foot when there is one. Its right edge is the
# title slide's logo's; the feedback link is written under it, on the dark field.
HELP_TOP = CLOSING_TOP  # level with the thanks' highest start: the closing has no logo
# Its right edge on the content's, as every panel's (the logo's edge, further in, left it
# short of the grid).
HELP_CARD = g.Box(int(7.75 * g.INCH), HELP_TOP,
                  g.PANEL_X + g.PANEL_WIDTH - int(7.75 * g.INCH), g.CONTENT_BOTTOM - HELP_TOP)
HELP_PAD = int(0.25 * g.INCH)
# The feedback link's QR code over the closing question at the left, its words beside it (in
# the card it narrowed the help lines until names wrapped): the design system's 1.40 in, so
# that a phone reads it from the back of a room; smaller only when the points above it
# would not fit at the closing's smallest size.
FEEDBACK_QR_SIDES = (int(1.4 * g.INCH), int(1.2 * g.INCH), int(1.0 * g.INCH))
CLOSING_LEFT_WIDTH = HELP_CARD.x - g.GUTTER - g.HERO_X  # the thanks and question beside the card

# Higher than the title slide's words: the closing carries more lines.
LAYOUT = Layout("Closing", [
    Ph("title", 0, g.Box(g.HERO_TITLE.x, int(1.6 * g.INCH), g.HERO_TITLE.cx, int(1.4 * g.INCH)),
       "Title", "Thank you", 4400, "bg1", anchor="b", role="title"),
    Ph("body", 1, g.Box(g.HERO_TITLE.x, int(3.2 * g.INCH), g.HERO_TITLE.cx, int(3.3 * g.INCH)),
       "Message", "Closing message", 2400, "bg1", bullets=False, role="body"),
    *footer_row("bg1"),
], background="tx2", show_master_shapes=False)

HELP_HEADING, HELP_NAME, HELP_NUMBER, HELP_NAME_AND_NUMBER = range(4)  # a help card's lines


def style_help_lines(shape, sizes: tuple[int, int, int], kinds: list[int]) -> None:
    """Set a help card's text, each paragraph by its kind: the heading bold in the title
    colour at sizes[0]; a name at sizes[1] in the text colour; a number bold in the title
    colour at sizes[2] (what follows it at sizes[1]); or a name and a short number on one line
    (its first run the name's, its second the number's)."""
    from workshop.slide_types import drawing

    heading, name, number = sizes

    def style(n: int, k: int) -> drawing.Style:
        kind = kinds[n]
        as_number = (kind == HELP_NUMBER and k == 0) or (kind == HELP_NAME_AND_NUMBER and k == 1)
        return drawing.Style(heading if kind == HELP_HEADING else number if as_number else name,
                             colour="tx1" if not as_number and kind != HELP_HEADING else "tx2")

    drawing.restyle(shape, style, lambda n: 6 if kinds[n] in (HELP_NAME, HELP_NAME_AND_NUMBER)
                    else None)


def add_qr(slide: Slide, png: bytes, plate: g.Box, alt: str, link: str, link_box: g.Box,
           on_dark: bool, link_size: int = 18, beside: bool = False) -> None:
    """Draw a QR code (`png`, described by `alt`) on a white plate filling `plate`, with the
    `link` it opens written at `link_size` pt in `link_box`, light on a dark slide: flush
    right under the code, or, `beside` it, flush left and centred on its height."""
    from workshop.slide_types import drawing

    drawing.add_panel(slide, plate, "QR plate", corner=0.06)
    inset = plate.cx // 14
    drawing.picture(slide, png, g.Box(plate.x + inset, plate.y + inset, plate.cx - 2 * inset,
                                      plate.cy - 2 * inset), "QR code", alt)
    label = drawing.text_box(slide, link_box, "QR link")
    drawing.style_text(label, link, size=link_size, align="l" if beside else "r",
                       anchor="ctr" if beside else "t", colour="bg1" if on_dark else "tx1")
    # Beside the code its words wrap (as style_text has them), never under it; under it,
    # flush with the plate's right edge: the box's whole inset on its left.
    if not beside:
        drawing.frame(label, insets=(int(0.2 * g.INCH), 0))


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "Thank you", "layout": "closing", "message": "You are not alone",
          "bullets": ["Stay calm", "Ask for help"],
          "help": [{"name": "Crisis line", "detail": "988"}]}

# It shows the event's contacts and feedback link: made anew for each event.
HELP_CARD_NAME = "Help card"

TYPE = SlideType("closing", ClosingSlide, LAYOUT,
                 required=("title",), common_names=("Title Slide", "Title and Content"),
                 key_points=key_points, write=write, sample=SAMPLE,
                 backdrops=(HELP_CARD_NAME,),
                 colour_pairs=(("lt1", "dk2", LARGE_TEXT_MINIMUM, "the closing slide"),))
