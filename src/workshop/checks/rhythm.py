"""The deck's rhythm (design system, section 5): no more than two slides of one type in a
row, so that a room does not sit through a run of look-alike slides."""

from __future__ import annotations

from workshop.model import SlideBase
from workshop.plan import PlannedSlide, SlidePlan
from workshop.slide_types.registry import slide_type

MOST_IN_A_ROW = 2


def drawn_as(slide: PlannedSlide) -> str:
    """Return the name of the type a planned slide is drawn as: what its type says it is
    shown as (SlideType.shown_as: a list's, by the type the plan chose for its points), else
    its layout."""
    content = slide.content
    if not isinstance(content, SlideBase):
        return ""
    shown_as = slide_type(content).shown_as
    return content.layout if shown_as is None else shown_as(content, slide.list_type)


def rhythm_findings(plan: SlidePlan) -> list[tuple[int, str]]:
    """Return (slide number, message) for each slide that makes a run of more than
    MOST_IN_A_ROW content slides of one type; the parts of one split slide count once."""
    found = []
    run: list[int] = []
    kind, origin = "", None
    for slide in plan.slides:
        if slide.kind != "content":
            run, kind, origin = [], "", None
            continue
        this = drawn_as(slide)
        if tuple(slide.origin) == origin:
            continue  # a part of the slide before
        run = [*run, slide.number] if this == kind else [slide.number]
        kind, origin = this, tuple(slide.origin)
        if len(run) == MOST_IN_A_ROW + 1:
            found.append((slide.number, (
                f"slides {run[0]} to {run[-1]} are all {kind}: vary the run (another layout, "
                "or fewer or shorter points so a list becomes cards)")))
    return found
