"""Brand kits: checked before building, and visible in the built deck's theme, logo and text."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import run
from conftest import REPO, png, require_tool
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.util import Emu

from workshop.brand import prepare_brand
from workshop.build import build
from workshop.contrast import contrast_ratio
from workshop.errors import WorkshopError
from workshop.slide_types.registry import TYPES
from workshop.theme import geometry as g

DECK = REPO / "decks" / "parent-night.yaml"
KITS = REPO / "decks" / "brands"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"a": A, "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the full deck built with the Example County kit."""
    output = tmp_path_factory.mktemp("brand") / "county.pptx"
    build(DECK, output, brand_path=KITS / "example-county.yaml")
    return output


def seen(text: str) -> str:
    """Return slide text as a reader sees it: without the invisible word joiners that keep
    a phone number on one line, and no-break spaces as spaces."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


def theme_of(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("ppt/theme/theme1.xml"))


def test_kit_colours_and_fonts_are_in_the_theme(county: Path) -> None:
    theme = theme_of(county)
    colours = {etree.QName(c).localname: c[0].get("val")
               for c in theme.find("a:themeElements/a:clrScheme", NS)}
    assert (colours["dk2"], colours["accent1"], colours["accent2"]) == ("1F4E79", "1F4E79",
                                                                       "B8860B")
    assert (colours["lt1"], colours["dk1"]) == ("FFFFFF", "1A1A1A")
    assert theme.find("a:themeElements/a:fontScheme/a:majorFont/a:latin", NS).get(
        "typeface") == "Cambria"
    assert theme.find("a:themeElements/a:fontScheme/a:minorFont/a:latin", NS).get(
        "typeface") == "Arial"
    assert theme.get("name") == "Example County Schools"


def test_logo_keeps_its_aspect_and_alt_text_on_master_and_title_layout(county: Path) -> None:
    prs = Presentation(str(county))
    master_logo = [s for s in prs.slide_masters[0].shapes if s.name == "Logo"]
    title_layout = next(lay for lay in prs.slide_layouts if lay.name == "Title")
    hero_logo = [s for s in title_layout.shapes if s.name == "Logo"]
    for logo, box in ((master_logo[0], g.LOGO), (hero_logo[0], g.HERO_LOGO)):
        assert logo._element.xpath("./p:nvPicPr/p:cNvPr/@descr") == [
            "Example County Schools logo"]
        assert abs(logo.width / logo.height - 900 / 300) < 0.01
        assert logo.width <= box.cx and logo.height <= box.cy
        assert logo.left + logo.width == box.x + box.cx  # right-aligned in its place
        assert logo.image.content_type == "image/png"
    # on the title slide's light field a logo drawn without a background needs no plate;
    # the dark dividers and closing slide carry no logo (a white box there reads as a sticker)
    assert not any(s.name == "Logo Plate" for s in title_layout.shapes)
    field = next(s for s in title_layout.shapes if s.name == "Light Field")
    assert field.left <= hero_logo[0].left
    for name in ("Section", "Closing"):
        layout = next(lay for lay in prs.slide_layouts if lay.name == name)
        assert not [s for s in layout.shapes if s.name in ("Logo", "Logo Plate")], name


def test_jpeg_logo_stays_jpeg_and_is_re_encoded(tmp_path: Path) -> None:
    kit = prepare_brand(KITS / "harbor-family-alliance.yaml")
    assert kit.logo is not None and kit.logo.extension == "jpg"
    assert (kit.logo.width, kit.logo.height) == (600, 600)
    assert kit.logo.data != (KITS / "harbor-logo.jpg").read_bytes()


def test_a_contact_line_too_long_for_the_title_breaks_after_a_separator(tmp_path: Path) -> None:
    """Too long for one line of the title's column, the kit's contact line breaks at a "·"
    into two lines as even as the separators allow, never inside an address; the break
    replaces the separator (a line ending on "·" read as a dangling dot), and both lines keep
    the type scale's 20 pt."""
    kit = tmp_path / "kit.yaml"
    text = (KITS / "example-county.yaml").read_text(encoding="utf-8")
    kit.write_text(text.replace("en: family@example.org · (555) 010-0199",
                                "en: families@lincoln-middle.example.org · (555) 010-0199"),
                   encoding="utf-8")
    shutil.copy(KITS / "example-county-logo.png", tmp_path / "example-county-logo.png")
    output = tmp_path / "deck.pptx"
    build(DECK, output, brand_path=kit)
    lines = [seen(p.text) for p in
             Presentation(str(output)).slides[0].placeholders[10].text_frame.paragraphs]
    first, second = lines[1].split("\x0b")  # two lines, broken at a separator
    assert "@" in first and "010-0199" in second
    assert not any(line.strip().startswith("·") or line.strip().endswith("·")
                   for line in (first, second))
    sizes = {run.font.size.pt for run in
             Presentation(str(output)).slides[0].placeholders[10].text_frame.paragraphs[1].runs}
    assert sizes == {20}


