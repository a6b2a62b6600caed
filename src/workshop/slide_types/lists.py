"""Lists set on the type scale: at body size (28 pt), or a step down where that would not
fit, spaced and top-anchored in their box, beside an icon when the outline names one, or in
rows beside icons of their own. A list too long for any of that keeps the layout's size and
the fitting and splitting every slide gets. Raw XML only (a slide's shape tree, a body): the
slide plan sets lists here to measure them, as the writer does to write them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workshop.metrics import LINE_HEIGHT, text_width
from workshop.model import SlideBase
from workshop.ooxml import elements
from workshop.ooxml.fit import Fit, Inherited
from workshop.ooxml.icons import disc_shape, icon_shape
from workshop.ooxml.namespaces import Element
from workshop.ooxml.text import (
    clear_level_styles,
    level_style,
    number_paragraphs,
    scale_hanging,
    set_anchor,
    set_level_style,
    text_body,
)
from workshop.theme import geometry as g
from workshop.theme.icons import icon_svg

FILLED = 0.85  # the share of its box a list spaced roomily may take
BESIDE = 0.8  # the share of its narrowed box a list may need, at its own size, beside an icon
LIST_SIZES = g.BODY_SIZES  # points (sub-points 4 pt less)
LONG_LIST_SIZES = (*g.BODY_SIZES, g.CARD_SIZES[-1])  # a list of resources, which may run long
QUESTION_SIZES = g.BODY_SIZES  # a discussion slide's questions
CLOSING_SIZES = g.CARD_SIZES  # the closing slide's points and contact line
COLUMN_SIZES = g.CARD_SIZES  # a comparison's rows, side by side
STEPPED_DOWN = 0.25  # the share of a deck's lists at the smaller body size that sets them all so
WIDOW_STEPS = 2  # a list may step one size down the scale to keep a point from ending alone
ROOMY_SPACING, TIGHT_SPACING = 0.5, 0.25  # space before a point, as a share of its size
ICON_SHARE = 0.3  # of the text's box, given to the icon beside it
ICON_INSIDE = 0.52  # the drawing's share of its disc


def shown_icon(content: SlideBase, default: str | None = None) -> str | None:
    """Return the icon a slide shows: the one its outline names, else the layout's `default`;
    None for `icon: none`."""
    name = content.icon or default
    return None if name == "none" else name


@dataclass(frozen=True)
class Surface:
    """Where a list is set: a body placeholder on a slide's shape tree, with what it inherits
    from its layout and master and how its text lays out now (the writer measures a slide's
    shapes through its caches, the plan directly; both set a list through one of these, so
    the plan measures what the writer writes)."""

    tree: Element
    body: Element
    inherited: Callable[[], Inherited]
    measured: Callable[[], Fit]
    middles: Callable[[], list[float | None]]  # each paragraph's first line's middle
    widows: Callable[[], int]  # paragraphs that end on a line of one word
    body_font: str

    def box(self) -> g.Box:
        """Return the body's box as it stands now."""
        return g.Box(*self.inherited().xfrm())


def set_list(surface: Surface, rows: list[str | None] | None, icon: str | None,
             sizes: tuple[int, ...] = LIST_SIZES) -> bool:
    """Set the list filled into the surface's body in rows beside `rows` (an icon or None
    for each paragraph) at the largest of `sizes` that fits them (see fill_with_icon_list);
    without `rows`, or when they do not fit, as a list beside `icon` (see fill_with_list).
    Return True when it was set as rows."""
    if rows and fill_with_icon_list(surface.tree, surface.body, surface.box(),
                                    surface.measured, surface.middles, rows, sizes):
        return True
    fill_with_list(surface.tree, surface.body, surface.box(), surface.measured, icon, sizes,
                   widows=surface.widows)
    return False


def fill_with_list(tree: Element, body: Element, box: g.Box, measured: Callable[[], Fit],
                   icon: str | None, sizes: tuple[int, ...] = LIST_SIZES,
                   anchor: str | None = "t",
                   widows: Callable[[], int] | None = None) -> bool:
    """Set the list in `body` (a placeholder at `box`, in the shape tree `tree`) at the
    largest of `sizes` that leaves
    it within FILLED of its box (else the largest at which it fits at all), spaced and
    top-anchored (or `anchor`ed), with `icon` beside it when the list has room for it at its own
    size; return True when it was. A list that fits at none of `sizes` keeps its layout's
    size, and the writer's fitting and splitting. `measured` measures the body as it is
    now, `widows` counts its points that end on a line of one word."""
    if icon is not None:
        elements.set_box(body, g.Box(box.x, box.y, int(box.cx * (1 - ICON_SHARE)), box.cy))
        fit = measured()
        if fit.needed > BESIDE * fit.available:
            elements.set_box(body, box)  # no room beside it: the list alone
            icon = None
    styled = text_body(body)
    # The largest size within FILLED, spaced, that leaves no point ending on a lone word
    # (trying WIDOW_STEPS sizes for that); else the largest within FILLED; else
    # the largest that fits at all, spaced less.
    chosen: tuple[int, float] | None = None
    roomy: list[tuple[int, int]] = []  # (size, points ending on a lone word)
    for size in sizes:
        _set_list_size(styled, size, ROOMY_SPACING)
        fit = measured()
        if fit.needed <= FILLED * fit.available:
            roomy.append((size, widows() if widows is not None else 0))
            if roomy[-1][1] == 0 or len(roomy) == WIDOW_STEPS:
                break
            continue
        if chosen is None and not roomy:
            _set_list_size(styled, size, TIGHT_SPACING)
            fit = measured()
            if fit.needed <= fit.available:
                chosen = (size, TIGHT_SPACING)
    if roomy:
        best = next((size for size, lone in roomy if lone == 0), roomy[0][0])
        chosen = (best, ROOMY_SPACING)
    if chosen is None:
        clear_level_styles(styled)
        if icon is None:
            return False
    else:
        _set_list_size(styled, *chosen)
    if anchor is not None:
        set_anchor(styled, anchor)
    if icon is not None:
        add_icon(tree, icon, icon_box(box))
    return True


