"""Time in a deck: each slide's script and discussion against its planned minutes, the
slides' minutes against the deck's duration, and the whole script against the duration.

A script is read aloud at about WORDS_PER_MINUTE; directions to the facilitator (*italics*,
[brackets]) are not read aloud and do not count.
"""

from __future__ import annotations

import re

from workshop.errors import Diagnostic, Severity
from workshop.i18n import format_minutes, word
from workshop.loader import LoadedYaml, PathKey, format_path
from workshop.model import Deck, Scripted, SlideBase
from workshop.notes_text import parse_notes

WORDS_PER_MINUTE = 120  # a calm talk to parents, with pauses (readers found 130 rushed)
PLANNED_TOLERANCE = 0.10  # the slides' minutes against the duration
SCRIPT_TOLERANCE = 0.15  # the whole script and discussion against the duration
SLIDE_TOLERANCE = 0.25  # one slide's script and discussion against its minutes ...
SLIDE_SLACK = 0.25  # ... or a quarter of a minute, whichever is more
ASKS_FROM = 2  # minutes from which a content slide needs a prompt or an activity
_WORD = re.compile(r"\w+")


def spoken_words(notes: str | None) -> int:
    """Return how many words of `notes` are read aloud: all but the directions."""
    if not notes:
        return 0
    return sum(len(_WORD.findall(run.text)) for paragraph in parse_notes(notes)
               for run in paragraph.runs if not run.italic)


def estimated_minutes(script: Scripted) -> float:
    """Return the minutes a slide takes by its script and its planned discussion."""
    return spoken_words(script.notes) / WORDS_PER_MINUTE + (script.discussion_minutes or 0)


def timing_findings(deck: Deck, loaded: LoadedYaml,
                    numbers: dict[PathKey, int]) -> list[Diagnostic]:
    """Return warnings where a deck's timing does not add up.

    `numbers` maps each script's outline path to its slide's number in the built deck.
    """
    findings = []

    def warn(path: PathKey, code: str, message: str, number: int | None = None) -> None:
        pos = loaded.position(path)
        shown = f"slide {number}: {message}" if number else message
        findings.append(Diagnostic(pos.file, pos.line, pos.col, format_path(path), shown,
                                   Severity.WARNING, code, number))

    scripts = deck.scripts()
    for path, script in scripts:
        number, title = numbers.get(path), _title(deck, path, script)
        if script.minutes:
            estimate = estimated_minutes(script)
            if abs(estimate - script.minutes) > max(SLIDE_SLACK, SLIDE_TOLERANCE * script.minutes):
                warn((*path, "minutes"), "T302", _mismatch(title, script, estimate), number)
        if (isinstance(script, SlideBase) and (script.minutes or 0) >= ASKS_FROM
                and not script.prompts and not script.discussion_minutes):
            warn((*path, "minutes"), "T304",
                 f"'{title}' plans {format_minutes(script.minutes or 0)} min with no prompt or "
                 "activity: give the room a question (prompts) or something to do "
                 "(discussion_minutes)", number)
    if deck.duration is None:
        return findings
    # With optional slides a deck takes a range of time: the duration must fall within it.
    planned = (deck.planned_minutes - deck.optional_minutes, deck.planned_minutes)
    if planned[1] and _off(planned, deck.duration) > deck.duration * PLANNED_TOLERANCE:
        warn(("duration",), "T301", f"the slides' minutes add up to {_span(planned)}, more "
             f"than {PLANNED_TOLERANCE:.0%} away from the duration of {deck.duration}")
    if any(script.notes for _, script in scripts):
        estimates = [(estimated_minutes(script), _optional(script)) for _, script in scripts]
        whole = sum(minutes for minutes, _ in estimates)
        estimate = (whole - sum(minutes for minutes, optional in estimates if optional), whole)
        if _off(estimate, deck.duration) > deck.duration * SCRIPT_TOLERANCE:
            warn(("duration",), "T303",
                 f"the script read at {WORDS_PER_MINUTE} words a minute and the planned "
                 f"discussion add up to about {_span(estimate, 0)} min, more than "
                 f"{SCRIPT_TOLERANCE:.0%} away from the duration of {deck.duration}")
    return findings


def _optional(script: Scripted) -> bool:
    """Return True for a slide the facilitator may skip."""
    return isinstance(script, SlideBase) and script.optional


def _off(span: tuple[float, float], minutes: float) -> float:
    """Return how far `minutes` lies outside the range `span` (0 inside it)."""
    low, high = span
    return max(low - minutes, minutes - high, 0.0)


def _span(span: tuple[float, float], digits: int | None = None) -> str:
    """Return a range of minutes as it reads, '52' or 52 to 60 with an en dash, rounded to
    `digits` when given."""
    low, high = (round(x, digits) if digits is not None else x for x in span)
    return f"{low:g}" if low == high else f"{low:g}\u2013{high:g}"


def _mismatch(title: str, script: Scripted, estimate: float) -> str:
    """Return what is wrong with one slide's timing and what to do about it."""
    words = spoken_words(script.notes)
    discussion = script.discussion_minutes or 0
    planned = script.minutes or 0
    advice = ("write more script, plan discussion time, or plan fewer minutes"
              if estimate < planned else "shorten the script or plan more minutes")
    return (f"'{title}' plans {format_minutes(planned)} min, but its script reads in about "
            f"{words / WORDS_PER_MINUTE:.1f} min ({words} words at {WORDS_PER_MINUTE} a minute)"
            f" plus {format_minutes(discussion)} min of discussion: {advice}")


def _title(deck: Deck, path: PathKey, script: Scripted) -> str:
    """Return the title the slide of `script` shows."""
    if path == ("title_slide",):
        return deck.title
    if path == ("agenda",):
        return word(deck.language, "agenda")
    return str(getattr(script, "title", ""))
