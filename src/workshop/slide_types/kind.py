"""What a slide type is, as every part of the house reads it (`SlideType`), and what a type a
list of points may be drawn as is (`ListType`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.blocks import Block
    from workshop.images import Image
    from workshop.model import BulletSlide, Deck, Resource, SlideBase
    from workshop.slide_types.planning import Parts, Planner
    from workshop.slide_types.writing import SlideWriting
    from workshop.theme import geometry as g
    from workshop.theme.layout_roles import Offered
    from workshop.theme.layout_spec import Layout



@dataclass(frozen=True)
class Showing:
    """What a document gives a slide type to say what a slide shows (`SlideType.key_points`):
    the deck, the names of a figure table's columns in the deck's language, the event's line
    (organization, date and place) and the picture read for the slide (None where the
    document shows no pictures, or the slide has none)."""

    deck: Deck
    columns: tuple[str, ...]
    event_line: str = ""
    picture: Image | None = None


# Two scheme colours a drawing sets one on the other (see `SlideType.colour_pairs`): the
# text's slot, the slot behind it, the least contrast they need, and where they meet.
ColourPair = tuple[str, str, float, str]


# Says what a slide of the type shows, as blocks (see `SlideType.key_points`).
KeyPoints = Callable[[Any, Showing], list["Block"]]
# Draws a slide of the type on the slide made for it (see `SlideType.write`).
Write = Callable[["SlideWriting", "Slide", Any], None]
# Keeps something alike across a deck's slides of the type (see `SlideType.finish_deck`).
FinishDeck = Callable[["SlideWriting", list[tuple[Any, "Slide"]]], None]
# Tells on how many slides an outline slide of the type is shown (see `SlideType.parts`).
SplitBy = Callable[["Planner", Any], "Parts"]


@dataclass(frozen=True)
class SlideType:
    r"""One slide type of the decks, as every part of the house reads it.

    `key` is its layout key (what an outline's `layout:` names, and a kit's `layouts:` maps);
    `model` the outline model of its slides (None for the slides the compiler makes itself: the
    title, the agenda, a section's divider). On our own template it is its `layout` (which
    default_template writes into the template), each role (title, body, prompt, ...) in the
    placeholder its layout gives the role (`roles`); on an organization's template, the layout
    the kit maps, else the first of `common_names` there, which must offer the `required` roles.
    `banded` types show a slide's prompts in a band at its foot; a type whose prompts
    `prompts_are_content` shows them as what the slide says (the guide and the slides page then
    list them as its content, not as questions beside it). A type may opt in to `replay`: a
    slide of it finished once in a build session is copied into a later deck for the same
    content, when every field of the deck its `write` read (the writer notes each as it is read)
    is the same there too (see writers.pptx_replay); a type is made anew for every deck unless
    it opts in. `key_points` says what a slide shows in the guide and the slides page (as blocks
    a reader can follow without the slide). `write` draws a slide of the type on the slide the
    writer made for it on its layout, titled (an outline's slide with its prompt band set or
    given to the content): `write(writer, slide, content)`, where `writer` offers what every
    type draws with (see `writing.SlideWriting`: a text box it draws is handed to
    `writer.keep_company` for its last words to keep company, as the placeholders' do); the
    writer then adds the notes (and an outline slide's footer, fitting its text) and tidies
    the slide. Its second path, for an organization's own template
    (`writer.organization_template`), is in it too. `sample` is a slide of the type as an
    outline writes it: the contract tests build one of each type
    (tests/test_type_contracts.py). `backdrops` names the filled shapes its `write` draws
    other shapes on (the closing's help card): what is drawn on one is its, not an overlap,
    and the bottom row keeps within the width of one that runs to the slide's foot. `figure`
    returns the figure a slide of it shows where the type knows it (a statistic's own), for
    the care check and the guide; else a figure is found in the slide's words (see figures).
    `picture` names the field of a slide of it that names a picture file (the image slide's
    `image`): preparing a deck reads, checks and re-encodes it (a problem said at that
    field), and `write` has it from `writer.image()`. `help_lines` returns the places to get
    help a slide of it gives (the resources slide's), which the printed documents list beside
    the event's own. A type whose slides are drawn as another type by their content (a list
    of points as cards, steps or a statement: see `choice`) `choose`s it, given the plan's
    planner (the plan makes the choice once; its writer reads it as `current.list_type`),
    names what a slide is drawn as for the rhythm check (`shown_as`), and says how many
    numbered points a part of a split slide holds (`points`: the next part counts on).
    `colour_pairs` are the theme's colours its drawing sets text in on one another (beyond the
    body text and titles every slide has), each with the least contrast it needs and where:
    the accessibility check holds a deck's theme to every type's. `finish_deck`, once every
    slide is written, keeps something alike across the deck's slides of the type (each
    outline slide with its slide): the bullets' one body size.
    """

    key: str
    model: type[SlideBase] | None
    layout: Layout
    required: tuple[str, ...]
    common_names: tuple[str, ...]
    key_points: KeyPoints = field(kw_only=True)  # every type says what its slides show ...
    write: Write = field(kw_only=True)  # ... and draws them
    banded: bool = False
    prompts_are_content: bool = False
    replay: bool = False
    parts: SplitBy | None = None
    finish_deck: FinishDeck | None = None
    roles_elsewhere: Callable[[Offered], dict[str, int]] | None = None
    sample: Mapping[str, Any] | None = None  # a slide of it, as an outline writes it
    backdrops: tuple[str, ...] = ()
    colour_pairs: tuple[ColourPair, ...] = ()
    figure: Callable[[Any], str | None] | None = None
    picture: str | None = None
    help_lines: Callable[[Any], tuple[Resource, ...]] | None = None
    choose: Callable[[Any, Planner | None], ListType | None] | None = None
    shown_as: Callable[[Any, ListType | None], str] | None = None
    points: Callable[[Any], int] | None = None

    @property
    def roles(self) -> Mapping[str, int]:
        """Return the placeholder each role takes on our template (its `layout` says)."""
        return MappingProxyType(self.layout.roles)

    @property
    def layout_name(self) -> str:
        """Return the name of the type's layout on our template."""
        return self.layout.name


@dataclass(frozen=True)
class ListType:
    """A type a list of points is drawn as when its content suits it (design system,
    sections 4 and 5), tried by slide_types.choice in turn: its `name` (said in findings:
    "its steps run past..."), the rule it `applies` by, how it `draw`s the points in the
    content area (returning False only when what it drew runs past the area, which the fit
    check cannot see in panels as tall as their words), the `font` it speaks in ("heading"
    for the titles' face, else the body's), a `sample`: a list slide, as an outline
    writes it, that the choice draws as this type (the contract and rendered tests build
    it), the `colour_pairs` it sets text in (as SlideType's: the accessibility check
    holds a theme, a kit's colours among them, to each), for a type whose drawing may
    not hold every list it applies to, whether it `fits` a list in the area at its smallest
    size (the plan passes over a type that does not: the points stay a list, which it can
    split), and the name its drawn shapes holding the points' `words` share, each numbered
    ("Step card 1"), which a prompt band's question is kept no larger than."""

    name: str
    applies: Callable[[BulletSlide], bool]
    draw: Callable[[Slide, BulletSlide, g.Box, str], bool | None]
    font: str = "body"
    sample: Mapping[str, Any] | None = None
    colour_pairs: tuple[ColourPair, ...] = ()
    fits: Callable[[BulletSlide, g.Box, str], bool] | None = None
    words: str | None = None
