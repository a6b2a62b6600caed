"""Every check trips on a deck made to trip it, and passes on the shipped decks and kits."""

from __future__ import annotations

import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from cli_runner import run
from conftest import REPO, require_tool
from pptx import Presentation
from pptx.util import Pt

from workshop.build import build, check
from workshop.checks.accessibility import accessibility_findings
from workshop.checks.package_lint import package_findings
from workshop.errors import Severity, WorkshopError, finding_line
from workshop.ooxml.theme import with_schemes

DECKS = [REPO / "decks" / "parent-night.yaml", REPO / "decks" / "parent-night-short.yaml",
         REPO / "decks" / "es" / "noche-de-padres.yaml"]
KITS = [None, *sorted((REPO / "decks" / "brands").glob("*.yaml"))]


@pytest.mark.parametrize("kit", KITS, ids=lambda k: k.stem if k else "default")
@pytest.mark.parametrize("deck", DECKS, ids=lambda d: d.stem)
def test_shipped_decks_and_kits_pass_with_no_findings(deck: Path, kit: Path | None) -> None:
    assert [str(f) for f in check(deck, brand_path=kit)] == []


def codes(findings) -> list[str]:
    return [f.code for f in findings]


DECK_HEAD = "title: T\nsources: {guide: 'G, 2020'}\nsections:\n  - title: S\n    slides:\n"


def one_slide(write_tree, slide: str, **files: str) -> Path:
    """Return an outline of one section holding `slide` (YAML, indented 6)."""
    root = write_tree({"d.yaml": DECK_HEAD + slide, **files})
    return root / "d.yaml"


# -- care ------------------------------------------------------------------------------------

def test_blaming_words_are_flagged_with_their_line(write_tree, in_dir) -> None:
    deck = one_slide(write_tree,
                     "      - title: A\n        bullets: [Kids can be careless online]\n")
    in_dir(deck.parent)
    assert [str(f) for f in check(Path("d.yaml"))] == [
        "d.yaml:7:19: warning: C401: sections[0].slides[0].bullets[0]: 'careless' can read as "
        "blaming; the blackmailer is to blame"]
    deck.write_text(deck.read_text().replace("careless online", "online a lot")
                    + "avoid: [a lot]\n")
    assert codes(check(Path("d.yaml"))) == ["C401"]
    deck.write_text(deck.read_text().replace("avoid: [a lot]", ""))
    assert check(Path("d.yaml")) == []


def unrhymed(findings: list) -> list:
    """Return the findings but the rhythm's (test_slide_types checks those): these decks
    are runs of lists on purpose."""
    return [f for f in findings if f.code != "D401"]


def test_suicide_and_self_harm_need_988_on_the_slide_or_in_its_notes(write_tree,
                                                                      in_dir) -> None:
    """Every mention is reported at once, at its own line; 988 anywhere on the same slide or
    in its notes answers it, and nothing is built while one is missing."""
    slides = ("      - title: A\n        bullets: [b]\n        notes: a.md\n"
              "      - title: B\n        bullets: [Some groups push children to hurt "
              "themselves]\n"
              "      - title: C\n        bullets: [Amenazan con hacerse daño]\n")
    deck = one_slide(write_tree, slides, **{
        "a.md": "First paragraph.\n\nThey may threaten suicide.\n\nThird.\n",
        "speaker_notes/.keep": ""})
    in_dir(deck.parent)
    assert [finding_line(f) for f in unrhymed(check(Path("d.yaml")))] == [
        "a.md:3:1: error: C402: sections[0].slides[0].notes: mentions 'suicide' without 988 "
        "(the Suicide & Crisis Lifeline) on the slide or in its notes",
        "d.yaml:10:19: error: C402: sections[0].slides[1].bullets[0]: mentions 'hurt "
        "themselves' without 988 (the Suicide & Crisis Lifeline) on the slide or in its notes",
        "d.yaml:12:19: error: C402: sections[0].slides[2].bullets[0]: mentions 'hacerse daño' "
        "without 988 (the Suicide & Crisis Lifeline) on the slide or in its notes"]
    with pytest.raises(WorkshopError):
        build(Path("d.yaml"), Path("out.pptx"))
    assert not Path("out.pptx").exists()
    # 988 three paragraphs on in the notes, or on the slide itself, is on the same slide.
    (deck.parent / "a.md").write_text("They may threaten suicide.\n\nTwo.\n\nThree.\n\n"
                                      "Call or text 988.\n")
    deck.write_text(deck.read_text().replace("to hurt themselves]",
                                             "to hurt themselves, In a crisis, call 988]")
                    .replace("[Amenazan con hacerse daño]",
                             "[Amenazan con hacerse daño]\n        notes: Llamen al 988."))
    assert unrhymed(check(Path("d.yaml"))) == []


