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



def test_a_short_source_keeps_its_line_beside_a_footer_too_long_for_the_row() -> None:
    """The footer row: a source of half the row or less keeps one line whatever the kit's
    footer needs; a longer one keeps room for two lines; the footer never gets under half."""
    from workshop.theme import geometry as g

    room = g.SOURCE_ALONE.cx - g.FOOTER_GAP
    short, long_source, footer = room // 4, room * 3 // 4, room * 2
    footer_box, source_box = g.footer_row(footer, short)
    assert source_box.cx >= short and footer_box.cx == room - short
    footer_box, source_box = g.footer_row(footer, long_source)
    assert source_box.cx < long_source and footer_box.cx >= room // 2
    footer_box, source_box = g.footer_row(room // 3, short)  # both fit: each its own line
    assert footer_box.cx == room // 3 and source_box.cx >= short
