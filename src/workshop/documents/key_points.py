"""A slide's key points as plain lines, whatever its layout."""

from __future__ import annotations

from workshop.model import (
    BulletSlide,
    ClosingSlide,
    ComparisonSlide,
    DiscussionSlide,
    ImageSlide,
    ProcessSlide,
    ResourcesSlide,
    ScenarioSlide,
    SlideBase,
    StatisticSlide,
    point_text,
)


def key_points(slide: SlideBase) -> list[str]:
    """Return what the slide shows, as lines a reader can follow without the slide."""
    if isinstance(slide, BulletSlide):
        lines = []
        for item in slide.bullets:
            if isinstance(item, list):
                lines.extend(f"– {sub}" for sub in item)
            else:
                lines.append(point_text(item))
        return lines
    if isinstance(slide, ComparisonSlide):
        return [f"{c.heading}: {'; '.join(c.bullets)}" for c in (slide.left, slide.right)]
    if isinstance(slide, StatisticSlide):
        lines = [f"{slide.figure}: {slide.caption}"]
        if slide.chart:
            lines.append(", ".join(f"{c} {v:g}" for c, v in zip(slide.chart.categories,
                                                                 slide.chart.values,
                                                                 strict=True)))
        return lines
    if isinstance(slide, ProcessSlide):
        return [f"{n}. {step.title}: {step.detail}" for n, step in enumerate(slide.steps, 1)]
    if isinstance(slide, ScenarioSlide):
        return ([slide.setup] if slide.setup else []) + [
            f"{line.speaker}: {line.text}" for line in slide.lines]
    if isinstance(slide, DiscussionSlide):
        return list(slide.prompts)
    if isinstance(slide, ResourcesSlide):
        return [f"{item.name}: {item.detail}" for item in slide.items]
    if isinstance(slide, ImageSlide):
        return [slide.caption or slide.alt]
    if isinstance(slide, ClosingSlide):
        return ([slide.message] if slide.message else []) + list(slide.bullets)
    return []
