"""The designed slides, as a user checks them in the built deck: icons are native shapes that
take the theme's colours, short lists are set large, the closing slide gives its question a
line of its own and a QR code of the feedback link, local contacts lead the resources slide,
logos sit on plates of their own background, contact lines stay on one line, and every look
passes the accessibility checks."""

from __future__ import annotations

import math
import re
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, png
from lxml import etree
from pptx import Presentation
from pptx.enum.dml import MSO_THEME_COLOR
from pptx.oxml.ns import qn
from pptx.util import Emu

from workshop.build import build, check
from workshop.checks.accessibility import accessibility_findings
from workshop.errors import WorkshopError
from workshop.icon_names import ICONS
from workshop.ooxml.icons import parse_path, parse_svg
from workshop.slide_types import section
from workshop.theme import geometry as g
from workshop.theme.icons import LUCIDE, icon_file

DECK = REPO / "decks" / "parent-night.yaml"
KITS = REPO / "decks" / "brands"
NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}


def slide_titled(path: Path, title: str):
    return next(s for s in Presentation(str(path)).slides if s.shapes.title.text == title)


def one_slide_deck(write_tree, slide: str, head: str = "") -> Path:
    root = write_tree({"d.yaml": f"title: T\nagenda: false\n{head}sections:\n  - title: S\n"
                                 f"    slides:\n{slide}", "speaker_notes/.keep": ""})
    return root / "d.yaml"


# -- icons ---------------------------------------------------------------------------------

def test_an_svg_arc_becomes_curves_that_end_where_the_path_says() -> None:
    (subpath,) = parse_path("M2 12 A10 10 0 0 1 22 12")  # half a circle, over the top
    assert subpath[0] == ("M", 2.0, 12.0)
    assert [c[0] for c in subpath[1:]] == ["C", "C"]  # a quarter turn per curve
    assert subpath[-1][-2:] == (22.0, 12.0)
    middle = subpath[1][-2:]
    assert math.isclose(middle[0], 12, abs_tol=1e-6) and math.isclose(middle[1], 2, abs_tol=1e-6)


def test_relative_commands_and_run_together_arc_flags_are_read() -> None:
    (subpath,) = parse_path("m4 4h2v2l-1 1a1 1 0 011 1z")
    assert subpath[:4] == [("M", 4.0, 4.0), ("L", 6.0, 4.0), ("L", 6.0, 6.0), ("L", 5.0, 7.0)]
    assert subpath[-2][-2:] == (6.0, 8.0)  # the arc ends at (5+1, 7+1)
    assert subpath[-1] == ("Z",)


def test_every_icon_draws_inside_its_grid_and_the_licence_ships_with_it() -> None:
    assert (LUCIDE / "LICENSE").read_text(encoding="utf-8").startswith("ISC License")
    for name in ICONS:
        drawing = parse_svg(icon_file(name).read_bytes())
        points = [value for subpath in drawing for command in subpath
                  for value in command[1:]]
        assert drawing and all(-0.5 <= value <= 24.5 for value in points), name


def test_icons_are_native_shapes_in_the_theme_colours(tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=KITS / "harbor-family-alliance.yaml")
    slide = slide_titled(output, "Before we begin")
    icon = next(s for s in slide.shapes if s.name == "Icon: care")
    assert icon._element.xpath("./p:spPr/a:custGeom/a:pathLst/a:path")
    assert icon._element.xpath("./p:spPr/a:ln/a:solidFill/a:schemeClr/@val") == [
        "accent1"]  # the kit recolours it
    assert not any(s.shape_type == 13 for s in slide.shapes)  # no raster picture
    plate = next(s for s in slide.shapes if s.name == "Icon plate")
    assert plate.left <= icon.left and icon.left + icon.width <= plate.left + plate.width


def test_an_outline_names_an_icon_per_slide_or_none(write_tree, tmp_path: Path) -> None:
    deck = one_slide_deck(write_tree, "      - {title: A, bullets: [One point, Two], icon: lock}\n"
                                      "      - {title: B, layout: discussion, prompts: [Why?],"
                                      " icon: none}\n"
                                      "      - {title: C, layout: discussion, prompts: [How?]}\n")
    build(deck, tmp_path / "out.pptx")
    names = {t: [s.name for s in slide_titled(tmp_path / "out.pptx", t).shapes]
             for t in "ABC"}
    assert "Icon: lock" in names["A"]
    assert not any(n.startswith("Icon") for n in names["B"])
    assert "Icon: question" in names["C"]  # a discussion slide shows one by default


def test_an_unknown_icon_is_refused_at_its_line(write_tree, tmp_path: Path) -> None:
    deck = one_slide_deck(write_tree, "      - title: A\n        bullets: [a]\n"
                                      "        icon: sheild\n")
    with pytest.raises(WorkshopError) as caught:
        build(deck, tmp_path / "out.pptx")
    (problem,) = caught.value.diagnostics
    assert (problem.line, problem.col) == (8, 15)
    assert problem.message.startswith("unknown icon 'sheild'; did you mean shield")
    assert not (tmp_path / "out.pptx").exists()


# -- layouts that fill the slide -------------------------------------------------------------

def list_size(shape) -> int:
    """Return the size of a placeholder's points, as its own list style sets it (or 0)."""
    sizes = shape._element.xpath("./p:txBody/a:lstStyle/a:lvl1pPr/a:defRPr/@sz")
    return int(sizes[0]) // 100 if sizes else 0


@pytest.mark.parametrize("deck", ["parent-night.yaml", "es/noche-de-padres.yaml"])
def test_text_the_writer_sizes_takes_its_size_from_one_type_scale(deck: str,
                                                                  tmp_path: Path) -> None:
    """Lists, columns, questions and captions on neighbouring slides differ by a clear step
    (40, 32, 28, 24 or 20 pt) or not at all."""
    output = tmp_path / "deck.pptx"
    build(REPO / "decks" / deck, output)
    sizes = {list_size(shape) for slide in Presentation(str(output)).slides
             for shape in slide.placeholders} - {0}
    assert sizes and sizes <= {40, 32, 28, 24, 20}
    assert len(sizes) >= 3  # the scale is used, not one size everywhere


