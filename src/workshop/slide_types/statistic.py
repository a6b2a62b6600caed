"""A statistic: a large figure with its caption, and an optional chart of its data."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workshop.blocks import Block, Table, Text, plain
from workshop.model import Chart, StatisticSlide
from workshop.notes_text import Paragraph, Run
from workshop.ooxml import elements
from workshop.ooxml.shapes import shape_tree
from workshop.ooxml.text import fill, text_body
from workshop.slide_types import lists
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_roles import Offered, below
from workshop.theme.layout_spec import Layout, Ph, footer_row, prompt_band, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting

FIGURE_PT = 54  # the figure where the caption follows it in one placeholder (another template)

_YEAR = re.compile(r"\b(19|20)\d\d\b")


def key_points(slide: StatisticSlide, showing: Showing) -> list[Block]:
    """Return the figure and its caption as a sentence, and the chart's data as a table."""
    blocks: list[Block] = [Text(plain(f"{slide.figure}: {slide.caption}"))]
    if slide.chart:
        blocks.append(figure_table(slide.chart, showing.deck.attribution(slide) or "",
                                   showing.columns))
    return blocks


def figure_table(chart: Chart, source: str, columns: tuple[str, ...]) -> Table:
    """Return a chart's data as rows of label, value (as the chart writes it), year (from the
    label, else the source) and source."""
    year_of_source = _YEAR.search(source)
    rows = []
    for label, value in zip(chart.categories, chart.values, strict=True):
        year = _YEAR.search(label) or year_of_source
        rows.append((label, format_value(value, chart.number_format),
                     year.group() if year else "", source))
    return Table(columns, tuple(rows), widths=(2.2, 1.1, 0.7, 2.5))


def format_value(value: float, number_format: str) -> str:
    """Return `value` as an Excel `number_format` shows it, for the formats charts use:
    thousands separators (#,##0), a fixed number of decimals (0.0) and a literal suffix
    ("%")."""
    core = number_format.split(";")[0]
    suffix = "".join(re.findall(r'"([^"]*)"', core)) + ("%" if core.endswith("%") else "")
    digits = re.sub(r'"[^"]*"', "", core)
    decimals = len(digits.split(".")[1].rstrip("%")) if "." in digits else 0
    shown = value * 100 if core.endswith("%") else value
    text = f"{shown:,.{decimals}f}" if "," in digits else f"{shown:.{decimals}f}"
    return text + suffix


def write(writer: SlideWriting, slide: Slide, content: StatisticSlide) -> None:
    """Set the figure and its caption; beside them, on the right half, the chart of its data
    or, for a share ("6 in 10"), that many people of ten; else, across, beside its icon."""
    from workshop.slide_types import drawing, pictogram  # python-pptx: only when it draws

    figure = writer.slot(slide, "figure")
    caption = writer.slot(slide, "caption")
    if caption is None:  # another template: the caption follows the figure
        fill(text_body(figure), [Paragraph((Run(content.figure, bold=True),)),
                                 plain(content.caption)])
        drawing.restyle(figure, lambda n, k: drawing.Style(FIGURE_PT if n == k == 0 else None))
    else:
        fill(text_body(figure), [plain(content.figure)])
        fill(text_body(caption), [plain(content.caption)])
    bottom = writer.content_bottom(content)
    counted = None if content.chart or content.icon else pictogram.share(content.figure)
    if content.chart or counted:
        right = g.Box(g.MARGIN + g.HALF + g.GUTTER, g.CONTENT_TOP, g.HALF,
                      bottom - g.CONTENT_TOP)
        if content.chart:
            writer.chart(slide, content.chart, writer.box(right), shown_large=content.figure)
        else:  # "6 in 10": six people of ten, their right edge on the text's
            pictogram.draw(slide, *counted, writer.box(g.Box(right.x, right.y,
                                                              right.cx - g.TEXT_INSET,
                                                              right.cy)), writer.data_grey)
        if caption is None:  # keep the figure clear of the drawing
            elements.set_box(figure, writer.box(g.Box(g.MARGIN, g.CONTENT_TOP, g.HALF,
                                                      bottom - g.CONTENT_TOP)))
    elif caption is not None:  # the figure and caption across, or beside its icon
        icon = lists.shown_icon(content)
        width = g.WIDTH if icon is None else int(g.WIDTH * (1 - lists.ICON_SHARE))
        for placeholder in (figure, caption):
            x, y, _, height = writer.inherited(slide, placeholder).xfrm()
            elements.set_box(placeholder, g.Box(x, y, writer.box(g.Box(0, 0, width, 0)).cx,
                                                height))
        if icon is not None:
            area = g.Box(g.MARGIN, g.CONTENT_TOP, g.WIDTH, bottom - g.CONTENT_TOP)
            lists.add_icon(shape_tree(slide.element), icon,
                           writer.box(lists.icon_box(area)))


LAYOUT = Layout("Statistic", [
    title_placeholder(),
    Ph("body", 1, g.Box(g.MARGIN, g.CONTENT_TOP, g.HALF, int(1.7 * g.INCH)), "Figure", "60%",
       8000, "accent1", bold=True, bullets=False, anchor="b", font="+mj-lt", role="figure"),
    Ph("body", 2, g.Box(g.MARGIN, g.CONTENT_TOP + int(1.8 * g.INCH), g.HALF,
                        g.CONTENT_ABOVE_BAND - g.CONTENT_TOP - int(1.8 * g.INCH)),
       "Caption", "What the figure means", 2400, bullets=False, role="caption"),
    prompt_band(), *footer_row(),
])


def roles_elsewhere(offered: Offered) -> dict[str, int]:
    """Return the figure's role on another template's layout (its first text placeholder)
    and the caption's, a placeholder under it (else the caption follows the figure)."""
    idx, bodies, roles = offered.idx, offered.bodies, {}
    if idx:
        roles["figure"] = idx[0]
    if len(bodies) >= 2 and below(bodies[1], bodies[0]):
        roles["caption"] = idx[1]
    return roles


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "A figure", "layout": "statistic", "figure": "1,200",
          "caption": "reports in the last year shown", "source": "G, 2020",
          "chart": {"kind": "bar", "categories": ["Year A", "Year B", "Year C"],
                    "values": [400, 800, 1200], "number_format": "#,##0"}}

def figure(slide: StatisticSlide) -> str:
    """Return the figure the slide shows large: its own."""
    return slide.figure


TYPE = SlideType("statistic", StatisticSlide, LAYOUT,
                 required=("title", "figure"), common_names=("Two Content", "Comparison"),
                 banded=True, replay=True, key_points=key_points, write=write, sample=SAMPLE,
                 roles_elsewhere=roles_elsewhere, figure=figure)
