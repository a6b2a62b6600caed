"""The night on one page: the guide's chapter a facilitator prints and keeps at the lectern.
When each part starts, which slides it runs, where the room is asked something and what to
skip or shorten when running late; where the clock should be at each quarter hour; what is
never cut; what to do if someone discloses; the numbers to give. Everything else is in the
guide's chapters."""

from __future__ import annotations

from workshop.blocks import Box, Bullets, Heading, Table, Text
from workshop.i18n import format_clock, phrases, word
from workshop.model import SlideBase
from workshop.notes_text import Paragraph, Run
from workshop.plan import SlidePlan
from workshop.prepare import PreparedDeck
from workshop.schedule import Schedule

# Inches: starts, slides, part, the room's turn, what to skip or shorten when running late.
COLUMN_WIDTHS = (0.55, 0.6, 2.05, 1.05, 2.25)
# Minutes between two checkpoints: a glance at the clock each quarter hour, or each five
# minutes in a deck shorter than SHORT_DECK (a 20-minute briefing).
CHECKPOINT_EVERY, SHORT_CHECKPOINT_EVERY, SHORT_DECK = 15, 5, 30


def night_sheet(prepared: PreparedDeck, plan: SlidePlan, plan_of_time: Schedule) -> list:
    """Return the blocks of the one-page sheet: the parts as a table (start, slides, title,
    the slides where the room speaks, what to skip or shorten when running late), the
    checkpoints and the slides never cut, the short disclosure steps in a box, and the help
    numbers (the event's own lines first)."""
    language = prepared.deck.language

    def w(key: str, **values: object) -> str:
        return word(language, key, **values)

    rows = [(format_clock(part.starts), _slide_span(plan, part.number), part.title,
             _room_turns(plan, part.number), _if_behind(plan, part.number, language))
            for part in plan_of_time.parts]
    has_cuts = any(row[-1] for row in rows)
    header = (w("start_column"), w("slides_column"), w("part"), w("room_column"))
    if has_cuts:
        table = Table((*header, w("behind_column")), tuple(rows), widths=COLUMN_WIDTHS)
    else:  # nothing to skip or shorten: the room's column takes the width
        table = Table(header, tuple(row[:-1] for row in rows),
                      widths=(*COLUMN_WIDTHS[:3], sum(COLUMN_WIDTHS[3:])))
    blocks: list = [Heading(2, w("night_sheet")), table]
    if plan_of_time.questions is not None:
        blocks.append(Text(Paragraph((Run(w("night_questions",
                                               start=format_clock(plan_of_time.minutes))),))))
    marks = checkpoints(plan)
    if marks:
        blocks.append(Text(Paragraph((
            Run(f"{w('checkpoints')}: ", bold=True),
            Run("; ".join(w("checkpoint", clock=format_clock(at), slide=number)
                          for at, number in marks) + ".")))))
    kept = [s for s in plan.slides if isinstance(s.content, SlideBase) and s.content.essential]
    if kept:
        blocks.append(Text(Paragraph((
            Run(f"{w('never_cut')}: ", bold=True),
            Run(", ".join(f"{s.number} ({s.title})" for s in kept) + ".")))))
    blocks.append(Box((Heading(4, w("disclosure_title")),
                       Bullets(tuple(Paragraph((Run(t),))
                                     for t in phrases(language, "disclosure_short")),))))
    blocks.append(Heading(4, w("night_numbers")))
    local = [Paragraph((Run(f"{r.name}: ", bold=True), Run(r.detail)))
             for r in prepared.deck.event.resources]
    national = [Paragraph((Run(t),)) for t in phrases(language, "night_numbers_list")]
    blocks.append(Bullets(tuple(local + national)))
    return blocks


def checkpoints(plan: SlidePlan) -> list[tuple[int, int]]:
    """Return, for each quarter hour the slides run past (each five minutes in a short
    deck), the minute and the slide that should be on the screen then (by the planned
    minutes, from the first slide)."""
    total = sum(planned.script.minutes or 0 for planned in plan.slides)
    every = SHORT_CHECKPOINT_EVERY if total < SHORT_DECK else CHECKPOINT_EVERY
    marks: list[tuple[int, int]] = []
    elapsed = 0.0
    for planned in plan.slides:
        minutes = planned.script.minutes or 0
        at = every * (len(marks) + 1)
        while elapsed <= at < elapsed + minutes:
            marks.append((at, planned.number))
            at += every
        elapsed += minutes
    return marks


def _if_behind(plan: SlidePlan, number: int | None, language: str) -> str:
    """Return what a facilitator running late skips (the part's optional slides) and
    shortens (its activities with tight minutes) in a part, or nothing."""
    slides = [s for s in _in_part(plan, number) if isinstance(s.content, SlideBase)]
    skipped = [str(s.number) for s in slides if s.content.optional]
    cuts = [word(language, "behind_skip", slides=", ".join(skipped))] if skipped else []
    cuts += [word(language, "behind_shorten", slide=s.number,
                  minutes=format_clock(s.content.tight_minutes))
             for s in slides if s.content.tight_minutes is not None and not s.content.optional]
    said = "; ".join(cuts)  # one sentence: its first word capitalized, the rest not
    return said[:1].upper() + said[1:]


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


def _room_turns(plan: SlidePlan, number: int | None) -> str:
    """Return the slides of a part where the room speaks (a question, a discussion, pairs),
    as '4, 5' (under a heading that says what they are), or nothing."""
    asked = [s.number for s in _in_part(plan, number)
             if isinstance(s.content, SlideBase) and s.content.prompts]
    return ", ".join(str(n) for n in asked)