@pytest.mark.parametrize("deck", [DECK, DECK.parent / "es" / "noche-de-padres.yaml",
                                  DECK.parent / "parent-night-short.yaml"],
                         ids=lambda d: d.stem)
def test_a_decks_lists_share_one_body_size_and_start_on_the_content_line(
        deck: Path, tmp_path: Path) -> None:
    """Design system, section 2: body text at 28 pt, or 24 where it would not fit; when more
    than a quarter of a deck's lists need 24, all take it; a short list is never set larger
    than a long one, and every list starts at the content's top line, not centred."""
    output = tmp_path / "deck.pptx"
    build(deck, output)
    lists = [slide.placeholders[1] for slide in Presentation(str(output)).slides
             if slide.slide_layout.name == "Bullets"
             and 1 in [p.placeholder_format.idx for p in slide.placeholders]]  # not cards
    sizes = {list_size(body) for body in lists}
    assert len(sizes) == 1 and sizes <= {24, 28}, sizes
    for body in lists:
        assert body.top == g.CONTENT_TOP
        assert body._element.xpath("./p:txBody/a:bodyPr/@anchor") == ["t"]


def test_questions_and_agenda_are_set_at_body_size(tmp_path: Path) -> None:
    """A discussion's questions stand on cards of their own, each under a large question
    mark in the heading font, at the body's size. The agenda's parts are at the body's size
    too."""
    output = tmp_path / "deck.pptx"
    build(DECK, output)
    slide = slide_titled(output, "Let’s talk it through")
    by_name = {s.name: s for s in slide.shapes}
    assert [by_name[f"Question {n}"].text_frame.text.replace("\u00a0", " ")
            for n in (1, 2)] == ["What makes it easier for a teen to tell a parent?",
                                 "What would you say if your own child had forwarded "
                                 "someone\u2019s image?"]
    assert {r.font.size.pt for n in (1, 2) for p in by_name[f"Question {n}"].text_frame
            .paragraphs for r in p.runs} == {28}
    mark = by_name["Question 1 Mark"].text_frame.paragraphs[0].runs[0]
    assert mark.text == "?" and mark.font.name == "+mj-lt"
    assert not [s for s in slide.placeholders if s.placeholder_format.idx == 1]  # no list
    agenda = slide_titled(output, "Agenda").placeholders[1]  # six sections: room to spare
    assert agenda.text_frame.paragraphs[0].text == "01\u2003Welcome"  # the minutes: in the notes
    assert list_size(agenda) == 28


def test_the_closing_gives_its_question_a_line_and_a_qr_code_of_the_feedback_link(
        tmp_path: Path) -> None:
    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=KITS / "example-county.yaml")
    closing = Presentation(str(output)).slides[-1]
    by_name = {s.name: s for s in closing.shapes}
    question = by_name["Question"].text_frame.paragraphs
    assert [p.text for p in question] == [
        "Ask the room:", "What is one thing you heard tonight that you want to remember?"]
    assert {r.font.size.pt for r in question[1].runs} == {28}
    qr = by_name["QR code"]
    assert qr._element.xpath("./p:nvPicPr/p:cNvPr/@descr") == [
        "QR code linking to https://example.org/safety/feedback"]
    assert by_name["QR link"].text_frame.text == "Feedback: example.org/safety/feedback"
    help_lines = [p.text.replace("\u2060", "").replace("\u00a0", " ")
                  for p in by_name["Help"].text_frame.paragraphs]
    assert help_lines == ["Help, any time", "School counseling office", "(555) 010-0123",
                          "NCMEC CyberTipline", "1-800-843-5678",
                          "988 Suicide & Crisis Lifeline", "988, call or text",
                          "Immediate danger: 911"]  # a short number on its name's line
    paragraphs = by_name["Help"].text_frame.paragraphs
    numbers = [p.runs[0] for p in paragraphs[2:7:2]] + [paragraphs[7].runs[1]]
    assert all(run.font.bold and run.font.size.pt == 28 for run in numbers)
    card, help_text = by_name["Help card"], by_name["Help"]
    assert card.left <= help_text.left and help_text.left + help_text.width \
        <= card.left + card.width
    # the code over the question at the left, its words beside it: the help lines keep the
    # card's whole width
    words, question_box = by_name["QR link"], by_name["Question"]
    assert qr.left + qr.width < words.left and qr.left + qr.width < card.left
    assert qr.top + qr.height <= question_box.top
    assert by_name["QR plate"].width == int(1.4 * g.INCH)  # the design system's 1.40 in
    assert abs((words.top + words.height / 2) - (qr.top + qr.height / 2)) < g.INCH / 10
    without = tmp_path / "plain.pptx"
    build(DECK, without)  # no kit, no event link: no QR code
    assert "QR code" not in [s.name for s in Presentation(str(without)).slides[-1].shapes]


def test_a_help_line_sets_only_its_number_large(tmp_path: Path) -> None:
    """The help card sets large the number a line's detail starts with, and what follows it
    at the name's size, however it follows ("988, call or text"; "988: llamen y marquen el
    2, …"): words are never set as a number."""
    output = tmp_path / "es.pptx"
    build(REPO / "decks" / "es" / "noche-de-padres.yaml", output)
    card = next(s for s in Presentation(str(output)).slides[-1].shapes if s.name == "Help")
    line = next(p for p in card.text_frame.paragraphs if p.runs and p.runs[0].text == "988")
    number, rest = line.runs[0], line.runs[1]
    shown = rest.text.replace("\u00a0", " ")  # as a reader sees it
    assert number.font.bold and shown.startswith(": llamen y marquen el 2")
    assert not rest.font.bold and rest.font.size.pt < number.font.size.pt


