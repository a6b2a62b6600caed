"""Drawn content: process steps, dialogue bubbles and native charts."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from io import BytesIO

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart
from pptx.slide import Slide
from pptx.util import Pt

from workshop import compat
from workshop.model import Chart, Line, Step
from workshop.ooxml import elements
from workshop.ooxml.namespaces import A_ as _A
from workshop.ooxml.namespaces import P_ as _P
from workshop.package import build_time
from workshop.session import Cache
from workshop.theme import geometry as g
from workshop.writers import pptx_speed

_CHART_TYPES = {
    "doughnut": XL_CHART_TYPE.DOUGHNUT,
    "pie": XL_CHART_TYPE.PIE,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
}
_SERIES_COLORS = [MSO_THEME_COLOR.ACCENT_1, MSO_THEME_COLOR.ACCENT_2, MSO_THEME_COLOR.ACCENT_3,
                  MSO_THEME_COLOR.ACCENT_4, MSO_THEME_COLOR.ACCENT_5, MSO_THEME_COLOR.ACCENT_6]


def draw_steps(slide: Slide, steps: list[Step], area: g.Box) -> None:
    """Draw numbered chevrons with a detail panel under each, left to right across `area`."""
    gap = int(0.15 * g.INCH)
    width = (area.cx - gap * (len(steps) - 1)) // len(steps)
    head_height = int(0.9 * g.INCH)
    for n, step in enumerate(steps):
        x = area.x + n * (width + gap)
        kind = MSO_SHAPE.PENTAGON if n == 0 else MSO_SHAPE.CHEVRON
        head_box = g.Box(x, area.y, width, head_height)
        _stamped(slide, ("step", kind), head_box, f"Step {n + 1}", [f"{n + 1}. {step.title}"],
                 lambda box, texts, kind=kind: _step_head(slide, kind, box, texts))
        panel_top = area.y + head_height + gap
        panel_box = g.Box(x, panel_top, width - gap, area.bottom - panel_top)
        _stamped(slide, ("step detail",), panel_box, f"Step {n + 1} Detail", [step.detail],
                 lambda box, texts: _step_panel(slide, box, texts))


def _step_head(slide: Slide, kind: MSO_SHAPE, box: g.Box, texts: list[str]):
    head = slide.shapes.add_shape(kind, box.x, box.y, box.cx, box.cy)
    # A shallow point: the text is laid out between notch and point, so a deep one (the
    # preset's half the height) leaves a narrow step, on a 4:3 template too narrow for its words.
    head.adjustments[0] = _STEP_POINT
    _solid(head, MSO_THEME_COLOR.ACCENT_1)
    _text(head, texts[0], size=20, bold=True, color=MSO_THEME_COLOR.BACKGROUND_1,
          align=PP_ALIGN.CENTER)
    return head


_STEP_POINT = 0.2  # the depth of a step's point, as a share of its height


def _step_panel(slide: Slide, box: g.Box, texts: list[str]):
    panel = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, box.x, box.y, box.cx, box.cy)
    panel.adjustments[0] = 0.08
    _solid(panel, MSO_THEME_COLOR.BACKGROUND_2)
    _text(panel, texts[0], size=20, color=MSO_THEME_COLOR.TEXT_1, anchor=MSO_ANCHOR.TOP)
    return panel


def draw_dialogue(slide: Slide, lines: list[Line], area: g.Box) -> None:
    """Draw the lines as speech bubbles, alternating left (first speaker) and right."""
    gap = int(0.2 * g.INCH)
    height = min((area.cy - gap * (len(lines) - 1)) // len(lines), int(1.3 * g.INCH))
    width = int(area.cx * 0.68)
    speakers: list[str] = []
    for n, line in enumerate(lines):
        if line.speaker not in speakers:
            speakers.append(line.speaker)
        right = speakers.index(line.speaker) % 2 == 1
        x = area.x + area.cx - width if right else area.x
        box = g.Box(x, area.y + n * (height + gap), width, height)
        _stamped(slide, ("line", right), box, f"Line {n + 1}", [f"{line.speaker}: ", line.text],
                 lambda box, texts, right=right: _bubble(slide, right, box, texts))


def _bubble(slide: Slide, right: bool, box: g.Box, texts: list[str]):
    bubble = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT, box.x, box.y,
                                    box.cx, box.cy)
    bubble.adjustments[0] = 0.3 if right else -0.3  # tail towards the speaker's side
    bubble.adjustments[1] = 0.62
    fill = MSO_THEME_COLOR.TEXT_2 if right else MSO_THEME_COLOR.BACKGROUND_2
    color = MSO_THEME_COLOR.BACKGROUND_1 if right else MSO_THEME_COLOR.TEXT_1
    _solid(bubble, fill)
    frame = bubble.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    frame.margin_left = frame.margin_right = int(0.2 * g.INCH)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    for text, bold in zip(texts, (True, False), strict=True):
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(20)
        run.font.bold = bold
        run.font.color.theme_color = color
    return bubble


# The first shape drawn of each kind, by kind: later ones are copies with their own id, name,
# place and text, which gives the XML python-pptx would write, without its many steps.
_STAMPS = Cache("drawn shapes by kind", 64)


def _stamped(slide: Slide, kind: tuple, box: g.Box, name: str, texts: list[str],
             draw: Callable[[g.Box, list[str]], object]) -> None:
    """Add a shape of `kind` named `name` at `box` showing `texts` (one per run), drawing it
    with `draw` the first time and copying that drawing afterwards."""
    stamp = _STAMPS.get(kind)
    if stamp is None:
        shape = draw(box, texts)
        shape.name = name
        _STAMPS.keep(kind, copy.deepcopy(shape._element))
        return
    tree = compat.shape_tree(slide.shapes)
    added = copy.deepcopy(stamp)
    properties = added.find(f"{_P}nvSpPr/{_P}cNvPr")
    properties.set("id", str(elements.next_slide_shape_id(tree)))
    properties.set("name", name)
    elements.set_box(added, box)
    for node, text in zip(added.iter(f"{_A}t"), texts, strict=True):
        node.text = elements.escape_text(text)
    elements.insert_shape(tree, added)


def add_chart(slide: Slide, chart: Chart, area: g.Box, names: pptx_speed.PartNames) -> None:
    """Add a native, editable chart of `chart` in `area`, coloured from the theme, its parts
    named by `names`.

    The first chart of each kind and data in a session is made and styled through python-pptx;
    later ones are copies of it (see pptx_speed.add_chart_copy), the same XML.
    """
    data = _FixedDateChartData(number_format=chart.number_format)
    data.categories = chart.categories
    data.add_series("Series 1", chart.values)
    data.workbook_key = (tuple(chart.categories), tuple(chart.values), chart.number_format)
    key = (chart.kind, data.workbook_key)
    made = _CHARTS.get(key)
    if made is not None:
        frame_element = pptx_speed.add_chart_copy(slide, made, data.xlsx_blob, area, names)
        frame_element.find(f"{_P}nvGraphicFramePr/{_P}cNvPr").set("name", "Chart")
        return
    frame = slide.shapes.add_chart(_CHART_TYPES[chart.kind], area.x, area.y, area.cx, area.cy,
                                   data)
    frame.name = "Chart"
    plot_chart = frame.chart
    chart_part = plot_chart.part
    names.noted(ChartPart.partname_template, chart_part.partname)
    names.noted(EmbeddedXlsxPart.partname_template,
                chart_part.chart_workbook.xlsx_part.partname)
    elements.unsign_chart_axis_ids(compat.chart_space(plot_chart))
    plot_chart.has_title = False
    plot_chart.font.size = Pt(18)
    plot_chart.font.color.theme_color = MSO_THEME_COLOR.TEXT_1
    round_chart = chart.kind in ("doughnut", "pie")
    plot_chart.has_legend = round_chart
    if round_chart:
        plot_chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        plot_chart.legend.include_in_layout = False
    plot = plot_chart.plots[0]
    plot.has_data_labels = True
    labels = plot.data_labels
    labels.number_format = chart.number_format
    labels.number_format_is_linked = False
    labels.font.size = Pt(20)
    labels.font.bold = True
    if not round_chart:
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
    series = plot.series[0]
    if round_chart:
        for n in range(len(chart.values)):
            point = series.points[n]
            point.format.fill.solid()
            point.format.fill.fore_color.theme_color = _SERIES_COLORS[n % len(_SERIES_COLORS)]
        labels.font.color.theme_color = MSO_THEME_COLOR.BACKGROUND_1
    else:
        series.format.fill.solid()
        series.format.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
        plot_chart.value_axis.tick_labels.number_format = chart.number_format
        plot_chart.value_axis.tick_labels.number_format_is_linked = False
        plot_chart.value_axis.has_major_gridlines = False
    _CHARTS.keep(key, copy.deepcopy(compat.chart_space(plot_chart)))


# Charts as python-pptx made and add_chart styled them, by kind and data: see add_chart.
_CHARTS = Cache("charts by kind and data", 64)


class _FixedDateWorkbookWriter(CategoryWorkbookWriter):
    """The chart's embedded workbook, stamped with the build time instead of the clock."""

    @property
    def xlsx_blob(self) -> bytes:
        created = build_time().astimezone(dt.timezone.utc).replace(tzinfo=None)
        key = (getattr(compat.workbook_data(self), "workbook_key", None), created)
        if key[0] is not None and key in _WORKBOOKS:
            return _WORKBOOKS[key]
        import xlsxwriter

        stream = BytesIO()
        with xlsxwriter.Workbook(stream, {"in_memory": True}) as workbook:
            workbook.set_properties({"created": created})
            compat.populate_worksheet(self, workbook, workbook.add_worksheet())
        if key[0] is not None:
            _WORKBOOKS.keep(key, stream.getvalue())
        return stream.getvalue()


# Embedded workbooks by chart data and time: a batch builds the same chart for every kit.
_WORKBOOKS = Cache("chart workbooks by data and time", 64)


class _FixedDateChartData(CategoryChartData):
    """Chart data whose workbook carries the build time; `workbook_key` names its contents."""

    workbook_key: tuple | None = None

    @property
    def _workbook_writer(self) -> CategoryWorkbookWriter:
        return _FixedDateWorkbookWriter(self)


def _solid(shape, color: MSO_THEME_COLOR) -> None:
    shape.fill.solid()
    shape.fill.fore_color.theme_color = color
    shape.line.fill.background()
    shape.shadow.inherit = False


def _text(shape, text: str, *, size: int, color: MSO_THEME_COLOR, bold: bool = False,
          align: PP_ALIGN = PP_ALIGN.LEFT, anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE) -> None:
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = int(0.15 * g.INCH)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.theme_color = color
