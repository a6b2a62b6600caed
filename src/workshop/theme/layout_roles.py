"""The roles (title, body, prompt, left, right, figure, ...) a layout's placeholders can play,
found in raw XML: on our own template, the placeholder each slide type names for a role (see
slide_types); on an organization's, by placeholder type and position. Read without python-pptx,
so that the slide plan can measure a slide before any is written; `theme.layouts` gives the
writer the same roles on python-pptx's layouts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Protocol

from workshop.ooxml.elements import placeholder_idx, placeholder_type
from workshop.ooxml.namespaces import Element
from workshop.ooxml.shapes import own_box, placeholder_kinds_in, shape_tree


class LayoutType(Protocol):
    """What the theme reads of a slide type (slide_types.kind.SlideType): its layout key, our
    layout's name and the placeholder of each role on it, the roles another template's
    layout must offer, PowerPoint's layout names to try there, whether it has a band, and
    how it finds its roles there beyond the title and the band (None: body_role)."""

    key: str
    layout_name: str
    roles: Mapping[str, int]
    required: tuple[str, ...]
    common_names: tuple[str, ...]
    banded: bool
    roles_elsewhere: Callable[[Offered], dict[str, int]] | None


_TITLES = ("title", "ctrTitle")
_BODIES = ("body", "obj")
# The master placeholder a layout placeholder of each type takes what it does not set from
# (as python-pptx's LayoutPlaceholder does).
_BASE_TYPE = {"ctrTitle": "title", "title": "title", "dt": "dt", "ftr": "ftr",
              "sldNum": "sldNum"}


@dataclass(frozen=True)
class Placeholder:
    """A layout's placeholder: its type as the XML names it ("obj" when it names none), its
    idx, and its box, as set on the layout or else on the master's placeholder of its kind
    (0 where neither sets it)."""

    kind: str
    idx: int
    left: int
    top: int
    width: int
    height: int


def placeholders(layout: Element, master: Element) -> list[Placeholder]:
    """Return the placeholders of the layout whose root is `layout` (its master's root is
    `master`), in document order."""
    masters = {}
    for element in placeholder_kinds_in(shape_tree(master)):
        kind = placeholder_type(element)
        if kind is not None:
            masters.setdefault(kind, element)
    found = []
    for element in placeholder_kinds_in(shape_tree(layout)):
        kind = placeholder_type(element)
        if kind is None:
            continue
        base = masters.get(_BASE_TYPE.get(kind, "body"))
        box = own_box(element)
        inherited = own_box(base) if base is not None else (None,) * 4
        found.append(Placeholder(kind, placeholder_idx(element),
                                 *(own if own is not None else (other or 0)
                                   for own, other in zip(box, inherited, strict=True))))
    return found


def candidates(kind: LayoutType, mapping: Mapping[str, str]) -> tuple[str, ...]:
    """Return the names of another template's layouts to try for slides of type `kind`, in
    order: the one a kit's `layouts:` maps it to, else our layout's name and the names
    PowerPoint's own templates use."""
    wanted = mapping.get(kind.key)
    return (wanted,) if wanted else (kind.layout_name, *kind.common_names)


def choose_layout(kind: LayoutType, mapping: Mapping[str, str], names: Collection[str],
                  placeholders_of: Callable[[str], list[Placeholder]],
                  slide_size: tuple[int, int]) -> tuple[str, dict[str, int]]:
    """Return the layout of another template, by name, that slides of type `kind` are made
    on, and the placeholder of each role there: the first of `candidates` among the
    template's layout `names`, its roles found in its placeholders (`placeholders_of(name)`)
    on slides of `slide_size`. Raise ValueError saying why no layout can take them. The
    writer (on python-pptx's layouts) and the plan (on their XML) both choose here."""
    wanted = candidates(kind, mapping)
    name = next((n for n in wanted if n in names), None)
    if name is None:
        available = ", ".join(f"'{n}'" for n in names)
        raise ValueError(f"the template has no layout named '{wanted[0]}' for {kind.key} "
                         f"slides (it has {available}); map one under layouts:")
    roles = derive_roles(kind, placeholders_of(name), slide_size)
    missing = [role for role in kind.required if role not in roles]
    if missing:
        raise ValueError(f"layout '{name}' (for {kind.key} slides) has no placeholder for "
                         f"{', '.join(missing)}")
    return name, roles


@dataclass(frozen=True)
class Offered:
    """What another template's layout offers a slide type beyond its title and prompt band:
    its text placeholders (`bodies`, top to bottom and, in a row, left to right), its
    subtitles and its picture placeholders."""

    bodies: tuple[Placeholder, ...]
    subtitles: tuple[Placeholder, ...]
    pictures: tuple[Placeholder, ...]

    @property
    def idx(self) -> list[int]:
        """Return the idx of each text placeholder, in order."""
        return [ph.idx for ph in self.bodies]


def body_role(offered: Offered) -> dict[str, int]:
    """Return the roles most types take on another template: the first text placeholder as
    the body (a title-slide layout, which can close a deck, offers its subtitle)."""
    if offered.bodies:
        return {"body": offered.bodies[0].idx}
    return {"body": offered.subtitles[0].idx} if offered.subtitles else {}


def derive_roles(kind: LayoutType, found: list[Placeholder], slide_size: tuple[int, int]
                 ) -> dict[str, int]:
    """Return the roles the placeholders `found` of another template's layout can take for
    slides of type `kind`, on slides of `slide_size` (EMU): the first title placeholder as
    the title, a band for prompts (for a type with one), and the rest as the type finds
    them (its `roles_elsewhere`, else body_role)."""
    roles: dict[str, int] = {}
    for ph in found:
        if ph.kind in _TITLES and "title" not in roles:
            roles["title"] = ph.idx
    bodies = sorted((ph for ph in found if ph.kind in _BODIES), key=lambda ph: (ph.top, ph.left))
    band = _prompt_band(bodies, slide_size) if kind.banded else None
    if band is not None:
        roles["prompt"] = band.idx
        bodies.remove(band)
    offered = Offered(tuple(bodies), tuple(ph for ph in found if ph.kind == "subTitle"),
                      tuple(ph for ph in found if ph.kind == "pic"))
    roles.update((kind.roles_elsewhere or body_role)(offered))
    return roles


def _prompt_band(bodies: list[Placeholder], slide_size: tuple[int, int]) -> Placeholder | None:
    """Return the layout's band for prompts: a text placeholder across most of the slide's
    width, low and short, under the others (as in our own layouts). Or None."""
    width, height = slide_size
    for ph in reversed(bodies):  # the lowest first
        if ph.top >= 0.7 * height and ph.height <= 0.25 * height and ph.width >= 0.6 * width:
            return ph
    return None


def below(lower: Placeholder, upper: Placeholder) -> bool:
    """Return True when placeholder `lower` sits under `upper`, in the same column."""
    return (lower.top >= upper.top + upper.height // 2
            and abs(lower.left - upper.left) < (upper.width or 1) // 4)
