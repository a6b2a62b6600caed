"""What the hero slides share (the title, the dividers, the agenda's people, the closing):
their words stacked under an accent rule, the illustrated people standing at their foot
(before the dividers' and agenda's disc), and the kit's contact line, on as few lines as fit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.metrics import text_width
from workshop.ooxml import elements
from workshop.ooxml.icons import disc_shape
from workshop.ooxml.people import person_group
from workshop.ooxml.shapes import shape_tree
from workshop.ooxml.text import body_text, break_lines, has_text, set_paragraph_size, text_body
from workshop.theme import geometry as g
from workshop.theme import people as people_theme
from workshop.theme.people import person_shapes

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.writing import SlideWriting

# The kit's contact line: at the type scale's 20 pt (sizes between steps of the scale read as
# slips), on as few lines as it fits, at most three.
CONTACT_PT, CONTACT_LINES = 20, 3
_END_INSET = int(0.05 * g.INCH)  # a text box's default top and bottom inset
# The dividers' and the agenda's light disc on the right, cut by the slide's bottom edge (its
# right edge clear of the page number), with two people standing before it, their heads
# against it.
DIVIDER_DISC = g.Box(int(7.85 * g.INCH), int(3.5 * g.INCH), int(4.2 * g.INCH),
                     int(4.2 * g.INCH))
DIVIDER_PEOPLE = 2
DIVIDER_PERSON = int(2.3 * g.INCH)
DIVIDER_PEOPLE_WIDTH = int(3.9 * g.INCH)


def stack_under_rule(writer: SlideWriting, slide: Slide, placeholders: list, rule: str,
                     top: int = g.HERO_TOP, bottom: int = g.HERO_BOTTOM,
                     fixed: int | None = None) -> None:
    """Set the `placeholders` that hold text one under another, each as tall as its text,
    under an accent rule in the scheme colour `rule`: the group centred between `top` (the
    rule's lowest start: clear of the logo) and `bottom`, so a hero slide is balanced
    whatever its lines; or, with `fixed`, its rule there (slides of one kind then line up as
    the room clicks through), raised only as far as its lines need to end by `bottom`. Only
    on our own template; another keeps its layout. Says so when the lines run past the
    slide's foot."""
    from workshop.slide_types import drawing

    if writer.organization_template:
        return
    shown = [p for p in placeholders if p is not None and has_text(text_body(p))]
    boxes = []
    for element in shown:
        x, _, cx, _ = writer.inherited(slide, element).xfrm()
        boxes.append((x, cx, stacked_height(writer, slide, element)))
    rule_width, rule_height = g.HERO_RULE
    group = rule_height + g.HERO_GAP + sum(h for *_, h in boxes) + g.HERO_GAP * (len(boxes) - 1)
    first, last = writer.box(g.Box(0, top, 0, 0)).y, writer.box(g.Box(0, bottom, 0, 0)).y
    y = first + max(0, (last - first - group) // 2)
    if fixed is not None:
        y = max(first, min(writer.box(g.Box(0, fixed, 0, 0)).y, last - group))
    rule_x = writer.box(g.Box(g.HERO_X + g.TEXT_INSET, 0, 0, 0)).x  # where the text starts
    drawing.add_rule(slide, g.Box(rule_x, y, rule_width, rule_height), rule)
    y += rule_height + g.HERO_GAP
    for element, (x, cx, height) in zip(shown, boxes, strict=True):
        elements.set_box(element, g.Box(x, y, cx, height))
        y += height + g.HERO_GAP
    if group > last - first:  # more lines than the slide has room for: say so, not clip
        writer.notice("O206", "its lines run past the foot of the slide; shorten the "
                      "subtitle or the event's details")


def stacked_height(writer: SlideWriting, slide: Slide, element: Element) -> int:
    """Return the height (EMU) stack_under_rule gives `element`: its words as measured, its
    insets, and g.STACK_SLACK_PT to spare."""
    inherited = writer.inherited(slide, element)
    fit = writer.measured(slide, element)
    return int((fit.needed + inherited.inset("tIns", _END_INSET)
                + inherited.inset("bIns", _END_INSET) + g.STACK_SLACK_PT) * g.PT)


def people(writer: SlideWriting, slide: Slide, where: str, count: int, left: int, width: int,
           size: int, group_width: int, bottom: int = g.SLIDE_HEIGHT) -> None:
    """Draw `count` people, each `size` square, side by side over `group_width`, centred on
    the span from `left` that is `width` wide, standing on `bottom` (the slide's bottom edge
    unless given); the deck's title and `where` seed who they are."""
    tree = shape_tree(slide.element)
    step = (group_width - size) // max(count - 1, 1)
    x = left + (width - group_width) // 2
    seed = f"{writer.deck.title}/{where}"
    for index in range(count):
        box = (x + index * step, bottom - size, size, size)
        elements.insert_shape(tree, person_group(
            elements.next_slide_shape_id(tree), person_shapes(seed, index, count), box,
            people_theme.recolouring(), f"Illustrated person {index + 1}"))


def disc_and_people(writer: SlideWriting, slide: Slide, where: str) -> None:
    """Draw a divider's light disc at the right, cut by the slide's foot, and two people
    standing before it, seeded by `where`."""
    tree, disc = shape_tree(slide.element), DIVIDER_DISC
    elements.insert_shape(tree, disc_shape(elements.next_slide_shape_id(tree),
                                           (disc.x, disc.y, disc.cx, disc.cy), "bg2", "Disc"))
    people(writer, slide, where, DIVIDER_PEOPLE, disc.x, disc.cx, DIVIDER_PERSON,
           DIVIDER_PEOPLE_WIDTH)


def set_contact_line(writer: SlideWriting, slide: Slide, holder) -> None:
    """Set the kit's contact line, a paragraph of `holder`, at 20 pt on one line, else on as
    few lines as it fits (at most three), broken at its separators into lines as even as they
    allow (a break replaces its separator: no line ends or starts on a "·"); past that, say so
    once, at the kit's `contact:` line."""
    element = getattr(holder, "element", holder)
    inherited = writer.inherited(slide, element)
    insets = sum(inherited.inset(side, g.TEXT_INSET) for side in ("lIns", "rIns"))
    room = inherited.xfrm()[2] / g.PT - insets - g.ONE_LINE_SLACK / g.PT
    text, font = writer.contact_line(), writer.body_font
    shown = [line.replace("\u2060", "").replace("\u00a0", " ")
             for line in body_text(text_body(element)).split("\n")]
    # the line itself: those under it (the guide's credit) keep their own size
    index = shown.index(text) if text in shown else len(shown) - 1
    parts = text.split(" · ")
    # as few lines as fit, as even as the separators allow: each with room to spare, so that
    # no renderer's rounding wraps one again
    fitting = next((lines for count in range(1, min(CONTACT_LINES, len(parts)) + 1)
                    for lines in sorted(_groupings(parts, count),
                                        key=lambda lines: max(map(len, lines)))
                    if all(text_width(line, font, CONTACT_PT) <= room for line in lines)), None)
    if fitting is None:
        writer.kit_notice("O204", f"the kit's contact line does not fit on {CONTACT_LINES} "
                          f"lines at {CONTACT_PT} pt; shorten it", "contact")
    elif len(fitting) > 1:  # a narrow column: the line breaks where it reads well
        break_lines(text_body(element), index, fitting)
    set_paragraph_size(text_body(element), index, CONTACT_PT)


def _groupings(parts: list[str], count: int) -> list[list[str]]:
    """Return every way to set `parts` (the items of a "·" list) on `count` lines, in order,
    each line its items joined by " · "."""
    if count == 1:
        return [[" · ".join(parts)]]
    return [[" · ".join(parts[:n]), *rest] for n in range(1, len(parts) - count + 2)
            for rest in _groupings(parts[n:], count - 1)]
