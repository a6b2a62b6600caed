"""The default template: reproducible, 16:9, real layouts, calm theme, readable sizes; and
the branded copy of it each build starts from."""

from __future__ import annotations

import io
import zipfile

from conftest import REPO
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from workshop.brand import prepare_brand
from workshop.slide_types.default_template import make_template
from workshop.slide_types.registry import TYPES
from workshop.theme import DEFAULT_TEMPLATE
from workshop.writers.pptx_template import branded_presentation

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def test_committed_template_is_what_the_script_makes() -> None:
    assert make_template() == DEFAULT_TEMPLATE.read_bytes(), (
        "run: python -m workshop.slide_types.default_template")


def test_template_is_16_by_9_with_a_titled_layout_for_every_slide_kind() -> None:
    prs = Presentation(str(DEFAULT_TEMPLATE))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    layouts = {layout.name: layout for layout in prs.slide_layouts}
    assert set(layouts) == {kind.layout_name for kind in TYPES}
    for name, layout in layouts.items():
        kinds = {ph.placeholder_format.type for ph in layout.placeholders}
        assert kinds & {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE}, name
    assert len(prs.slides) == 0


def test_theme_carries_the_calm_colours_and_fonts() -> None:
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as package:
        theme = etree.fromstring(package.read("ppt/theme/theme1.xml"))
    colours = {etree.QName(c).localname: c[0].get("val")
               for c in theme.find(f"{{{A}}}themeElements/{{{A}}}clrScheme")}
    assert colours["dk2"] == "1F4E5F" and colours["accent1"] == "2A7F8E"
    fonts = theme.find(f"{{{A}}}themeElements/{{{A}}}fontScheme")
    assert fonts.find(f"{{{A}}}majorFont/{{{A}}}latin").get("typeface") == "Cambria"
    assert fonts.find(f"{{{A}}}minorFont/{{{A}}}latin").get("typeface") == "Calibri"


def test_no_text_style_is_smaller_than_18_points_but_the_bottom_rows_12() -> None:
    """Every text style of the layouts and master is 18 pt or more, but the page number's
    and footer's, which are the bottom row's 12 pt (design system, section 2)."""
    sizes, row = [], []
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as package:
        for name in package.namelist():
            if not (name.startswith(("ppt/slideLayouts/slideLayout", "ppt/slideMasters/"))
                    and name.endswith(".xml")):
                continue
            for shape in etree.fromstring(package.read(name)).iter(f"{{{P}}}sp"):
                holder = shape.find(f"./{{{P}}}nvSpPr/{{{P}}}nvPr/{{{P}}}ph")
                found = [int(size) for size in shape.xpath(
                    ".//a:defRPr/@sz | .//a:rPr/@sz", namespaces={"a": A})]
                in_row = holder is not None and holder.get("type") in ("sldNum", "ftr")
                (row if in_row else sizes).extend(found)
    assert sizes and min(sizes) >= 1800
    assert row and set(row) == {1200}


def test_each_build_gets_a_fresh_branded_presentation_whose_changes_are_its_own(
        tmp_path) -> None:
    kit = prepare_brand(REPO / "decks" / "brands" / "example-county.yaml")
    first = branded_presentation(DEFAULT_TEMPLATE, kit)
    layouts = first.slide_masters[0].slide_layouts  # a collection the kit was applied through
    count = len(layouts)
    layouts.remove(layouts[-1])
    first.slides.add_slide(layouts[0])
    first.save(str(tmp_path / "first.pptx"))
    branded_presentation(DEFAULT_TEMPLATE, kit).save(str(tmp_path / "second.pptx"))
    reopened = [Presentation(str(tmp_path / name)) for name in ("first.pptx", "second.pptx")]
    assert [(len(prs.slides), len(prs.slide_layouts)) for prs in reopened] == [
        (1, count - 1), (0, count)]
    logos = [shape.name for shape in reopened[1].slide_masters[0].shapes]
    assert "Logo" in logos


def test_a_picture_equal_to_the_kit_logo_is_stored_in_the_logo_part_of_its_own_deck() -> None:
    kit = prepare_brand(REPO / "decks" / "brands" / "example-county.yaml")
    for _ in range(2):
        prs = branded_presentation(DEFAULT_TEMPLATE, kit)
        slide = prs.slides.add_slide(prs.slide_layouts[0])
        picture = slide.shapes.add_picture(io.BytesIO(kit.logo.data), 0, 0)
        master = prs.slide_masters[0]
        logo = next(shape for shape in master.shapes if shape.name == "Logo")
        stored = slide.part.related_part(picture._pic.blip_rId)
        assert stored is master.part.related_part(logo._pic.blip_rId)
        assert any(part is stored for part in prs.part.package.iter_parts())
