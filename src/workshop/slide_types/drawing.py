"""Shapes the slide types draw with python-pptx: process steps, dialogue bubbles, a hero
slide's rule and numeral, panels, the QR code, speech bubbles and a help card's lines.

python-pptx is imported here, at the top: the slide types' modules import this one only
when they draw (their rules, layouts and documents are read without python-pptx).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from io import BytesIO

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from workshop import compat
from workshop.contrast import contrast_ratio
from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.model import Line, Step
from workshop.ooxml import elements
from workshop.ooxml.fit import WRAP_SLACK_PT
from workshop.ooxml.namespaces import A_ as _A
from workshop.ooxml.namespaces import P_ as _P
from workshop.session import Cache
from workshop.slide_types.cards import flat  # one flat fill for every shape
from workshop.theme import geometry as g
from workshop.typography import keep_together


def draw_steps(slide: Slide, steps: list[Step], area: g.Box, body_font: str) -> None:
    """Draw numbered arrows left to right across the top of `area`, each over a flat card
    with its step's title (bold) and detail: the arrows show the number alone, so no label
    can wrap where its neighbours do not, in any font or language (design system, section
    4); each card under its arrow, as wide, the cards as tall as the longest title and detail
    need at the largest size that fits, all of one height."""
    gap = int(0.15 * g.INCH)
    width = (area.cx - gap * (len(steps) - 1)) // len(steps)
    card_gap = int(0.15 * g.INCH)  # the design system's 0.15 under the arrows
    room = area.cy - _HEAD_HEIGHT - card_gap
    text_width = (width - 2 * _CARD_SIDE) / g.PT - WRAP_SLACK_PT
    for size in _CARD_SIZES:
        lines = max(wrapped_lines([Span(step.title, size, bold=True)], body_font, text_width)
                    + wrapped_lines([Span(step.detail, size)], body_font, text_width)
                    for step in steps)
        card = int(lines * size * LINE_HEIGHT * g.PT) + 2 * _CARD_END
        if card <= room:
            break
    card = min(room, max(card, int(1.1 * g.INCH)))
    top = area.y  # on the content line, as every slide's content starts
    for n, step in enumerate(steps):
        x = area.x + n * (width + gap)
        kind = MSO_SHAPE.PENTAGON if n == 0 else MSO_SHAPE.CHEVRON
        head_box = g.Box(x, top, width, _HEAD_HEIGHT)
        _stamped(slide, ("step", kind), head_box, f"Step {n + 1}", [str(n + 1)],
                 lambda box, texts, kind=kind: _step_head(slide, kind, box, texts, _NUMBER_PT))
        card_box = g.Box(x, top + _HEAD_HEIGHT + card_gap, width, card)  # its arrow's width
        _stamped(slide, ("step card", size), card_box, f"Step {n + 1} Detail",
                 [step.title, step.detail],
                 lambda box, texts, size=size: _step_card(slide, box, texts, size))


_HEAD_HEIGHT = int(0.7 * g.INCH)  # a step's arrow
_NUMBER_PT = 28  # the step's number on its arrow
_CARD_SIZES = g.CARD_SIZES  # a step's title and detail, largest first
_CARD_SIDE, _CARD_END = int(0.15 * g.INCH), int(0.15 * g.INCH)  # the card's text insets


def _step_head(slide: Slide, kind: MSO_SHAPE, box: g.Box, texts: list[str], size: int):
    head = slide.shapes.add_shape(kind, box.x, box.y, box.cx, box.cy)
    # A shallow point: the text is laid out between notch and point, so a deep one (the
    # preset's half the height) leaves a narrow step, on a 4:3 template too narrow for its words.
    head.adjustments[0] = _STEP_POINT
    flat(head, MSO_THEME_COLOR.ACCENT_1)
    _text(head, texts[0], size=size, bold=True, color=MSO_THEME_COLOR.BACKGROUND_1,
          align=PP_ALIGN.CENTER)
    return head


_STEP_POINT = 0.2  # the depth of a step's point, as a share of its height


def _step_card(slide: Slide, box: g.Box, texts: list[str], size: int):
    """Return a flat card at `box` with a step's title (bold) over its detail."""
    card = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.x, box.y, box.cx, box.cy)
    flat(card, MSO_THEME_COLOR.BACKGROUND_2)
    title, detail = texts
    _text(card, title, size=size, bold=True, color=MSO_THEME_COLOR.TEXT_2,
          anchor=MSO_ANCHOR.TOP)
    run = card.text_frame.add_paragraph().add_run()
    run.text = detail
    run.font.size = Pt(size)
    run.font.color.theme_color = MSO_THEME_COLOR.TEXT_1
    frame = card.text_frame
    frame.margin_left = frame.margin_right = _CARD_SIDE
    frame.margin_top = frame.margin_bottom = _CARD_END
    return card