def test_a_contact_line_too_long_for_two_lines_takes_three_whole_items(tmp_path: Path) -> None:
    """The Spanish kit's contact line (an address, a phone with its language, a website) fits
    two lines of the title's column only at a size off the type scale: it takes three lines
    at 20 pt, an item on each, rather than shrinking."""
    output = tmp_path / "deck.pptx"
    build(REPO / "decks" / "es" / "noche-de-padres.yaml", output,
          brand_path=KITS / "harbor-family-alliance.yaml")
    contact = Presentation(str(output)).slides[0].placeholders[10].text_frame.paragraphs[1]
    assert seen(contact.text).split("\x0b") == [
        "talleres@harborfamily.example", "(555) 010-0223, en español",
        "harborfamily.example/parents"]
    assert {run.font.size.pt for run in contact.runs} == {20}


def test_footer_contact_and_local_resources_come_from_the_kit(county: Path) -> None:
    prs = Presentation(str(county))
    title = prs.slides[0]
    lines = [seen(p.text) for p in title.placeholders[10].text_frame.paragraphs]
    # the contact line at the type scale's 20 pt: too long for one line of the title's
    # column, it breaks at a separator into lines as even as it allows
    assert lines == ["Example County Schools",
                     "family@example.org\x0b(555) 010-0199 · example.org/safety",
                     # the guide the title is from, and who did not write this deck
                     "Adapted from NetSmartz / NCMEC, 2020, not endorsed by its authors"]
    content = next(s for s in prs.slides if s.shapes.title.text == "What sexting is")
    texts = {s.name: s.text_frame.text for s in content.shapes if s.has_text_frame}
    assert texts["Footer"] == "Example County Schools · Family Engagement"
    resources = next(s for s in prs.slides if s.shapes.title.text == "Where to report and get help")
    local = next(s for s in resources.shapes if s.name == "Local resources")
    assert [seen(p.text) for p in local.text_frame.paragraphs] == [
        "Local resources", "School counseling office: (555) 010-0123",
        "Family Resource Center: (555) 010-0150, weekdays 8-5"]
    body = resources.placeholders[1]
    assert local.top < body.top  # the local contacts lead, above the national services
    assert body.text_frame.paragraphs[0].text.startswith("NCMEC CyberTipline:")
    def size(shape) -> int:  # the points' size, as the shape's list style sets it
        return int(shape._element.xpath("./p:txBody/a:lstStyle/a:lvl1pPr/a:defRPr/@sz")[0])
    assert size(local) >= 2400 and size(local) > size(body)  # the largest text, not the smallest
    closing = prs.slides[-1]  # the kit's first local line leads the help card
    card = next(s for s in closing.shapes if s.name == "Help")
    assert [seen(p.text) for p in card.text_frame.paragraphs][1:3] == [
        "School counseling office", "(555) 010-0123"]


def test_brand_variables_render_literally(write_tree, tmp_path: Path) -> None:
    root = write_tree({
        "kit.yaml": """
            name: "{{ 7 * 7 }} Club"
            colors: {primary: "#1F4E79", accent: "#F2A900", background: "#FFFFFF", text: "#000000"}
            contact: help@club.example
        """,
        "d.yaml": """
            title: Night
            sections:
              - title: One
                slides:
                  - title: Hello
                    bullets: ["Write to {{ brand.contact }}", "Hosted by {{ brand.name }}"]
        """,
    })
    output = tmp_path / "out.pptx"
    build(root / "d.yaml", output, brand_path=root / "kit.yaml")
    slide = Presentation(str(output)).slides[2]
    assert [p.text for p in slide.placeholders[1].text_frame.paragraphs] == [
        "Write to help@club.example", "Hosted by {{ 7 * 7 }} Club"]


