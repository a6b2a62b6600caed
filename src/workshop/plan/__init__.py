"""The slide plan: every slide a deck will have, in order, with its number, its title as shown,
its place in the outline and what it shows. The deck, the facilitator guide and the checks
all read one plan; none of them numbers or splits slides on its own.

The plan is made before any slide is written (`plan.stage`): whether a crowded list must be
split depends on how its text measures in the template's layout, which `plan.measure` tells
from the template's XML with the fit model, asking `split_bullets` with a `fits` function of
its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from workshop.model import BulletSlide, PathKey, ResourcesSlide, Scripted

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
    section that has no header slide, spoken first on its first slide, and whether its list
    `fits` its body as the writer sets it (measured by the plan: not measured again)."""

    number: int
    kind: Kind
    title: str
    origin: PathKey
    content: Scripted
    part: tuple[int, int] | None = None
    lead_in: Scripted | None = None
    fits: bool = False

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
            fits: bool = False) -> PlannedSlide:
        """Return the next slide, recorded: numbered, and titled apart from an earlier slide of
        the same title ("Title (2)"), since screen readers list slides by title."""
        seen = self._seen[title] = self._seen.get(title, 0) + 1
        shown = f"{title} ({seen})" if seen > 1 else title
        planned = PlannedSlide(len(self.slides) + 1, kind, shown, origin, content, part,
                               lead_in, fits)
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


# A bullet slide's points, grouped: a list of sub-points stays with the point before it.
Groups = list[list]
Fits = Callable[[Groups, list[str]], bool]


def split_bullets(content: BulletSlide, fits: Fits) -> list[BulletSlide]:
    """Return the parts "(1/2)", "(2/2)", ... of a bullet slide too crowded for one slide.

    `fits(groups, prompts)` tells whether points fit one slide at full size with those
    prompts in its band. The prompts go with the last part, so it is tried with them. As few
    parts as fit; then, if the same number of parts with the points shared out evenly also
    fit, those (balanced parts look designed; a full part and a nearly empty one do not).
    The script and the minutes go with the first part.
    """
    groups: Groups = []
    for item in content.bullets:
        if isinstance(item, list) and groups:
            groups[-1].append(item)
        else:
            groups.append([item])
    filled: list[Groups] = [[]]
    for group in groups:  # fill each part at full size
        if filled[-1] and not fits(filled[-1] + [group], []):
            filled.append([])
        filled[-1].append(group)
    if content.prompts and not fits(filled[-1], content.prompts):
        last, tail = filled.pop(), []  # the last part, with the prompts, takes what fits
        while last and (not tail or fits([last[-1], *tail], content.prompts)):
            tail.insert(0, last.pop())
        filled += [part for part in (last, tail) if part]
    even = _shared_out(groups, len(filled))
    if even != filled and all(fits(part, content.prompts if n == len(even) - 1 else [])
                              for n, part in enumerate(even)):
        filled = even
    count = len(filled)
    return [
        content.model_copy(update={
            "title": f"{content.title} ({n}/{count})",
            "bullets": [item for group in part for item in group],
            "prompts": content.prompts if n == count else [],
            "notes": content.notes if n == 1 else None,
            "minutes": content.minutes if n == 1 else None,
            "discussion_minutes": content.discussion_minutes if n == count else None,
        })
        for n, part in enumerate(filled, start=1)
    ]


def _shared_out(groups: Groups, count: int) -> list[Groups]:
    """Return `groups` in `count` consecutive parts whose sizes differ by one at most, the
    larger parts first."""
    size, extra = divmod(len(groups), count)
    parts, start = [], 0
    for n in range(count):
        end = start + size + (1 if n < extra else 0)
        parts.append(groups[start:end])
        start = end
    return parts


def split_resources(content: ResourcesSlide, local_title: str) -> list[ResourcesSlide]:
    """Return the resources slide in two, for local resources too many to share a slide with
    the national ones: the local ones first (the most useful to the room), titled
    `local_title` ("Help in our community"), then the national ones under the slide's own
    title (two slides of their own, not "(1/2)" of one); the script and the minutes go with
    the first part, the prompts with the last. The sources go with the national lines: the
    organization's own contacts are not NCMEC's or the FBI's to vouch for."""
    parts = (content.model_copy(update={"items": [], "include_local": True}),
             content.model_copy(update={"include_local": False}))
    return [
        part.model_copy(update={
            "title": local_title if n == 1 else content.title,
            "prompts": content.prompts if n == 2 else [],
            "notes": content.notes if n == 1 else None,
            "minutes": content.minutes if n == 1 else None,
            "discussion_minutes": content.discussion_minutes if n == 2 else None,
            "source": content.source if n == 2 else None,
        })
        for n, part in enumerate(parts, start=1)
    ]
