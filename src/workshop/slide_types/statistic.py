"""A statistic: a large figure with its caption, and an optional chart of its data."""

from __future__ import annotations

import re

from workshop.blocks import Block, Table, Text, plain
from workshop.model import Chart, Deck, StatisticSlide
from workshop.slide_types.kind import SlideType

_YEAR = re.compile(r"\b(19|20)\d\d\b")


def key_points(slide: StatisticSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return the figure and its caption as a sentence, and the chart's data as a table."""
    blocks: list[Block] = [Text(plain(f"{slide.figure}: {slide.caption}"))]
    if slide.chart:
        blocks.append(figure_table(slide.chart, deck.attribution(slide) or "", columns))
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


TYPE = SlideType("statistic", StatisticSlide, "Statistic",
                 {"title": 0, "figure": 1, "caption": 2, "prompt": 13},
                 required=("title", "figure"), common_names=("Two Content", "Comparison"),
                 banded=True, replay=True, key_points=key_points)
