"""What the guide and the handout share: styling from a brand, the logo, the resources."""

from __future__ import annotations

import re

from workshop.blocks import Bullets, Picture, Style
from workshop.i18n import word
from workshop.model import Resource
from workshop.notes_text import Paragraph, Run
from workshop.prepare import PreparedDeck
from workshop.slide_types.registry import slide_type
from workshop.theme.palette import LOOKS, role_color, theme_colors


def style_for(prepared: PreparedDeck, body_pt: int) -> Style:
    """Return the printing style: the deck's colours by role (a kit's over its look's, as the
    deck's theme has them) and its fonts."""
    look = LOOKS[prepared.look]
    kit = prepared.brand.brand if prepared.brand is not None else None
    colors = theme_colors(look, kit.colors if kit is not None else None)
    fonts = kit.fonts if kit is not None else None
    return Style(role_color(colors, "primary"), role_color(colors, "accent"),
                 role_color(colors, "text"), fonts.heading if fonts else look.heading_font,
                 fonts.body if fonts else look.body_font, body_pt)


def logo_block(prepared: PreparedDeck) -> list[Picture]:
    """Return the brand's logo as a picture block, or nothing."""
    if prepared.brand is None or prepared.brand.logo is None:
        return []
    logo = prepared.brand.logo
    alt = word(prepared.deck.language, "logo_alt", name=prepared.brand.brand.name)
    width = min(2.0, 0.9 * logo.width / logo.height)
    return [Picture(logo.data, logo.extension, alt, round(width, 2))]


def national_resources(prepared: PreparedDeck) -> list[Resource]:
    """Return the places to get help the deck's slides give (see SlideType.help_lines) that
    are not the event's own, each once, in order."""
    items: list[Resource] = []
    for slide in prepared.deck.slides:
        help_lines = slide_type(slide).help_lines
        if help_lines is not None:
            items.extend(i for i in help_lines(slide)
                         if i not in items and i not in prepared.deck.event.resources)
    return items


def printed_resources(prepared: PreparedDeck, fuller: list[Resource],
                      shown_above: frozenset[str] = frozenset(),
                      numbers_above: frozenset[str] = frozenset()
                      ) -> tuple[list[Resource], list[Resource]]:
    """Return the places a printed document lists: the event's own, and the others: those only
    `fuller` (the handout text's) names first (paper's own additions, such as 911 for
    immediate danger), then the deck's. A place both name is printed as `fuller` words it
    (paper has room); each place, and so each number, once: none whose name (casefolded) is
    in `shown_above`, the names the page already shows large, and none that gives one of
    `numbers_above`, the numbers shown large (the same line under another name)."""
    local = list(prepared.deck.event.resources)
    by_name = {r.name.casefold(): r for r in fuller}
    deck = [by_name.get(r.name.casefold(), r) for r in national_resources(prepared)]
    named = {r.name.casefold() for r in (*local, *deck)}
    others = [*(r for r in fuller if r.name.casefold() not in named), *deck]
    return local, [r for r in others if r.name.casefold() not in shown_above
                   and not any(_gives_number(r.detail, n) for n in numbers_above)]


def _gives_number(detail: str, number: str) -> bool:
    """Return whether `detail` gives `number` as a whole number (988, not 1-800-988-…)."""
    return re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", detail) is not None


def resources(prepared: PreparedDeck, fuller: list[Resource]) -> Bullets:
    """Return the event's local resources, then the others (see printed_resources), as a
    list."""
    local, others = printed_resources(prepared, fuller)
    return Bullets(tuple(labelled(r) for r in (*local, *others)))


def labelled(resource: Resource) -> Paragraph:
    """Return a resource as its name in bold and its detail."""
    return Paragraph((Run(f"{resource.name}: ", bold=True), Run(resource.detail)))


def event_line(prepared: PreparedDeck) -> str:
    """Return organization, date and place as one line."""
    event = prepared.deck.event
    return " · ".join(x for x in (event.organization, event.date, event.place) if x)