def kit_errors(write_tree, colors: str, extra: str = "") -> list[str]:
    root = write_tree({"kit.yaml": f"name: Kit\ncolors: {colors}\n{extra}"})
    with pytest.raises(WorkshopError) as caught:
        prepare_brand(root / "kit.yaml")
    return [str(d) for d in caught.value.diagnostics]


@pytest.mark.parametrize(("text", "passes"), [("#767676", True), ("#777777", False)])
def test_body_text_contrast_threshold_is_4_5(text: str, passes: bool, write_tree,
                                             in_dir) -> None:
    in_dir(write_tree({}))
    colors = f'{{primary: "#1F4E79", accent: "#F2A900", background: "#FFFFFF", text: "{text}"}}'
    if passes:
        assert contrast_ratio(text, "#FFFFFF") >= 4.5
        write_tree({"ok.yaml": f"name: Kit\ncolors: {colors}\n"})
        assert prepare_brand(Path("ok.yaml")).brand.colors.text == text
    else:
        assert kit_errors(write_tree, colors) == [
            "kit.yaml:2:78: colors.text: text #777777 on background #FFFFFF has a contrast of "
            "4.47:1; body text needs at least 4.5:1 (WCAG AA)"]


@pytest.mark.parametrize(("primary", "passes"), [("#949494", True), ("#959595", False)])
def test_title_fill_contrast_threshold_is_3(primary: str, passes: bool, write_tree,
                                            in_dir) -> None:
    in_dir(write_tree({}))
    colors = f'{{primary: "{primary}", accent: "#F2A900", background: "#FFFFFF", text: "#000000"}}'
    if passes:
        write_tree({"ok.yaml": f"name: Kit\ncolors: {colors}\n"})
        assert prepare_brand(Path("ok.yaml")).brand.colors.primary == primary
    else:
        assert kit_errors(write_tree, colors) == [
            "kit.yaml:2:61: colors.background: background #FFFFFF on primary #959595 has a "
            "contrast of 2.99:1; title text on the title slide's fill needs at least 3:1 "
            "(WCAG AA)"]


def test_unquoted_colour_is_explained(write_tree, in_dir) -> None:
    in_dir(write_tree({}))
    block = "\n  primary: #1F4E79\n  accent: '#F2A900'\n  background: '#FFFFFF'\n  text: 'red'"
    assert kit_errors(write_tree, block) == [
        'kit.yaml:3:11: colors.primary: colors must be quoted, as "#1F4E79": an unquoted # '
        "starts a YAML comment, so this value is empty",
    ]
    quoted = block.replace("#1F4E79", "'#1F4E79'")
    assert kit_errors(write_tree, quoted) == [
        'kit.yaml:6:9: colors.text: expected a colour written as "#RRGGBB", in quotes']


GOOD = '{primary: "#1F4E79", accent: "#B8860B", background: "#FFFFFF", text: "#000000"}'


def test_bad_logos_are_errors(write_tree, in_dir, tmp_path: Path) -> None:
    in_dir(write_tree({"logos/fake.png": "not an image", "outside.png": b"x"}))
    Image.new("1", (5001, 5001)).save(tmp_path / "logos" / "huge.png")
    for logo, message in [
        ("missing.png", "file not found: missing.png (looked in ./)"),
        ("logos/fake.png", "fake.png is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture "
                           "(convert SVG, HEIC, EPS and other formats to PNG first)"),
        ("logos/huge.png", "huge.png is 5001x5001 pixels; the limit is 25 megapixels"),
        ("../outside.png", "'../outside.png' contains '..'; paths must stay inside the project "
                           "folder"),
    ]:
        assert kit_errors(write_tree, GOOD, f"logo: {logo}\n") == [
            f"kit.yaml:3:7: logo: {message}"], logo