def test_a_spanish_deck_gives_988_with_its_spanish_option(write_tree, in_dir) -> None:
    """A Spanish-speaking parent in crisis needs the way to reach Spanish: where a Spanish
    slide mentions suicide or self-harm, 988 comes with "marquen el 2" or the text AYUDA, on
    the slide or in its notes; the 988 line's own name, as a source, is no mention."""
    deck = write_tree({"d.yaml": "title: T\nlanguage: es\nsources: {lifeline: 988 Línea de "
                       "Prevención del Suicidio y Crisis}\nsections:\n  - title: S\n"
                       "    slides:\n      - title: A\n        bullets: [Amenazan con "
                       "hacerse daño; crisis, 988]\n        source: lifeline\n"})
    in_dir(deck)
    assert [finding_line(f) for f in unrhymed(check(Path("d.yaml")))] == [
        "d.yaml:8:19: warning: C408: sections[0].slides[0].bullets[0]: mentions 'hacerse daño' "
        "with 988 but not its Spanish option ('marquen el 2', or the text AYUDA) on the slide "
        "or in its notes"]
    outline = deck / "d.yaml"
    outline.write_text(outline.read_text(encoding="utf-8").replace(
        "crisis, 988]", "crisis, 988]\n        notes: Llamen al 988 y marquen el 2."),
        encoding="utf-8")
    assert unrhymed(check(Path("d.yaml"))) == []


def test_a_figure_needs_a_source_with_its_year(write_tree, in_dir) -> None:
    slides = ("      - title: A\n        layout: statistic\n        figure: 6 in 10\n"
              "        caption: Most know them.\n"
              "      - title: B\n        bullets: [1 in 8 know someone targeted]\n"
              "        source: Thorn\n"
              "      - title: C\n        bullets: ['Reports: 1,093 in Jan–Jun 2025']\n"
              "        source: ncmec\n"
              "      - title: D\n        bullets: [Call 1-800-843-5678, 24 hours]\n")
    deck = write_tree({"d.yaml": DECK_HEAD.replace("{guide: 'G, 2020'}", "{ncmec: NCMEC blog}")
                       + slides}) / "d.yaml"
    in_dir(deck.parent)
    assert [str(f) for f in unrhymed(check(Path("d.yaml")))] == [
        "d.yaml:6:9: warning: C403: sections[0].slides[0]: the figure '6 in 10' has no source",
        "d.yaml:12:17: warning: C406: sections[0].slides[1].source: the figure '1 in 8' cites "
        "'Thorn', which gives no year: statistics carry their year (e.g. 'FBI, 2024')",
        "d.yaml:15:17: warning: C406: sections[0].slides[2].source: the figure '1,093' cites "
        "'NCMEC blog', which gives no year: statistics carry their year (e.g. 'FBI, 2024')"]
    deck.write_text(deck.read_text().replace("source: Thorn", "source: Thorn, 2025")
                    .replace("{ncmec: NCMEC blog}", "{ncmec: 'NCMEC blog, 2025'}")
                    .replace("caption: Most know them.\n",
                             "caption: Most know them.\n        source: G, 2020\n"))
    assert unrhymed(check(Path("d.yaml"))) == []


# -- overflow ----------------------------------------------------------------------------------

