"""The slide plan: every slide a deck will have, in order, with its number, its title as shown,
its place in the outline and what it shows. The deck, the facilitator guide and the checks
all read one plan; none of them numbers or splits slides on its own.

The plan is made before any slide is written (`plan.stage`): whether a crowded list must be
split depends on how its text measures in the template's layout, which `plan.measure` tells
from the template's XML with the fit model, for each slide type that may be split (its
`parts`, in its own module); what a list of points is drawn as (cards, steps, a statement:
the automatic choice of slide_types.choice) is decided here too, once, for the writer and
the checks to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from workshop.model import PathKey, Scripted
from workshop.slide_types.kind import ListType

Kind = Literal["title", "agenda", "section", "content"]


@dataclass(frozen=True)
class Notice:
    """Something the plan or the writer changed to make a slide work (a list split, a text
    shrunk), located at the outline's slide."""

    path: tuple[str | int, ...]
    code: str
    message: str
    error: bool = False
    slide: int | None = None
    at: tuple[str, int, int] | None = None  # where, when not in the outline: a kit's value


@dataclass(frozen=True)
class PlannedSlide:
    """One slide of the deck as it will be: its number, kind, title as shown, place in the
    outline, what it shows (a slide, a part of a split one, a section, a slide's script), for
    a part of a split slide, which part of how many, the `lead_in`: the script of a
    section that has no header slide, spoken first on its first slide, whether its list
    `fits` its body as the writer sets it (measured by the plan: not measured again), the
    `list_type` a list of points is drawn as (None: as a list, or no list), and the number
    of its `first_point` (a later part of a split numbered list goes on counting)."""

    number: int
    kind: Kind
    title: str
    origin: PathKey
    content: Scripted
    part: tuple[int, int] | None = None
    lead_in: Scripted | None = None
    fits: bool = False
    list_type: ListType | None = None
    first_point: int = 1

    @property
    def script_on(self) -> int | None:
        """Return the number of the slide whose notes hold this slide's script, for a later
        part of a split slide with no script of its own (its first part); else None."""
        if self.part is None or self.part[0] == 1 or self.script.notes:
            return None
        return self.number - self.part[0] + 1

    @property
    def script(self) -> Scripted:
        """Return what is said on this slide: its content with the lead-in's script and
        minutes before its own."""
        if self.lead_in is None:
            return self.content
        notes = "\n\n".join(n for n in (self.lead_in.notes, self.content.notes) if n)
        minutes = (self.lead_in.minutes or 0) + (self.content.minutes or 0)
        return self.content.model_copy(update={"notes": notes or None,
                                               "minutes": minutes or None})


@dataclass
class SlidePlan:
    """The slides of one deck, in order, numbered from 1."""

    slides: list[PlannedSlide] = field(default_factory=list)
    _seen: dict[str, int] = field(default_factory=dict)  # slides so far by title as written

    def add(self, kind: Kind, title: str, origin: PathKey, content: Scripted,
            part: tuple[int, int] | None = None, lead_in: Scripted | None = None,
            fits: bool = False, list_type: ListType | None = None,
            first_point: int = 1) -> PlannedSlide:
        """Return the next slide, recorded: numbered, and titled apart from an earlier slide of
        the same title ("Title (2)"), since screen readers list slides by title."""
        seen = self._seen[title] = self._seen.get(title, 0) + 1
        shown = f"{title} ({seen})" if seen > 1 else title
        planned = PlannedSlide(len(self.slides) + 1, kind, shown, origin, content, part,
                               lead_in, fits, list_type, first_point)
        self.slides.append(planned)
        return planned

    def number_of(self, origin: PathKey) -> int | None:
        """Return the number of the first slide made from the outline's `origin` (for a section
        without a header slide, its first slide, where its script is spoken), or None."""
        for slide in self.slides:
            if slide.origin == origin:
                return slide.number
        for slide in self.slides:
            if slide.origin[:len(origin)] == origin:
                return slide.number
        return None

    @property
    def origins(self) -> list[PathKey]:
        """Return each slide's place in the outline, in slide order."""
        return [slide.origin for slide in self.slides]
