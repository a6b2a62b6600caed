"""The agenda: the deck's parts, numbered (made by the compiler)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop import blocks
from workshop.model import Scripted
from workshop.notes_text import Paragraph, Run
from workshop.ooxml.text import fill, text_body
from workshop.schedule import agenda_titles, minutes_span, optional_note, schedule
from workshop.slide_types import hero, lists
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting

# The agenda: its numbered parts in the columns left of a divider's disc, and the disc with
# two people on the right, as every divider has them (the room meets them here first).
AGENDA_BODY = g.Box(g.MARGIN, g.CONTENT_TOP, hero.DIVIDER_DISC.x - g.MARGIN - int(0.4 * g.INCH),
                  g.CONTENT_BOTTOM - g.CONTENT_TOP)

LAYOUT = Layout("Agenda", [
    title_placeholder(),
    Ph("body", 1, AGENDA_BODY, "Agenda", "Agenda items", 2400, role="body"),
    *footer_row(),
])


def write(writer: SlideWriting, slide: Slide, content: Scripted) -> None:
    """Set the deck's parts as the room sees them, numbered as their dividers are ("03"), as
    large as a short agenda allows, with the dividers' disc and people on our template; the
    minutes are the facilitator's, in the notes."""
    numbered = not writer.organization_template
    items = [Paragraph((Run(f"{n:02d}", bold=True), Run(f"\u2003{title}"))
                       if numbered else (Run(title),))
             for n, title in enumerate(agenda_titles(writer.deck), start=1)]
    body = writer.slot(slide, "body")
    fill(text_body(body), items)
    writer.fill_with_list(slide, body, None)
    if numbered:
        lists.number_numbered(body, [f"{len(items):02d}"], writer.body_font,
                              writer.inherited(slide, body).size(0))
        hero.disc_and_people(writer, slide, "agenda")  # our template: the dividers' people too
    writer.add_to_notes(timings(writer))


def timings(writer: SlideWriting) -> list[Paragraph]:
    """Return the schedule for the agenda's notes, as the guide's table has it: each part's
    minutes, and the optional slides with what the deck takes without them."""
    deck = writer.deck
    plan_of_time = schedule(deck, writer.words("opening"))
    if not plan_of_time.minutes:  # an outline that plans no time has no schedule to give
        return []
    parts = "; ".join(f"{part.title} {plan_of_time.span(part.minutes, part.short_minutes)}"
                      for part in plan_of_time.parts)
    lines = [writer.words("agenda_plan", parts=parts, minutes=plan_of_time.total)]
    if plan_of_time.optional:
        lines.append(optional_note(plan_of_time, deck.language))
    if plan_of_time.evening is not None and plan_of_time.questions is not None:
        questions, evening = plan_of_time.questions, plan_of_time.evening
        lines.append(writer.words("agenda_questions", questions=minutes_span(*questions),
                                  evening=minutes_span(*evening)))
    # In brackets, as every direction is: not read aloud, even from a printout.
    return [Paragraph((Run(f"[{line}]", italic=True),)) for line in lines]


# It shows the deck's parts (its sections' titles), and its notes the deck's schedule.
def key_points(content: Scripted, showing: Showing) -> list[blocks.Block]:
    """Return the parts of the evening, as the agenda lists them."""
    return [blocks.Bullets(tuple(blocks.plain(title) for title in agenda_titles(showing.deck)))]


TYPE = SlideType("agenda", None, LAYOUT,
                 required=("title", "body"), common_names=("Title and Content",),
                 key_points=key_points, write=write)