LONG = ("This bullet says a great deal, more than a slide should hold, about staying calm, "
        "listening first and getting help before anything else")


def test_overflowing_text_is_shrunk_within_the_floor_and_reported(write_tree, in_dir,
                                                                  tmp_path: Path) -> None:
    point = f"{LONG}, staying close, and saying so out loud"
    bullets = "".join(f"          - {point} {n}\n" for n in range(5))
    deck = one_slide(write_tree, f"      - title: Crowded\n        bullets:\n{bullets}")
    in_dir(deck.parent)
    result = build(Path("d.yaml"), tmp_path / "out.pptx")
    assert [(f.code, f.severity) for f in result.warnings] == [("O201", Severity.WARNING)]
    assert re.fullmatch(r"slide 3 \(Crowded\), Text Placeholder 2: text shrunk to \d+ pt "
                        r"to fit", result.warnings[0].message)
    assert result.warnings[0].slide == 3
    body = Presentation(str(tmp_path / "out.pptx")).slides[2].placeholders[1]
    sizes = {r.font.size.pt for p in body.text_frame.paragraphs for r in p.runs}
    assert len(sizes) == 1 and 18 <= sizes.pop() < 24


def test_a_bullet_slide_that_cannot_fit_is_split_and_stays_inside_its_box(
    write_tree, in_dir, tmp_path: Path
) -> None:
    bullets = "".join(f"          - {LONG} {n}\n" for n in range(14))
    deck = one_slide(write_tree, f"      - title: Crowded\n        bullets:\n{bullets}"
                                 "        prompts: [Any questions?]\n")
    in_dir(deck.parent)
    output = tmp_path / "split.pptx"
    result = build(Path("d.yaml"), output)
    assert "O202" in codes(result.warnings)
    prs = Presentation(str(output))
    titles = [s.shapes.title.text for s in prs.slides][2:]
    count = len(titles)
    assert count >= 2
    assert titles == [f"Crowded ({n}/{count})" for n in range(1, count + 1)]
    texts = [p.text for s in list(prs.slides)[2:] for p in s.placeholders[1].text_frame.paragraphs]
    # each point whole, its closing number kept with the word before it
    assert [t.replace("\u00a0", " ") for t in texts] == [f"{LONG} {n}" for n in range(14)]
    assert all(t.endswith(f"\u00a0{n}") for n, t in enumerate(texts))
    # The rendered PDF shows every word of the body inside the body's box.
    soffice, pdftotext = require_tool("soffice"), require_tool("pdftotext")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/p", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(output)],
                   check=True, capture_output=True, timeout=180)
    bbox = subprocess.run([pdftotext, "-bbox", str(tmp_path / "split.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = bbox.split("<page ")[1:]
    for number, slide in enumerate(list(prs.slides)[2:], start=3):
        body = slide.placeholders[1]
        top, bottom = body.top / 12700, (body.top + body.height) / 12700
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(\w+)',
                           pages[number - 1])
        body_words = [(float(a), float(b)) for a, b, w in words if w in ("bullet", "says")]
        assert body_words, number
        assert all(top - 1 <= a and b <= bottom + 1 for a, b in body_words), number


def test_a_crowded_slide_with_sub_points_is_split_not_refused(write_tree, in_dir,
                                                              tmp_path: Path) -> None:
    """Sub-points are set smaller than points; the slide is split when the points cannot all
    reach 18 pt, instead of failing with "shorten it"."""
    point = "A fairly long point that goes on to take up more than one line of the slide"
    items = "".join(f"          - {point} {n}\n          - [{point} {n}a]\n" for n in range(6))
    deck = one_slide(write_tree, f"      - title: Layered\n        bullets:\n{items}")
    in_dir(deck.parent)
    result = build(Path("d.yaml"), tmp_path / "out.pptx")
    assert codes(result.warnings) == ["O202"]
    prs = Presentation(str(tmp_path / "out.pptx"))
    titles = [s.shapes.title.text for s in prs.slides][2:]
    assert titles == [f"Layered ({n}/{len(titles)})" for n in range(1, len(titles) + 1)]
    for slide in list(prs.slides)[2:]:
        sizes = [r.font.size.pt for p in slide.placeholders[1].text_frame.paragraphs
                 for r in p.runs if r.font.size is not None]
        assert all(size >= 18 for size in sizes)


def test_text_that_cannot_fit_even_split_is_an_error(write_tree, in_dir) -> None:
    huge = " ".join(["calm"] * 400)
    deck = one_slide(write_tree, f"      - title: Wall\n        layout: discussion\n"
                                 f"        prompts: ['{huge}']\n")
    in_dir(deck.parent)
    findings = check(Path("d.yaml"))
    assert codes(findings) == ["O203"]
    assert findings[0].severity is Severity.ERROR


# -- accessibility -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    output = tmp_path_factory.mktemp("a11y") / "deck.pptx"
    build(DECKS[1], output)
    return output.read_bytes()


def edited(data: bytes, change) -> bytes:
    prs = Presentation(io.BytesIO(data))
    change(prs)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def a11y(data: bytes) -> list[tuple[int | None, str]]:
    return [(n, code) for n, code, _, _ in accessibility_findings(data, "en-US", False)]


def test_the_built_deck_passes_accessibility(built_bytes: bytes) -> None:
    assert a11y(built_bytes) == []


def test_missing_and_repeated_titles(built_bytes: bytes) -> None:
    def change(prs) -> None:
        prs.slides[3].shapes.title.text_frame.text = ""
        prs.slides[5].shapes.title.text_frame.text = prs.slides[4].shapes.title.text
    found = a11y(edited(built_bytes, change))
    assert (4, "A101") in found and (6, "A102") in found


def test_titles_repeated_in_the_outline_are_numbered(write_tree, in_dir, tmp_path) -> None:
    deck = one_slide(write_tree, "      - {title: Same, bullets: [a]}\n"
                                 "      - {title: Same, bullets: [b]}\n")
    in_dir(deck.parent)
    build(Path("d.yaml"), tmp_path / "o.pptx")
    titles = [s.shapes.title.text for s in Presentation(str(tmp_path / "o.pptx")).slides]
    assert titles[-2:] == ["Same", "Same (2)"]


def test_picture_without_alt_text_small_text_language_and_reading_order(built_bytes) -> None:
    image = REPO / "decks" / "images" / "conversation.png"

    def change(prs) -> None:
        slide = prs.slides[4]
        slide.shapes.add_picture(str(image), 0, 0, Pt(50), Pt(30))  # alt text: a file name
        box = slide.shapes.add_textbox(0, 0, Pt(200), Pt(30))
        box.text_frame.text = "tiny"
        box.text_frame.paragraphs[0].runs[0].font.size = Pt(12)
        slide.shapes._spTree.remove(box._element)
        slide.shapes._spTree.insert(2, box._element)  # before the title
    assert sorted(a11y(edited(built_bytes, change))) == [
        (5, "A103"), (5, "A105"), (5, "A106"), (5, "A107")]


def test_low_contrast_theme_colours(built_bytes: bytes) -> None:
    def change(prs) -> None:
        part = prs.slide_masters[0].part.part_related_by(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme")
        from workshop.theme.palette import COLORS
        part._blob = with_schemes(part.blob, {**COLORS, "dk1": "9A9A9A"}, "Cambria", "Calibri",
                                  "Low")
    findings = accessibility_findings(edited(built_bytes, change), "en-US", False)
    assert [(code, message) for _, code, message, _ in findings] == [
        ("A104", "body text: #9A9A9A on #FFFFFF has a contrast of 2.81:1, below 4.5:1"),
        ("A104", "text in step panels, speech bubbles, step cards and point cards: #9A9A9A on "
                 "#E3ECF0 has a contrast of 2.34:1, below 3:1")]


def test_a_kit_colour_the_cards_draw_marks_in_is_held_to_their_panels(built_bytes) -> None:
    """The accent the quotation marks and step numerals of the cards are drawn in (a kit's
    primary colour) is held to 3:1 against the panels they stand on."""
    def change(prs) -> None:
        part = prs.slide_masters[0].part.part_related_by(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme")
        from workshop.theme.palette import COLORS
        part._blob = with_schemes(part.blob, {**COLORS, "accent1": "C9D8E0"}, "Cambria",
                                  "Calibri", "Pale")
    findings = accessibility_findings(edited(built_bytes, change), "en-US", False)
    assert ("A104", "quotation marks and step numerals: #C9D8E0 on #E3ECF0 has a contrast of "
                    "1.21:1, below 3:1") in [(code, message) for _, code, message, _ in findings]


# -- package -----------------------------------------------------------------------------------

def repacked(data: bytes, name: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            content = source.read(entry.filename)
            target.writestr(entry, change(content) if entry.filename == name else content)
    return out.getvalue()


def test_the_built_package_is_clean(built_bytes: bytes) -> None:
    assert package_findings(built_bytes) == []


@pytest.mark.parametrize(("name", "old", "new", "code"), [
    ("ppt/slides/_rels/slide4.xml.rels", b'Target="../slideLayouts/', b'Target="../gone/', "P501"),
    ("ppt/slides/slide5.xml", b'<p:cNvPr id="3"', b'<p:cNvPr id="2"', "P502"),
    ("ppt/slides/slide2.xml", b"Before we begin", b"Before _x001B_ we begin", "P503"),
    ("ppt/presentation.xml", b"<p:notesMasterIdLst>", b"<p:extLst>", "P504"),
    ("ppt/slideLayouts/slideLayout4.xml", b'<a:off x="548640"', b'<a:off x="12000000"', "P505"),
])
def test_package_problems_are_found(built_bytes: bytes, name, old, new, code) -> None:
    def change(content: bytes) -> bytes:
        assert old in content
        changed = content.replace(old, new, 1)
        if code == "P504":
            changed = changed.replace(b"</p:notesMasterIdLst>", b"</p:extLst>", 1)
        return changed
    assert code in [c for _, c, _ in package_findings(repacked(built_bytes, name, change))]


# -- the command -------------------------------------------------------------------------------

def test_check_json_and_strict(write_tree, in_dir) -> None:
    in_dir(one_slide(write_tree, "      - title: A\n        bullets: [Kids are careless]\n").parent)
    result = run("check", "d.yaml", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [{
        "file": "d.yaml", "line": 7, "col": 19, "severity": "warning", "code": "C401",
        "where": "sections[0].slides[0].bullets[0]",
        "message": "'careless' can read as blaming; the blackmailer is to blame", "slide": None}]
    assert run("check", "d.yaml", "--strict").exit_code == 1


def test_preview_writes_a_contact_sheet_and_pages(tmp_path: Path, in_dir) -> None:
    require_tool("soffice")
    in_dir(REPO)
    sheet, pages = tmp_path / "sheet.png", tmp_path / "pages"
    result = run("preview", "decks/parent-night-short.yaml", "-o", str(sheet), "--pages",
                 str(pages))
    assert result.exit_code == 0, result.stderr
    from PIL import Image
    assert sorted(p.name for p in pages.iterdir())[:2] == ["slide-001.png", "slide-002.png"]
    slides = int(re.search(r"\((\d+) slides\)", result.stdout).group(1))  # as it says
    assert slides >= 10 and len(list(pages.iterdir())) == slides
    width, height = Image.open(sheet).size
    assert width > height  # four columns of 16:9 slides


def test_preview_without_libreoffice_says_so(tmp_path: Path, monkeypatch, in_dir) -> None:
    in_dir(REPO)
    monkeypatch.setenv("PATH", str(tmp_path))
    result = run("preview", "decks/parent-night-short.yaml", "-o", str(tmp_path / "s.png"))
    assert result.exit_code == 1
    assert result.stderr.startswith("preview needs LibreOffice")
    assert not (tmp_path / "s.png").exists()
