"""What a layout of the default template is made of: its placeholders and what it draws.

Each slide type declares its layout with these (its module's `LAYOUT`); slide_types.default_template
writes them as the template's XML, in the registry's order. No python-pptx here: the slide
types are read without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.theme import geometry as g


@dataclass(frozen=True)
class Ph:
    """A placeholder on a layout: its type, index, place, prompt text and text style."""

    kind: str  # title, ctrTitle, subTitle, body, pic, ftr, sldNum
    idx: int
    box: g.Box
    name: str
    prompt: str = ""
    size: int | None = None  # hundredths of a point
    color: str | None = None  # scheme colour name
    bold: bool = False
    italic: bool = False
    bullets: bool = True
    anchor: str = "t"
    align: str | None = None
    fill: str | None = None
    font: str | None = None  # +mj-lt or +mn-lt
    role: str | None = None  # what a slide type puts in it (title, body, prompt, figure, ...)


@dataclass(frozen=True)
class Layout:
    """A layout of the default template: its name, placeholders and what it draws."""

    name: str
    placeholders: tuple[Ph, ...]
    background: str | None = None  # scheme colour of a full-bleed background
    show_master_shapes: bool = True
    # rectangles under the placeholders: box, scheme colour, and a name (else "Accent Rule")
    decorations: tuple[tuple, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "placeholders", tuple(self.placeholders))
        object.__setattr__(self, "decorations", tuple(self.decorations))

    @property
    def roles(self) -> dict[str, int]:
        """Return the idx of the placeholder that takes each role on this layout."""
        return {ph.role: ph.idx for ph in self.placeholders if ph.role is not None}


# Placeholder types that frame a slide (its title, date, footer and number), not its content.
FURNITURE = frozenset({"title", "ctrTitle", "dt", "ftr", "sldNum"})


def footer_row(color: str = "tx2") -> list[Ph]:
    """Return the bottom row's footer and slide number placeholders, their text in `color`."""
    return [
        Ph("ftr", 11, g.FOOTER, "Footer", "", g.ROW_PT * 100, color, bullets=False,
           align="r", font="+mn-lt"),
        Ph("sldNum", 12, g.SLIDE_NUMBER, "Slide Number", "", g.ROW_PT * 100, color,
           bullets=False, align="r", font="+mn-lt"),
    ]


def title_placeholder(color: str = "tx2") -> Ph:
    """Return a content slide's title placeholder, its text in `color`."""
    return Ph("title", 0, g.TITLE, "Title", "Slide title", color=color, anchor="b",
              role="title")


def prompt_band() -> Ph:
    """Return the prompt band's placeholder at the foot of a content slide."""
    # The design system's prompt band: 24 pt and upright (20 pt italic on a pale fill read as
    # a footnote, and faded on a projector).
    return Ph("body", 13, g.PROMPT_BAND, "Prompt", "Question for the room", 2400, "tx2",
              bullets=False, anchor="ctr", fill="bg2", role="prompt")