def test_an_event_feedback_link_wins_over_the_kits(write_tree, tmp_path: Path) -> None:
    deck = one_slide_deck(write_tree, "      - {title: Bye, layout: closing, prompts: [Why?]}\n",
                          "event: {feedback: forms.example/night}\n")
    build(deck, tmp_path / "out.pptx", brand_path=KITS / "example-county.yaml")
    shapes = {s.name: s for s in Presentation(str(tmp_path / "out.pptx")).slides[-1].shapes}
    assert shapes["QR link"].text_frame.text == "Feedback: forms.example/night"


def test_a_contact_line_too_long_for_one_line_is_reported_once_at_the_kit(
        write_tree, tmp_path: Path) -> None:
    long = " · ".join(["family-engagement-office@example.org"] * 4)
    kit = (KITS / "example-county.yaml").read_text(encoding="utf-8").replace(
        "  en: family@example.org · (555) 010-0199", f"  en: {long}")
    root = write_tree({"kit.yaml": kit, "example-county-logo.png":
                       (KITS / "example-county-logo.png").read_bytes()})
    findings = [f for f in check(DECK, brand_path=root / "kit.yaml") if f.code == "O204"]
    line = kit.splitlines().index(f"  en: {long}") + 1  # the English text the deck shows
    assert [(Path(f.file).name, f.line) for f in findings] == [("kit.yaml", line)]
    assert findings[0].message == ("the kit's contact line does not fit on 3 lines at "
                                   "20 pt; shorten it")


# -- logos -------------------------------------------------------------------------------------

