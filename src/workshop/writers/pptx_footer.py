"""A content slide's bottom row (design system, sections 1 and 7): the slide's source at the
left and the kit's footer right-aligned before the page number, each one line of small print
on one baseline (see theme.geometry's bottom row and source_line).

Text boxes rather than the footer placeholder: LibreOffice replaces footer placeholders with
its own unstyled footer field.
"""

from __future__ import annotations

from collections.abc import Callable

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.shapes.shapetree import SlideShapes
from pptx.slide import Slide
from pptx.util import Pt

from workshop import compat
from workshop.metrics import text_width
from workshop.ooxml import elements
from workshop.ooxml.fit import FLOOR_PT
from workshop.ooxml.namespaces import Element
from workshop.ooxml.shapes import shape_tree
from workshop.session import Cache
from workshop.source_line import source_line
from workshop.theme import geometry as g

# A text box's left and right insets.
_INSETS = 2 * g.TEXT_INSET
_ROW_SLACK = int(0.05 * g.INCH)  # LibreOffice's advances differ from Pillow's by a point or two

# Bottom-row text boxes by name and place, drawn once: see BottomRow.text.
_BOXES = Cache("footer boxes by name and place", 64)


class BottomRow:
    """The bottom row of a deck's slides: the kit's `footer` (None without one), set in
    `body_font` on a template `scale`d from ours, the source said in the deck's `words`;
    `keep_company` is told each source's text box (see SlideWriting.keep_company)."""

    def __init__(self, footer: str | None, body_font: str, scale: tuple[float, float],
                 words: Callable[..., str], keep_company: Callable[[Element], None]):
        self.footer, self.body_font, self.scale, self.words = footer, body_font, scale, words
        self.keep_company = keep_company
        self.too_long = False  # the kit's footer is wider than its place (said once)

    def write(self, slide: Slide, attribution: str | None, dark: bool,
              backdrops: tuple[str, ...] = ()) -> bool:
        """Write the slide's bottom row: the kit's footer, and the source `attribution`
        shortened as far as its room needs (see source_line), light on a `dark` slide, and
        within the width of the slide's drawn backdrop (one of the shapes `backdrops` names:
        see SlideType) where one runs to the slide's foot. Return False when the source does
        not fit even shortened (and is left out)."""
        source_right = g.NUMBER_RIGHT - g.NUMBER_ROOM - g.ROW_GAP
        if self.footer:
            width = min(self.width(self.footer), g.FOOTER_MOST)
            if self.width(self.footer) > g.FOOTER_MOST:
                self.too_long = True
            self.text(slide, "Footer", self.footer,
                      g.row_box(g.FOOTER_RIGHT - width, g.FOOTER_RIGHT), dark)
            source_right = g.FOOTER_RIGHT - width - g.ROW_GAP
        if not attribution:
            return True
        scene = next((s for s in slide.shapes if s.name in backdrops
                      and s.top + s.height >= g.SLIDE_HEIGHT), None)
        if scene is not None:  # on a drawn scene that runs to the foot: within its width
            source_right = min(source_right, scene.left + scene.width - 2 * g.TEXT_INSET)
        room = source_right - g.ROW_LEFT
        line = source_line(attribution.split("; "),
                           lambda text: self.width(self.words("source", source=text)) <= room,
                           lambda count: self.words("more_sources", count=count))
        if line is None:
            return False
        text = self.words("source", source=line)
        self.keep_company(self.text(slide, "Source", text,
                                    g.row_box(g.ROW_LEFT, g.ROW_LEFT + self.width(text)), dark))
        return True

    def footer_left(self) -> int | None:
        """Return where the kit's footer box starts (slide EMU), or None without a footer."""
        if not self.footer:
            return None
        width = min(self.width(self.footer), g.FOOTER_MOST)
        return self.scaled(g.row_box(g.FOOTER_RIGHT - width, g.FOOTER_RIGHT)).x

    def width(self, text: str) -> int:
        """Return the width, in the default template's EMU, that `text` takes on one line of
        the row, with a little slack."""
        needed = text_width(text, self.body_font, g.ROW_PT) * g.PT + _ROW_SLACK
        return int(needed / self.scale[0])

    def one_line_width(self, text: str) -> int:
        """Return the width, in the default template's EMU, that a box needs to show `text`
        on one line at 18 pt: its advance, its insets and a little slack."""
        needed = text_width(text, self.body_font, int(FLOOR_PT)) * g.PT + _INSETS + g.ONE_LINE_SLACK
        return int(needed / self.scale[0])

    def scaled(self, box: g.Box) -> g.Box:
        """Return `box`, given in the default template's coordinates, on this template."""
        return g.scaled(box, self.scale)

    def text(self, slide: Slide, name: str, text: str, box: g.Box, dark: bool) -> Element:
        """Add the row's text box `name` ("Footer" or "Source") showing `text` on one line
        in `box`: drawn once through python-pptx on a scratch shape tree, every slide getting
        a copy with its next shape id and its own text (the XML python-pptx would write).
        Return the box's element."""
        align = PP_ALIGN.RIGHT if name == "Footer" else PP_ALIGN.LEFT
        placed = self.scaled(box)
        key = (name, placed, dark)
        made = _BOXES.get(key)
        if made is None:
            made = _BOXES.keep(key, _draw(compat.scratch_shapes(), placed, name, text, align, dark))
        return elements.append_copy(shape_tree(slide.element), made, text)


def _draw(shapes: SlideShapes, box: g.Box, name: str, text: str, align: PP_ALIGN,
          dark: bool):
    """Add a bottom-row text box to `shapes`, its text light when the slide is `dark`;
    return its element."""
    shape = shapes.add_textbox(box.x, box.y, box.cx, box.cy)
    shape.name = name
    frame = shape.text_frame
    frame.word_wrap = False  # one line, never broken inside a name
    frame.vertical_anchor = MSO_ANCHOR.TOP
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(g.ROW_PT)
    run.font.name = "+mn-lt"
    run.font.color.theme_color = MSO_THEME_COLOR.BACKGROUND_1 if dark else MSO_THEME_COLOR.TEXT_2
    return shape.element
