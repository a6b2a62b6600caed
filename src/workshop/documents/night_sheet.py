"""The night on one page: the guide's chapter a facilitator prints and keeps at the lectern.
When each part starts, which slides it runs and where the room is asked something; what to
do if someone discloses; the numbers to give. Everything else is in the guide's chapters."""

from __future__ import annotations

from workshop.documents import Box, Bullets, Heading, Table, Text
from workshop.i18n import format_clock, phrases, word
from workshop.model import DiscussionSlide, SlideBase
from workshop.notes_text import Paragraph, Run
from workshop.plan import SlidePlan
from workshop.prepare import PreparedDeck
from workshop.schedule import Schedule

COLUMN_WIDTHS = (0.75, 1.15, 2.4, 2.2)  # inches: starts, slides, part, the room's turn


def night_sheet(prepared: PreparedDeck, plan: SlidePlan, plan_of_time: Schedule) -> list:
    """Return the blocks of the one-page sheet: the parts as a table (start, slides, title,
    the slides where the room speaks), the short disclosure steps in a box, and the help
    numbers (the event's own lines first)."""
    language = prepared.deck.language

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    rows = [(format_clock(part.starts), _slide_span(plan, part.number), part.title,
             _room_turns(plan, part.number, language))
            for part in plan_of_time.parts]
    blocks: list = [Heading(2, w("night_sheet")),
                    Table((w("start_column"), w("slides_column"), w("part"), w("room_column")),
                          tuple(rows), widths=COLUMN_WIDTHS)]
    if plan_of_time.questions is not None:
        blocks.append(Text(Paragraph((Run(w("night_questions",
                                               start=format_clock(plan_of_time.minutes))),))))
    blocks.append(Box((Heading(4, w("disclosure_title")),
                       Bullets(tuple(Paragraph((Run(t),))
                                     for t in phrases(language, "disclosure_short")),))))
    blocks.append(Heading(4, w("night_numbers")))
    local = [Paragraph((Run(f"{r.name}: ", bold=True), Run(r.detail)))
             for r in prepared.deck.event.resources]
    national = [Paragraph((Run(t),)) for t in phrases(language, "night_numbers_list")]
    blocks.append(Bullets(tuple(local + national)))
    return blocks


def _in_part(plan: SlidePlan, number: int | None) -> list:
    """Return the planned slides of section `number` (from 1), or of the opening for None."""
    if number is None:
        return [s for s in plan.slides if s.origin[0] != "sections"]
    return [s for s in plan.slides if s.origin[:2] == ("sections", number - 1)]


def _slide_span(plan: SlidePlan, number: int | None) -> str:
    """Return the slides of a part as 'first-last', with an en dash (one number for one
    slide)."""
    slides = _in_part(plan, number)
    if not slides:
        return ""
    first, last = slides[0].number, slides[-1].number
    return str(first) if first == last else f"{first}\u2013{last}"


def _room_turns(plan: SlidePlan, number: int | None, language: str) -> str:
    """Return the slides of a part where the room speaks (a question, a discussion, pairs),
    as 'Questions: 4, 5', or nothing."""
    asked = [s.number for s in _in_part(plan, number)
             if (isinstance(s.content, SlideBase) and s.content.prompts)
             or isinstance(s.content, DiscussionSlide)]
    if not asked:
        return ""
    key = "room_turn" if len(asked) == 1 else "room_turns"
    return word(language, key, slides=", ".join(str(n) for n in asked))