def _ringed_logo() -> bytes:
    """Return a logo drawn on white: a dark ring on a white field, white inside the ring."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (60, 30), "#FFFFFF")
    ImageDraw.Draw(picture).ellipse((20, 5, 40, 25), fill="#FFFFFF", outline="#0B6E69",
                                    width=4)
    out = BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def test_a_logo_drawn_on_white_stands_on_the_slide_without_its_white_box(
        write_tree, tmp_path: Path) -> None:
    """On a cream slide a logo's white box reads as a sticker: the white that reaches the
    picture's edges is made transparent, the white inside the drawing stays, and no plate is
    drawn. A kit may keep the picture as drawn, on a plate (true) or bare (false). A logo on
    a coloured box keeps its box."""
    from io import BytesIO

    from PIL import Image

    colors = '{primary: "#0B6E69", accent: "#E86A33", background: "#FBFAF7", text: "#222222"}'
    root = write_tree({"kit.yaml": f"name: Org\nlogo: logo.png\ncolors: {colors}\n",
                       "plated.yaml": f"name: Org\nlogo: logo.png\nlogo_plate: true\n"
                                      f"colors: {colors}\n",
                       "bare.yaml": f"name: Org\nlogo: logo.png\nlogo_plate: false\n"
                                    f"colors: {colors}\n",
                       "logo.png": _ringed_logo(),
                       "boxed.yaml": f"name: Org\nlogo: boxed.png\ncolors: {colors}\n",
                       "boxed.png": png(60, 30, "#0B6E69")})
    # A logo on a coloured box: the box is its design, kept whole on a plate of its colour.
    output = tmp_path / "boxed.pptx"
    build(DECK, output, brand_path=root / "boxed.yaml")
    master = Presentation(str(output)).slide_masters[0]
    plates = [s for s in master.shapes if s.name == "Logo Plate"]
    assert [p._element.xpath(".//a:srgbClr/@val") for p in plates] == [["0B6E69"]]
    with Image.open(BytesIO(next(s for s in master.shapes if s.name == "Logo").image.blob)
                    ) as boxed:
        assert boxed.convert("RGBA").getpixel((0, 0))[3] == 255
    for kit, plated, clear in (("kit.yaml", False, True), ("plated.yaml", True, False),
                               ("bare.yaml", False, False)):
        output = tmp_path / f"{kit}.pptx"
        build(DECK, output, brand_path=root / kit)
        master = Presentation(str(output)).slide_masters[0]
        plates = [s for s in master.shapes if s.name == "Logo Plate"]
        assert bool(plates) == plated, kit
        if plated:
            assert plates[0]._element.xpath(".//a:srgbClr/@val") == ["FFFFFF"]
        logo = next(s for s in master.shapes if s.name == "Logo")
        with Image.open(BytesIO(logo.image.blob)) as picture:
            drawn = picture.convert("RGBA")
        assert (drawn.getpixel((0, 0))[3] == 0) == clear, kit  # the box's corner
        assert drawn.getpixel((30, 15)) == (255, 255, 255, 255), kit  # inside the ring
        assert drawn.getpixel((22, 15))[3] == 255, kit  # the ring itself


# -- looks -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("look", "title_colour"), [("calm", "1F4E5F"), ("warm", "4A2C23"),
                                                     ("contrast", "0B1F3A")])
def test_each_look_writes_its_theme_and_passes_accessibility(look: str, title_colour: str,
                                                             tmp_path: Path) -> None:
    output = tmp_path / f"{look}.pptx"
    build(DECK, output, look=look)
    with zipfile.ZipFile(output) as package:
        theme = etree.fromstring(package.read("ppt/theme/theme1.xml"))
    assert theme.xpath("//a:clrScheme/a:dk2/a:srgbClr/@val", namespaces=NS) == [title_colour]
    assert accessibility_findings(output.read_bytes(), "en-US", False) == []
    assert [f for f in check(DECK, look=look) if f.severity.value == "error"] == []


def test_a_kits_look_is_the_base_its_colours_go_over(write_tree, tmp_path: Path) -> None:
    kit = (KITS / "example-county.yaml").read_text(encoding="utf-8") + "look: warm\n"
    root = write_tree({"kit.yaml": kit, "example-county-logo.png":
                       (KITS / "example-county-logo.png").read_bytes()})
    build(DECK, tmp_path / "out.pptx", brand_path=root / "kit.yaml")
    with zipfile.ZipFile(tmp_path / "out.pptx") as package:
        theme = etree.fromstring(package.read("ppt/theme/theme1.xml"))
    colour = lambda slot: theme.xpath(f"//a:clrScheme/a:{slot}/a:srgbClr/@val",  # noqa: E731
                                      namespaces=NS)
    assert colour("dk2") == ["1F4E79"]  # the kit's primary
    assert colour("accent3") == ["7A8B4F"]  # the warm look's, which the kit does not set


def test_a_point_can_have_an_icon_of_its_own_beside_its_first_line(write_tree,
                                                                   tmp_path: Path) -> None:
    deck = one_slide_deck(write_tree, "      - title: Report\n        bullets:\n"
                                      "          - {text: To the platform, icon: report}\n"
                                      "          - {text: To the CyberTipline, icon: call}\n"
                                      "          - Ask after the session\n")
    build(deck, tmp_path / "out.pptx")
    slide = slide_titled(tmp_path / "out.pptx", "Report")
    body = slide.placeholders[1]
    assert [p.text for p in body.text_frame.paragraphs] == [
        "To the platform", "To the CyberTipline", "Ask after the session"]
    assert body._element.xpath("./p:txBody/a:lstStyle/a:lvl1pPr/a:buNone")  # icons, not bullets
    icons = [s for s in slide.shapes if s.name.startswith("Icon: ")]
    assert [s.name for s in icons] == ["Icon: report", "Icon: call"]
    assert icons[0].top < icons[1].top  # each beside its own point, in order
    assert all(body.left <= s.left and s.left + s.width <= body.left + body.width for s in icons)


def test_a_section_slide_sets_its_rule_right_above_its_number_and_title_and_centres_the_group(
        tmp_path: Path) -> None:
    from workshop.theme import geometry as g

    output = tmp_path / "deck.pptx"
    build(DECK, output)
    divider = slide_titled(output, "Sextortion today")
    rule = next(s for s in divider.shapes if s.name == "Accent rule")
    part = next(s for s in divider.shapes if s.name == "Part number")
    assert part.text_frame.text == "04"  # as the agenda numbers it; no minutes shown
    title, summary = divider.shapes.title, divider.placeholders[1]
    assert 0 < part.top - (rule.top + rule.height) <= g.HERO_GAP  # no floating rule
    assert part.top + part.height <= title.top <= part.top + part.height + g.HERO_GAP
    assert title.top + title.height <= summary.top
    above = rule.top - g.HERO_TOP
    below = section.SECTION_BOTTOM - (summary.top + summary.height)
    assert above > 0 and abs(above - below) <= g.INCH // 20  # balanced, not hung at the top


def test_a_list_steps_down_a_size_rather_than_leave_a_word_alone_on_a_line(
        tmp_path: Path) -> None:
    from workshop.metrics import Span, ends_with_a_lone_word
    from workshop.ooxml.fit import Fit
    from workshop.session import BuildSession
    from workshop.slide_types import lists

    with BuildSession():
        assert ends_with_a_lone_word([Span("one two three four", 24)], "Calibri", 150)
        assert not ends_with_a_lone_word([Span("one two three four", 24)], "Calibri", 1000)
    prs = Presentation()
    slide = prs.slides.add_slide(prs.slide_layouts[1])
    body = slide.placeholders[1]
    body.text_frame.text = "A point"
    sizes = []

    def widows() -> int:  # a lone word at the largest size only
        size = int(body._element.xpath("./p:txBody/a:lstStyle/a:lvl1pPr/a:defRPr/@sz")[0])
        sizes.append(size // 100)
        return 1 if size == 2800 else 0

    box = g.Box(body.left, body.top, body.width, body.height)
    assert lists.fill_with_list(body.element.getparent(), body.element, box,
                                lambda: Fit(10, 100, 24), None, widows=widows)
    assert list_size(body) == 24 and sizes == [28, 24]  # one step down the type scale


@pytest.mark.parametrize("look, kit", [("calm", None), ("warm", None), ("contrast", None),
                                       ("calm", "example-county.yaml")])
def test_each_slice_of_a_doughnut_labels_its_value_in_a_colour_readable_on_it(
        look: str, kit: str | None, tmp_path: Path) -> None:
    from workshop.contrast import LARGE_TEXT_MINIMUM, contrast_ratio

    outline = tmp_path / "share.yaml"
    outline.write_text(SHARE_DECK + "        chart: {kind: doughnut, categories: [Knew them, "
                       "All other cases], values: [60, 40], number_format: '0\"%\"'}\n",
                       encoding="utf-8")
    output = tmp_path / "deck.pptx"
    build(outline, output, look=look,
          brand_path=REPO / "decks" / "brands" / kit if kit else None)
    scheme = theme_colors(output)
    chart = next(s.chart for s in slide_titled(output, "A share").shapes if s.has_chart)
    slot = {"bg1": "lt1", "tx1": "dk1"}
    points = chart._chartSpace.xpath(".//c:ser/c:dPt")
    labels = chart._chartSpace.xpath(".//c:ser/c:dLbls/c:dLbl")
    assert len(points) == len(labels) == 2
    for point, label in zip(points, labels, strict=True):
        fill = point.xpath("./c:spPr/a:solidFill/a:schemeClr/@val")[0]
        text = label.xpath(".//a:defRPr/a:solidFill/a:schemeClr/@val")[0]
        assert label.xpath("./c:showVal/@val") == ["1"]
        ratio = contrast_ratio("#" + scheme[slot.get(text, text)], "#" + scheme[fill])
        assert ratio >= LARGE_TEXT_MINIMUM, (look, kit, fill, text, ratio)


SHARE_DECK = """title: Shares
sections:
  - title: One
    slides:
      - title: A share
        layout: statistic
        figure: 6 in 10
        caption: knew the person
        source: An example survey, 2020