def test_a_missing_font_is_a_warning_naming_the_fallback(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"kit.yaml": f"name: Kit\ncolors: {GOOD}\n"
                                          "fonts: {heading: No Such Font Family, body: Arial}\n"}))
    kit = prepare_brand(root / "kit.yaml")
    assert [w.where for w in kit.warnings] == ["fonts.heading"]
    assert re.fullmatch(r"font 'No Such Font Family' is not installed; LibreOffice will use "
                        r"'[^']+'", kit.warnings[0].message)


def test_shipped_kits_have_no_warnings() -> None:
    for kit in KITS.glob("*.yaml"):
        assert prepare_brand(kit).warnings == (), kit.name


def test_batch_builds_every_pair_and_reports_failures(write_tree, in_dir, tmp_path: Path) -> None:
    in_dir(REPO)
    bad = write_tree({"bad-kit.yaml": "name: Bad\ncolors: {primary: red}\n"}) / "bad-kit.yaml"
    out = tmp_path / "out"
    result = run("build", "decks/parent-night.yaml", "decks/parent-night-short.yaml",
                 "--brand", "decks/brands/example-county.yaml",
                 "decks/brands/harbor-family-alliance.yaml", str(bad), "-o", str(out))
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "parent-night--example-county.pptx", "parent-night--harbor-family-alliance.pptx",
        "parent-night-short--example-county.pptx",
        "parent-night-short--harbor-family-alliance.pptx"]
    full = len(Presentation(str(out / "parent-night--example-county.pptx")).slides)
    assert f"wrote {out}/parent-night--example-county.pptx ({full} slides)" in result.stdout + \
        result.stderr
    assert result.stderr.splitlines()[-1] == "4 written, 2 failed"
    short = len(Presentation(str(out / "parent-night-short--example-county.pptx")).slides)
    assert 10 <= short < full


def test_check_takes_a_brand(in_dir) -> None:
    in_dir(REPO)
    result = run("check", "decks/parent-night.yaml", "--brand", "decks/brands/example-county.yaml")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "decks/parent-night.yaml: ok\n"


def test_slide_size_is_unchanged_by_a_brand(county: Path) -> None:
    prs = Presentation(str(county))
    assert (prs.slide_width, prs.slide_height) == (Emu(12192000), Emu(6858000))


@pytest.fixture
def org_kit(write_tree) -> Callable[[str], Path]:
    """Return a helper writing a kit that uses python-pptx's own (4:3, generic) template."""

    def make(extra: str = "", template: Presentation | None = None) -> Path:
        root = write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\n"
                                       f"template: org.pptx\n{extra}"})
        (template or Presentation()).save(str(root / "org.pptx"))
        return root / "kit.yaml"

    return make


def test_an_organization_template_is_used_by_layout_name(org_kit, tmp_path: Path) -> None:
    kit = org_kit("layouts: {statistic: Two Content}\n")
    output = tmp_path / "deck.pptx"  # not org.pptx: that is the kit's template, an input
    build(DECK, output, brand_path=kit)
    prs = Presentation(str(output))
    assert (prs.slide_width, prs.slide_height) == (Emu(9144000), Emu(6858000))
    layouts = {s.shapes.title.text: s.slide_layout.name for s in prs.slides}
    assert layouts["What sexting is"] == "Title and Content"
    assert layouts["The 2020 guide: often someone known"] == "Two Content"
    assert layouts["Sextortion today"] == "Section Header"
    relationships = next(s for s in prs.slides
                         if s.shapes.title.text == "Talk about relationships and sexuality")
    texts = [s.text_frame.text.replace("\u00a0", " ") for s in relationships.shapes
             if s.has_text_frame]  # no-break spaces as a reader sees them
    assert ("Ask the room: How could you bring up pressure in relationships without it "
            "sounding like a lecture?") in texts
    assert theme_of(output).find("a:themeElements/a:clrScheme/a:dk2/a:srgbClr", NS).get(
        "val") == "1F4E79"


