"""A picture with its caption."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.blocks import Block, Picture, Text, plain
from workshop.images import in_scheme
from workshop.model import ImageSlide
from workshop.ooxml import elements
from workshop.ooxml.text import fill, text_body
from workshop.slide_types import hero
from workshop.slide_types.kind import Showing, SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_roles import Offered
from workshop.theme.layout_spec import Layout, Ph, footer_row, prompt_band, title_placeholder
from workshop.theme.palette import ILLUSTRATION_COLORS

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.writing import SlideWriting


def key_points(slide: ImageSlide, showing: Showing) -> list[Block]:
    """Return the picture, its caption under it, where the document shows the slide's
    picture; else what the slide shows in words: the picture's description, then the
    caption."""
    picture = showing.picture
    if picture is not None and slide.image is not None:
        width = min(6.0, 4.0 * picture.width / max(picture.height, 1))
        return [Picture(picture.data, picture.extension, slide.alt, round(width, 2),
                        caption=slide.caption or "")]
    return [Text(plain(slide.alt)), *([Text(plain(slide.caption))] if slide.caption else [])]


def write(writer: SlideWriting, slide: Slide, content: ImageSlide) -> None:
    """Set the picture file in its placeholder (or draw the people talking, for
    `illustration: people`), and the caption beside it, or under it on a template without
    a caption placeholder."""
    placeholder = writer.slot(slide, "picture")
    box = g.Box(*writer.inherited(slide, placeholder).xfrm())
    if content.illustration == "people":
        elements.remove_shape(placeholder)
        # Down to the slide's edge, where the people stand, as on the title and dividers
        # (a bust drawn whole would show its cut-off torso above a panel's lower edge),
        # and clear of a kit's footer, which shares that foot.
        footer = writer.footer_left()
        right = box.right if footer is None else min(box.right, footer - g.ROW_GAP)
        conversation(writer, slide, g.Box(box.x, box.y, right - box.x,
                                          g.SLIDE_HEIGHT - box.y), content.alt)
    else:
        picture(writer, slide, placeholder, box, content)
    if content.caption:
        caption = writer.slot(slide, "caption")
        if caption is None:  # a template without a caption: under the picture
            below = writer.text_box(slide, g.PROMPT_BAND, "Caption")
            fill(text_body(below), [plain(content.caption)])
            writer.keep_company(below)
        else:  # beside it, at the body's size, its first line level with the picture's top
            fill(text_body(caption), [plain(content.caption)])
            writer.fill_with_list(slide, caption, None, anchor="t")


def conversation(writer: SlideWriting, slide: Slide, box: g.Box, alt: str) -> None:
    """Draw a parent and a teen talking in `box`: a light panel (the picture, with `alt`
    as its alt text), the two standing on its lower edge (the slide's), and over their
    heads two speech bubbles, the parent's first, the teen's answering; all in theme
    colours, so a look or a kit recolours them."""
    from workshop.slide_types import drawing

    # square-cornered: a scene that runs off the slide's foot (rounded top corners over a
    # cut-off foot read to a designer as a picture cropped by mistake)
    panel = drawing.add_panel(slide, box, SCENE, "bg2", corner=0)
    elements.set_alt_text(panel, alt)
    size = int(box.cy * SCENE_PERSON)
    hero.people(writer, slide, f"slide {writer.current.number}", 2, box.x, box.cx, size,
                int(size * SCENE_PAIR), bottom=box.bottom)
    width, height = int(box.cx * SCENE_BUBBLE[0]), int(box.cy * SCENE_BUBBLE[1])
    inset = int(box.cx * SCENE_BUBBLE_INSET)
    for n, (right, top) in enumerate(zip((False, True), SCENE_BUBBLE_TOPS, strict=True),
                                     start=1):
        x = box.right - inset - width if right else box.x + inset
        speech_bubble(slide, g.Box(x, box.y + int(box.cy * top), width, height),
                                  right, f"Speech bubble {n}")


def picture(writer: SlideWriting, slide: Slide, placeholder: Element, box: g.Box,
            content: ImageSlide) -> None:
    """Set the image slide's picture file in its placeholder, as large as `box` holds it,
    centred across it and on the content line."""
    from workshop.slide_types import drawing

    # Drawn in the default look's colours, the picture takes the deck's look and kit.
    shown = in_scheme(writer.image(), ILLUSTRATION_COLORS, writer.colors)
    drawing.picture_in(slide, placeholder, shown.data, box, content.alt)


# An image slide's people (`illustration: people`), as shares of its picture's box: each
# person's height, the pair's width as a multiple of it, each speech bubble's width and
# height, its distance from the box's side, and the two bubbles' tops (the teen's answer
# lower than the parent's question).
SCENE_PERSON, SCENE_PAIR = 0.68, 1.7
SCENE_BUBBLE, SCENE_BUBBLE_INSET, SCENE_BUBBLE_TOPS = (0.3, 0.18), 0.08, (0.05, 0.12)

_CAPTION_X = g.MARGIN + int(7.8 * g.INCH)
LAYOUT = Layout("Image", [
    title_placeholder(),
    Ph("pic", 1, g.Box(g.PANEL_X, g.CONTENT_TOP, int(7.3 * g.INCH),
                       g.CONTENT_ABOVE_BAND - g.CONTENT_TOP), "Picture", "Picture", role="picture"),
    Ph("body", 2, g.Box(_CAPTION_X, g.CONTENT_TOP, g.WIDTH - int(7.8 * g.INCH),
                        g.CONTENT_ABOVE_BAND - g.CONTENT_TOP), "Caption", "Caption", 2200,
       bullets=False, role="caption"),
    prompt_band(), *footer_row(),
])


def roles_elsewhere(offered: Offered) -> dict[str, int]:
    """Return the picture's role on another template's layout (its picture placeholder) and
    the caption's (its first text placeholder)."""
    roles = {}
    if offered.pictures:
        roles["picture"] = offered.pictures[0].idx
    if offered.idx:
        roles["caption"] = offered.idx[0]
    return roles


def speech_bubble(slide: Slide, box: g.Box, right: bool, name: str) -> None:
    """Draw an illustration's speech bubble at `box`, its tail reaching down toward the person
    under it (from its right half for the person on the left, its left half for the one on
    the right), three dots in it: the parent's in the background colour, the teen's in the
    title colour, as the dialogue slide has them."""
    from workshop.slide_types import drawing

    bubble = drawing.shape(slide, "wedgeRoundRectCallout", box, name,
                           "tx2" if right else "bg1",
                           adjust=(-0.22 if right else 0.22,  # the tip's x, from the middle
                                   0.5 + drawing.TAIL / box.cy,  # and below the bubble
                                   drawing.CORNER))
    drawing.style_text(bubble, "\u2022 \u2022 \u2022", size=28, bold=True, align="ctr",
                       colour="bg1" if right else "tx2")
    elements.set_alt_text(bubble, "")


# A slide of the type as an outline writes it (the tests build one of each).
SAMPLE = {"title": "Talking together", "layout": "image", "illustration": "people",
          "alt": "A parent and a teen talking at home", "caption": "Start the talk early"}

# It shows a picture file, read when the slide is made.
SCENE = "Scene"  # the panel the people talking stand in, down to the slide's foot

TYPE = SlideType("image", ImageSlide, LAYOUT,
                 required=("title", "picture"), common_names=("Picture with Caption",),
                 banded=True, replay=True, key_points=key_points,
                 write=write, sample=SAMPLE,
                 roles_elsewhere=roles_elsewhere,
                 backdrops=(SCENE,), picture="image")
