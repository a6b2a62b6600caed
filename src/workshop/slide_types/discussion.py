"""Questions for the room, as the slide's whole content (no band)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.blocks import Block, Bullets, plain
from workshop.model import DiscussionSlide
from workshop.ooxml.text import fill, text_body
from workshop.slide_types import lists, marked_cards
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row, title_placeholder

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.slide_types.writing import SlideWriting


def key_points(slide: DiscussionSlide, showing: Showing) -> list[Block]:
    """Return the questions as a list."""
    return [Bullets(tuple(plain(p) for p in slide.prompts))]


def write(writer: SlideWriting, slide: Slide, content: DiscussionSlide) -> None:
    """Draw two to four questions as cards the room chooses from, each under a large
    question mark (on our template); else set them as a list beside the question icon."""
    if 2 <= len(content.prompts) <= 4 and not writer.organization_template:
        area = g.Box(g.PANEL_X, g.CONTENT_TOP, g.PANEL_WIDTH,
                     writer.content_bottom(content) - g.CONTENT_TOP)
        marked_cards.draw(slide, list(content.prompts), writer.box(area), writer.body_font,
                          mark="?", name="Question")
        return
    body = writer.slot(slide, "body")
    fill(text_body(body), list(map(plain, content.prompts)))
    writer.fill_with_list(slide, body, lists.shown_icon(content, default="question"),
                          lists.QUESTION_SIZES)


LAYOUT = Layout("Discussion", [
    title_placeholder(),
    Ph("body", 1, g.Box(g.MARGIN, g.CONTENT_TOP, g.WIDTH, g.CONTENT_BOTTOM - g.CONTENT_TOP),
       "Questions", "Questions for the room", 2800, "tx2", role="body"),
    *footer_row(),
])


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "Questions", "layout": "discussion",
          "prompts": ["What would you say?"]}

TYPE = SlideType("discussion", DiscussionSlide, LAYOUT,
                 required=("title", "body"), common_names=("Title and Content",),
                 replay=True, prompts_are_content=True, key_points=key_points,
                 write=write, sample=SAMPLE)