def draw_dialogue(slide: Slide, lines: list[Line], area: g.Box, body_font: str,
                  avatar: Callable[[int, g.Box], None] | None = None) -> None:
    """Draw the lines as speech bubbles from the top of `area`, the first speaker's at the
    left and the second's at the right, each bubble seven of the area's twelve columns wide
    and as tall as its own words, with a short tail towards its speaker; with `avatar`, each
    speaker's picture (drawn by `avatar(speaker, box)`) stands in the outer column beside
    their first bubble. The words take the largest size at which every bubble fits."""
    column = (area.cx - 11 * _DIALOGUE_GUTTER) // 12
    step = column + _DIALOGUE_GUTTER
    width = 7 * step - _DIALOGUE_GUTTER
    speakers = list(dict.fromkeys(line.speaker for line in lines))

    def heights(size: int) -> list[int]:
        """Return each bubble's height at `size`: its lines and insets, and what the rounded
        corners take off its text's room (a share of the height; reckoned for three lines, so
        a line is never measured wider than the bubble lets it run)."""
        line_height = size * LINE_HEIGHT * g.PT
        corners = _CORNER_LOSS * (3 * line_height + 2 * _BUBBLE_END) / (1 - _CORNER_LOSS)
        text_width = (width - 2 * _BUBBLE_SIDE - corners) / g.PT - WRAP_SLACK_PT
        return [int((wrapped_lines([Span(f"{line.speaker}: ", size, bold=True),
                                    Span(line.text, size)], body_font, text_width)
                     * line_height + 2 * _BUBBLE_END) / (1 - _CORNER_LOSS))
                for line in lines]

    for size in _BUBBLE_SIZES:
        tall = heights(size)
        if sum(tall) + _BUBBLE_GAP * (len(lines) - 1) <= area.cy:
            break
    top, placed = area.y, set()
    for n, (line, height) in enumerate(zip(lines, tall, strict=True)):
        right = speakers.index(line.speaker) % 2 == 1
        x = area.x + (4 * step if right else step)
        box = g.Box(x, top, width, height)
        _stamped(slide, ("line", right, width, height, size), box, f"Line {n + 1}",
                 [f"{line.speaker}: ", line.text],
                 lambda box, texts, right=right, size=size: _bubble(slide, right, box, texts,
                                                                    size))
        if avatar is not None and line.speaker not in placed:
            placed.add(line.speaker)
            side = min(column, _AVATAR_MOST)
            # level with the bubble's top, the side its tail points to
            avatar(speakers.index(line.speaker),
                   g.Box(area.x + area.cx - side if right else area.x, top, side, side))
        top += height + _BUBBLE_GAP


_BUBBLE_SIZES = (24, 20)  # a line's words, largest first: the size the bubbles allow
_BUBBLE_GAP = int(0.2 * g.INCH)  # between one bubble and the next
_DIALOGUE_GUTTER = int(0.24 * g.INCH)  # the design system's gutter between its 12 columns
_AVATAR_MOST = int(0.9 * g.INCH)  # a speaker's picture: no wider than its column
_BUBBLE_SIDE, _BUBBLE_END = int(0.2 * g.INCH), int(0.08 * g.INCH)  # a bubble's text insets
_TAIL = int(0.2 * g.INCH)  # how far a tail reaches out of its bubble's side, into the gutter
_CORNER = 0.16667  # the bubble's corner rounding, as a share of its height (the preset's own)
_CORNER_LOSS = 2 * 0.29289 * _CORNER  # the share of its height the text keeps clear of


