"""A list of points (which the automatic choice may draw as another type: see `choice`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from workshop.blocks import Block, Bullets, plain
from workshop.model import BulletSlide, IconPoint, point_text
from workshop.notes_text import Paragraph, Run
from workshop.ooxml.elements import new_shape_tree
from workshop.ooxml.text import fill, level_style, text_body
from workshop.slide_types import lists
from workshop.slide_types.choice import chosen_type, drawing_area, type_name
from workshop.slide_types.kind import Showing, SlideType
from workshop.slide_types.planning import Parts
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row, prompt_band, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.planning import Planner
    from workshop.slide_types.writing import SlideWriting


def key_points(slide: BulletSlide, showing: Showing) -> list[Block]:
    """Return the points as a nested list, as written (whatever type they are drawn as)."""
    items, levels = [], []
    for item in slide.bullets:
        for text, level in ([(t, 1) for t in item] if isinstance(item, list)
                            else [(point_text(item), 0)]):
            items.append(plain(text))
            levels.append(level)
    return [Bullets(tuple(items), levels=tuple(levels))]


def write(writer: SlideWriting, slide: Slide, content: BulletSlide) -> None:
    """Draw the points as the type the automatic choice finds for them (cards, steps, a
    statement: drawn in the content area, the body left empty), else as a list: in rows
    beside icons of their own, else at the largest size that fits beside the slide's icon,
    a numbered list's numbers where the bullets were."""
    kind = writer.current.list_type  # the automatic choice, made by the plan
    if kind is not None:
        area = drawing_area(writer.content_bottom(content))
        font = writer.heading_font if kind.font == "heading" else writer.body_font
        # A type drawn in panels of its words' own height says when they run past the
        # area (their words fit their panels, so the fit check cannot see it).
        if kind.draw(slide, content, writer.box(area), font) is False:
            writer.notice("O206", f"its {kind.name} run past the foot of the content even at "
                          "their smallest size; shorten them")
        return
    body = writer.slot(slide, "body")
    first = writer.current.first_point  # a later part of a split list goes on counting
    fill_points(body, content, first)
    set_points(writer.surface(slide, body), content, first)
    writer.fits_as_planned(body)


def finish_deck(writer: SlideWriting, slides: list[tuple[BulletSlide, Slide]]) -> None:
    """Keep the deck's lists at one body size (see lists.one_body_size), and its icon lists
    (points in rows beside icons of their own) no larger than that: a short list beside its
    icons is never larger than the deck's other lists; their rows and icons are laid out
    again at that size, and their last words kept company at it."""
    listed = [writer.slot(slide, "body") for content, slide in slides
              if not any(isinstance(item, IconPoint) for item in content.bullets)]
    shared = lists.one_body_size([body for body in listed if body is not None])
    if shared is None:
        return
    for content, slide in slides:
        icons = row_icons(content)
        body = writer.slot(slide, "body") if any(icons) else None
        style = level_style(text_body(body), 0) if body is not None else None
        if style is None or style[0] <= shared:
            continue
        surface = writer.surface(slide, body)
        lists.resize_icon_list(surface.tree, body, surface.box(), surface.measured,
                               surface.middles, icons, shared)
        writer.keep_last_words_together(slide, body)  # its lines break anew at this size


def fill_points(body: Element, content: BulletSlide, first: int = 1) -> None:
    """Fill the slide's points into `body`, as set on the slide, a numbered list's from
    `first` (see list_paragraphs)."""
    paragraphs, levels = list_paragraphs(content, first)
    fill(text_body(body), paragraphs, levels)


def set_points(surface: lists.Surface, content: BulletSlide, first: int = 1) -> None:
    """Set the points filled into the surface's body: in rows beside icons of their own,
    else at the largest list size that fits beside the slide's icon, a numbered list's
    numbers where the bullets were. The writer writes a slide's list so; the plan measures
    it so."""
    icons = row_icons(content)
    if lists.set_list(surface, icons if any(icons) else None, lists.shown_icon(content)):
        return
    if content.numbered:  # steps: numbers where the bullets were
        count = point_count(content)
        lists.number_numbered(surface.body, [str(n) for n in range(first, first + count)],
                              surface.body_font, surface.inherited().size(0))