def test_a_template_replaced_between_builds_of_one_process_is_the_new_one(
        org_kit, tmp_path: Path) -> None:
    kit = org_kit("layouts: {statistic: Two Content}\n")
    build(DECK, tmp_path / "first.pptx", brand_path=kit)
    wide = Presentation()
    wide.slide_width = Emu(12192000)
    wide.save(str(kit.parent / "org.pptx"))
    build(DECK, tmp_path / "second.pptx", brand_path=kit)
    sizes = [(prs.slide_width, prs.slide_height) for prs in
             (Presentation(str(tmp_path / name)) for name in ("first.pptx", "second.pptx"))]
    assert sizes == [(Emu(9144000), Emu(6858000)), (Emu(12192000), Emu(6858000))]


def test_a_template_layout_without_a_needed_placeholder_is_reported(
    org_kit, in_dir, tmp_path: Path
) -> None:
    kit = org_kit("layouts: {bullets: Title Only, image: Blank, no-such-layout: Blank}\n")
    in_dir(kit.parent)
    output = tmp_path / "never.pptx"
    with pytest.raises(WorkshopError) as caught:
        build(DECK, output, brand_path=kit)
    assert [str(d) for d in caught.value.diagnostics] == [
        "kit.yaml:4:20: layouts.bullets: layout 'Title Only' (for bullets slides) has no "
        "placeholder for body",
        "kit.yaml:4:39: layouts.image: layout 'Blank' (for image slides) has no placeholder for "
        "title, picture",
        "kit.yaml:4:46: layouts: 'no-such-layout' is not one of our layouts "
        f"({', '.join(kind.key for kind in TYPES)})",
    ]
    assert not output.exists()


def test_a_template_without_a_layout_for_a_type_fails_only_the_decks_that_use_it(
        org_kit, write_tree, tmp_path: Path) -> None:
    """A template with no layout for comparison slides (and none mapped) is a kit that loads,
    saying so at its template: line; a deck without such slides builds with it, one with
    them fails at that slide's line, nothing written."""
    template = Presentation()
    for layout in list(template.slide_layouts):
        if layout.name not in ("Title Slide", "Title and Content", "Section Header",
                               "Title Only"):
            template.slide_layouts.remove(layout)
    kit = org_kit(template=template)
    said = [w for w in prepare_brand(kit).warnings if w.code == "K604"]
    assert (said[0].line, said[0].col, said[0].where) == (3, 11, "template")
    assert said[0].message.startswith("a deck with comparison slides cannot be built with this "
                                      "kit: the template has no layout named 'Comparison'")
    root = write_tree({
        "lists.yaml": "title: T\nagenda: false\nsections:\n- title: S\n  slides:\n"
                      "  - {title: A, bullets: [x, y]}\n",
        "both.yaml": "title: T\nagenda: false\nsections:\n- title: S\n  slides:\n"
                     "  - {title: A, bullets: [x, y]}\n"
                     "  - {title: B, layout: comparison, left: {heading: h, bullets: [a]},"
                     " right: {heading: h, bullets: [b]}}\n"})
    assert build(root / "lists.yaml", tmp_path / "lists.pptx", brand_path=kit).slides == 2
    with pytest.raises(WorkshopError) as caught:
        build(root / "both.yaml", tmp_path / "both.pptx", brand_path=kit)
    assert [(d.line, d.where) for d in caught.value.diagnostics] == [
        (7, "sections[0].slides[1]")]
    assert "cannot take comparison slides" in caught.value.diagnostics[0].message
    assert not (tmp_path / "both.pptx").exists()


def test_templates_that_cannot_be_used_are_refused(org_kit, in_dir, write_tree) -> None:
    with_slides = Presentation()
    with_slides.slides.add_slide(with_slides.slide_layouts[0])
    kit = org_kit(template=with_slides)
    in_dir(kit.parent)
    with pytest.raises(WorkshopError) as caught:
        prepare_brand(kit)
    assert [d.message for d in caught.value.diagnostics] == [
        "org.pptx has 1 slide(s); a template must have none"]
    write_tree({"text.pptx": "just text", "kit2.yaml": f"name: O\ncolors: {GOOD}\n"
                                                      "template: text.pptx\n",
                "org.potx": b"PK", "kit3.yaml": f"name: O\ncolors: {GOOD}\ntemplate: org.potx\n"})
    for kit_file, message in [
        ("kit2.yaml", "text.pptx is not a PowerPoint file"),
        ("kit3.yaml", "org.potx is not a .pptx file (save .potx or .pptm templates as .pptx)"),
    ]:
        with pytest.raises(WorkshopError) as caught:
            prepare_brand(Path(kit_file))
        problems = [str(d) for d in caught.value.diagnostics]
        assert problems == [f"{kit_file}:3:11: template: {message}"]