def _bubble(slide: Slide, right: bool, box: g.Box, texts: list[str], size: int):
    bubble = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT, box.x, box.y,
                                    box.cx, box.cy)
    # The tip beside the bubble, a little below its middle: PowerPoint's callout then draws
    # the tail from the near side (a third of the height wide), short and clear, and a user
    # can still drag it. A tip below the bubble would draw it along the whole bottom edge.
    reach = 0.5 + _TAIL / box.cx
    bubble.adjustments[0] = reach if right else -reach
    bubble.adjustments[1] = 0.12
    bubble.adjustments[2] = _CORNER
    fill = MSO_THEME_COLOR.TEXT_2 if right else MSO_THEME_COLOR.BACKGROUND_2
    color = MSO_THEME_COLOR.BACKGROUND_1 if right else MSO_THEME_COLOR.TEXT_1
    flat(bubble, fill)
    frame = bubble.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.margin_left = frame.margin_right = _BUBBLE_SIDE
    frame.margin_top = frame.margin_bottom = _BUBBLE_END
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    for text, bold in zip(texts, (True, False), strict=True):
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.theme_color = color
    return bubble


# The first shape drawn of each kind, by kind: later ones are copies with their own id, name,
# place and text, which gives the XML python-pptx would write, without its many steps.
_STAMPS = Cache("drawn shapes by kind", 64)


def _stamped(slide: Slide, kind: tuple, box: g.Box, name: str, texts: list[str],
             draw: Callable[[g.Box, list[str]], object]) -> None:
    """Add a shape of `kind` named `name` at `box` showing `texts` (one per run), drawing it
    with `draw` the first time and copying that drawing afterwards."""
    texts = [keep_together(text) for text in texts]  # drawn or copied, one text
    stamp = _STAMPS.get(kind)
    if stamp is None:
        shape = draw(box, texts)
        shape.name = name
        _STAMPS.keep(kind, copy.deepcopy(shape.element))
        return
    tree = compat.shape_tree(slide.shapes)
    added = copy.deepcopy(stamp)
    properties = added.find(f"{_P}nvSpPr/{_P}cNvPr")
    properties.set("id", str(elements.next_slide_shape_id(tree)))
    properties.set("name", name)
    elements.set_box(added, box)
    for node, text in zip(added.iter(f"{_A}t"), texts, strict=True):
        node.text = elements.escape_text(text)
    elements.insert_shape(tree, added)


def add_rule(slide: Slide, box: g.Box, color: str) -> None:
    """Draw a flat bar in the scheme colour `color` filling `box`: a hero slide's accent rule."""
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.x, box.y, box.cx, box.cy)
    bar.name = "Accent rule"
    flat(bar, _SCHEME[color])


_SCHEME = {"accent2": MSO_THEME_COLOR.ACCENT_2, "bg1": MSO_THEME_COLOR.BACKGROUND_1}


def highlight_on_dark(colors: dict[str, str]) -> MSO_THEME_COLOR:
    """Return the colour that stands out on a dark slide (the title colour as background):
    the second accent where it keeps 3:1 against it, else the light background colour
    (design system, section 3: a kit's orange on teal falls to 1.9:1)."""
    ratio = contrast_ratio("#" + colors["accent2"], "#" + colors["dk2"])
    return MSO_THEME_COLOR.ACCENT_2 if ratio >= 3 else MSO_THEME_COLOR.BACKGROUND_1


def add_numeral(slide: Slide, box: g.Box, text: str, color: MSO_THEME_COLOR) -> object:
    """Return a text box at `box` with `text` set large and bold in `color`: a divider's
    part number over its title, as the agenda counts the parts."""
    numeral = slide.shapes.add_textbox(box.x, box.y, box.cx, box.cy)
    numeral.name = "Part number"
    _text(numeral, text, size=g.NUMERAL_PT, bold=True, color=color, anchor=MSO_ANCHOR.TOP)
    frame = numeral.text_frame
    frame.margin_left = frame.margin_right = g.TEXT_INSET
    frame.margin_top = frame.margin_bottom = 0
    numeral.text_frame.paragraphs[0].runs[0].font.name = "+mj-lt"  # the title's font
    return numeral