def fits_at_smallest(body: Element, measured: Callable[[], Fit]) -> bool:
    """Return whether the list in `body` fits its box at the smallest of LIST_SIZES, spaced
    tightly (`measured` measures the body as it is now), leaving it unstyled. When it does,
    fill_with_list sets it at a size at which it fits, beside its icon or not, and so does
    fill_with_icon_list or, failing that, fill_with_list for rows: what the slide plan needs
    to know of most lists, told with one measurement."""
    styled = text_body(body)
    _set_list_size(styled, LIST_SIZES[-1], TIGHT_SPACING)
    fits = not measured().overflows
    clear_level_styles(styled)
    return fits


def number_numbered(body: Element, numbers: list[str], font: str, layout_size: float) -> None:
    """Set the list in `body`, whose points start with their number, as a numbered list
    (see ooxml.text.number_paragraphs): the numbers hang as far left of the text as the
    widest of `numbers` (bold) and the em space after it, in `font`, at the list's size as
    set, or, for a list too long for the type scale (shrunk to fit later), at the size its
    layout gives it (`layout_size`)."""
    styled = text_body(body)
    style = level_style(styled, 0)
    size = style[0] if style is not None else layout_size
    number_paragraphs(styled, max(text_width(n, font, size, bold=True) for n in numbers)
                      + text_width("\u2003", font, size))


def one_body_size(bodies: list[Element]) -> int | None:
    """Set the lists of a deck's bullet slides (`bodies`, as fill_with_list left them) at one
    size when more than STEPPED_DOWN of those set on the body sizes needed the smaller one
    (design system, section 2): a deck then reads at one size rather than alternating
    between two. A list set smaller, top-anchored and spaced in the same proportion, still
    fits where it fit larger. Return the size the lists then share, or None when they keep
    two."""
    larger, smaller = g.BODY_SIZES[0], g.BODY_SIZES[-1]
    styled = [(text, style) for text in map(text_body, bodies)
              if (style := level_style(text, 0)) is not None and style[0] in g.BODY_SIZES]
    if not styled:
        return None
    stepped = sum(size == smaller for _, (size, _) in styled)
    if stepped <= STEPPED_DOWN * len(styled):
        return larger if stepped == 0 else None
    for text, (size, before) in styled:
        if size == larger:
            _set_list_size(text, smaller, before / size)
            scale_hanging(text, smaller / larger)  # a numbered list's numbers, as its text
    return smaller


def resize_icon_list(tree: Element, body: Element, box: g.Box, measured: Callable[[], Fit],
                     middles: Callable[[], list[float | None]], icons: list[str | None],
                     size: int) -> None:
    """Set the rows fill_with_icon_list made in `body` (at `box`, on the slide whose shape
    tree is `tree`, as the slide's XML holds it now) at `size`, spaced as it would space
    them, and draw their icons again beside the rows' new first lines."""
    styled = text_body(body)
    for spacing, limit in ((ROOMY_SPACING, FILLED), (TIGHT_SPACING, 1.0)):
        _set_icon_rows(styled, size, spacing)
        fit = measured()
        if fit.needed <= limit * fit.available:
            break
    elements.remove_shapes_at(tree, "Icon: ", box.x + _ROW_INSET)
    _draw_row_icons(tree, box, icons, middles(), size)


def fill_columns(bodies: list[Element], measured: Callable[[Element], Fit],
                 sizes: tuple[int, ...] = LIST_SIZES) -> int | None:
    """Set the lists of side-by-side `bodies` at one size, the largest of `sizes` at which
    each stays within FILLED of its box spaced, or within it spaced less; return that size,
    or None when none fits. `measured` measures a body as it is now."""
    styled = [text_body(body) for body in bodies]
    for size in sizes:
        for spacing, limit in ((ROOMY_SPACING, FILLED), (TIGHT_SPACING, 1.0)):
            for text in styled:
                _set_list_size(text, size, spacing)
            if all(fit.needed <= limit * fit.available for fit in map(measured, bodies)):
                return size
    for text in styled:
        clear_level_styles(text)
    return None