def test_a_footer_too_long_for_its_box_is_reported_once_at_the_kits_footer_line(
        write_tree) -> None:
    from workshop.build import check

    kit = (KITS / "example-county.yaml").read_text(encoding="utf-8")
    # Two lines across the whole footer row are not enough for it.
    long_footer = ("Example County Sheriff and Schools Partnership for the Online Safety of "
                   "Children and Families, with the Public Library, the Parks Department and "
                   "the Community College Continuing Education Program")
    root = write_tree({"long.yaml": re.sub(r"(?m)^  en: Example County Schools · Family.*$",
                                           f"  en: {long_footer}", kit),
                       "example-county-logo.png": (KITS / "example-county-logo.png").read_bytes()})
    findings = [f for f in check(DECK, brand_path=root / "long.yaml") if f.code == "O203"]
    line = next(n for n, text in enumerate((root / "long.yaml").read_text().splitlines(), 1)
                if long_footer in text)  # the English footer, which the English deck shows
    assert [str(f) for f in findings] == [
        f"{root / 'long.yaml'}:{line}:7: O203: the kit's footer is wider than the 4.2 in the "
        "foot of a slide gives it at 12 pt; shorten it"]


def test_a_kit_or_its_logo_changed_between_builds_of_one_process_is_read_again(
        write_tree, tmp_path: Path) -> None:
    root = write_tree({"kit.yaml": f"name: Org\ncolors: {GOOD}\nfooter: First footer\n"
                                   "logo: logo.png\n", "logo.png": png(400, 100, "navy")})
    first = prepare_brand(root / "kit.yaml")
    assert prepare_brand(root / "kit.yaml") is first  # unchanged: prepared once
    (root / "kit.yaml").write_text(f"name: Org\ncolors: {GOOD}\nfooter: Second footer\n"
                                   "logo: logo.png\n")
    second = prepare_brand(root / "kit.yaml")
    (root / "logo.png").write_bytes(png(100, 100, "navy"))
    third = prepare_brand(root / "kit.yaml")
    assert [kit.brand.footer for kit in (first, second, third)] == [
        "First footer", "Second footer", "Second footer"]
    assert [(kit.logo.width, kit.logo.height) for kit in (first, second, third)] == [
        (400, 100), (400, 100), (100, 100)]


def test_a_slide_picture_that_is_the_kit_logo_shares_the_logo_part(write_tree,
                                                                     tmp_path: Path) -> None:
    logo = (KITS / "example-county-logo.png").read_bytes()
    root = write_tree({"d.yaml": """
        title: Pictures
        sections:
          - title: One
            slides:
              - {layout: image, title: Our seal, image: seal.png, alt: The county seal}
        """, "seal.png": logo})
    for output in ("plain.pptx", "county.pptx", "county-again.pptx"):
        kit = None if output == "plain.pptx" else KITS / "example-county.yaml"
        build(root / "d.yaml", tmp_path / output, brand_path=kit)
    media = []
    for output in ("plain.pptx", "county.pptx", "county-again.pptx"):
        with zipfile.ZipFile(tmp_path / output) as package:
            media.append(sorted(n for n in package.namelist() if n.startswith("ppt/media/")))
    assert len(media[0]) == 1  # the picture alone
    assert media[1] == media[2] and len(media[1]) == 1  # the logo's part, also on the slide
    slide = next(s for s in Presentation(str(tmp_path / "county-again.pptx")).slides
                 if s.shapes.title.text == "Our seal")
    picture = next(s for s in slide.shapes if s.name.startswith("Pic"))
    assert picture.image.size == Image.open(KITS / "example-county-logo.png").size


