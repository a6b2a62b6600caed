"""The deck's schedule: each part's minutes and start, with and without its optional slides.

The guide's agenda table and the agenda slide's notes both read it, so the minutes a
facilitator sees in one are the minutes of the other (no rounding in one and not the other).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workshop.i18n import format_clock, format_minutes, word
from workshop.model import Deck


@dataclass(frozen=True)
class Part:
    """One line of the schedule: the opening (no number) or a section."""

    number: int | None
    title: str
    minutes: float  # with every slide
    short_minutes: float  # without the part's optional slides
    starts: float  # minutes since the start, with every slide before it
    short_starts: float  # minutes since the start, without the optional slides before it


@dataclass(frozen=True)
class Schedule:
    parts: tuple[Part, ...]
    minutes: float  # the whole deck, with every slide
    short_minutes: float  # the whole deck, without the optional slides
    optional: tuple[tuple[str, float], ...]  # each optional slide's title and minutes
    questions: tuple[int, int] | None = None  # questions after the slides: least, most
    # Each activity that can be shortened in a tight slot: its title, minutes and tight minutes.
    tight: tuple[tuple[str, float, float], ...] = ()

    @property
    def tight_minutes(self) -> float:
        """Return the deck's minutes without its optional slides and with every activity
        shortened as its notes say: the least it takes."""
        return self.short_minutes - sum(minutes - tight for _, minutes, tight in self.tight)

    def span(self, minutes: float, short_minutes: float) -> str:
        """Return minutes as m:ss, a range when skipping the optional slides changes them:
        9.5 to 11.5 as '9:30\u201311:30'; else one time."""
        if short_minutes == minutes:
            return format_clock(minutes)
        return f"{format_clock(short_minutes)}\u2013{format_clock(minutes)}"

    @property
    def total(self) -> str:
        """Return the deck's minutes as the schedule shows them: a range with optional
        slides."""
        return self.span(self.minutes, self.short_minutes)

    @property
    def evening(self) -> tuple[float, float] | None:
        """Return the evening's minutes, the slides and the questions after them, from the
        shortest (no optional slide, fewest questions) to the longest; None without
        questions planned after the slides."""
        if self.questions is None:
            return None
        return self.short_minutes + self.questions[0], self.minutes + self.questions[1]


def schedule(deck: Deck, opening: str) -> Schedule:
    """Return the schedule of `deck`, its first part titled `opening` (the title and agenda
    slides) when they plan any minutes."""
    parts: list[Part] = []
    elapsed = short = deck.opening_minutes
    if elapsed:
        parts.append(Part(None, opening, elapsed, elapsed, 0.0, 0.0))
    for number, section in enumerate(deck.sections, start=1):
        minutes = section.planned_minutes
        parts.append(Part(number, section.title, minutes, minutes - section.optional_minutes,
                          elapsed, short))
        elapsed += minutes
        short += minutes - section.optional_minutes
    optional = tuple((slide.title, slide.minutes or 0) for slide in deck.slides
                     if slide.optional)
    tight = tuple((slide.title, slide.minutes or 0, slide.tight_minutes) for slide in deck.slides
                  if slide.tight_minutes is not None and not slide.optional)
    return Schedule(tuple(parts), elapsed, short, optional, deck.questions_after, tight)


def whole_minutes(minutes: float) -> int:
    """Return `minutes` to the nearest whole minute, a half minute up (54.5 is about 55;
    Python's round() would give 54)."""
    return math.floor(minutes + 0.5)


def minutes_span(least: float, most: float) -> str:
    """Return a span of minutes as said in a sentence, in whole minutes: '10\u201315' (one
    number when they are the same)."""
    least, most = whole_minutes(least), whole_minutes(most)
    if least == most:
        return format_minutes(least)
    return f"{format_minutes(least)}\u2013{format_minutes(most)}"


def optional_note(plan_of_time: Schedule, language: str) -> str:
    """Return which slides a facilitator may skip, and what the deck takes with and without
    them, in a sentence."""
    slides = "; ".join(f"{title} ({format_clock(minutes)} min)"
                       for title, minutes in plan_of_time.optional)
    # "About 55 min", not 54.75: a facilitator plans the evening in whole minutes.
    return word(language, "optional_note", slides=slides,
                minutes=format_minutes(whole_minutes(plan_of_time.minutes)),
                short=format_minutes(whole_minutes(plan_of_time.short_minutes)))


# A room fills and empties over a few minutes: booked, not planned, time.
SETTLE_MINUTES = 5


def booked_minutes(plan_of_time: Schedule, duration: int | None) -> int | None:
    """Return the minutes to book the room for: the deck's duration (else its planned
    minutes), the most questions after it and SETTLE_MINUTES, rounded up to five; None
    without questions planned after the slides."""
    if plan_of_time.questions is None:
        return None
    slides = duration or plan_of_time.minutes
    return -(-round(slides + plan_of_time.questions[1] + SETTLE_MINUTES) // 5) * 5


def booking_note(plan_of_time: Schedule, duration: int | None, language: str) -> str | None:
    """Return how long to book the room for, slides and questions, in a sentence; None
    without questions planned after the slides."""
    booked = booked_minutes(plan_of_time, duration)
    if booked is None or plan_of_time.questions is None:  # the second: for the type checker
        return None
    return word(language, "book_room", minutes=booked,
                slides=format_minutes(duration or plan_of_time.minutes),
                most=plan_of_time.questions[1], settle=SETTLE_MINUTES,
                evening=format_minutes(whole_minutes((duration or plan_of_time.minutes)
                                                     + plan_of_time.questions[1])))


# Fewer minutes than this left for questions is no question time at all.
LEAST_QUESTION_TIME = 3


def slot_note(plan_of_time: Schedule, duration: int | None, language: str) -> str | None:
    """Return how to fit the evening, questions included, into a slot of the deck's
    duration: skip the optional slides and take the questions in the minutes left, saying
    where more can come from when those are fewer than the questions need. None when the
    evening already fits, or when skipping leaves too little time for questions."""
    if duration is None or plan_of_time.questions is None or not plan_of_time.optional:
        return None
    spare = int(duration - plan_of_time.short_minutes)
    if spare < LEAST_QUESTION_TIME:
        return None
    short = format_minutes(whole_minutes(plan_of_time.short_minutes))
    wanted = plan_of_time.questions[0]
    if spare >= wanted:
        return word(language, "slot_cut", slot=duration, short=short, questions=wanted)
    if plan_of_time.tight:  # the activities shortened too, each named with its new length
        cuts = "; ".join(word(language, "tight_cut", title=title, minutes=format_clock(tight))
                         for title, _, tight in plan_of_time.tight)
        return word(language, "slot_cut_tight", slot=duration, cuts=cuts,
                    short=format_minutes(whole_minutes(plan_of_time.tight_minutes)),
                    spare=int(duration - plan_of_time.tight_minutes))
    # Fewer minutes than the questions need: say so, and where the rest can come from.
    return word(language, "slot_cut_short", slot=duration, short=short, spare=spare,
                questions=wanted)


def agenda_titles(deck: Deck) -> list[str]:
    """Return what the agenda lists, in order: each section's title, then the room's own
    questions when the deck plans time for them after the slides (they are part of the
    evening the room is promised)."""
    titles = [section.title for section in deck.sections]
    if deck.questions_after is not None:
        titles.append(word(deck.language, "agenda_your_questions"))
    return titles
