"""What a slide shows, as blocks a reader can follow without the slide: points as a nested
list, a statistic as a sentence and a small table, a comparison as two lists under their
headings side by side, steps numbered, a dialogue as a script."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from workshop.documents import Block, Bullets, Columns, Table, Text, plain
from workshop.model import (
    BulletSlide,
    Chart,
    ClosingSlide,
    ComparisonSlide,
    Deck,
    DiscussionSlide,
    ImageSlide,
    ProcessSlide,
    ResourcesSlide,
    ScenarioSlide,
    SlideBase,
    StatisticSlide,
    point_text,
)
from workshop.notes_text import Paragraph, Run

_YEAR = re.compile(r"\b(19|20)\d\d\b")


def key_points(slide: SlideBase, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    """Return what `slide` of `deck` shows, as blocks; `columns` names a statistic table's
    columns (what, number, year, source) in the deck's language. Raise TypeError for a slide
    type with no entry in KEY_POINTS: a type the documents cannot show must not vanish from
    the guide, the handout and the slides page unnoticed."""
    shows = KEY_POINTS.get(type(slide))
    if shows is None:
        raise TypeError(f"the documents have no key points for {type(slide).__name__}: "
                        "add its function to documents.key_points.KEY_POINTS")
    return shows(slide, deck, columns)


def _bullets(slide: BulletSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    items, levels = [], []
    for item in slide.bullets:
        for text, level in ([(t, 1) for t in item] if isinstance(item, list)
                            else [(point_text(item), 0)]):
            items.append(plain(text))
            levels.append(level)
    return [Bullets(tuple(items), levels=tuple(levels))]


def _comparison(slide: ComparisonSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    # side by side, as the notes speak of them
    return [Columns(tuple((Text(Paragraph((Run(column.heading, bold=True),))),
                           Bullets(tuple(plain(b) for b in column.bullets)))
                          for column in (slide.left, slide.right)), (3.25, 3.25))]


def _statistic(slide: StatisticSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    blocks: list[Block] = [Text(plain(f"{slide.figure}: {slide.caption}"))]
    if slide.chart:
        blocks.append(figure_table(slide.chart, deck.attribution(slide) or "", columns))
    return blocks


def _process(slide: ProcessSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    return [Bullets(tuple(Paragraph((Run(f"{step.title}: ", bold=True), Run(step.detail)))
                          for step in slide.steps), numbered=True)]


def _scenario(slide: ScenarioSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    lines = [Text(Paragraph((Run(slide.setup, italic=True),)))] if slide.setup else []
    return lines + [Text(Paragraph((Run(f"{line.speaker}: ", bold=True), Run(line.text))))
                    for line in slide.lines]


def _discussion(slide: DiscussionSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    return [Bullets(tuple(plain(p) for p in slide.prompts))]


def _resources(slide: ResourcesSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    # as the slide shows them: local contacts first
    items = [*deck.event.resources, *(i for i in slide.items if i not in deck.event.resources)]
    return [Bullets(tuple(Paragraph((Run(f"{i.name}: ", bold=True), Run(i.detail)))
                          for i in items))]


def _image(slide: ImageSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    return [Text(plain(slide.caption or slide.alt))]


def _closing(slide: ClosingSlide, deck: Deck, columns: tuple[str, ...]) -> list[Block]:
    lines = ([slide.message] if slide.message else []) + list(slide.bullets)
    return [Bullets(tuple(plain(line) for line in lines))] if lines else []


# What each slide type shows in the documents: one entry per model of model.SLIDE_MODELS
# (tests/test_export.py holds them to it).
KEY_POINTS: dict[type, Callable[[Any, Deck, tuple[str, ...]], list[Block]]] = {
    BulletSlide: _bullets, ComparisonSlide: _comparison, StatisticSlide: _statistic,
    ProcessSlide: _process, ScenarioSlide: _scenario, DiscussionSlide: _discussion,
    ResourcesSlide: _resources, ImageSlide: _image, ClosingSlide: _closing,
}


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