LAYOUT = Layout("Bullets", [
    title_placeholder(), Ph("body", 1, g.CONTENT, "Content", "Points", role="body"), prompt_band(),
    *footer_row(),
])


# How a list takes its body (see list_state).
EMPTY, FITS, SHRINKS, TOO_LONG = "empty", "fits", "shrinks", "too long"


def parts(planner: Planner, content: BulletSlide) -> Parts:
    """Return how the list is shown: on one slide, known to fit as set or not; or, when it
    is too long even shrunk to the floor, in parts (see split_bullets), each measured at
    full size."""
    state = list_state(planner, content, at_floor=True)
    if state != TOO_LONG:
        return Parts(fits=state == FITS)

    def fits(groups: Groups, prompts: list[str]) -> bool:
        """Return whether these points, with these prompts, fit one slide at full size."""
        bullets = [item for group in groups for item in group]
        return list_state(planner, content.model_copy(
            update={"bullets": bullets, "prompts": prompts})) in (EMPTY, FITS)

    return Parts(tuple(split_bullets(content, fits)), crowded=True)


def list_state(planner: Planner, content: BulletSlide, at_floor: bool = False) -> str:
    """Return how the points of `content`, set as `write` sets them, take their body: EMPTY
    when they are drawn as another type (cards, a statement); FITS as set; else TOO_LONG, or
    (`at_floor`) SHRINKS when they fit once shrunk, none below the floor."""
    if chosen_type(content, planner) is not None:
        return EMPTY
    tree = new_shape_tree()
    body = planner.body("bullets", content, tree)
    fill_points(body, content)
    # Most lists fit at the smallest list size: then the writer's setting fits too. (Not
    # a numbered list's: its numbers, hung after it is set, take room of their own.)
    if not content.numbered and lists.fits_at_smallest(
            body, lambda: planner.measured(body, "bullets")):
        return FITS
    set_points(planner.surface(tree, body, "bullets"), content)
    if not planner.measured(body, "bullets").overflows:
        return FITS
    return SHRINKS if at_floor and planner.fits_at_floor(body, "bullets") else TOO_LONG


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


# A slide of the type as an outline writes it (the tests build one of each).
def point_count(content: BulletSlide) -> int:
    """Return how many points (not sub-points) the list holds."""
    return sum(1 for item in content.bullets if not isinstance(item, list))


SAMPLE = {"title": "What helps first", "layout": "bullets",
          "bullets": ["Stay calm and listen", "Stop replying and do not pay",
                      ["Save the messages", "Note the account names"], "Report it"],
          "prompts": ["Which step would be hardest at home?"]}

TYPE = SlideType("bullets", BulletSlide, LAYOUT,
                 required=("title", "body"), common_names=("Title and Content",),
                 banded=True, replay=True, key_points=key_points, write=write, parts=parts,
                 finish_deck=finish_deck, sample=SAMPLE, choose=chosen_type, shown_as=type_name,
                 points=point_count)


def list_paragraphs(content: BulletSlide, first: int = 1) -> tuple[list[Paragraph], list[int]]:
    """Return the paragraphs of the slide's list, as set on the slide, and the level of each
    (0 for a point, 1 for a sub-point): a numbered list's points start with their bold
    number (from `first`) and an em space."""
    paragraphs, levels = [], []
    for item in content.bullets:
        for text, level in ([(t, 1) for t in item] if isinstance(item, list)
                            else [(point_text(item), 0)]):
            number = levels.count(0) + first
            paragraphs.append(Paragraph((Run(str(number), bold=True), Run(f"\u2003{text}")))
                              if content.numbered and level == 0 else Paragraph((Run(text),)))
            levels.append(level)
    return paragraphs, levels


def row_icons(content: BulletSlide) -> list[str | None]:
    """Return the icon of each paragraph of the slide's list, in order: a point's own icon,
    None for a point without one and for every sub-point."""
    icons: list[str | None] = []
    for item in content.bullets:
        if isinstance(item, list):
            icons += [None] * len(item)
        else:
            icons.append(item.icon if isinstance(item, IconPoint) else None)
    return icons
