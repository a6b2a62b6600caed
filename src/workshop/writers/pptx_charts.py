"""Native charts: a statistic's data as an editable chart, coloured from the theme, its
parts named with the package's (see pptx_parts), its workbook stamped with the build time."""

from __future__ import annotations

import copy
import datetime as dt
import re
from io import BytesIO

from pptx.chart.data import CategoryChartData
from pptx.chart.xlsx import CategoryWorkbookWriter
from pptx.enum.chart import (
    XL_CHART_TYPE,
    XL_LABEL_POSITION,
    XL_LEGEND_POSITION,
    XL_TICK_LABEL_POSITION,
    XL_TICK_MARK,
)
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.parts.chart import ChartPart
from pptx.parts.embeddedpackage import EmbeddedXlsxPart
from pptx.slide import Slide
from pptx.util import Pt

from workshop import compat
from workshop.contrast import contrast_ratio
from workshop.model import Chart
from workshop.ooxml import elements
from workshop.ooxml.shapes import name_shape
from workshop.package import build_time
from workshop.session import Cache
from workshop.theme import geometry as g
from workshop.writers import pptx_parts

_CHART_TYPES = {
    "doughnut": XL_CHART_TYPE.DOUGHNUT,
    "pie": XL_CHART_TYPE.PIE,
    "bar": XL_CHART_TYPE.BAR_CLUSTERED,
    "column": XL_CHART_TYPE.COLUMN_CLUSTERED,
}
_SERIES_COLORS = [MSO_THEME_COLOR.ACCENT_1, MSO_THEME_COLOR.ACCENT_2, MSO_THEME_COLOR.ACCENT_3,
                  MSO_THEME_COLOR.ACCENT_4, MSO_THEME_COLOR.ACCENT_5, MSO_THEME_COLOR.ACCENT_6]


def add_chart(slide: Slide, chart: Chart, area: g.Box, names: pptx_parts.PartNames,
              colors: dict[str, str], grey_tint: float, shown_large: str = "") -> None:
    """Add a native, editable chart of `chart` in `area`, coloured from the theme (whose
    colours by slot are `colors`), its parts named by `names`; a bar not highlighted in the
    text colour lightened by `grey_tint` (the look's data grey). A slice's value is written
    in the theme's light or dark text colour, whichever reads better on it. A bar whose value
    is `shown_large` (the slide's figure, as it reads: "18,898") carries no label of its own.

    The first chart of each kind and data in a session is made and styled through python-pptx;
    later ones are copies of it (see pptx_parts.add_chart_copy), the same XML.
    """
    data = _FixedDateChartData(number_format=chart.number_format)
    data.categories = chart.categories
    data.add_series("Series 1", chart.values)
    data.workbook_key = (tuple(chart.categories), tuple(chart.values), chart.number_format)
    round_chart = chart.kind in ("doughnut", "pie")
    label_colors = tuple(_label_color(colors, _SERIES_COLORS[n % len(_SERIES_COLORS)])
                         for n in range(len(chart.values))) if round_chart else ()
    unlabelled = None if round_chart else _shown_large_at(chart.values, shown_large)
    key = (chart.kind, data.workbook_key, label_colors, grey_tint, unlabelled)
    made = _CHARTS.get(key)
    if made is not None:
        frame_element = pptx_parts.add_chart_copy(slide, made, data.xlsx_blob, area, names)
        name_shape(frame_element, "Chart")
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
    labels.show_value = True
    if not round_chart:
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
    series = plot.series[0]
    if round_chart:
        for n, label_color in enumerate(label_colors):
            point = series.points[n]
            point.format.fill.solid()
            point.format.fill.fore_color.theme_color = _SERIES_COLORS[n % len(_SERIES_COLORS)]
            label = point.data_label
            label.font.size = Pt(20)
            label.font.bold = True
            label.font.color.theme_color = label_color
            label.show_value = True
    else:
        # The latest bar in the accent colour, the others in the data grey: the room sees at
        # once which figure the slide is about (design system, "statistic + comparison").
        series.format.fill.solid()
        series.format.fill.fore_color.theme_color = MSO_THEME_COLOR.TEXT_1
        series.format.fill.fore_color.brightness = grey_tint
        latest = series.points[len(chart.values) - 1].format.fill
        latest.solid()
        latest.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
        # Each bar carries its value, so the value axis would only repeat it as clutter:
        # its labels, ticks and line go, the axis itself stays (LibreOffice lays the
        # category labels out from it).
        value_axis = plot_chart.value_axis
        value_axis.has_major_gridlines = False
        value_axis.tick_label_position = XL_TICK_LABEL_POSITION.NONE
        value_axis.major_tick_mark = XL_TICK_MARK.NONE
        value_axis.format.line.fill.background()
        plot_chart.category_axis.major_tick_mark = XL_TICK_MARK.NONE
        if unlabelled is not None:  # the figure beside the chart says it, larger
            elements.hide_data_label(compat.chart_space(plot_chart), unlabelled)
    _CHARTS.keep(key, copy.deepcopy(compat.chart_space(plot_chart)))


def _shown_large_at(values: list[float], figure: str) -> int | None:
    """Return the index of the value `figure` states ("18,898" for 18898), or None when it
    states none of `values` (a rate, a share, "6 in 10")."""
    digits = figure.replace(",", "").strip()
    if not re.fullmatch(r"\d+(\.\d+)?", digits):
        return None
    return next((n for n, value in enumerate(values) if value == float(digits)), None)


def _label_color(colors: dict[str, str], fill: MSO_THEME_COLOR) -> MSO_THEME_COLOR:
    """Return the theme's light or dark text colour, whichever contrasts more with `fill`."""
    under = "#" + colors[_SLOTS[fill]]
    light, dark = "#" + colors["lt1"], "#" + colors["dk1"]
    return (MSO_THEME_COLOR.BACKGROUND_1 if contrast_ratio(light, under)
            >= contrast_ratio(dark, under) else MSO_THEME_COLOR.TEXT_1)


_SLOTS = {MSO_THEME_COLOR.ACCENT_1: "accent1", MSO_THEME_COLOR.ACCENT_2: "accent2",
          MSO_THEME_COLOR.ACCENT_3: "accent3", MSO_THEME_COLOR.ACCENT_4: "accent4",
          MSO_THEME_COLOR.ACCENT_5: "accent5", MSO_THEME_COLOR.ACCENT_6: "accent6"}


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
        # An outline's or an events row's text is data: a category "=HYPERLINK(...)" is a
        # string cell, never a formula Excel would evaluate (nor a link) when the chart is
        # edited.
        options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                   "strings_to_numbers": False}
        with xlsxwriter.Workbook(stream, options) as workbook:
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
