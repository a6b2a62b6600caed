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
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.slide import SlideLayout

from workshop.ooxml.template_check import package_problem, slide_size_problem
from workshop.ooxml.theme import theme_problem
from workshop.theme import layout_roles
from workshop.theme.layout_roles import LayoutType


@dataclass(frozen=True)
class LayoutSlots:
    """A layout to use for one of our layout keys, and the placeholder idx of each role."""

    layout: SlideLayout
    roles: dict[str, int]


def default_slots(layouts: dict[str, SlideLayout], types: tuple[LayoutType, ...]
                  ) -> dict[str, LayoutSlots]:
    """Return the default template's layouts with the known roles of each of `types` (the
    slide types' registry)."""
    return {kind.key: LayoutSlots(layouts[kind.layout_name], dict(kind.roles))
            for kind in types}


def template_slots(layouts: dict[str, SlideLayout], mapping: dict[str, str],
                   types: tuple[LayoutType, ...]
                   ) -> tuple[dict[str, LayoutSlots], dict[str, str]]:
    """Return an organization template's layouts for each of `types`, with roles found by
    type and position.

    Also return, by layout key, why a key could not be given a layout.
    """
    slots: dict[str, LayoutSlots] = {}
    problems: dict[str, str] = {}
    presentation = (next(iter(layouts.values())).part.package.presentation_part.presentation
                    if layouts else None)
    size = ((presentation.slide_width or 0, presentation.slide_height or 0)
            if presentation is not None else (0, 0))

    def placeholders_of(name: str) -> list[layout_roles.Placeholder]:
        layout = layouts[name]
        return layout_roles.placeholders(layout.element, layout.slide_master.element)

    for kind in types:
        try:
            name, roles = layout_roles.choose_layout(kind, mapping, layouts, placeholders_of,
                                                     size)
        except ValueError as exc:
            problems[kind.key] = str(exc)
            continue
        slots[kind.key] = LayoutSlots(layouts[name], roles)
    return slots, problems


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


def check_template(path: Path, mapping: dict[str, str], types: tuple[LayoutType, ...]
                   ) -> dict[str, str]:
    """Return, by layout key (or 'template'), every reason the template cannot be used for
    slides of `types` (the slide types' registry)."""
    try:
        prs = open_template(path)
    except ValueError as exc:
        return {"template": str(exc)}
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    keys = [kind.key for kind in types]
    unknown = {key: f"'{key}' is not one of our layouts ({', '.join(keys)})"
               for key in mapping if key not in keys}
    return {**unknown, **template_slots(layouts, mapping, types)[1]}
