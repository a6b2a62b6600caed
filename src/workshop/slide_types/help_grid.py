"""The national help lines of the resources slide in halves (design system, section 4:
"national lines in halves; name 24 pt bold, detail 20 pt"): each line a block of its own,
its name in the titles' colour over its detail, two to a row, top-anchored under the local
panel (or the title), measured as the fit model measures. A line with an icon of its own
shows it at the block's left, level with the name, the words beside it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.model import Resource
from workshop.ooxml import elements
from workshop.ooxml.fit import WRAP_SLACK_PT
from workshop.ooxml.icons import icon_shape
from workshop.ooxml.shapes import shape_tree
from workshop.theme import geometry as g
from workshop.theme.icons import icon_svg
from workshop.typography import keep_together

if TYPE_CHECKING:
    from pptx.slide import Slide

COLUMNS = 2
SIZES = ((24, 20), (20, 20))  # a line's name and detail, largest first (the type scale's)
GAP_ACROSS = int(0.5 * g.INCH)  # between the halves
GAP_DOWN = int(0.3 * g.INCH)  # between rows
NAME_AFTER_PT = 2  # between a name and its detail
ICON = int(0.45 * g.INCH)  # the design system's list icon
ICON_ROOM = ICON + int(0.2 * g.INCH)  # the icon and its gap: where the words start


def _height(name: str, detail: str, sizes: tuple[int, int], font: str, width: int) -> int:
    """Return the height (EMU) of one line's block: its name over its detail, wrapped at
    `width` as the fit model wraps them."""
    room = width / g.PT - WRAP_SLACK_PT
    name_pt, detail_pt = sizes
    lines = (wrapped_lines([Span(name, name_pt, bold=True)], font, room) * name_pt
             + wrapped_lines([Span(detail, detail_pt)], font, room) * detail_pt)
    return int((lines * LINE_HEIGHT + NAME_AFTER_PT) * g.PT)


@dataclass(frozen=True)
class Halves:
    """The help lines laid out in halves: each (name, detail) as shown, their sizes, the box
    of each, and each line's icon (None for none)."""

    lines: list[tuple[str, str]]
    sizes: tuple[int, int]
    boxes: list[g.Box]
    icons: list[str | None]


def layout(resources: list[Resource], area: g.Box, font: str) -> Halves | None:
    """Return `resources` laid out in halves of `area`, their numbers kept whole: at the
    largest SIZES at which every row, as tall as its taller block, fits; None when none does
    (the caller then sets them as one list)."""
    lines = [(keep_together(r.name), keep_together(r.detail)) for r in resources]
    icons = [r.icon for r in resources]
    width = (area.cx - GAP_ACROSS * (COLUMNS - 1)) // COLUMNS
    for sizes in SIZES:
        heights = [_height(name, detail, sizes, font, width - (ICON_ROOM if icon else 0))
                   for (name, detail), icon in zip(lines, icons, strict=True)]
        rows = [max(heights[i:i + COLUMNS]) for i in range(0, len(heights), COLUMNS)]
        if sum(rows) + GAP_DOWN * (len(rows) - 1) > area.cy:
            continue
        boxes, top = [], area.y
        for row, height in enumerate(rows):
            for column in range(min(COLUMNS, len(lines) - row * COLUMNS)):
                boxes.append(g.Box(area.x + column * (width + GAP_ACROSS), top, width, height))
            top += height + GAP_DOWN
        return Halves(lines, sizes, boxes, icons)
    return None


def draw(slide: Slide, halves: Halves) -> None:
    """Draw each line of `halves` in its box: the name bold in the titles' colour, the detail
    under it in the text colour."""
    # python-pptx only to draw: the slide plan lays the halves out without it
    from workshop.slide_types import drawing

    name_pt, detail_pt = halves.sizes
    tree = shape_tree(slide.element)
    for n, ((name, detail), box, icon) in enumerate(
            zip(halves.lines, halves.boxes, halves.icons, strict=True), start=1):
        if icon is not None:  # its middle on the name's first line
            middle = box.y + int(name_pt * LINE_HEIGHT * g.PT) // 2
            elements.insert_shape(tree, icon_shape(
                elements.next_slide_shape_id(tree), icon_svg(icon),
                (box.x, middle - ICON // 2, ICON, ICON), "accent1", f"Help line {n} Icon: {icon}"))
            box = g.Box(box.x + ICON_ROOM, box.y, box.cx - ICON_ROOM, box.cy)
        shape = drawing.text_box(slide, box, f"Help line {n}")
        drawing.frame(shape, wrap=True, anchor="t", insets=(0, 0, 0, 0))
        drawing.add_text(shape, [drawing.Styled(name, drawing.Style(name_pt, True, "tx2"))],
                         space_after=NAME_AFTER_PT)
        drawing.add_text(shape, [drawing.Styled(detail, drawing.Style(detail_pt))],
                         new_paragraph=True)
