"""A section's divider: its number, title and summary (made by the compiler)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.model import Section
from workshop.ooxml import elements
from workshop.ooxml.icons import disc_shape
from workshop.ooxml.text import fill, plain, text_body
from workshop.slide_types.kind import SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting

# Its words left of the disc the writer draws, with two people, on the title's dark field
# (the design system's "dark field" is the primary colour in every look: an accent-coloured
# field read as an alarm in the warm look's rust).
_WORDS = g.Box(g.HERO_TITLE.x, g.HERO_TITLE.y, g.DIVIDER_TEXT_WIDTH, g.HERO_TITLE.cy)
LAYOUT = Layout("Section", [
    Ph("title", 0, _WORDS, "Title", "Section title", 4000, "bg1", anchor="b"),
    Ph("body", 1, g.Box(_WORDS.x, int(4.2 * g.INCH), _WORDS.cx, int(1.4 * g.INCH)),
       "Summary", "What this section covers", 2400, "bg1", bullets=False),
    *footer_row("bg1"),
], background="tx2", show_master_shapes=False)


def write(writer: SlideWriting, slide: Slide, content: Section) -> None:
    """Set the part's number large ("03", as the agenda counts; without an agenda there is
    nothing to count from), its title and summary under a light rule, at one height on every
    divider; on our template, two people before a light disc at the right."""
    from workshop.slide_types import drawing

    index = writer.current.origin[1]
    body = writer.slot(slide, "section", "body")
    if body is not None and content.summary:
        fill(text_body(body), plain(content.summary))
    # No "Part 3 of 6" and no minutes: they are the facilitator's.
    numeral = None
    if writer.deck.agenda_script is not None and not writer.organization_template:
        numeral = drawing.add_numeral(slide, writer.box(g.HERO_NUMERAL), f"{index + 1:02d}",
                                      drawing.highlight_on_dark(writer.colors)).element
    writer.stack_under_rule(slide, [numeral, writer.slot(slide, "section", "title"), body],
                            "bg1", bottom=g.SECTION_BOTTOM, fixed=g.DIVIDER_RULE_TOP)
    if not writer.organization_template:
        disc_and_people(writer, slide, f"section {index + 1}")


def disc_and_people(writer: SlideWriting, slide: Slide, where: str) -> None:
    """Draw a divider's light disc at the right, cut by the slide's foot, and two people
    standing before it, seeded by `where`."""
    tree, disc = elements.shape_tree_of(slide.element), g.DIVIDER_DISC
    tree.append(disc_shape(elements.next_slide_shape_id(tree),
                           (disc.x, disc.y, disc.cx, disc.cy), "bg2", "Disc"))
    writer.people(slide, where, g.DIVIDER_PEOPLE, disc.x, disc.cx, g.DIVIDER_PERSON,
                  g.DIVIDER_PEOPLE_WIDTH)


TYPE = SlideType("section", None, LAYOUT, {"title": 0, "body": 1},
                 required=("title",), common_names=("Section Header",), replay=True,
                 write=write)
