"""The slide plan of a prepared deck, made before any slide is written: every slide the deck
will have, in order and numbered, with its title as shown, its place in the outline, and
what it shows (a crowded list split in parts, the local contacts on a slide of their own).
The PowerPoint writer writes this plan; the guide, the slides page and the checks read it.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.i18n import word
from workshop.model import Scripted, SlideBase
from workshop.plan import Notice, SlidePlan
from workshop.plan.measure import Measure
from workshop.prepare import PreparedDeck
from workshop.slide_types.kind import ListType
from workshop.slide_types.registry import slide_type


@dataclass(frozen=True)
class DeckPlan:
    """A deck's slide plan and what planning it changed (a list shown on several slides)."""

    slides: SlidePlan
    notices: tuple[Notice, ...]


def plan_deck(prepared: PreparedDeck) -> DeckPlan:
    """Return the plan of every slide of `prepared`: the title, the agenda, each section's
    divider where it has one, and each outline slide, in parts where one slide cannot hold
    it (see plan.measure)."""
    deck, plan, notices = prepared.deck, SlidePlan(), []
    measure = Measure(prepared)
    plan.add("title", deck.title, ("title",), deck.title_slide)
    if deck.agenda_script is not None:
        plan.add("agenda", word(deck.language, "agenda"), ("agenda",), deck.agenda_script)
    for i, section in enumerate(deck.sections):
        divider = deck.shows_divider(i)
        if divider:
            plan.add("section", section.title, ("sections", i), section)
        for j, whole in enumerate(section.slides):
            origin = ("sections", i, "slides", j)
            lead_in = section if j == 0 and not divider else None
            shown = measure.parts(whole)
            if not shown.slides:
                plan.add("content", whole.title, origin, whole, lead_in=lead_in,
                         fits=shown.fits, list_type=drawn_as(whole, measure))
                continue
            # A list too long for one slide is said; the local contacts' slide of their own,
            # before the national lines, is the design, not an overflow.
            count = len(shown.slides)
            if shown.crowded:
                notices.append(Notice(
                    origin, "O202", f"'{whole.title}' holds more than one slide can show, so "
                    f"it is shown on {count} slides; shorten it to keep it on one",
                    slide=len(plan.slides) + 1))
            # A list's parts stay a list (no part drawn as cards its whole was not), and a
            # numbered one goes on counting its points from part to part.
            first = 1
            for n, part in enumerate(shown.slides, start=1):
                plan.add("content", part.title, origin, part, (n, count),
                         lead_in if n == 1 else None, first_point=first)
                first += points_in(part)
    return DeckPlan(plan, tuple(notices))


def drawn_as(content: Scripted, measure: Measure) -> ListType | None:
    """Return the type an outline slide's content is drawn as when its own type chooses one
    by its content (SlideType.choose: a list's points as cards, steps or a statement, one
    that holds them in its area as `measure` measures it), or None."""
    kind = slide_type(content) if isinstance(content, SlideBase) else None
    return None if kind is None or kind.choose is None else kind.choose(content, measure)


def points_in(content: Scripted) -> int:
    """Return how many numbered points a part of a split slide holds (SlideType.points: a
    list's points, not its sub-points); 0 for a part of a type that numbers none."""
    kind = slide_type(content) if isinstance(content, SlideBase) else None
    return 0 if kind is None or kind.points is None else kind.points(content)