def raise_headings(headings: list[Element], own: int, size: int,
                   measured: Callable[[Element], Fit]) -> None:
    """Set column `headings` (at `own` pt by their layout) at the largest size of the type
    scale up to `size`, their points' size, at which each still fits its box: a heading is
    not smaller than the points under it when room allows."""
    styled = [text_body(heading) for heading in headings]
    for larger in (s for s in g.TYPE_SCALE if own < s <= size):
        for text in styled:
            set_level_style(text, 0, larger, 0, bullet=False)
        if all(fit.needed <= fit.available for fit in map(measured, headings)):
            return
    for text in styled:
        clear_level_styles(text)


def fill_with_icon_list(tree: Element, body: Element, box: g.Box, measured: Callable[[], Fit],
                        middles: Callable[[], list[float | None]],
                        icons: list[str | None],
                        sizes: tuple[int, ...] = LIST_SIZES) -> bool:
    """Set the list in `body` (a placeholder at `box`) as rows: each point with an icon of
    its own (`icons`, one per paragraph, None for none) in a column at its left instead of a
    bullet, at the largest of `sizes` that leaves the list, spaced, within FILLED of its
    box (else that fits at all, spaced less), top-anchored. Return False, changing nothing, when
    no size fits: a list that must shrink or split keeps its bullets. `middles` gives where
    each paragraph's first line sits, as laid out now."""
    styled = text_body(body)
    chosen = None
    # Rows spaced apart at a smaller size before rows pressed together at a larger one: an
    # icon needs air above and below it to read as its row's.
    for spacing, limit in ((ROOMY_SPACING, FILLED), (TIGHT_SPACING, 1.0)):
        for size in sizes:
            _set_icon_rows(styled, size, spacing)
            fit = measured()
            if fit.needed <= limit * fit.available:
                chosen = (size, spacing)
                break
        if chosen is not None:
            break
    if chosen is None:
        clear_level_styles(styled)
        return False
    _set_icon_rows(styled, *chosen)
    set_anchor(styled, "t")
    _draw_row_icons(tree, box, icons, middles(), chosen[0])
    return True


def _draw_row_icons(tree: Element, box: g.Box, icons: list[str | None],
                    middles: list[float | None], size: int) -> None:
    """Draw each row's icon in the icon column of the list at `box`, a line of `size` tall,
    level with the middle of its row's first line."""
    side = int(size * LINE_HEIGHT * g.PT)
    for name, middle in zip(icons, middles, strict=True):
        if name is None or middle is None:
            continue
        y = box.y + int(middle * g.PT) - side // 2
        elements.insert_shape(tree, icon_shape(elements.next_slide_shape_id(tree),
                                               icon_svg(name),
                                               (box.x + _ROW_INSET, y, side, side), "accent1",
                                               f"Icon: {name}"))


_ROW_INSET = int(0.1 * g.INCH)  # the icon column starts where the text would: the box's inset


def _set_icon_rows(body: Element, size: int, spacing: float) -> None:
    """Set points at `size` in rows after an icon column (no bullets), sub-points under them."""
    column = size * LINE_HEIGHT * 1.6
    set_level_style(body, 0, size, size * spacing, margin_pt=column, bullet=False)
    set_level_style(body, 1, size - 4, size * spacing * 0.4, margin_pt=column + 24,
                    indent_pt=-18)


def _set_list_size(body: Element, size: int, spacing: float) -> None:
    """Set a list's points at `size` (sub-points 4 pt less), `spacing` times the size apart."""
    set_level_style(body, 0, size, size * spacing)
    set_level_style(body, 1, size - 4, size * spacing * 0.4)


def icon_box(box: g.Box) -> g.Box:
    """Return the square the icon's disc fills: centred across the share of `box`
    (ICON_SHARE, at its right) that the text leaves it, its top on the content's top line
    like the text's first line."""
    share = int(box.cx * ICON_SHARE)
    side = min(share - g.GUTTER // 2, box.cy, int(2.4 * g.INCH))
    x = box.x + box.cx - share + (share - side) // 2
    return g.Box(x, box.y, side, side)


def add_icon(tree: Element, name: str, box: g.Box) -> None:
    """Draw the icon `name`, in the accent colour, on a disc of the soft panel colour (the
    prompt band's) that fills `box`, in the shape tree `tree`."""
    elements.insert_shape(tree, disc_shape(elements.next_slide_shape_id(tree),
                                           (box.x, box.y, box.cx, box.cy), "bg2",
                                           "Icon plate"))
    inner = int(box.cx * ICON_INSIDE)
    offset = (box.cx - inner) // 2
    elements.insert_shape(tree, icon_shape(elements.next_slide_shape_id(tree), icon_svg(name),
                                           (box.x + offset, box.y + offset, inner, inner),
                                           "accent1", f"Icon: {name}"))

