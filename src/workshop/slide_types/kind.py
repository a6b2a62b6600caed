"""What a slide type is, for everything that is not its drawing: see `SlideType`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workshop.blocks import Block
    from workshop.model import Deck, SlideBase

KeyPoints = Callable[[Any, "Deck", tuple[str, ...]], list["Block"]]


@dataclass(frozen=True)
class SlideType:
    """One slide type of the decks, as every part of the house reads it.

    `key` is its layout key (what an outline's `layout:` names, and a kit's `layouts:` maps);
    `model` the outline model of its slides (None for the slides the compiler makes itself:
    the title, the agenda, a section's divider). On our own template it is the layout called
    `layout_name`, each role (title, body, prompt, ...) in the placeholder `roles` gives it;
    on an organization's template, the layout the kit maps, else the first of
    `common_names` there, which must offer the `required` roles. `banded` types show a
    slide's prompts in a band at its foot. `reads` names what a slide shows beyond its own
    outline content (the event's details, a picture): a type that reads nothing is finished
    once per content in a build session and copied for the same content again (see
    writers.pptx_replay), its copy keyed also by the fields of the deck named in `keyed_by`
    that it is drawn from (the deck's title, which seeds the people it draws). `key_points`
    says what a slide shows in the guide, the handout and the slides page (as blocks a
    reader can follow without the slide).
    """

    key: str
    model: type[SlideBase] | None
    layout_name: str
    roles: Mapping[str, int]
    required: tuple[str, ...]
    common_names: tuple[str, ...]
    banded: bool = False
    reads: frozenset[str] = field(default_factory=frozenset)
    keyed_by: tuple[str, ...] = ()
    key_points: KeyPoints | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "roles", MappingProxyType(dict(self.roles)))

    @property
    def replayed(self) -> bool:
        """Return True when a slide of this type shows nothing but its own outline content
        (and the deck's context), so that one finished once may be copied."""
        return self.model is not None and not self.reads
