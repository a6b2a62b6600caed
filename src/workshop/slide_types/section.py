"""A section's divider: its number, title and summary (made by the compiler)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop import blocks
from workshop.contrast import LARGE_TEXT_MINIMUM, contrast_ratio
from workshop.model import Section
from workshop.ooxml.text import fill, plain, text_body
from workshop.slide_types import hero
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.writing import SlideWriting

SECTION_BOTTOM = int(6.66 * g.INCH)  # where a divider's text must end: above the bottom row
# A divider: its words on the left of the disc and people (hero.disc_and_people).
DIVIDER_TEXT_WIDTH = hero.DIVIDER_DISC.x - g.HERO_X - int(0.4 * g.INCH)
DIVIDER_RULE_TOP = int(2.3 * g.INCH)  # every divider's rule, unless its lines need it higher
HERO_NUMERAL = g.Box(g.HERO_X, g.HERO_TOP, int(4 * g.INCH), int(1.6 * g.INCH))  # a divider's "03"
NUMERAL_PT = 96  # a divider's numeral

# Its words left of the disc the writer draws, with two people, on the title's dark field
# (the design system's "dark field" is the primary colour in every look: an accent-coloured
# field read as an alarm in the warm look's rust).
_WORDS = g.Box(g.HERO_TITLE.x, g.HERO_TITLE.y, DIVIDER_TEXT_WIDTH, g.HERO_TITLE.cy)
LAYOUT = Layout("Section", [
    Ph("title", 0, _WORDS, "Title", "Section title", 4000, "bg1", anchor="b", role="title"),
    Ph("body", 1, g.Box(_WORDS.x, int(4.2 * g.INCH), _WORDS.cx, int(1.4 * g.INCH)),
       "Summary", "What this section covers", 2400, "bg1", bullets=False, role="body"),
    *footer_row("bg1"),
], background="tx2", show_master_shapes=False)


def write(writer: SlideWriting, slide: Slide, content: Section) -> None:
    """Set the part's number large ("03", as the agenda counts; without an agenda there is
    nothing to count from), its title and summary under a light rule, at one height on every
    divider; on our template, two people before a light disc at the right."""
    index = writer.current.origin[1]
    body = writer.slot(slide, "body")
    if body is not None and content.summary:
        fill(text_body(body), plain(content.summary))
    # No "Part 3 of 6" and no minutes: they are the facilitator's.
    numeral = None
    if writer.deck.agenda_script is not None and not writer.organization_template:
        numeral = add_numeral(slide, writer.box(HERO_NUMERAL), f"{index + 1:02d}",
                              highlight_on_dark(writer.colors))
    hero.stack_under_rule(writer, slide, [numeral, writer.slot(slide, "title"), body],
                          "bg1", bottom=SECTION_BOTTOM, fixed=DIVIDER_RULE_TOP)
    if not writer.organization_template:
        hero.disc_and_people(writer, slide, f"section {index + 1}")


def highlight_on_dark(colors: dict[str, str]) -> str:
    """Return the scheme colour that stands out on a dark slide (the title colour as
    background): the second accent where it keeps 3:1 against it, else the light background
    colour (design system, section 3: a kit's orange on teal falls to 1.9:1)."""
    ratio = contrast_ratio("#" + colors["accent2"], "#" + colors["dk2"])
    return "accent2" if ratio >= 3 else "bg1"


def add_numeral(slide: Slide, box: g.Box, text: str, colour: str) -> Element:
    """Return a text box at `box` with `text` set large and bold in the scheme `colour`, in
    the title's font: a divider's part number over its title, as the agenda counts the
    parts."""
    from workshop.slide_types import drawing

    numeral = drawing.text_box(slide, box, "Part number")
    drawing.style_text(numeral, text, size=NUMERAL_PT, bold=True, colour=colour, anchor="t")
    drawing.frame(numeral, insets=(g.TEXT_INSET, g.TEXT_INSET, 0, 0))
    drawing.restyle(numeral, drawing.Style(font="+mj-lt"))
    return numeral


def key_points(content: Section, showing: Showing) -> list[blocks.Block]:
    """Return the part's summary, when it has one."""
    return [blocks.Text(blocks.plain(content.summary))] if content.summary else []


TYPE = SlideType("section", None, LAYOUT,
                 required=("title",), common_names=("Section Header",), replay=True,
                 key_points=key_points, write=write,
                 colour_pairs=(("lt1", "accent1", LARGE_TEXT_MINIMUM, "text on section slides"),))
