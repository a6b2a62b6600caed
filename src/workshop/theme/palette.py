"""The default colour and font schemes, written into the template's theme part."""

from __future__ import annotations

from dataclasses import dataclass

from workshop.contrast import mix
from workshop.model import BrandColors, BrandFonts

# Calm, high-contrast scheme: deep blue-green headings, teal and warm sand accents.
COLORS: dict[str, str] = {
    "dk1": "1E2A32",  # body text
    "lt1": "FFFFFF",  # background
    "dk2": "1F4E5F",  # titles, dark slide backgrounds
    # soft panels (cards, prompt band): 1.2:1 on white, deep enough to hold on a projector
    # that washes pale tints out (1.12:1 vanished)
    "lt2": "E3ECF0",
    "accent1": "2A7F8E",
    "accent2": "E0A458",
    "accent3": "5B7FA6",
    "accent4": "7FA88A",
    "accent5": "B5654A",
    "accent6": "6B5B95",
    "hlink": "1F6F8B",
    "folHlink": "6A4C93",
}

# The colours an illustration drawn for the decks uses (decks/images/): a picture in them
# (and their blends) is repainted in each deck's look and kit (see images.in_scheme). They
# are the calm look's, but for its panel tint, deepened since the pictures were drawn: the
# pictures keep the tint they were drawn in, and each deck repaints it in its own.
ILLUSTRATION_COLORS = {**{slot: value for slot, value in COLORS.items()
                          if slot not in ("hlink", "folHlink")}, "lt2": "EEF3F5"}

HEADING_FONT = "Cambria"  # LibreOffice substitutes the metric-compatible Caladea
BODY_FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
SCHEME_NAME = "Workshop Calm"


@dataclass(frozen=True)
class Look:
    """A built-in look: a colour scheme (the theme's twelve slots) and heading and body
    fonts, written into the default template's theme. Each keeps every text pair the deck
    uses at 4.5:1 or more (checked by `workshop check` and the tests)."""

    name: str
    colors: dict[str, str]
    heading_font: str
    body_font: str
    scheme_name: str
    # The data grey (people and bars not highlighted): the text colour lightened this far.
    # The design system's L* about 82 by default; darker where a weak projector must keep it.
    data_grey_tint: float = 0.75


LOOKS: dict[str, Look] = {
    # Calm: deep blue-green and teal with warm sand, serif headings.
    "calm": Look("calm", COLORS, HEADING_FONT, BODY_FONT, SCHEME_NAME),
    # Warm: deep brown with terracotta and gold; for family and community groups. The
    # design system's colour roles: on white (a cream background turns yellow on a
    # projector), its dark field the deep brown 4A2C23, not a rust red that reads as alarm
    # (a saturated rust brown, then a plum, each read as heavy to a designer).
    "warm": Look("warm", {
        "dk1": "2B2118",  # body text
        "lt1": "FFFFFF",  # background
        "dk2": "4A2C23",  # titles, dark slide backgrounds
        "lt2": "F0DCCD",  # soft panels: the design system's band, a card on white
        "accent1": "A65A2A",  # terracotta: icons, rules, numbers
        "accent2": "E3A857",  # gold: the highlight on dark slides
        "accent3": "7A8B4F",
        "accent4": "C98B6B",
        "accent5": "5E7A8A",
        "accent6": "8A5A7A",
        "hlink": "A65A2A",
        "folHlink": "4A2C23",
    }, "Cambria", "Calibri", "Workshop Warm"),
    # High contrast: black on white, a deep navy and a strong blue, one sans-serif face; for
    # large rooms, weak projectors and readers with low vision.
    "contrast": Look("contrast", {
        "dk1": "000000",
        "lt1": "FFFFFF",
        "dk2": "0B1F3A",
        "lt2": "D6DEE7",  # 1.36:1 on white: panels that survive a washed-out projector
        "accent1": "0050A0",
        "accent2": "FFB000",
        "accent3": "00703C",
        "accent4": "B00020",
        "accent5": "5A2D82",
        "accent6": "444444",
        "hlink": "0050A0",
        "folHlink": "5A2D82",
    }, "Arial", "Arial", "Workshop High Contrast", data_grey_tint=0.5),  # 3.9:1 on white
}
DEFAULT_LOOK = "calm"

# What each colour does, by the theme slot it lives in: the deck's layouts and the printed
# documents read colours through these roles, so a look or a kit colours both alike.
ROLE_SLOTS = {"primary": "dk2", "accent": "accent1", "text": "dk1", "background": "lt1",
              "highlight": "accent2"}


def theme_colors(look: Look, kit: BrandColors | None = None) -> dict[str, str]:
    """Return the theme's twelve colour slots (RRGGBB) for `look`, with a kit's four colours
    over it: its primary for titles, dark fields and the accent slot, its accent as the
    highlight, a panel tint of its primary on its background."""
    if kit is None:
        return dict(look.colors)
    hexes = {name: value.lstrip("#").upper() for name, value in kit.model_dump().items()}
    return {
        **look.colors,
        "dk1": hexes["text"],
        "lt1": hexes["background"],
        "dk2": hexes["primary"],
        "lt2": mix(hexes["background"], hexes["primary"], 0.12).lstrip("#"),  # about 1.2:1
        "accent1": hexes["primary"],
        "accent2": hexes["accent"],
        "hlink": hexes["primary"],
    }


def role_color(colors: dict[str, str], role: str) -> str:
    """Return the colour (RRGGBB) of `role` ("primary", "accent"...) in a theme's slots."""
    return colors[ROLE_SLOTS[role]]


def deck_fonts(template: tuple[str, str], look: Look | None, kit: BrandFonts | None
               ) -> tuple[str, str]:
    """Return the heading and body fonts a deck's theme names: the `template`'s own, a
    `look`'s over them (on our own template), a `kit`'s over both. The writer brands the
    template so and the plan measures with them."""
    heading, body = template
    if look is not None:
        heading, body = look.heading_font, look.body_font
    if kit is not None:
        heading, body = kit.heading, kit.body
    return heading, body
