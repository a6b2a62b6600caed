"""Which slide layout, and which of its placeholders, each part of a slide goes into.

Our layouts have named roles (title, body, prompt, left, right, figure, ...). On the default
template each role is a known placeholder index; on an organization's own template the roles
are found by placeholder type and position, and a layout that lacks a required role is
reported before anything is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import SlideLayout

from workshop.ooxml.template_check import package_problem, slide_size_problem
from workshop.ooxml.theme import theme_problem
from workshop.slide_types.registry import BANDED, BY_KEY, LAYOUT_NAMES

_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_BODIES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)


@dataclass(frozen=True)
class LayoutSlots:
    """A layout to use for one of our layout keys, and the placeholder idx of each role."""

    layout: SlideLayout
    roles: dict[str, int]


def default_slots(layouts: dict[str, SlideLayout]) -> dict[str, LayoutSlots]:
    """Return the default template's layouts with their known roles."""
    return {key: LayoutSlots(layouts[name], dict(BY_KEY[key].roles))
            for key, name in LAYOUT_NAMES.items()}


def template_slots(layouts: dict[str, SlideLayout], mapping: dict[str, str]
                   ) -> tuple[dict[str, LayoutSlots], dict[str, str]]:
    """Return an organization template's layouts with roles found by type and position.

    Also return, by layout key, why a key could not be given a layout.
    """
    slots: dict[str, LayoutSlots] = {}
    problems: dict[str, str] = {}
    for key in LAYOUT_NAMES:
        wanted = mapping.get(key)
        candidates = (wanted,) if wanted else (LAYOUT_NAMES[key], *BY_KEY[key].common_names)
        name = next((n for n in candidates if n in layouts), None)
        if name is None:
            available = ", ".join(f"'{n}'" for n in layouts)
            problems[key] = (f"the template has no layout named '{candidates[0]}' for {key} "
                             f"slides (it has {available}); map one under layouts:")
            continue
        roles = derive_roles(key, layouts[name])
        missing = [role for role in BY_KEY[key].required if role not in roles]
        if missing:
            problems[key] = (f"layout '{name}' (for {key} slides) has no placeholder for "
                             f"{', '.join(missing)}")
            continue
        slots[key] = LayoutSlots(layouts[name], roles)
    return slots, problems


def _prompt_band(layout: SlideLayout, bodies: list) -> object | None:
    """Return the layout's band for prompts: a text placeholder across most of the slide's
    width, low and short, under the others (as in our own layouts). Or None."""
    presentation = layout.part.package.presentation_part.presentation
    width, height = presentation.slide_width or 0, presentation.slide_height or 0
    for ph in reversed(bodies):  # the lowest first
        top, cx, cy = ph.top or 0, ph.width or 0, ph.height or 0
        if top >= 0.7 * height and cy <= 0.25 * height and cx >= 0.6 * width:
            return ph
    return None


def _below(lower, upper) -> bool:
    """Return True when placeholder `lower` sits under `upper`, in the same column."""
    return ((lower.top or 0) >= (upper.top or 0) + (upper.height or 0) // 2
            and abs((lower.left or 0) - (upper.left or 0)) < (upper.width or 1) // 4)


def derive_roles(key: str, layout: SlideLayout) -> dict[str, int]:
    """Return the roles a layout of another template can take, by placeholder type and place."""
    roles: dict[str, int] = {}
    placeholders = list(layout.placeholders)
    for ph in placeholders:
        kind = ph.placeholder_format.type
        if kind in _TITLES and "title" not in roles:
            roles["title"] = ph.placeholder_format.idx
    subtitles = [ph for ph in placeholders if ph.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE]
    pictures = [ph for ph in placeholders if ph.placeholder_format.type == PP_PLACEHOLDER.PICTURE]
    bodies = sorted((ph for ph in placeholders if ph.placeholder_format.type in _BODIES),
                    key=lambda ph: (ph.top or 0, ph.left or 0))
    band = _prompt_band(layout, bodies) if key in BANDED else None
    if band is not None:
        roles["prompt"] = band.placeholder_format.idx
        bodies.remove(band)
    idx = [ph.placeholder_format.idx for ph in bodies]
    if key == "title":
        if subtitles:
            roles["subtitle"] = subtitles[0].placeholder_format.idx
        elif idx:
            roles["subtitle"] = idx.pop(0)
        if idx:
            roles["event"] = idx[0]
    elif key == "comparison":
        columns = sorted(bodies, key=lambda ph: (ph.left or 0, ph.top or 0))
        if len(columns) >= 4:
            ordered = [ph.placeholder_format.idx for ph in columns[:4]]
            names = ("left_heading", "left", "right_heading", "right")
            roles.update(zip(names, ordered, strict=True))
        elif len(columns) >= 2:
            ordered = [ph.placeholder_format.idx for ph in columns[:2]]
            roles.update(zip(("left", "right"), ordered, strict=True))
    elif key == "statistic":
        if idx:
            roles["figure"] = idx[0]
        if len(bodies) >= 2 and _below(bodies[1], bodies[0]):  # else it follows the figure
            roles["caption"] = idx[1]
    elif key == "image":
        if pictures:
            roles["picture"] = pictures[0].placeholder_format.idx
        if idx:
            roles["caption"] = idx[0]
    elif key == "scenario":
        if idx:
            roles["setup"] = idx[0]
    elif idx or subtitles:  # a title-slide layout can close a deck: its subtitle is the body
        roles["body"] = idx[0] if idx else subtitles[0].placeholder_format.idx
    return roles


def open_template(path: Path):
    """Return the template at `path` opened; raise ValueError saying why it cannot be used."""
    if path.suffix.lower() != ".pptx":
        raise ValueError(f"{path.name} is not a .pptx file (save .potx or .pptm templates as "
                         ".pptx)")
    problem = package_problem(path)
    if problem:
        raise ValueError(problem)
    try:
        prs = Presentation(str(path))
        theme = prs.slide_masters[0].part.part_related_by(RT.THEME).blob
    except Exception as exc:  # python-pptx raises many kinds for a broken package
        raise ValueError(f"{path.name} cannot be opened as a presentation: {exc}") from None
    problem = (slide_size_problem(path, prs.slide_width, prs.slide_height)
               or theme_problem(theme))
    if problem:
        raise ValueError(problem if problem.startswith(path.name)
                         else f"{path.name}: {problem}")
    if len(prs.slides):
        raise ValueError(f"{path.name} has {len(prs.slides)} slide(s); a template must have none")
    return prs


def check_template(path: Path, mapping: dict[str, str]) -> dict[str, str]:
    """Return, by layout key (or 'template'), every reason the template cannot be used."""
    try:
        prs = open_template(path)
    except ValueError as exc:
        return {"template": str(exc)}
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    unknown = {key: f"'{key}' is not one of our layouts ({', '.join(LAYOUT_NAMES)})"
               for key in mapping if key not in LAYOUT_NAMES}
    return {**unknown, **template_slots(layouts, mapping)[1]}