def test_kit_footer_stays_on_one_line_after_the_source(county: Path, tmp_path: Path) -> None:
    # As LibreOffice lays it out: on every slide with the footer, its first and last words sit
    # on one line, the line of the source before it, and start 0.3 in or more after it ends.
    soffice, pdftotext = require_tool("soffice"), require_tool("pdftotext")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/p", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(county)],
                   check=True, capture_output=True, timeout=180)
    bbox = subprocess.run([pdftotext, "-bbox", str(tmp_path / "county.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    row_top = g.ROW_TOP / g.PT - 2
    footers = 0
    for number, page in enumerate(bbox.split("<page ")[1:], start=1):
        words = [(float(x0), float(y0), float(x1), word) for x0, y0, x1, word in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)<', page)]
        row = [w for w in words if w[1] >= row_top]
        first = [w for w in row if w[3] == "Example"]
        last = [w for w in row if w[3] == "Engagement"]
        if not last:
            continue
        footers += 1
        assert len(first) == 1 and abs(first[0][1] - last[0][1]) < 1, number
        source = [w for w in row if w[3] == "Source:"]
        if source:
            source_end = max(w[2] for w in row if w[2] < first[0][0])
            assert abs(source[0][1] - first[0][1]) < 1, number  # one baseline
            assert first[0][0] - source_end >= 0.3 * 72 - 1, number
    assert footers >= 25


SPANISH = REPO / "decks" / "es" / "noche-de-padres.yaml"


def test_a_spanish_deck_shows_the_kits_spanish_text(tmp_path: Path) -> None:
    output = tmp_path / "es.pptx"
    build(SPANISH, output, brand_path=KITS / "harbor-family-alliance.yaml")
    prs = Presentation(str(output))
    resources = next(s for s in prs.slides if s.shapes.title.text == "Dónde reportar y pedir ayuda")
    local = next(s for s in resources.shapes if s.name == "Local resources")
    assert [seen(p.text) for p in local.text_frame.paragraphs] == [
        "Recursos locales",
        "Línea de ayuda de Harbor Family Alliance: (555) 010-0200, las 24 horas, en español"]
    footers = {s.text_frame.text for slide in prs.slides for s in slide.shapes
               if s.name == "Footer"}
    assert footers == {"Harbor Family Alliance · Talleres para familias"}
    contact = seen(prs.slides[0].placeholders[10].text_frame.paragraphs[-2].text).split(
        "\x0b")  # broken at its separators in the title's column
    assert contact[:2] == ["talleres@harborfamily.example", "(555) 010-0223, en español"]
    assert "hours" not in " ".join(s.text_frame.text for slide in prs.slides
                                   for s in slide.shapes if s.has_text_frame)


@pytest.mark.parametrize("resources, line", [
    # a plain list is in the kit's language (English unless it says otherwise)
    ('resources:\n  - {name: Helpline, detail: "24 hours"}\n', 5),
    # a list per language without Spanish
    ('resources:\n  en:\n    - {name: Helpline, detail: "24 hours"}\n', 5),
])
def test_a_spanish_deck_showing_a_kits_english_text_is_warned_at_the_kits_line(
        resources: str, line: int, tmp_path: Path) -> None:
    kit = tmp_path / "kit.yaml"
    kit.write_text('name: Test Org\ncolors: {primary: "#1F4E79", accent: "#F2A900", '
                   'background: "#FFFFFF", text: "#1A1A1A"}\nfooter: {en: Family nights, '
                   'es: Noches de familia}\n' + resources, encoding="utf-8")
    spanish = run("check", str(SPANISH), "--brand", str(kit))
    assert spanish.exit_code == 0
    warnings = [x for x in spanish.stdout.splitlines() if "K602" in x]
    assert len(warnings) == 1 and warnings[0].startswith(f"{kit}:{line}:")
    assert "resources has no Spanish text" in warnings[0]
    english = run("check", str(DECK), "--brand", str(kit))
    assert "K602" not in english.stdout
    output = tmp_path / "es.pptx"
    build(SPANISH, output, brand_path=kit)  # the English text, rather than none
    texts = " ".join(seen(s.text_frame.text) for slide in Presentation(str(output)).slides
                     for s in slide.shapes if s.has_text_frame)
    assert "Helpline: 24 hours" in texts and "Noches de familia" in texts


@pytest.mark.parametrize("entries, line, message", [
    ('  en: Family nights\n  es: "\\u200b"\n', 5, "footer.es: must not be empty"),
    ("  en: Family nights\n  fr: Soirées\n", 5, "footer.fr: expected 'en' or 'es'"),
])
def test_a_kit_text_given_per_language_is_checked_at_its_own_line(
        entries: str, line: int, message: str, tmp_path: Path) -> None:
    kit = tmp_path / "kit.yaml"
    kit.write_text('name: Test Org\ncolors: {primary: "#1F4E79", accent: "#F2A900", '
                   'background: "#FFFFFF", text: "#1A1A1A"}\nfooter:\n' + entries,
                   encoding="utf-8")
    result = run("check", str(SPANISH), "--brand", str(kit))
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    problems = [x for x in result.stderr.splitlines() if x.startswith(str(kit))]
    assert len(problems) == 1 and problems[0].startswith(f"{kit}:{line}:")
    assert message in problems[0]


def test_a_kit_rewritten_with_its_old_size_and_time_stamp_is_seen_changed(
        tmp_path: Path) -> None:
    """Freshness is judged by bytes: a kit whose footer changes, written back with the same
    size and modification time, is seen by the next build of the same session (an editor
    that keeps time stamps, a restore from backup, a save within one tick of the clock)."""
    import os

    from workshop.session import BuildSession

    kit = tmp_path / "kit.yaml"
    colors = ("colors: {primary: '#1F4E79', accent: '#2A7F8E', background: '#FFFFFF', "
              "text: '#1A1A1A'}\n")
    kit.write_text(f"name: Lincoln PTA\nfooter: Lincoln PTA AAAA\n{colors}", encoding="utf-8")
    deck = REPO / "decks" / "parent-night-short.yaml"
    with BuildSession():
        build(deck, tmp_path / "a.pptx", brand_path=kit)
        stamp = os.stat(kit)
        kit.write_text(f"name: Lincoln PTA\nfooter: Lincoln PTA BBBB\n{colors}",
                       encoding="utf-8")
        os.utime(kit, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
        assert os.stat(kit).st_size == stamp.st_size
        build(deck, tmp_path / "b.pptx", brand_path=kit)
    footers = {shape.text_frame.text for slide in Presentation(str(tmp_path / "b.pptx")).slides
               for shape in slide.shapes if shape.name == "Footer"}
    assert footers == {"Lincoln PTA BBBB"}


def test_a_times_new_roman_heading_is_set_in_cambria(tmp_path: Path) -> None:
    """Design system, section 3: Times New Roman headings (thin at the back of a room) are
    set in a serif of larger x-height: the theme's heading font, and the handout's, is
    Cambria; the body font is the kit's own."""
    from workshop.ooxml.theme import read_schemes

    kit = tmp_path / "kit.yaml"
    kit.write_text("name: Lincoln PTA\nfonts: {heading: Times New Roman, body: Arial}\n"
                   "colors: {primary: '#1F4E79', accent: '#2A7F8E', background: '#FFFFFF', "
                   "text: '#1A1A1A'}\n", encoding="utf-8")
    output = tmp_path / "deck.pptx"
    build(REPO / "decks" / "parent-night-short.yaml", output, brand_path=kit)
    with zipfile.ZipFile(output) as package:
        _, heading, body = read_schemes(package.read("ppt/theme/theme1.xml"))
    assert (heading, body) == ("Cambria", "Arial")


def test_an_accent_too_light_for_charts_is_a_warning_at_its_line(write_tree, in_dir) -> None:
    """The accent draws chart slices, icons and rules on the background: below 3:1 (WCAG
    1.4.11) it fades on a projector. The deck still builds; the kit's line says why."""
    in_dir(write_tree({"kit.yaml": 'name: Kit\ncolors: {primary: "#1F4E79", '
                              'accent: "#DDDDDD", background: "#FFFFFF", text: "#1A1A1A"}\n'}))
    result = run("check", str(REPO / "decks/parent-night-short.yaml"), "--brand", "kit.yaml")
    assert result.exit_code == 0  # a warning: the deck is still made
    assert ("kit.yaml:2:38: warning: K603: colors.accent: accent #DDDDDD on background "
            "#FFFFFF has a contrast of 1.35:1; chart slices, icons and rules drawn in it need "
            "at least 3:1") in result.stdout + result.stderr
    assert "0 error(s), 1 warning(s)" in result.stderr
