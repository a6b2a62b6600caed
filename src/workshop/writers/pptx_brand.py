"""Applying a brand kit to a presentation: theme colours and fonts, and the logo."""

from __future__ import annotations

import io

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation

from workshop import compat
from workshop.brand import PreparedBrand
from workshop.images import without_background
from workshop.ooxml import elements
from workshop.ooxml.shapes import own_box
from workshop.ooxml.theme import read_schemes, with_schemes
from workshop.system_fonts import is_sans_serif
from workshop.theme import geometry as g
from workshop.theme.palette import DEFAULT_LOOK, LOOKS, Look, deck_fonts, theme_colors

# The title slide shows the logo on its light field, with nothing behind it. The dividers
# and the closing slide are dark from edge to edge: a logo there would need a plate, a white
# box that reads as a sticker, so they carry none (the title and every content slide do).
TITLE_LAYOUT = "Title"


def apply_look(prs: Presentation, look: Look) -> None:
    """Write a built-in look's colours and fonts into the presentation's theme."""
    theme_part = prs.slide_masters[0].part.part_related_by(RT.THEME)
    compat.set_part_blob(theme_part, with_schemes(theme_part.blob, look.colors,
                                                  look.heading_font, look.body_font,
                                                  look.scheme_name))
    _title_weight(prs, look.heading_font)


def _title_weight(prs: Presentation, heading_font: str) -> None:
    """Set the titles bold when the heading face is a sans-serif (the design system: "bold
    if sans"): a serif's own contrast carries a title at its regular weight, a sans at that
    weight reads as body text. Only on our own template's master."""
    elements.set_title_weight(prs.slide_masters[0].element, is_sans_serif(heading_font))


def apply_brand(prs: Presentation, prepared: PreparedBrand, look: Look | None = None) -> None:
    """Write the kit's colours and fonts into the theme (over `look`'s, on our own template)
    and its logo onto the layouts."""
    brand = prepared.brand
    master = prs.slide_masters[0]
    theme_part = master.part.part_related_by(RT.THEME)
    _, *fonts = read_schemes(theme_part.blob)
    heading, body = deck_fonts(tuple(fonts), look, brand.fonts)
    compat.set_part_blob(theme_part, with_schemes(theme_part.blob,
                                                  theme_colors(look or LOOKS[DEFAULT_LOOK],
                                                               brand.colors),
                                                  heading, body, brand.name))
    if prepared.template is None:
        _title_weight(prs, heading)
    if prepared.logo is None or prepared.template is not None:
        return  # an organization's own template carries its logo itself
    description = f"{brand.name} logo"
    # A logo drawn on white would show the white as a box (a sticker, to a designer's eye):
    # the white is made transparent where it reaches the picture's edges, and the logo stands
    # on the slide's own colour. A logo on a coloured box keeps it, on a rounded plate of that
    # colour, so the box looks meant. A kit may keep the picture as drawn, on its plate
    # (`logo_plate: true`) or bare (`logo_plate: false`).
    logo = prepared.logo if brand.logo_plate is not None else without_background(prepared.logo)
    own = logo.background if brand.logo_plate is not False else None
    _, rid = master.part.get_or_add_image_part(io.BytesIO(logo.data))
    tree = master.element.cSld.spTree
    box = _fit(prepared, _inset(g.LOGO, _PAD if own else 0), align="right")
    elements.add_picture_to_tree(tree, rid, box, "Logo", description)
    if own:
        elements.add_plate_to_tree(tree, _padded(box, _PAD), own, "Logo Plate")
    for holder in (master, *master.slide_layouts):  # the titles stop short of the logo
        title = elements.find_placeholder(holder.element.cSld.spTree, 0)
        if title is not None and own_box(title) == (g.TITLE.x, g.TITLE.y, g.TITLE.cx,
                                                    g.TITLE.cy):
            elements.set_box(title, g.TITLE_BESIDE_LOGO)
    for layout in master.slide_layouts:
        if layout.name == TITLE_LAYOUT:
            tree = layout.element.cSld.spTree
            box = _fit(prepared, g.HERO_LOGO, align="right")
            _, layout_rid = layout.part.get_or_add_image_part(io.BytesIO(logo.data))
            if own:  # its own background shows as a box there too
                elements.add_plate_to_tree(tree, _padded(box, g.HERO_PLATE_PAD), own,
                                           "Logo Plate")
            elements.add_picture_to_tree(tree, layout_rid, box, "Logo", description)


_PAD = int(0.08 * g.INCH)  # between a content slide's logo and the edge of its plate


def _inset(box: g.Box, pad: int) -> g.Box:
    return g.Box(box.x + pad, box.y + pad, box.cx - 2 * pad, box.cy - 2 * pad)


def _padded(box: tuple[int, int, int, int], pad: int) -> tuple[int, int, int, int]:
    return box[0] - pad, box[1] - pad, box[2] + 2 * pad, box[3] + 2 * pad


def _fit(prepared: PreparedBrand, box: g.Box, align: str) -> tuple[int, int, int, int]:
    """Return the logo's place inside `box`: as large as fits, aspect ratio kept."""
    assert prepared.logo is not None
    scale = min(box.cx / prepared.logo.width, box.cy / prepared.logo.height)
    width, height = int(prepared.logo.width * scale), int(prepared.logo.height * scale)
    x = box.x + box.cx - width if align == "right" else box.x
    return x, box.y + (box.cy - height) // 2, width, height
