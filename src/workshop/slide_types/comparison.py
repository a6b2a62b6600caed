"""Two columns side by side, each a heading over its points."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.blocks import Block, Bullets, Columns, Text, plain
from workshop.model import ComparisonSlide
from workshop.notes_text import Paragraph, Run
from workshop.ooxml.fit import Fit
from workshop.ooxml.namespaces import Element
from workshop.ooxml.text import fill, text_body
from workshop.slide_types import lists
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_roles import Offered
from workshop.theme.layout_spec import Layout, Ph, footer_row, prompt_band, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting

HEADING_PT = 24  # a column's heading, as our Comparison layout sets it


def key_points(slide: ComparisonSlide, showing: Showing) -> list[Block]:
    """Return the two columns side by side, as the notes speak of them."""
    return [Columns(tuple((Text(Paragraph((Run(column.heading, bold=True),))),
                           Bullets(tuple(plain(b) for b in column.bullets)))
                          for column in (slide.left, slide.right)), (3.25, 3.25))]


def write(writer: SlideWriting, slide: Slide, content: ComparisonSlide) -> None:
    """Set each column's points under its heading (leading the column on a template without
    heading placeholders), both columns at the one largest size that fits them; on our
    template, the headings raised to HEADING_PT where the points were set larger."""
    columns, headings = [], []
    for side, column in (("left", content.left), ("right", content.right)):
        heading = writer.slot(slide, f"{side}_heading")
        columns.append(writer.slot(slide, side))
        body = text_body(columns[-1])
        if heading is None:  # no heading placeholders: the heading leads the column
            fill(body, [Paragraph((Run(column.heading, bold=True),)),
                        *map(plain, column.bullets)])
        else:
            headings.append(heading)
            fill(text_body(heading), [plain(column.heading)])
            fill(body, list(map(plain, column.bullets)))

    def measured(element: Element) -> Fit:
        return writer.measured(slide, element)

    size = lists.fill_columns(columns, measured, lists.COLUMN_SIZES)
    if (size is not None and headings and size > HEADING_PT
            and not writer.organization_template):
        lists.raise_headings(headings, HEADING_PT, size, measured)


_LEFT = g.Box(g.MARGIN, g.CONTENT_TOP, g.HALF, int(0.6 * g.INCH))
_RIGHT = g.Box(g.MARGIN + g.HALF + g.GUTTER, g.CONTENT_TOP, g.HALF, int(0.6 * g.INCH))
_COLUMN_TOP = g.CONTENT_TOP + int(0.7 * g.INCH)
LAYOUT = Layout("Comparison", [
    title_placeholder(),
    Ph("body", 1, _LEFT, "Left Heading", "Left heading", HEADING_PT * 100, "accent1",
       bold=True, bullets=False, anchor="b", role="left_heading"),
    Ph("body", 2, g.Box(_LEFT.x, _COLUMN_TOP, g.HALF, g.CONTENT_ABOVE_BAND - _COLUMN_TOP),
       "Left Content", "Left points", 2000, role="left"),
    Ph("body", 3, _RIGHT, "Right Heading", "Right heading", HEADING_PT * 100, "accent1",
       bold=True, bullets=False, anchor="b", role="right_heading"),
    Ph("body", 4, g.Box(_RIGHT.x, _COLUMN_TOP, g.HALF, g.CONTENT_ABOVE_BAND - _COLUMN_TOP),
       "Right Content", "Right points", 2000, role="right"),
    prompt_band(), *footer_row(),
])


def roles_elsewhere(offered: Offered) -> dict[str, int]:
    """Return the columns' roles on another template's layout, left to right: four text
    placeholders as two headings over their points, else two as the points alone."""
    columns = sorted(offered.bodies, key=lambda ph: (ph.left, ph.top))
    if len(columns) >= 4:
        names = ("left_heading", "left", "right_heading", "right")
        return dict(zip(names, [ph.idx for ph in columns[:4]], strict=True))
    if len(columns) >= 2:
        return dict(zip(("left", "right"), [ph.idx for ph in columns[:2]], strict=True))
    return {}


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "Two sides", "layout": "comparison",
          "left": {"heading": "Sent", "bullets": ["a photo"]},
          "right": {"heading": "Kept", "bullets": ["a secret"]}}

TYPE = SlideType("comparison", ComparisonSlide, LAYOUT,
                 required=("title", "left", "right"),
                 common_names=("Comparison", "Two Content"), banded=True, replay=True,
                 key_points=key_points, write=write, sample=SAMPLE,
                 roles_elsewhere=roles_elsewhere)