"""


@pytest.mark.parametrize("figure, people", [("6 in 10", (6, 10)), ("3 de cada 4", (3, 4)),
                                            ("13,000+", None), ("11 in 12", None)])
def test_a_share_of_ten_or_fewer_is_drawn_as_people(figure: str, people, tmp_path: Path
                                                    ) -> None:
    """A statistic "N in M" (M at most ten) without a chart shows M people, N of them in the
    accent colour and the rest in a light grey; any other figure shows none."""
    outline = tmp_path / "share.yaml"
    outline.write_text(SHARE_DECK.replace("6 in 10", figure), encoding="utf-8")
    output = tmp_path / "deck.pptx"
    build(outline, output)
    shapes = slide_titled(output, "A share").shapes
    bodies = [s for s in shapes if s.name.startswith("Person") and s.name.endswith("body")]
    if people is None:
        assert bodies == []
        return
    assert len(bodies) == people[1]
    counted = [s for s in bodies
               if s.fill.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1
               and s.fill.fore_color.brightness == 0]
    assert len(counted) == people[0]
    assert [s.name for s in counted] == [f"Person {n} body" for n in range(1, people[0] + 1)]
    figure_box = next(s for s in shapes if s.has_text_frame
                      and s.text_frame.text.replace("\u00a0", " ") == figure)
    assert min(s.left for s in bodies) > figure_box.left + figure_box.width  # beside it
    assert min(s.top for s in shapes if s.name.startswith("Person")) == g.CONTENT_TOP


def test_a_bar_chart_shows_its_latest_bar_in_the_accent_and_the_others_in_grey(
        tmp_path: Path) -> None:
    """Bars of a comparison: the latest, the one the slide is about, in the accent colour;
    the earlier ones in the data grey (the text colour, lightened)."""
    outline = tmp_path / "bars.yaml"
    outline.write_text(SHARE_DECK.replace("6 in 10", "18,898") + (
        "        chart: {kind: column, categories: [2023, 2024, 2025], "
        "values: [9000, 11625, 18898]}\n"), encoding="utf-8")
    output = tmp_path / "deck.pptx"
    build(outline, output)
    chart = next(s.chart for s in slide_titled(output, "A share").shapes if s.has_chart)
    series = chart.plots[0].series[0]
    assert series.format.fill.fore_color.theme_color == MSO_THEME_COLOR.TEXT_1
    assert series.format.fill.fore_color.brightness == pytest.approx(0.75)
    latest = series.points[2].format.fill.fore_color
    assert latest.theme_color == MSO_THEME_COLOR.ACCENT_1 and latest.brightness == 0


def theme_colors(path: Path) -> dict[str, str]:
    """Return the deck's theme colours by slot (dk1, lt1, accent1, ...)."""
    from workshop.ooxml.theme import read_schemes

    with zipfile.ZipFile(path) as package:
        return read_schemes(package.read("ppt/theme/theme1.xml"))[0]


def test_no_point_ends_on_a_line_of_one_word(tmp_path: Path) -> None:
    """The writer narrows a frame's right inset until no paragraph ends on a lone word (the
    rendered tests hold the model to LibreOffice): each list of the deck it narrowed would
    otherwise leave a word alone, and keeps its line count."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    from workshop.ooxml.fit import Inheritance, Lineage, lone_last_words, predicted_lines

    output = tmp_path / "deck.pptx"
    build(DECK, output)
    narrowed = 0
    for slide in Presentation(str(output)).slides:
        if slide.slide_layout.name != "Bullets" or 1 not in [
                p.placeholder_format.idx for p in slide.placeholders]:  # cards: no list
            continue
        points = slide.placeholders[1]._element
        layout = slide.part.part_related_by(RT.SLIDE_LAYOUT)
        lineage = Lineage(layout._element, layout.part_related_by(RT.SLIDE_MASTER)._element,
                      layout.partname)
        inherited = Inheritance().chain(points, lineage)
        assert lone_last_words(points, inherited, "Cambria", "Calibri") == 0
        inset = points.xpath("./p:txBody/a:bodyPr/@rIns")
        if not inset or int(inset[0]) <= 91440:
            continue
        narrowed += 1
        points.xpath("./p:txBody/a:bodyPr")[0].attrib.pop("rIns")  # as it was set before
        before = Inheritance().chain(points, lineage)
        assert lone_last_words(points, before, "Cambria", "Calibri") > 0
        assert predicted_lines(points, before, "Cambria", "Calibri")[0] == predicted_lines(
            points, inherited, "Cambria", "Calibri")[0]
    assert narrowed  # the deck has such lists: the narrowing is what keeps them whole


def test_the_help_card_leaves_no_word_alone_on_a_line(tmp_path: Path) -> None:
    """The closing's help card keeps each line's last words company as a list does: the
    Spanish kit's "Línea de ayuda de Harbor Family / Alliance" and "las 24 horas, en /
    español" each left a word alone, where moving one more down cost no line."""
    from workshop.ooxml.fit import Inheritance, Lineage, lone_last_words
    from workshop.ooxml.theme import read_schemes

    output = tmp_path / "deck.pptx"
    build(REPO / "decks" / "es" / "noche-de-padres.yaml", output,
          brand_path=KITS / "harbor-family-alliance.yaml")
    with zipfile.ZipFile(output) as package:
        _, heading, body = read_schemes(package.read("ppt/theme/theme1.xml"))
    closing = Presentation(str(output)).slides[-1]
    card = next(shape for shape in closing.shapes if shape.name == "Help")._element
    layout = closing.slide_layout
    lineage = Lineage(layout._element, layout.slide_master._element, layout.part.partname)
    inherited = Inheritance().chain(card, lineage)
    assert lone_last_words(card, inherited, heading, body) == 0
    for props in card.xpath("./p:txBody/a:p/a:pPr[@marR]"):
        del props.attrib["marR"]  # as it was set before
    assert lone_last_words(card, Inheritance().chain(card, lineage), heading, body) > 0


