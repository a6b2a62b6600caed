"""What a slide type's `write` may ask of the PowerPoint writer: see `SlideWriting`.

The writer (writers.pptx_deck) offers it; a type's module draws through it, so that a type is
written in its own module without importing the writer (the writers import the types, never
the other way round).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.images import Image
    from workshop.model import Chart, Deck, SlideBase
    from workshop.notes_text import Paragraph
    from workshop.ooxml.fit import Fit, Inherited
    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.lists import Surface
    from workshop.theme import geometry as g


class ChosenList(Protocol):
    """The type the plan chose to draw a list of points as (a kind.ListType): its name, the
    font it speaks in and its drawing."""

    name: str
    font: str
    draw: Callable[[Slide, Any, g.Box, str], bool | None]


class Current(Protocol):
    """The slide being written, as planned: its number and title as shown, its place in
    the outline (("sections", 2) for a divider, ("sections", 2, "slides", 0) for a slide)
    and, for a list of points, the type the plan chose to draw them as (None: a list) and
    the number of its first point (a later part of a split list goes on counting)."""

    number: int
    title: str
    origin: tuple[str | int, ...]
    list_type: ChosenList | None
    first_point: int


class SlideWriting(Protocol):
    """The writer, as a slide type's `write` sees it. Boxes are given in the default
    template's coordinates unless a method says otherwise; `box` turns them into the
    template's. What a type reads of `deck`, the feedback link, the logo, the contact line
    and its picture is noted as it reads it (see workshop.noted): a copy of its slide is
    taken into a later deck only where each is the same."""

    deck: Deck
    feedback_link: str | None  # the event's (else the kit's) feedback link, in full
    has_logo: bool  # the kit has a logo (drawn on the title slide's light field)
    organization_template: bool  # the kit's own template, not ours: keep to its layouts
    scale: tuple[float, float]  # the template's width and height over ours
    colors: dict[str, str]  # the theme's colours by slot (accent1, dk2, ...), as hex
    heading_font: str
    body_font: str
    data_grey: float  # the look's tint for data not highlighted
    current: Current

    def image(self) -> Image:
        """Return the picture file of the image slide being written."""

    def add_to_notes(self, paragraphs: list[Paragraph]) -> None:
        """Add `paragraphs` to the notes of the slide being written, after its script."""

    def words(self, key: str, **values: object) -> str:
        """Return the deck's language's words for `key`."""

    def box(self, box: g.Box) -> g.Box:
        """Return `box` on this template."""

    def slot(self, slide: Slide, role: str) -> Element | None:
        """Return the slide's placeholder for `role`, as its type's layout gives the role, or
        None."""

    def inherited(self, slide: Slide, element: Element) -> Inherited:
        """Return what the slide's shape inherits from its layout and master."""

    def measured(self, slide: Slide, element: Element) -> Fit:
        """Return how the shape's text fits its box as it is now."""

    def content_bottom(self, content: SlideBase) -> int:
        """Return where drawn content must stop: above the prompt band when there is one."""

    def text_box(self, slide: Slide, box: g.Box, name: str) -> Element:
        """Return a new word-wrapping text box at `box`."""

    def fill_with_list(self, slide: Slide, body: Element, icon: str | None,
                       sizes: tuple[int, ...] = ..., anchor: str | None = "t") -> bool:
        """Set the body's list at the largest of `sizes` that fits, beside `icon`; return
        False when none fits."""

    def surface(self, slide: Slide, body: Element) -> Surface:
        """Return the slide's `body` as a surface a list is set on (see lists.set_list)."""

    def keep_last_words_together(self, slide: Slide, element: Element,
                                 balanced: bool = False) -> None:
        """Keep the text's paragraphs from ending on a line of one word (the writer does so
        for every slide's text as it finishes it; a type whose text changes after, again)."""

    def keep_company(self, element: Element, balanced: bool = False) -> None:
        """Have the slide's last step keep the last words of the text box `element` (drawn
        by the type) company and, `balanced`, even its lines, as it does the text
        placeholders'."""

    def fits_as_planned(self, body: Element) -> None:
        """Say that the body's list is set as the plan measured it (not measured again)."""

    def chart(self, slide: Slide, chart: Chart, area: g.Box, shown_large: str) -> None:
        """Add a native chart of `chart` in `area` (this template's coordinates)."""

    def contact_line(self) -> str:
        """Return the kit's contact and website as one line, or an empty string."""

    def footer_left(self) -> int | None:
        """Return where the kit's footer starts on the bottom row, or None."""

    def one_line_width(self, text: str) -> int:
        """Return the width a box needs to show `text` on one line at 18 pt."""

    def kit_notice(self, code: str, message: str, field: str) -> None:
        """Say `message` once for the deck, at the line of the kit's `field`."""

    def notice(self, code: str, message: str, *, error: bool = False) -> None:
        """Say `message` (as finding `code`) of the slide being written."""