def add_qr(slide: Slide, png: bytes, plate: g.Box, alt: str, link: str, link_box: g.Box,
           on_dark: bool, link_size: int = 18, beside: bool = False) -> None:
    """Draw a QR code (`png`, described by `alt`) on a white plate filling `plate`, with the
    `link` it opens written at `link_size` pt in `link_box`, light on a dark slide: flush
    right under the code, or, `beside` it, flush left and centred on its height."""
    backing = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, plate.x, plate.y, plate.cx,
                                     plate.cy)
    backing.name = "QR plate"
    backing.adjustments[0] = 0.06
    flat(backing, MSO_THEME_COLOR.BACKGROUND_1)
    inset = plate.cx // 14
    picture = slide.shapes.add_picture(BytesIO(png), plate.x + inset, plate.y + inset,
                                       plate.cx - 2 * inset, plate.cy - 2 * inset)
    picture.name = "QR code"
    elements.set_alt_text(picture.element, alt)
    label = slide.shapes.add_textbox(link_box.x, link_box.y, link_box.cx, link_box.cy)
    label.name = "QR link"
    _text(label, link, size=link_size, align=PP_ALIGN.LEFT if beside else PP_ALIGN.RIGHT,
          anchor=MSO_ANCHOR.MIDDLE if beside else MSO_ANCHOR.TOP,
          color=MSO_THEME_COLOR.BACKGROUND_1 if on_dark else MSO_THEME_COLOR.TEXT_1)
    if beside:  # words wrap beside the code, never under it
        label.text_frame.word_wrap = True
    else:  # flush with the plate's right edge: the box's whole inset on its left
        label.text_frame.margin_left, label.text_frame.margin_right = int(0.2 * g.INCH), 0


def add_speech_bubble(slide: Slide, box: g.Box, right: bool, name: str) -> None:
    """Draw an illustration's speech bubble at `box`, its tail reaching down toward the person
    under it (from its right half for the person on the left, its left half for the one on
    the right), three dots in it: the parent's in the background colour, the teen's in the
    title colour, as the dialogue slide has them."""
    bubble = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT, box.x, box.y,
                                    box.cx, box.cy)
    bubble.name = name
    bubble.adjustments[0] = -0.22 if right else 0.22  # the tip's x, from the middle
    bubble.adjustments[1] = 0.5 + _TAIL / box.cy  # and below the bubble
    bubble.adjustments[2] = _CORNER
    flat(bubble, MSO_THEME_COLOR.TEXT_2 if right else MSO_THEME_COLOR.BACKGROUND_1)
    _text(bubble, "\u2022 \u2022 \u2022", size=28, bold=True, align=PP_ALIGN.CENTER,
          color=MSO_THEME_COLOR.BACKGROUND_1 if right else MSO_THEME_COLOR.TEXT_2)
    elements.set_alt_text(bubble.element, "")


def add_panel(slide: Slide, box: g.Box, name: str):
    """Draw a flat card in the background colour, its corners slightly rounded, at `box`;
    return its shape."""
    card = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, box.x, box.y, box.cx, box.cy)
    card.name = name
    card.adjustments[0] = 0.04
    flat(card, MSO_THEME_COLOR.BACKGROUND_1)
    return card


HELP_HEADING, HELP_NAME, HELP_NUMBER, HELP_NAME_AND_NUMBER = range(4)  # a help card's lines


def style_help_lines(shape, sizes: tuple[int, int, int], kinds: list[int]) -> None:
    """Set a help card's text, each paragraph by its kind: the heading bold in the title
    colour at sizes[0]; a name at sizes[1] in the text colour; a number bold in the title
    colour at sizes[2] (what follows it at sizes[1]); or a name and a short number on one line
    (its first run the name's, its second the number's)."""
    heading, name, number = sizes
    for paragraph, kind in zip(shape.text_frame.paragraphs, kinds, strict=True):
        if kind in (HELP_NAME, HELP_NAME_AND_NUMBER):
            paragraph.space_before = Pt(6)
        for k, run in enumerate(paragraph.runs):
            as_number = (kind == HELP_NUMBER and k == 0) or (kind == HELP_NAME_AND_NUMBER
                                                           and k == 1)
            run.font.size = Pt(heading if kind == HELP_HEADING
                               else number if as_number else name)
            run.font.color.theme_color = (MSO_THEME_COLOR.TEXT_1 if not as_number
                                          and kind != HELP_HEADING else MSO_THEME_COLOR.TEXT_2)


def _text(shape, text: str, *, size: int, color: MSO_THEME_COLOR, bold: bool = False,
          align: PP_ALIGN = PP_ALIGN.LEFT, anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE) -> None:
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = int(0.15 * g.INCH)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.theme_color = color


def place(shape, box: g.Box) -> None:
    """Give `shape` its own position and size (read before any is set: they are inherited)."""
    shape.left, shape.top, shape.width, shape.height = box.x, box.y, box.cx, box.cy