SIDE_BY_SIDE = """\
      - title: Two paths, side by side
        layout: comparison
        prompts: ["Which of the two paths feels harder for a teen to talk about? Why?"]
        left:
          heading: A stranger online
          bullets: [One person, or an organized group, Studies the child, then makes contact,
                    Moves the chat to harder-to-trace apps,
                    "Wants more images, often more explicit, or money"]
        right:
          heading: Someone the child knows
          bullets: [Often a current or former boyfriend or girlfriend,
                    Holds an image that was shared in trust,
                    Threatens to show it to friends or family,
                    "Wants the relationship back, or more images"]
"""


def test_a_point_a_whole_rag_cannot_help_is_narrowed_alone_and_keeps_its_text(
        write_tree) -> None:
    """In these side-by-side columns, narrowing the whole frame to keep "girlfriend" company
    would push other points onto a new line: that point alone gets a right margin, and every
    other point says its own margin out loud (LibreOffice would carry it on to them)."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    from workshop.ooxml.fit import Inheritance, Lineage, lone_last_words

    outline = one_slide_deck(write_tree, SIDE_BY_SIDE)
    output = outline.with_suffix(".pptx")
    build(outline, output)
    slide = slide_titled(output, "Two paths, side by side")
    layout = slide.part.part_related_by(RT.SLIDE_LAYOUT)
    lineage = Lineage(layout._element, layout.part_related_by(RT.SLIDE_MASTER)._element,
                      layout.partname)
    column = next(s for s in slide.placeholders
                  if s.text_frame.text.replace("\u00a0", " ").startswith("Often a current or"))
    points = column.text_frame.paragraphs
    assert points[0].text.replace("\u00a0", " ") == (
        "Often a current or former boyfriend or girlfriend")
    margins = [int(p._p.xpath("./a:pPr/@marR")[0]) for p in points]
    assert margins[0] > 0 and margins[1:] == [0] * (len(points) - 1)
    inherited = Inheritance().chain(column._element, lineage)
    assert lone_last_words(column._element, inherited, "Cambria", "Calibri") == 0
    points[0]._p.xpath("./a:pPr")[0].attrib.pop("marR")
    assert lone_last_words(column._element, inherited, "Cambria", "Calibri") == 1


def test_a_long_source_keeps_one_line_at_the_left_of_the_bottom_row(tmp_path: Path) -> None:
    """A source in a kit's wider font, beside the kit's footer: one line (never wrapped, so
    never broken inside a name), 12 pt, its text starting under the title's, and shortened
    when the whole list would run into the footer."""
    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=KITS / "harbor-family-alliance.yaml")
    for slide in Presentation(str(output)).slides:
        for shape in slide.shapes:
            if shape.name != "Source":
                continue
            body = shape.element.find(qn("p:txBody")).find(qn("a:bodyPr"))
            assert body.get("wrap") == "none"
            assert {run.font.size.pt for p in shape.text_frame.paragraphs for run in p.runs} \
                == {12}
            assert shape.left + Emu(91440) == g.ROW_LEFT
            footer = next(s for s in slide.shapes if s.name == "Footer")
            assert shape.left + shape.width <= footer.left


def picture_colours(path: Path, title: str) -> set[str]:
    """Return the colours (RRGGBB) of the picture on the deck's slide called `title`."""
    import io

    from PIL import Image

    slide = slide_titled(path, title)
    picture = next(s for s in slide.shapes if s.name.startswith("Picture"))
    with Image.open(io.BytesIO(picture.image.blob)) as image:
        return {"".join(f"{v:02X}" for v in colour[:3])
                for _, colour in image.convert("RGB").getcolors(1 << 16)}


@pytest.mark.parametrize("look, kit", [("calm", None), ("warm", None), ("contrast", None),
                                       ("calm", "example-county.yaml"),
                                       ("calm", "harbor-family-alliance.yaml")])
def test_an_illustration_drawn_in_the_default_colours_takes_the_decks_look_and_kit(
        look: str, kit: str | None, tmp_path: Path) -> None:
    from PIL import Image as PILImage

    from workshop.theme.palette import ILLUSTRATION_COLORS

    title = "Keep the conversation going"
    shipped = REPO / "decks" / "images" / "conversation.png"  # an example for authors
    with PILImage.open(shipped) as image:
        drawn = {"".join(f"{v:02X}" for v in colour[:3])
                 for _, colour in image.convert("RGB").getcolors(1 << 16)}
        size = image.size
    assert drawn <= set(ILLUSTRATION_COLORS.values())  # the shipped picture, as drawn
    (tmp_path / "talk.png").write_bytes(shipped.read_bytes())
    (tmp_path / "d.yaml").write_text(
        "title: T\nsections:\n  - title: S\n    slides:\n"
        f"      - {{layout: image, title: {title}, image: talk.png, alt: Two bubbles}}\n",
        encoding="utf-8")
    output = tmp_path / "deck.pptx"
    build(tmp_path / "d.yaml", output, look=look, brand_path=KITS / kit if kit else None)
    scheme = theme_colors(output)
    painted = picture_colours(output, title)
    slot_of = {value: slot for slot, value in ILLUSTRATION_COLORS.items()}
    assert painted == {scheme[slot_of[colour]] for colour in drawn}
    picture = next(s for s in slide_titled(output, title).shapes if s.name.startswith("Pic"))
    assert abs(picture.width / picture.height - size[0] / size[1]) < 0.01  # never stretched


def test_a_photo_is_not_repainted_in_the_decks_colours() -> None:
    import io
    import random

    from PIL import Image as PILImage

    from workshop.images import Image, in_scheme
    from workshop.theme.palette import ILLUSTRATION_COLORS, LOOKS

    noise = random.Random(7)
    photo = PILImage.new("RGB", (64, 64))
    photo.putdata([tuple(noise.randrange(256) for _ in range(3)) for _ in range(64 * 64)])
    out = io.BytesIO()
    photo.save(out, "PNG")
    image = Image(out.getvalue(), "png", 64, 64)
    assert in_scheme(image, ILLUSTRATION_COLORS, LOOKS["warm"].colors) is image


