"""Where to get help: the event's local contacts first, then the national lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.blocks import Block, Bullets
from workshop.i18n import word
from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.model import Resource, ResourcesSlide
from workshop.notes_text import Paragraph, Run
from workshop.ooxml import elements
from workshop.ooxml.elements import new_shape_tree
from workshop.ooxml.text import fill, labelled, set_level_style, text_body
from workshop.slide_types import help_grid, lists
from workshop.slide_types.kind import Showing, SlideType
from workshop.slide_types.planning import Parts
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row, prompt_band, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.fit import Inherited
    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.planning import Planner
    from workshop.slide_types.writing import SlideWriting

PANEL_SIZES = g.CARD_SIZES  # the local contacts' panel
PANEL_SHARE = 0.45  # of the slide's body, at most
PANEL_SIDE, PANEL_END = int(0.25 * g.INCH), int(0.12 * g.INCH)  # its insets


def key_points(slide: ResourcesSlide, showing: Showing) -> list[Block]:
    """Return every resource, the event's local contacts first, as the slide shows them."""
    local = showing.deck.event.resources
    items = [*local, *(i for i in slide.items if i not in local)]
    return [Bullets(tuple(Paragraph((Run(f"{i.name}: ", bold=True), Run(i.detail)))
                          for i in items))]


def write(writer: SlideWriting, slide: Slide, content: ResourcesSlide) -> None:
    """Set the local contacts first, large on a panel of their own (the most useful thing for
    the families in the room), then the national services in halves on our own template (as
    one list, as large as it fits, on an organization's or when halves do not fit)."""
    body = writer.slot(slide, "body")
    local = writer.deck.event.resources if content.include_local else []
    panel, text_area = make_room(body, writer.inherited(slide, body), local,
                                 writer.body_font)
    if panel is not None:
        heading = Paragraph((Run(writer.words("local_resources"), bold=True),))
        local_panel(slide, panel, heading, local_lines(local), writer.body_font)
    halves = (help_grid.layout(content.items, text_area, writer.body_font)
              if content.items and not writer.organization_template else None)
    if halves is not None:
        help_grid.draw(slide, halves)
    elif content.items:
        icon = None if local else lists.shown_icon(content)
        set_national(writer.surface(slide, body), content, icon)


def local_lines(local: list[Resource]) -> list[Paragraph]:
    """Return the local contacts as the panel lists them: each name bold before its detail."""
    return [labelled(f"{item.name}:", item.detail) for item in local]


def make_room(body: Element, inherited: Inherited, local: list[Resource],
              font: str) -> tuple[g.Box | None, g.Box]:
    """Return the area the panel of `local` contacts takes the top of (the body's, within
    its text's edges, which the panel's and the title's share; None without any local
    contacts), the body moved below the panel, and the area the body's text may take."""
    box = g.Box(*inherited.xfrm())
    left, right = (int(inherited.inset(side, g.TEXT_INSET) * g.PT)
                   for side in ("lIns", "rIns"))
    panel = None
    if local:
        panel = g.Box(box.x + left, box.y, box.cx - left - right, box.cy)
        height, _ = local_panel_size(panel, local_lines(local), font)
        below = panel.y + height + g.GUTTER // 2
        box = g.Box(box.x, below, box.cx, box.bottom - below)
        elements.set_box(body, box)
    return panel, g.Box(box.x + left, box.y, box.cx - left - right, box.cy)


def set_national(surface: lists.Surface, content: ResourcesSlide, icon: str | None) -> None:
    """Set the national lines as one list in the surface's body: in rows beside their icons
    when every line has one, else beside `icon`, as large as they fit. The writer writes the
    slide so; the plan measures it so."""
    fill(text_body(surface.body), [labelled(f"{item.name}:", item.detail)
                                   for item in content.items])
    icons = [item.icon for item in content.items]
    lists.set_list(surface, icons if all(icons) else None, icon, lists.LONG_LIST_SIZES)


LAYOUT = Layout("Resources", [
    title_placeholder(),
    Ph("body", 1, g.CONTENT, "Resources", "Where to get help", 2200, role="body"),
    prompt_band(), *footer_row(),
])


def parts(planner: Planner, content: ResourcesSlide) -> Parts:
    """Return how the slide is shown: on one; or, when the event's local contacts and the
    national lines set as one list under them do not fit even shrunk to the floor, on two
    (see split_resources: the design, not an overflow)."""
    local = planner.deck.event.resources
    if not (content.items and content.include_local and local):
        return Parts()
    tree = new_shape_tree()
    body = planner.body("resources", content, tree)
    _, text_area = make_room(body, planner.inherited(body, "resources"), local,
                             planner.body_font)
    if not planner.organization_template and help_grid.layout(
            content.items, text_area, planner.body_font) is not None:
        return Parts()  # the national lines in halves beside each other: they fit
    set_national(planner.surface(tree, body, "resources"), content, None)
    if planner.fits_at_floor(body, "resources"):
        return Parts()
    return Parts(tuple(split_resources(content, word(planner.deck.language, "local_help"))))


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


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "Where to get help", "layout": "resources",
          "items": [{"name": "Crisis line", "detail": "call or text 988"},
                    {"name": "Report a photo", "detail": "CyberTipline.org"}]}

# It shows the event's local contacts: made anew for each event.
TYPE = SlideType("resources", ResourcesSlide, LAYOUT,
                 required=("title", "body"), common_names=("Title and Content",), banded=True,
                 key_points=key_points, write=write, parts=parts,
                 sample=SAMPLE, help_lines=lambda slide: tuple(slide.items))


def local_panel_size(box: g.Box, items: list[Paragraph], font: str) -> tuple[int, int]:
    """Return the height (EMU) and size (pt) of the panel of local contacts `items` across the
    top of `box`, a heading above them: at the largest of PANEL_SIZES that keeps it within
    PANEL_SHARE of the box (else the smallest)."""
    width = (box.cx - 2 * PANEL_SIDE) / g.PT
    for size in PANEL_SIZES:
        lines = sum(wrapped_lines([Span(run.text, size, run.bold) for run in item.runs], font,
                                  width) for item in items)
        height = int(((lines + 1) * size * LINE_HEIGHT + size * 0.4 * len(items)) * g.PT
                     + 2 * PANEL_END)
        if height <= PANEL_SHARE * box.cy:
            break
    return height, size


def local_panel(slide: Slide, box: g.Box, heading: Paragraph, items: list[Paragraph],
                font: str) -> None:
    """Draw the local contacts on a tinted panel at the top of `box`, as tall and its text
    as large as local_panel_size says, `heading` above them."""
    from workshop.slide_types import drawing

    height, size = local_panel_size(box, items, font)
    panel = drawing.text_box(slide, g.Box(box.x, box.y, box.cx, height), "Local resources")
    drawing.tinted(panel, "bg2")
    drawing.frame(panel, wrap=True, insets=(PANEL_SIDE, PANEL_SIDE, PANEL_END, PANEL_END))
    body = text_body(panel)
    fill(body, [heading, *items])
    set_level_style(body, 0, size, size * 0.4)
    # the heading: smaller, in the titles' colour
    drawing.restyle(panel, lambda n, _: drawing.Style(size - 4, colour="tx2") if n == 0
                    else drawing.Style())
