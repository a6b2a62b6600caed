"""The title slide: the deck's title, its subtitle and the event (made by the compiler)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop import blocks
from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.model import Scripted
from workshop.ooxml import elements
from workshop.ooxml.icons import disc_shape
from workshop.ooxml.shapes import shape_tree
from workshop.ooxml.text import fill, plain, text_body
from workshop.slide_types import hero
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_roles import Offered
from workshop.theme.layout_spec import Layout, Ph

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting

# The title slide: the deck's words on the dark field left of TITLE_FIELD_X, a light field
# right of it for the logo (no plate) and the people standing on the slide's bottom edge.
TITLE_FIELD_X = int(8.0 * g.INCH)
TITLE_TEXT_WIDTH = TITLE_FIELD_X - g.HERO_X - int(0.45 * g.INCH)
TITLE_WORDS_TOP = int(0.6 * g.INCH)  # the highest the title slide's rule may start
TITLE_PEOPLE = 5
TITLE_PERSON = int(1.8 * g.INCH)  # each person's square, overlapping the next
TITLE_PEOPLE_WIDTH = int(4.9 * g.INCH)  # the group's width, centred in the light field
# a light disc behind them, as on the dividers, their heads against it (a larger one, higher,
# left an empty circle above them that a designer read as a missing picture)
TITLE_DISC = g.Box(TITLE_FIELD_X + (g.SLIDE_WIDTH - TITLE_FIELD_X - int(3.6 * g.INCH)) // 2,
                   g.SLIDE_HEIGHT - int(3.6 * g.INCH), int(3.6 * g.INCH), int(3.6 * g.INCH))

# Its words left of the light field, where the logo and the people stand; text on the dark
# field in the background colour (bg1), the pair a kit's contrast check covers.
_WORDS = g.Box(g.HERO_TITLE.x, g.HERO_TITLE.y, TITLE_TEXT_WIDTH, g.HERO_TITLE.cy)
LAYOUT = Layout("Title", [
    Ph("ctrTitle", 0, _WORDS, "Title", "Deck title", 4400, "bg1", anchor="b", role="title"),
    Ph("subTitle", 1, g.Box(_WORDS.x, int(4.1 * g.INCH), _WORDS.cx, int(0.8 * g.INCH)),
       "Subtitle", "Subtitle", 2600, "bg1", bullets=False, role="subtitle"),
    Ph("body", 10, g.Box(_WORDS.x, int(5.3 * g.INCH), _WORDS.cx, int(1.0 * g.INCH)),
       "Event", "Organization, date and place", 2000, "bg1", bullets=False, role="event"),
], background="tx2", show_master_shapes=False,
    # the light field right of the words: the logo and the people stand there
    decorations=[(g.Box(TITLE_FIELD_X, 0, g.SLIDE_WIDTH - TITLE_FIELD_X, g.SLIDE_HEIGHT),
                  "bg1", "Light Field")])


def write(writer: SlideWriting, slide: Slide, content: Scripted) -> None:
    """Set the deck's title, its subtitle and the event's lines (who presents, the
    organization, date and place, the kit's contact line, the guide it is adapted from)
    stacked under an accent rule; on our template, the light field at the right with its
    disc and two people, the field soft without a kit's logo."""
    deck, event = writer.deck, writer.deck.event
    lines = []
    if event.presenter:
        lines.append(writer.words("presented_by", presenter=event.presenter))
    details = " · ".join(x for x in (event.organization, event.date, event.place) if x)
    if details:
        lines.append(details)
    if writer.contact_line():
        lines.append(writer.contact_line())
    adapted = deck.sources.get("guide")  # the guide the deck's title is taken from
    if adapted:
        credit = writer.words("adapted_from", source=adapted)
        lines.append(credit[:1].upper() + credit[1:])
    subtitle, event_slot = writer.slot(slide, "subtitle"), writer.slot(slide, "event")
    if event_slot is None:  # a template without an event placeholder: under the subtitle
        fill(text_body(subtitle), plain(*([deck.subtitle] if deck.subtitle else []), *lines))
    else:
        if deck.subtitle:
            fill(text_body(subtitle), plain(deck.subtitle))
        if lines:
            fill(text_body(event_slot), plain(*lines))
    holder = subtitle if event_slot is None else event_slot
    if writer.contact_line() and holder is not None:
        hero.set_contact_line(writer, slide, holder)
    # the logo stands on the light field now: the words may rise as high as they need
    hero.stack_under_rule(writer, slide,
                          [writer.slot(slide, "title"), subtitle, event_slot],
                          "accent2", top=TITLE_WORDS_TOP)
    if not writer.organization_template:  # our title slide's light field has room for them
        light_field(writer, slide)


def light_field(writer: SlideWriting, slide: Slide) -> None:
    """Draw the title slide's light field at the right: its disc and two people before it.
    Without a logo the field is the accent-soft of the design system, the disc white on it
    (a white field with nothing at its top read as a blank quarter); a kit's logo keeps it
    white, which a logo drawn on white needs."""
    from workshop.slide_types import drawing

    if not writer.has_logo:
        drawing.shape(slide, "rect", g.Box(TITLE_FIELD_X, 0, g.SLIDE_WIDTH - TITLE_FIELD_X,
                                           g.SLIDE_HEIGHT), SOFT_FIELD, "bg2")
    tree, disc = shape_tree(slide.element), TITLE_DISC
    elements.insert_shape(tree, disc_shape(elements.next_slide_shape_id(tree),
                                           (disc.x, disc.y, disc.cx, disc.cy),
                                           "bg2" if writer.has_logo else "bg1", "Disc"))
    hero.people(writer, slide, "title", TITLE_PEOPLE, TITLE_FIELD_X,
                g.SLIDE_WIDTH - TITLE_FIELD_X, TITLE_PERSON, TITLE_PEOPLE_WIDTH)


def roles_elsewhere(offered: Offered) -> dict[str, int]:
    """Return the title slide's roles on another template's layout: its subtitle (else the
    first text placeholder) and the next text placeholder for the event's lines."""
    idx, roles = offered.idx, {}
    if offered.subtitles:
        roles["subtitle"] = offered.subtitles[0].idx
    elif idx:
        roles["subtitle"] = idx.pop(0)
    if idx:
        roles["event"] = idx[0]
    return roles


def key_points(content: Scripted, showing: Showing) -> list[blocks.Block]:
    """Return the deck's subtitle and the event's line (organization, date, place)."""
    return [blocks.Text(blocks.plain(line)) for line in (showing.deck.subtitle,
                                                         showing.event_line) if line]


SOFT_FIELD = "Soft Field"  # the pale field the title's disc and people stand on, without a logo

TYPE = SlideType("title", None, LAYOUT,
                 required=("title", "subtitle"), common_names=("Title Slide",),
                 key_points=key_points, write=write, backdrops=(SOFT_FIELD,),
                 colour_pairs=(("lt1", "dk2", LARGE_TEXT_MINIMUM, "text on the title slide"),),
                 roles_elsewhere=roles_elsewhere)
