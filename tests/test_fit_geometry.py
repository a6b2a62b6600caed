"""The fit model measures text in a preset shape's text rectangle, as LibreOffice lays it out:
the numbers are those of the OOXML preset shape definitions."""

from __future__ import annotations

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches

from workshop.ooxml.fit import geometry_margins

PT_PER_INCH = 72


def shape_element(kind: MSO_SHAPE, width: float, height: float, adjust: float | None = None):
    slide = Presentation().slides.add_slide(Presentation().slide_layouts[6])
    shape = slide.shapes.add_shape(kind, 0, 0, Inches(width), Inches(height))
    if adjust is not None:
        shape.adjustments[0] = adjust
    return shape._element


@pytest.mark.parametrize(("kind", "adjust", "narrower"), [
    (MSO_SHAPE.CHEVRON, None, 0.9),     # a notch and a point, each half the height deep
    (MSO_SHAPE.CHEVRON, 0.25, 0.45),
    (MSO_SHAPE.PENTAGON, None, 0.225),  # text runs halfway into the point
    (MSO_SHAPE.RECTANGLE, None, 0.0),
])
def test_arrow_shapes_lose_their_points_width(kind: MSO_SHAPE, adjust: float | None,
                                              narrower: float) -> None:
    lost_x, lost_y = geometry_margins(shape_element(kind, 2.9, 0.9, adjust), 2.9 * 72, 0.9 * 72)
    assert lost_x == pytest.approx(narrower * PT_PER_INCH)
    assert lost_y == 0



def test_a_long_source_line_is_shortened_step_by_step_never_inside_a_name() -> None:
    """The source line (design system, section 7): whole when it fits; else without web
    addresses; else merged by publisher; else the first source and a count; else nothing."""
    from workshop.source_line import source_line

    items = ["NCMEC, missingkids.org", "NCMEC, 2023", "FBI, 2024", "NCMEC, 2025"]

    def more(count: int) -> str:
        return f"+ {count} more"

    def shortest(limit: int) -> str | None:
        return source_line(items, lambda text: len(text) <= limit, more)

    assert shortest(80) == "NCMEC, missingkids.org; NCMEC, 2023; FBI, 2024; NCMEC, 2025"
    assert shortest(45) == "NCMEC; NCMEC, 2023; FBI, 2024; NCMEC, 2025"
    assert shortest(35) == "NCMEC; NCMEC, 2023, 2025; FBI, 2024"
    assert shortest(20) == "NCMEC + 2 more"
    assert shortest(10) is None
    assert source_line(["takeitdown.ncmec.org"], lambda text: True, more) == \
        "takeitdown.ncmec.org"  # an address that is the whole name stays


def test_a_line_break_inside_a_paragraph_is_measured_as_one() -> None:
    """A paragraph of three lines set apart by line breaks (a:br, as a kit's contact line is
    broken at its separators) takes three lines of height, as LibreOffice lays it out: the
    model had run the lines together into two."""
    from workshop.ooxml.fit import Inheritance, Lineage, lines_per_paragraph, measure
    from workshop.ooxml.text import break_lines, text_body

    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    box = slide.shapes.add_textbox(Inches(0.5), Inches(1), Inches(9), Inches(3))
    box.text_frame.text = "placeholder"
    body = text_body(box._element)
    items = ["family@example.org", "(555) 010-0199", "example.org/safety"]
    layout = slide.slide_layout
    lineage = Lineage(layout._element, layout.slide_master._element, layout.part.partname)

    def measured() -> tuple[float, int]:
        inherited = Inheritance().chain(box._element, lineage)
        [(_, lines)] = lines_per_paragraph(box._element, inherited, "Calibri", "Calibri")
        return measure(box._element, inherited, "Calibri", "Calibri").needed, lines

    break_lines(body, 0, [" · ".join(items)])
    one_line, lines = measured()
    assert lines == 1
    break_lines(body, 0, items)
    three_lines, lines = measured()
    assert lines == 3 and three_lines == pytest.approx(3 * one_line)