def test_a_drawing_larger_than_a_slide_shows_is_left_as_drawn() -> None:
    """Repainting costs time by the pixel: past MAX_ILLUSTRATION_PIXELS (more than a full
    slide at 200 dpi) a drawing keeps its colours rather than hold the build up."""
    import io

    from PIL import Image as PILImage

    from workshop.images import MAX_ILLUSTRATION_PIXELS, Image, in_scheme
    from workshop.theme.palette import ILLUSTRATION_COLORS, LOOKS

    side = math.isqrt(MAX_ILLUSTRATION_PIXELS) + 1
    drawing = PILImage.new("RGB", (side, side), "#" + ILLUSTRATION_COLORS["accent1"])
    out = io.BytesIO()
    drawing.save(out, "PNG")
    large = Image(out.getvalue(), "png", side, side)
    assert in_scheme(large, ILLUSTRATION_COLORS, LOOKS["warm"].colors) is large
    small_drawing = drawing.resize((64, 64))  # the same drawing, smaller
    out = io.BytesIO()
    small_drawing.save(out, "PNG")
    small = Image(out.getvalue(), "png", 64, 64)
    assert in_scheme(small, ILLUSTRATION_COLORS, LOOKS["warm"].colors) is not small


def test_a_question_in_the_band_is_set_in_lines_of_even_length(tmp_path: Path) -> None:
    """The band's question wraps as two lines, not a full line over a scrap: its right
    margin is widened as far as it keeps two lines, but by a tenth of the band at most, so
    the first line runs most of the way across (as LibreOffice draws it: see test_rendered's
    test_a_two_line_question_runs_its_first_line_across_the_band)."""
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT

    from workshop.ooxml.fit import Inheritance, Lineage, lines_per_paragraph
    from workshop.ooxml.theme import read_schemes

    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=KITS / "example-county.yaml")
    with zipfile.ZipFile(output) as package:
        _, heading, body = read_schemes(package.read("ppt/theme/theme1.xml"))
    slide = slide_titled(output, "With someone known: three moves")
    band = next(s for s in slide.placeholders if s.text_frame.text.startswith("Ask the room"))
    layout = slide.part.part_related_by(RT.SLIDE_LAYOUT)
    lineage = Lineage(layout._element, layout.part_related_by(RT.SLIDE_MASTER)._element,
                      layout.partname)
    inherited = Inheritance().chain(band._element, lineage)
    [(question, lines)] = lines_per_paragraph(band._element, inherited, heading, body)
    assert lines == 2 and 0 < question.right_pt <= band.width / 12700 / 10  # a tenth at most
    props = band.text_frame.paragraphs[0]._p.xpath("./a:pPr")[0]
    props.attrib.pop("marR")  # as it was: the whole width
    [(_, lines)] = lines_per_paragraph(band._element, inherited, heading, body)
    assert lines == 2  # the same two lines, the second of them a scrap


@pytest.mark.parametrize("deck", ["parent-night.yaml", "es/noche-de-padres.yaml"])
@pytest.mark.parametrize(("look", "kit"), [("calm", None), ("warm", None), ("contrast", None),
                                           (None, "example-county.yaml"),
                                           (None, "harbor-family-alliance.yaml")])
def test_every_content_title_keeps_the_title_size_on_two_lines(deck: str, look: str | None,
                                                               kit: str | None,
                                                               tmp_path: Path) -> None:
    """Design system, sections 1 and 2: a content slide's title is 40 pt on one line or two,
    its second line growing upward from the fixed last line. A title box one line tall shrank
    a two-line title to 34 pt in the Arial looks and kits, and said so as a warning."""
    output = tmp_path / "deck.pptx"
    result = build(REPO / "decks" / deck, output, brand_path=KITS / kit if kit else None,
                   look=look)
    assert [d.message for d in result.warnings if "Title" in d.message] == []
    for slide in Presentation(str(output)).slides:
        title = slide.shapes.title
        if (slide.slide_layout.name in ("Title", "Section", "Closing") or title is None
                or any(shape.name == "Statement" for shape in slide.shapes)):  # a kicker
            continue
        sizes = {run.font.size for p in title.text_frame.paragraphs for run in p.runs}
        assert sizes == {None}, (title.text, sizes)  # the layout's 40 pt, never set smaller


@pytest.mark.parametrize("kit", [None, "example-county.yaml"])
def test_a_title_spans_the_content_width_unless_a_logo_stands_beside_it(
        kit: str | None, tmp_path: Path) -> None:
    """Design system, section 1: a content slide's title runs across columns 1-12, or stops
    short of a kit's logo; a title box that kept the logo's room on a deck without one wrapped
    titles early ("...blackmail with a / sexual image" in the Arial look)."""
    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=KITS / kit if kit else None)
    prs = Presentation(str(output))
    logos = [s for s in prs.slide_masters[0].shapes if s.name == "Logo"]
    for slide in prs.slides:
        title = slide.shapes.title
        if slide.slide_layout.name in ("Title", "Section", "Closing") or title is None:
            continue
        if not logos:
            assert (title.left, title.width) == (g.TITLE.x, g.WIDTH), title.text
        else:
            assert title.left + title.width < logos[0].left, title.text


