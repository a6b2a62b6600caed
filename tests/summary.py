"""A readable text summary of a built deck, for golden files: what a reviewer would check."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from pptx.shapes.graphfrm import GraphicFrame
from pptx.shapes.picture import Picture


def summarize(path: Path) -> str:
    """Return each slide's layout, title, shape texts, charts, pictures and notes."""
    prs = Presentation(str(path))
    lines = [f"size: {prs.slide_width} x {prs.slide_height}", f"slides: {len(prs.slides)}"]
    for number, slide in enumerate(prs.slides, start=1):
        lines.append(f"\n## slide {number} [{slide.slide_layout.name}]")
        for shape in slide.shapes:
            label = shape.name
            if shape.is_placeholder:
                kind = shape.placeholder_format.type.name.lower()
                label = f"{kind} {shape.placeholder_format.idx}"
            if isinstance(shape, Picture):
                descr = shape._element.xpath("./p:nvPicPr/p:cNvPr/@descr")
                lines.append(f"{label}: picture {shape.image.content_type} alt={descr[0]!r}")
            elif isinstance(shape, GraphicFrame) and shape.has_chart:
                chart = shape.chart
                plot = chart.plots[0]
                values = list(plot.series[0].values)
                lines.append(f"{label}: chart {chart.chart_type.name.lower()} "
                             f"{list(plot.categories)} {values}")
            elif shape.has_text_frame:
                for paragraph in shape.text_frame.paragraphs:
                    indent = "  " * paragraph.level
                    # as a reader sees it: without the invisible word joiners that keep
                    # phone numbers on one line (tested in test_rendered)
                    shown = paragraph.text.replace("\u2060", "").replace("\u00a0", " ")
                    lines.append(f"{label}: {indent}{shown}")
        if slide.has_notes_slide:
            for paragraph in slide.notes_slide.notes_text_frame.paragraphs:
                if paragraph.text:
                    lines.append(f"notes: {paragraph.text}")
    return "\n".join(lines) + "\n"