def test_every_question_in_a_band_is_set_at_one_size(tmp_path: Path) -> None:
    """Design system, section 2 ("Prompt: 2 lines, then 20 pt"): the band's question at 24 pt
    on one line or two; none is set a step smaller to keep one line (beside its neighbours
    at 24 pt, that read to a designer as the same element at two sizes). Only under a list
    set smaller does it take the list's size (see the test after this one)."""
    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=KITS / "example-county.yaml")  # Arial: wider than Calibri

    def sizes(title: str) -> set:
        slide = slide_titled(output, title)
        band = next(s for s in slide.placeholders
                    if s.text_frame.text.startswith("Ask the room"))
        return {r.font.size.pt if r.font.size else None
                for p in band.text_frame.paragraphs for r in p.runs}

    assert sizes("How we talk together tonight") == {None}  # short: the layout's 24 pt
    assert sizes("Fake images and \u201cnudify\u201d apps") == {None}  # two lines at 24
    assert sizes("With someone known: three moves") == {None}


@pytest.mark.parametrize(("look", "kit"), [("calm", None), ("contrast", None),
                                           (None, "example-county.yaml")])
def test_a_question_is_never_set_larger_than_the_list_above_it(look: str | None,
                                                               kit: str | None,
                                                               tmp_path: Path) -> None:
    """A comparison whose columns step down to 20 pt under a 24 pt question read to a
    designer as the room's question outranking the slide: the question takes the list's
    size there, and stays at the layout's 24 pt everywhere else."""
    from workshop.ooxml.fit import Inheritance, Lineage, smallest_size

    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=KITS / kit if kit else None, look=look)
    inheritance, stepped = Inheritance(), []
    for slide in Presentation(str(output)).slides:
        layout = slide.slide_layout
        lineage = Lineage(layout._element, layout.slide_master._element, layout.part.partname)

        def size(shape, lineage: Lineage = lineage) -> float:
            return smallest_size(shape._element, inheritance.chain(shape._element, lineage))

        bands = [s for s in slide.placeholders if s.placeholder_format.idx == 13]
        columns = [s for s in slide.placeholders if s.placeholder_format.idx in (2, 4)]
        if not bands or slide.slide_layout.name != "Comparison":
            continue
        assert size(bands[0]) == min(min(map(size, columns)), 24), slide.shapes.title.text
        stepped += [slide.shapes.title.text] if size(bands[0]) < 24 else []
    assert "Tactics to watch for" in stepped  # the deck's crowded comparison


def test_a_question_under_steps_set_smaller_takes_their_size(tmp_path: Path) -> None:
    """The short deck's five steps, drawn as panels, step down to 20 pt above a prompt band:
    its question is set at their size, not above it."""
    output = tmp_path / "deck.pptx"
    build(REPO / "decks" / "parent-night-short.yaml", output)
    slide = slide_titled(output, "What to do, in this order")
    band = next(s for s in slide.placeholders if s.placeholder_format.idx == 13)
    steps = [s for s in slide.shapes if re.fullmatch(r"Step card \d+", s.name)]
    sizes = {run.font.size.pt for shape in steps for p in shape.text_frame.paragraphs
             for run in p.runs}
    assert len(steps) >= 3 and sizes == {20}
    assert {run.font.size.pt for p in band.text_frame.paragraphs for run in p.runs} == {20}


def test_steps_show_their_number_on_the_arrow_and_title_and_detail_on_the_card(
        tmp_path: Path) -> None:
    """Design system, section 4: an arrow shows its step's number alone (no label can wrap
    where its neighbours do not, in any font or language); its card leads with the step's
    title in bold, over the detail, at one size on every card; the row starts on the
    content line."""
    for look in ("calm", "contrast"):  # Cambria and Calibri; Arial throughout
        output = tmp_path / f"{look}.pptx"
        build(DECK, output, look=look)
        slide = slide_titled(output, "Financial sextortion: how it works")
        heads = [s for s in slide.shapes if re.fullmatch(r"Step \d", s.name)]
        cards = [s for s in slide.shapes if re.fullmatch(r"Step \d Detail", s.name)]
        assert [h.text_frame.text for h in heads] == ["1", "2", "3", "4"]
        assert {h.top for h in heads} == {g.CONTENT_TOP}
        titles = [c.text_frame.paragraphs[0] for c in cards]
        assert [p.text.replace("\u00a0", " ") for p in titles] == [
            "Poses as a teen", "Gets an image", "Demands money", "Keeps going"]
        assert all(p.runs[0].font.bold for p in titles)
        detail = cards[0].text_frame.paragraphs[1].text.replace("\u00a0", " ")
        assert detail.startswith("Often as a girl")
        sizes = {r.font.size.pt for c in cards for p in c.text_frame.paragraphs for r in p.runs}
        assert len(sizes) == 1 and sizes <= set(g.CARD_SIZES)
        assert len({c.height for c in cards}) == 1


def test_a_title_slide_with_every_detail_stays_on_the_slide_or_says_so(write_tree,
                                                                     tmp_path: Path) -> None:
    """A Spanish title slide with a presenter, date, place and a kit's contact line keeps its
    last line on the slide; one with more lines than any slide has room for is a warning,
    not clipped text."""
    spanish = REPO / "decks" / "es" / "noche-de-padres.yaml"
    output = tmp_path / "es.pptx"
    result = build(spanish, output, {"presenter": "Ana López", "place": "Biblioteca Central",
                                     "date": "jueves 14 de enero de 2027"},
                   KITS / "harbor-family-alliance.yaml")
    assert not [w for w in result.warnings if w.code == "O206"]
    slide = Presentation(str(output)).slides[0]
    assert max(s.top + s.height for s in slide.placeholders) <= g.HERO_BOTTOM
    long = "Un subtítulo muy largo que sigue y sigue " * 12
    root = write_tree({"d.yaml": f"title: T\nsubtitle: {long}\nlanguage: es\nevent: "
                                 "{organization: Casa, presenter: Ana, date: 4 de mayo}\n"
                                 "sections:\n  - title: S\n    slides:\n"
                                 "      - {title: A, bullets: [b]}\n"})
    found = [f for f in check(root / "d.yaml") if f.code == "O206"]
    assert [(f.line, f.slide) for f in found] == [(1, 1)]
