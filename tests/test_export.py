"""Exports: the facilitator guide and the handout, opened the way a trainer's tools open them."""

from __future__ import annotations

import io
import os
import re
import subprocess
import zipfile
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from cli_runner import run
from conftest import REPO, require_tool
from docx import Document as WordDocument
from docx.shared import RGBColor
from pptx import Presentation

from workshop import compat
from workshop.blocks import Heading
from workshop.brand import prepare_brand
from workshop.build import build, export
from workshop.images import qr_png
from workshop.model import DiscussionSlide
from workshop.notes_text import parse_notes
from workshop.prepare import prepare

DECK = REPO / "decks" / "parent-night.yaml"
KIT = REPO / "decks" / "brands" / "example-county.yaml"
FEEDBACK = "https://example.org/safety/feedback"


class _Text(HTMLParser):
    """Collects the visible text, the images and the links of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.images: list[dict[str, str | None]] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        if tag == "img":
            self.images.append(dict(attrs))
        self.links += [v or "" for k, v in attrs if k in ("href", "src")]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def paragraphs_in_order(word) -> list:
    """Return a Word document's paragraphs as a reader meets them: those of a table (a
    slide's picture beside its points, in the guide) at the table's place."""
    found = []
    for item in word.iter_inner_content():
        if hasattr(item, "rows"):
            found += [p for row in item.rows for cell in row.cells for p in cell.paragraphs]
        else:
            found.append(item)
    return found


def reading_order(word) -> list[str]:
    """Return the text of a Word document's paragraphs as a reader meets them."""
    return [p.text for p in paragraphs_in_order(word)]


def squash(text: str) -> str:
    """Return text as a reader sees it: spaces collapsed, without the invisible word joiners
    that keep phone numbers on one line."""
    return re.sub(r"\s+", " ", text.replace("\u2060", "")).strip()


def expected_in_order(deck_path: Path = DECK, words: int | None = None,
                      kit: Path | None = KIT) -> list[str]:
    """Return every notes paragraph and every prompt of the deck, in deck order: the title
    slide's, the agenda's and each section header's scripts among them."""
    deck = prepare(deck_path, brand=prepare_brand(kit) if kit else None).deck
    expected = []
    for _, slide in deck.scripts():
        notes = [squash(paragraph.text) for paragraph in parse_notes(slide.notes or "")]
        prompts = [squash(p) for p in getattr(slide, "prompts", [])]
        # A discussion slide's questions are what it shows: they come before its script.
        expected += prompts + notes if isinstance(slide, DiscussionSlide) else notes + prompts
    if words:
        expected = [" ".join(e.split()[:words]) for e in expected]
    return expected


def assert_in_order(text: str, snippets: list[str]) -> None:
    position = 0
    for snippet in snippets:
        found = text.find(snippet, position)
        assert found >= 0, f"missing or out of order: {snippet!r}"
        position = found + len(snippet)


@pytest.fixture(scope="module")
def guides(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("guides")
    return {fmt: export(DECK, "guide", fmt, folder / f"guide.{fmt}", KIT)
            for fmt in ("md", "html", "docx")}


@pytest.fixture(scope="module")
def handouts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("handouts")
    return {fmt: export(DECK, "handout", fmt, folder / f"handout.{fmt}", KIT)
            for fmt in ("md", "html", "docx")}


def test_markdown_guide_has_every_note_and_prompt_in_order(guides) -> None:
    text = guides["md"].read_text(encoding="utf-8")
    plain = squash(re.sub(r"[*>]", "", text))
    assert_in_order(plain, expected_in_order())
    # In minutes and seconds, as a stopwatch reads: the title slide and the agenda take 2:15.
    assert "| # | Part | Length (m:ss) | Starts at | Skipping optional |" in text
    assert "|  | Opening | 2:15 | 0:00 | 0:00 |" in text
    assert "| 1 | Welcome | 3:45–5:30 | 2:15 | 2:15 |" in text
    assert "## If someone discloses" in text
    # and after it, what follows the night: the cards passed on, the handout sent
    after = text[text.index("## After the night"):text.index("## Slide by slide")]
    assert "child-safety lead" in after and "The next day" in after


def test_the_guides_tables_set_their_figures_flush_right(guides) -> None:
    """Times, slide numbers and ranges line up on their right edge, as a reader runs down a
    column of them; the words beside them (the part's name) stay flush left."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    word = WordDocument(str(guides["docx"]))
    timings = next(t for t in word.tables
                   if [c.text for c in t.rows[0].cells][1:4:2] == ["Part", "Starts at"])
    welcome = timings.rows[2].cells  # under the header and the opening
    assert [welcome[1].text, welcome[3].text] == ["Welcome", "2:15"]
    assert welcome[3].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert timings.rows[0].cells[3].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert welcome[1].paragraphs[0].alignment is None  # the style's: flush left
    assert "| # | Part | Length (m:ss) | Starts at | Skipping optional |\n| ---: | --- | ---: " \
        "| ---: | ---: |" in guides["md"].read_text(encoding="utf-8")
    assert '<td class="figures">2:15</td>' in guides["html"].read_text(encoding="utf-8")


def test_html_guide_is_self_contained_with_every_note_and_prompt_in_order(guides) -> None:
    page = _Text()
    page.feed(guides["html"].read_text(encoding="utf-8"))
    assert_in_order(squash(" ".join(page.parts)), expected_in_order())
    assert all(link.startswith(("data:", "#")) for link in page.links)  # nothing outside
    assert "@media print" in guides["html"].read_text(encoding="utf-8")
    assert page.images[0]["alt"] == "Example County Schools logo"
    assert 'class="direction"' in guides["html"].read_text(encoding="utf-8")


def test_word_guide_has_headings_agenda_table_logo_and_every_note_in_order(guides) -> None:
    word = WordDocument(str(guides["docx"]))
    text = squash(" ".join(reading_order(word)))
    assert_in_order(text, expected_in_order())
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith(
        "Heading")]
    texts = [p.text.replace("\u00a0", " ") for p in word.paragraphs]  # as a reader sees them
    # the cover's block of the primary colour: what the document is, then the title, its
    # last two words kept together (no word alone on a line), in white
    cover = word.tables[0].rows[0].cells[0]
    assert [p.text for p in cover.paragraphs][:2] == ["FACILITATOR GUIDE",
                                                     "Sextortion: What Parents Can\u00a0Do"]
    assert cover.paragraphs[1].style.name == "Title"
    assert cover.paragraphs[1].runs[0].font.color.rgb == RGBColor(0xFF, 0xFF, 0xFF)
    assert compat.xml_of(cover).xpath("./w:tcPr/w:shd/@w:fill") == ["1F4E79"]  # the kit primary
    chapters = [h for h in headings if h[0] == "Heading 2"]
    assert chapters[:2] == [("Heading 2", "The night on one page"),
                            ("Heading 2", "Agenda and timings")]
    assert ("Heading 3", "Slide 3: Before we begin") in headings
    agenda = next(t for t in word.tables if t.rows[0].cells[0].text == "#")
    assert [c.text for c in agenda.rows[0].cells] == ["#", "Part", "Length (m:ss)", "Starts at",
                                                      "Skipping optional"]
    assert [c.text for c in agenda.rows[1].cells] == ["", "Opening", "2:15", "0:00", "0:00"]
    assert [c.text for c in agenda.rows[2].cells] == ["1", "Welcome", "3:45–5:30", "2:15",
                                                      "2:15"]
    # After the slides, the questions and the whole evening's length.
    last = [[c.text for c in row.cells] for row in agenda.rows[-3:]]
    assert [row[1] for row in last] == ["Total", "Questions, after the closing slide",
                                        "The evening, with questions"]
    assert last[1][2] == "10:00–15:00" and last[2][2] == "64:30–75:00"
    # how long to book the room, on the first page, and how to fit an hour's slot
    booking = texts.index("Book the room for 80 minutes: the evening takes up to 75 (about 60 "
                          "of slides, up to 15 of questions), and 5 more to settle in and "
                          "leave.")
    assert texts[booking - 1] == "Agenda and timings"  # heading the agenda, not on the cover
    # skipping leaves 6 of the 10 minutes the questions need: the guide names the activities
    # to shorten, to what, and what that leaves
    slot = ("In a 60-minute slot: skip the optional slides and shorten the activities as their "
            "notes say (Let\u2019s talk it through to 4:00 min; Practice in pairs: the first "
            "words to 5:30 min): the deck then takes about 52 min and leaves 8 for questions.")
    assert any(t.replace("\u2060", "").replace("\u00a0", " ").startswith(slot)
               for t in texts)  # word joiners and no-break spaces: no break
    logo = word.inline_shapes[0]._inline.docPr
    assert logo.get("descr") == "Example County Schools logo"
    directions = [r for p in word.paragraphs for r in p.runs if r.text.startswith("[Start on")]
    assert directions and directions[0].italic


def test_handout_carries_resources_and_a_qr_code_in_every_format(handouts) -> None:
    names = ["NCMEC CyberTipline", "Take It Down", "988 Suicide & Crisis Lifeline", "NetSmartz",
             "School counseling office", "Family Resource Center"]
    markdown = handouts["md"].read_text(encoding="utf-8")
    assert all(name in markdown for name in names)
    assert "Scan for feedback and more resources: **example.org/safety/feedback**" in markdown
    page = _Text()
    page.feed(handouts["html"].read_text(encoding="utf-8"))
    assert all(name in " ".join(page.parts).replace("\u00a0", " ") for name in names)
    qr = [img for img in page.images if img["alt"] == f"QR code linking to {FEEDBACK}"]
    assert len(qr) == 1
    import base64
    assert base64.b64decode(qr[0]["src"].split(",", 1)[1]) == qr_png(FEEDBACK)
    word = WordDocument(str(handouts["docx"]))
    text = " ".join([p.text for p in word.paragraphs] + [
        cell.text for table in word.tables for row in table.rows for cell in row.cells])
    assert all(name in text.replace("\u00a0", " ") for name in names)
    assert [s._inline.docPr.get("descr") for s in word.inline_shapes] == [
        "Example County Schools logo", f"QR code linking to {FEEDBACK}"]


def test_the_handouts_key_numbers_are_cards_set_large_at_the_top(handouts) -> None:
    """What a family saves first is the first thing under the title band: 911, 988 and the
    CyberTipline, each number at twice the body size or more, in the kit's primary colour,
    on a tinted card; the cards share the width by how much each says."""
    word = WordDocument(str(handouts["docx"]))
    band, cards = word.tables[0], word.tables[1]
    assert "Sextortion" in band.rows[0].cells[0].text
    texts = [cell.text for cell in cards.rows[0].cells]
    assert texts[0].startswith("911\nImmediate danger") and texts[1] == ""  # a gap between
    assert texts[2].startswith("988\n988 Suicide & Crisis Lifeline")
    assert texts[4].replace("\u2060", "").startswith("1-800-843-5678\nNCMEC CyberTipline")
    body = word.styles["Normal"].font.size.pt
    for cell in cards.rows[0].cells[::2]:
        number = cell.paragraphs[0].runs[0]
        assert number.bold and number.font.size.pt >= 1.9 * body
        assert str(number.font.color.rgb) == "1F4E79"  # the kit's primary
    widths = [cell.width.inches for cell in cards.rows[0].cells[::2]]
    assert widths[0] < widths[1] < widths[2]  # "911" says least, the CyberTipline most


def test_a_number_shown_large_is_not_listed_again_under_another_name(write_tree,
                                                                     tmp_path: Path) -> None:
    """Each number once: a resources slide that names the 988 line its own way ("Crisis
    line") is the line the handout's card shows large, so the contacts do not list it again;
    a line with a number of its own stays."""
    root = write_tree({"d.yaml": (
        "title: T\nagenda: false\nsections:\n  - title: S\n    slides:\n"
        "      - title: Help\n        layout: resources\n        items:\n"
        "          - {name: Crisis line, detail: 'call or text 988, any hour'}\n"
        "          - {name: School office, detail: '555-0100, weekdays'}\n"),
        "speaker_notes/.keep": ""})
    text = export(root / "d.yaml", "handout", "md", tmp_path / "h.md").read_text(encoding="utf-8")
    assert "**School office:** 555-0100, weekdays" in text
    assert "Crisis line" not in text and text.count("- **988** · ") == 1


def test_large_print_handout_uses_18_point_body(tmp_path: Path) -> None:
    docx = export(DECK, "handout", "docx", tmp_path / "h.docx", KIT, large_print=True)
    assert WordDocument(str(docx)).styles["Normal"].font.size.pt == 18
    html = export(DECK, "handout", "html", tmp_path / "h.html", KIT, large_print=True)
    assert "font-size: 18pt" in html.read_text(encoding="utf-8")


def test_spanish_deck_gives_a_spanish_guide(tmp_path: Path) -> None:
    deck = REPO / "decks" / "es" / "noche-de-padres.yaml"
    word = WordDocument(str(export(deck, "guide", "docx", tmp_path / "g.docx")))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Programa y tiempos" in headings and "Si alguien le cuenta un caso" in headings
    assert_in_order(squash(" ".join(reading_order(word))), expected_in_order(deck, kit=None))
    assert 'w:val="es-US"' in word.styles.element.xml


@pytest.mark.parametrize("fmt", ["md", "html", "docx"])
def test_exports_are_deterministic(fmt: str, tmp_path: Path) -> None:
    first = export(DECK, "handout", fmt, tmp_path / f"a.{fmt}", KIT).read_bytes()
    second = export(DECK, "handout", fmt, tmp_path / f"b.{fmt}", KIT).read_bytes()
    assert first == second


def test_word_guide_reads_like_a_book(guides) -> None:
    """A cover, then contents (a field Word refreshes on opening), a running header and page
    numbers on every page but the cover, chapters for the glossary and questions, steps
    numbered from 1 on each slide, sub-points one level in, and a checklist of boxes."""
    word = WordDocument(str(guides["docx"]))
    body = word.element.body
    assert 'TOC \\o "2-2"' in "".join(body.itertext())  # the chapters, on one page
    texts = [p.text.split("\t")[0] for p in word.paragraphs]
    start = texts.index("Contents") + 1
    contents = texts[start:texts.index("", start)]
    assert contents[:4] == ["The night on one page", "Agenda and timings", "Before you present",
                            "Preparation checklist"]
    assert "Slide by slide" in contents and not [e for e in contents if e.startswith("Slide 1")]
    assert word.settings.element.xpath("./w:updateFields/@w:val") == ["true"]
    section = word.sections[0]
    assert section.different_first_page_header_footer
    assert section.header.paragraphs[0].text == (
        "Facilitator guide\u2002\u00b7\u2002Sextortion: What Parents Can Do")
    assert "PAGE" in "".join(section.footer._element.itertext())
    styles = [(p.style.name, p.text) for p in word.paragraphs]
    assert ("Heading 2", "Glossary") in styles and ("Heading 2", "Questions parents often ask")
    steps = [p for p in paragraphs_in_order(word) if p.style.name == "List Number"]
    assert [p.text.replace("\u00a0", " ") for p in steps[:2]] == [
        "Approach: Studies the child’s profile first: interests, friends, school, family",
        "Move platforms: Asks to switch to a second or third app, often an encrypted one "
        "that is harder to trace"]
    numbering = {p._p.xpath("./w:pPr/w:numPr/w:numId/@w:val")[0] for p in steps}
    assert len(numbering) >= 3  # each process slide counts its steps from 1
    boxes = [p for p in word.paragraphs if p.text.startswith("☐")]
    assert boxes and all(p.style.name == "Normal" for p in boxes)  # a box, not box and bullet
    statistic = next(t for t in word.tables if t.rows[0].cells[0].text == "What")
    assert [c.text for c in statistic.rows[1].cells] == [
        "Jan–Jun 2024", "11,625", "2024", "NCMEC blog, 2025"]


def test_pdf_guide_has_page_numbers_contents_and_no_heading_left_at_a_page_foot(
        tmp_path: Path) -> None:
    from workshop.documents.guide import facilitator_guide
    from workshop.plan.stage import plan_deck

    require_tool("soffice")
    pdftotext = require_tool("pdftotext")
    guide = export(DECK, "guide", "pdf", tmp_path / "guide.pdf", KIT)
    pages = subprocess.run([pdftotext, "-layout", str(guide), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")[:-1]
    lines = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    assert len(pages) > 10
    assert not any(line.isdigit() for line in lines[0])  # the cover carries no number
    for number, page in enumerate(lines[1:], start=2):
        assert page[-1] == str(number), f"page {number} ends {page[-1]!r}"
    prepared = prepare(DECK, brand=prepare_brand(KIT))
    document = facilitator_guide(prepared, plan_deck(prepared).slides)
    headings = {" ".join(b.text.split()) for b in document.blocks if isinstance(b, Heading)}
    for number, page in enumerate(lines[1:], start=2):
        assert page[-2] not in headings, f"page {number} ends on the heading {page[-2]!r}"
    contents = "\n".join(lines[1] + lines[2])
    by_slide = next(n for n, page in enumerate(lines, start=1)
                    if "Slide by slide" in page and n > 2)
    assert re.search(rf"Slide by slide\.+{by_slide}\b", contents)  # chapters, on one page


def test_pdf_guide_nests_sub_points_under_their_point(tmp_path: Path, write_tree) -> None:
    require_tool("soffice")
    pdftotext = require_tool("pdftotext")
    outline = write_tree({"d.yaml": (
        "title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        bullets:\n"
        "          - \"The blackmailer usually wants one of three things:\"\n"
        "          - [More sexual images or videos, Sexual activity, Money]\n"
        "          - The child is never the one to blame\n")}) / "d.yaml"
    guide = export(outline, "guide", "pdf", tmp_path / "guide.pdf")
    boxes = subprocess.run([pdftotext, "-bbox-layout", str(guide), "-"], capture_output=True,
                           text=True, check=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', boxes)

    def start(phrase: str) -> float:  # where the first word of `phrase` starts
        parts = phrase.split()
        return next(float(words[n][0]) for n in range(len(words))
                    if [w for _, w in words[n:n + len(parts)]] == parts)

    point = start("The blackmailer usually wants one of three things:")
    assert start("More sexual images or videos") > point + 10  # one level in
    assert start("The child is never the one to blame") == point  # and back out
    # in Word, a sub-point takes the second level's list style
    word = WordDocument(str(export(outline, "guide", "docx", tmp_path / "guide.docx")))
    sub = next(p for p in paragraphs_in_order(word) if p.text == "More sexual images or videos")
    assert sub.style.name == "List Bullet 2"


def test_pdf_guide_and_handout_render_through_libreoffice(tmp_path: Path) -> None:
    require_tool("soffice")
    pdftotext = require_tool("pdftotext")
    guide = export(DECK, "guide", "pdf", tmp_path / "guide.pdf", KIT)
    text = subprocess.run([pdftotext, str(guide), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert_in_order(squash(text), expected_in_order(words=6))
    handout = export(DECK, "handout", "pdf", tmp_path / "handout.pdf", KIT)
    again = export(DECK, "handout", "pdf", tmp_path / "again.pdf", KIT)
    assert handout.read_bytes() == again.read_bytes()
    info = subprocess.run(["pdfinfo", str(handout)], capture_output=True, text=True,
                          check=True).stdout
    assert re.search(r"Pages:\s+[12]\n", info)
    images = subprocess.run(["pdfimages", "-list", str(handout)], capture_output=True,
                            text=True, check=True).stdout
    handout_text = squash(subprocess.run([pdftotext, str(handout), "-"], capture_output=True,
                                         text=True, check=True).stdout)
    for name in ("NCMEC CyberTipline", "Take It Down", "988 Suicide & Crisis Lifeline",
                 "School counseling office", "Scan for feedback and more resources:",
                 "example.org/safety/feedback"):
        assert name in handout_text
    kinds = [line.split()[2] for line in images.strip().splitlines()[2:]]
    assert kinds.count("image") == 2  # the logo and the QR code (the logo's mask aside)


def test_pdf_without_libreoffice_says_how_to_install_it(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a PATH with no soffice on it
    target = tmp_path / "out.pdf"
    result = run("export", str(DECK), "--kind", "guide", "--format", "pdf", "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith("PDF export needs LibreOffice, which is not installed.")
    assert "apt-get install libreoffice-writer" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize("language, expected", [
    ("en", ["## Save these numbers in your phone tonight",
            "- **911** · Immediate danger", "- **988** · 988 Suicide & Crisis Lifeline",
            "- **1-800-843-5678** · NCMEC CyberTipline: or CyberTipline.org",
            "**Contact at tonight\u2019s host:** \\_\\_",
            "**Child protection or police non-emergency line:** \\_\\_",
            "fbi.gov/sextortion", "gethelp@ncmec.org",
            "## If it happens to your child", "Never save, copy or forward the image",
            "call or text 988",
            "## What to know", "Sextortion is blackmail", "## Warning signs", "Ask gently",
            "## Conversation starters for home",
            "## If someone else\u2019s image arrives", "don\u2019t forward it or screenshot it",
            "Source: NetSmartz / NCMEC, 2020"]),
    ("es", ["## Guarde estos números en su celular hoy mismo",
            "- **911** · Peligro inmediato", "- **988** · 988 Línea de Prevención",
            "- **1-800-843-5678** · CyberTipline del NCMEC",
            "**Persona que le ayuda en español (escuela u organización):** \\_\\_",
            "gethelp@ncmec.org",
            "## Si le pasa a su hijo o hija", "Nunca guarde, copie ni reenvíe la imagen", "988",
            "## Lo esencial", "Sextorsión: chantaje", "## Para empezar a conversar en casa",
            "## Si le llega la imagen de otra persona", "ni le tomes captura"]),
])
def test_a_deck_without_handout_text_gets_the_shipped_fridge_sheet_numbers_first(
        language: str, expected: list[str], write_tree, in_dir) -> None:
    """The shipped text is a sheet for the fridge: the numbers to save first, the key ones
    large, then the steps, then what to know and say; not a list of the night's topics."""
    in_dir(write_tree({"d.yaml": f"title: T\nlanguage: {language}\nsections:\n"
                                 "  - title: Phones at home\n"
                                 "    summary: Rules that keep talking easy\n"
                                 "    slides:\n      - {title: A, bullets: [a]}\n"
                                 "      - {title: B, layout: discussion, prompts: "
                                 "[What would you ask first?]}\n"
                                 "  - title: Why now?\n    summary: What changed\n"
                                 "    slides:\n      - {title: C, bullets: [c]}\n"
                                 "  - title: Closing\n    slides:\n"
                                 "      - {title: Thanks, layout: closing}\n"}))
    result = run("export", "d.yaml", "--kind", "handout", "--format", "md", "-o", "h.md")
    assert result.exit_code == 0, result.stderr
    text = Path("h.md").read_text(encoding="utf-8")
    assert_in_order(text, expected)
    assert "What would you ask first?" not in text  # the room's questions stay in the room
    assert "Phones at home" not in text  # the night's agenda is not what a fridge needs
    for number in ("1-800-843-5678", "**911**", "**988**"):
        assert text.count(number) == 1, number  # each number printed once


def test_a_handout_section_wins_over_the_shipped_text(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": "title: T\nsections:\n  - title: S\n    summary: Sum\n"
                                 "    slides:\n      - {title: A, bullets: [a]}\n"
                                 "handout:\n  key_ideas: [Our own idea]\n"
                                 "  conversation_starters: [Our own question?]\n"
                                 "  if_it_happens: [Our own step]\n"}))
    assert run("export", "d.yaml", "--kind", "handout", "--format", "md",
               "-o", "h.md").exit_code == 0
    text = Path("h.md").read_text(encoding="utf-8")
    assert "- Our own idea" in text and "1. Our own step" in text
    assert "Sextortion is blackmail" not in text and "What we covered" not in text


def test_guide_ends_with_the_glossary_the_questions_parents_ask_and_the_sources(guides) -> None:
    text = guides["md"].read_text(encoding="utf-8")
    glossary = text.index("## Glossary")
    questions = text.index("## Questions parents often ask")
    sources = text.index("## Sources")
    assert text.index("## Resources") < glossary < questions < sources
    # every source a slide credits is listed in full, with where to read it
    credited = set(prepare(DECK).deck.sources.values()) - {"FBI", "NCMEC; FBI; 988 Lifeline",
                                                            "NCMEC; 988 Lifeline",
                                                            "NCMEC; FBI, 2024"}
    listed = dict(re.findall(r"^- \*\*(.+?):\*\* (.+)$", text[sources:], re.M))
    assert credited <= set(listed), credited - set(listed)
    assert "fbi.gov/sextortion" in listed["FBI, 2024"] and "January 2024" in listed["FBI, 2024"]
    for term in ("Sexting", "Sextortion", "Financial sextortion", "Grooming", "CSAM", "Hash",
                 "CyberTipline", "Take It Down"):
        assert f"**{term}:**" in text[glossary:questions], term
    assert "#### Should we just pay, so it goes away?" in text[questions:]
    word = WordDocument(str(guides["docx"]))
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    asked = [q.question for q in prepare(DECK).deck.reference.questions]
    start, end = headings.index("Questions parents often ask") + 1, headings.index("Sources")
    assert [h.replace("\u2019", "'") for h in headings[start:end]] == \
        [q.replace("\u2019", "'") for q in asked]


def test_guide_numbers_its_slides_as_the_deck_does(guides, tmp_path: Path) -> None:
    deck = tmp_path / "deck.pptx"
    build(DECK, deck, brand_path=KIT)
    titles = [s.shapes.title.text for s in Presentation(str(deck)).slides]
    text = guides["md"].read_text(encoding="utf-8")
    numbered = re.findall(r"^### Slide (\d+): (.+?)(?: \((?:section header|optional)\))?$",
                          text, re.M)
    assert [(int(n), title) for n, title in numbered] == list(enumerate(titles, start=1))
    financial = text[text.index("### Slide 16: "):text.index("### Slide 17: ")]
    assert "*Source: FBI alert, 2022; NetSmartz / NCMEC, 2020*" in financial


def guide_headings(guide: Path) -> list[tuple[int, str]]:
    """Return the (number, title) of each slide heading of a Markdown guide."""
    text = guide.read_text(encoding="utf-8")
    return [(int(n), title) for n, title in
            re.findall(r"^### (?:Slide|Diapositiva) (\d+): (.+?)"
                       r"(?: \((?:section header|portada de sección|optional|opcional)\))?$",
                       text, re.M)]


def deck_titles(deck: Path) -> list[tuple[int, str]]:
    return list(enumerate((s.shapes.title.text for s in Presentation(str(deck)).slides), 1))


def test_a_split_slide_numbers_the_guide_as_it_numbers_the_deck(write_tree,
                                                                tmp_path: Path) -> None:
    crowded = [f"A point that takes most of a line on the slide, number {n}" for n in range(14)]
    root = write_tree({"d.yaml": "title: T\nsections:\n  - title: S\n    slides:\n"
                                 f"      - title: Crowded\n        bullets: {crowded}\n"
                                 "        notes: The script.\n"
                                 "      - {title: After, bullets: [a], notes: More script.}\n"})
    build(root / "d.yaml", tmp_path / "d.pptx")
    guide = export(root / "d.yaml", "guide", "md", tmp_path / "guide.md")
    titles = deck_titles(tmp_path / "d.pptx")
    assert titles[2:] == [(3, "Crowded (1/2)"), (4, "Crowded (2/2)"), (5, "After")]
    assert guide_headings(guide) == titles


@pytest.mark.parametrize("kit", [None, "example-county.yaml", "harbor-family-alliance.yaml"])
@pytest.mark.parametrize("deck", ["parent-night.yaml", "parent-night-short.yaml",
                                  "es/noche-de-padres.yaml"])
def test_every_shipped_guide_numbers_its_slides_as_its_deck(deck: str, kit: str | None,
                                                             tmp_path: Path) -> None:
    brand = REPO / "decks" / "brands" / kit if kit else None
    build(REPO / "decks" / deck, tmp_path / "deck.pptx", brand_path=brand)
    guide = export(REPO / "decks" / deck, "guide", "md", tmp_path / "guide.md", brand)
    assert guide_headings(guide) == deck_titles(tmp_path / "deck.pptx")


def test_a_spanish_handout_shows_the_kits_spanish_text_and_labels_only_what_is_there(
        tmp_path: Path) -> None:
    """Harbor's kit has a website but no feedback link: the QR's label offers resources, not
    a place to leave an opinion; its resources are the kit's Spanish ones."""
    deck = REPO / "decks" / "es" / "noche-de-padres.yaml"
    kit = REPO / "decks" / "brands" / "harbor-family-alliance.yaml"
    text = export(deck, "handout", "md", tmp_path / "h.md", brand_path=kit).read_text("utf-8")
    assert "Escanee para ver más recursos: **harborfamily.example/parents**" in text
    assert "opinión" not in text
    assert "Línea de ayuda de Harbor Family Alliance" in text and "hours" not in text
    english = export(DECK, "handout", "md", tmp_path / "e.md", brand_path=KIT)
    assert "Scan for feedback and more resources: **example.org/safety/feedback**" in (
        english.read_text("utf-8"))


@pytest.mark.parametrize("deck, kit", [(DECK, KIT), (REPO / "decks" / "es" / "noche-de-padres.yaml",
                                                     None)])
def test_slides_export_as_one_accessible_page(deck: Path, kit: Path | None,
                                              tmp_path: Path) -> None:
    """Every slide as a heading numbered and titled as the deck has it, its notes to open
    under it, pictures with their alt text, charts as tables, nothing fetched from outside."""
    page_path = export(deck, "slides", "html", tmp_path / "slides.html", kit)
    html = page_path.read_text(encoding="utf-8")
    built = tmp_path / "deck.pptx"
    build(deck, built, brand_path=kit)
    slides = Presentation(str(built)).slides
    headings = [unescape(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)]
    prefix = "Slide" if deck == DECK else "Diapositiva"
    assert headings == [f"{prefix} {n}: {s.shapes.title.text}"
                        for n, s in enumerate(slides, start=1)]
    notes = re.findall(r"<details><summary>(.*?)</summary>", html)
    assert len(notes) == len(slides)  # every slide has a script
    page = _Text()
    page.feed(html)
    assert all(link.startswith(("data:", "#")) for link in page.links)
    alts = re.findall(r'<img [^>]*alt="([^"]+)"', html)
    described = [e.get("descr") for slide in slides
                 for e in slide.shapes._spTree.xpath(".//p:pic/p:nvPicPr/p:cNvPr")
                 if e.get("name") not in ("Logo", "QR code")]
    assert all(d in alts for d in described)  # the deck's pictures, described
    drawn = [e.get("descr") for slide in slides  # its drawn illustrations, in words
             for e in slide.shapes._spTree.xpath("./p:sp/p:nvSpPr/p:cNvPr[@name='Scene']")]
    shown = html.replace("\u00a0", " ").replace("&nbsp;", " ")  # as a reader sees it
    assert drawn and all(f"<p>{d.replace(chr(0xA0), ' ')}</p>" in shown for d in drawn)
    # a chart's data, its figures flush right
    assert re.search(r"<td>(Jan–Jun|ene\.–jun\.) 2024</td><td[^>]*>11,625</td>", html)
    assert f'<html lang="{"en" if deck == DECK else "es"}">' in html


def test_export_takes_its_format_from_the_output_name(tmp_path: Path) -> None:
    """Without --format, handout.docx is a Word file and the slides page is HTML."""
    assert run("export", str(DECK), "--kind", "handout", "-o",
               str(tmp_path / "handout.docx")).exit_code == 0
    assert zipfile.is_zipfile(tmp_path / "handout.docx")
    assert "word/document.xml" in zipfile.ZipFile(tmp_path / "handout.docx").namelist()
    assert run("export", str(DECK), "--kind", "slides", "-o",
               str(tmp_path / "slides.html")).exit_code == 0
    assert (tmp_path / "slides.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_slides_export_is_html_only(tmp_path: Path) -> None:
    result = run("export", str(DECK), "--kind", "slides", "--format", "pdf",
                 "-o", str(tmp_path / "s.pdf"))
    assert result.exit_code != 0 and "use --format html" in result.stderr
    assert not (tmp_path / "s.pdf").exists()


HANDOUT_CASES = [(deck, kit) for deck in ("parent-night.yaml", "parent-night-short.yaml",
                                          "es/noche-de-padres.yaml")
                 for kit in (None, "example-county.yaml", "harbor-family-alliance.yaml")]


@pytest.mark.parametrize("deck, kit", HANDOUT_CASES,
                         ids=[f"{d}+{k}" for d, k in HANDOUT_CASES])
def test_the_printed_handout_keeps_to_one_page_with_every_section_whole(
        deck: str, kit: str | None, tmp_path: Path) -> None:
    """As a trainer prints it: one page, with every kit and in both languages; every
    section (its heading and its last line) on it, the QR code beside its label and link."""
    from workshop.documents.handout import participant_handout

    require_tool("soffice")
    pdftotext = require_tool("pdftotext")
    source = REPO / "decks" / deck
    brand = REPO / "decks" / "brands" / kit if kit else None
    pdf = export(source, "handout", "pdf", tmp_path / "h.pdf", brand)
    pages = [squash(page) for page in subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True,
        check=True).stdout.split("\f")[:-1]]
    assert len(pages) == 1

    def page_of(text: str) -> int:
        found = [n for n, page in enumerate(pages, start=1) if squash(text) in page]
        assert found, f"{text!r} is not in the handout"
        return found[0]

    document = participant_handout(prepare(source, brand=prepare_brand(brand)
                                           if brand else None))
    for heading, last in _sections(document):  # a heading's words may show elsewhere too
        assert any(squash(heading) in page and squash(last[:40]) in page for page in pages), \
            f"{heading!r} is split across pages"
    if kit is None:  # no feedback link and no website: no QR code
        assert "Scan for" not in " ".join(pages) and "Escanee" not in " ".join(pages)
        return
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.strip().splitlines()[2:]
    label = "Escanee" if deck.startswith("es/") else "Scan for"
    qr_pages = [int(line.split()[0]) for line in images if int(line.split()[3]) > 100
                and line.split()[2] == "image" and int(line.split()[3]) == int(
                    line.split()[4])]  # the QR code is square (a logo may be too: any will do)
    assert page_of(label) in qr_pages


def _sections(document) -> list[tuple[str, str]]:
    """Return each section of a handout as its heading and the text of its last item."""
    from workshop.blocks import Box, Bullets, Columns, Heading

    flat = []
    for block in document.blocks:
        if isinstance(block, Columns):
            flat += [b for column in block.columns for b in column]
        elif isinstance(block, Box):
            flat += list(block.blocks)
        else:
            flat.append(block)
    found = []
    for n, block in enumerate(flat):
        if isinstance(block, Heading):
            items = next((b for b in flat[n + 1:] if isinstance(b, Bullets)), None)
            if items is not None:
                last = "".join(run.text for run in items.items[-1].runs)
                found.append((block.text, last))
    return found


def test_a_handout_with_many_local_lines_is_set_closer_to_keep_one_page(
        tmp_path: Path) -> None:
    """A kit with four local lines of its own, on the longer Spanish handout: the PDF is set
    tighter until it fits one page, and every line is still on it."""
    require_tool("soffice")
    pdftotext = require_tool("pdftotext")
    lines = [{"name": f"Línea local {n}", "detail": f"(555) 010-01{n}0, de lunes a viernes, "
              "de 8 a 5, con atención en español"} for n in range(1, 5)]
    kit = tmp_path / "kit.yaml"
    kit.write_text(yaml.safe_dump({
        "name": "Distrito Escolar de Ejemplo", "resources": lines,
        "colors": {"primary": "#1F4E79", "accent": "#2A7F8E", "background": "#FFFFFF",
                   "text": "#1A1A1A"}}, allow_unicode=True), encoding="utf-8")
    pdf = export(REPO / "decks" / "es" / "noche-de-padres.yaml", "handout", "pdf",
                 tmp_path / "h.pdf", kit)
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("\f") == 1, "the handout runs onto a second page"
    for line in lines:
        assert line["name"] in text


def test_a_handout_too_full_for_one_side_turns_over_rather_than_running_over(
        tmp_path: Path) -> None:
    """Eight local lines in two languages' worth of contacts: past the tightest setting one
    side cannot hold the Spanish sheet. It becomes a front and back, what to know and say on
    the back, at its own size, rather than a page whose last line or two run onto a
    second."""
    from workshop.model import Resource

    require_tool("soffice")
    pdftotext = require_tool("pdftotext")
    extra = tuple(Resource(name=f"Línea local {n}", detail=f"(555) 010-01{n}0, de lunes a "
                           "viernes, de 8 a 5, con atención en español") for n in range(1, 9))
    pdf = export(REPO / "decks" / "es" / "noche-de-padres.yaml", "handout", "pdf",
                 tmp_path / "h.pdf", KIT.parent / "harbor-family-alliance.yaml", resources=extra)
    pages = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    assert len([p for p in pages if p.strip()]) == 2
    front, back = pages[0], pages[1]
    assert "Si le pasa a su hijo o hija" in front and "Línea local 8" in front
    assert back.lstrip().startswith("Lo esencial")
    assert "Si le llega la imagen de otra persona" in back


def test_a_large_print_handout_longer_than_two_pages_says_why(tmp_path: Path) -> None:
    require_tool("soffice")
    output = tmp_path / "large.pdf"
    result = run("export", str(DECK), "--kind", "handout", "--format", "pdf",
                 "--large-print", "-o", str(output))
    assert result.exit_code == 0
    from pypdf import PdfReader

    pages = len(PdfReader(output).pages)
    if pages > 2:
        assert f"takes {pages} pages, not 2" in result.stderr
    else:
        assert "warning" not in result.stderr
    word = WordDocument(str(export(DECK, "handout", "docx", tmp_path / "l.docx",
                                   large_print=True)))
    body, heading = word.styles["Normal"].font.size.pt, word.styles["Heading 2"].font.size.pt
    assert body == 18 and heading >= 24  # the hierarchy holds in large print


def test_markdown_shows_markup_in_an_outline_as_typed_never_as_html_or_links(
        write_tree, tmp_path: Path) -> None:
    """Text is data: an outline's HTML, link and emphasis syntax, and a line that would start
    a heading or list, reach the Markdown guide backslash-escaped, so that a Markdown viewer
    shows the characters as typed and runs or links nothing."""
    hostile = "<img src=x onerror=alert(1)> [call us](javascript:alert(1)) *loud* &amp;"
    root = write_tree({
        "d.yaml": "title: '# Parents <b>night</b>'\nsections:\n  - title: S\n    slides:\n"
                  f"      - title: '[Click](http://evil.example)'\n"
                  f"        bullets: ['{hostile}', '- not a list']\n"
                  "        notes: speaker_notes/n.md\n",
        "speaker_notes/n.md": "1. not a numbered list\n\n<script>alert(2)</script> `code`\n"})
    text = export(root / "d.yaml", "guide", "md", tmp_path / "guide.md").read_text("utf-8")
    assert not re.search(r"(?<!\\)[<>]|(?<!\\)\]\(", text)  # no bare tag, no link
    assert r"\<img src=x onerror=alert(1)\> [call us\](javascript:alert(1))" in text
    assert r"\*loud\* \&amp;" in text
    assert r"\<script\>alert(2)\</script\> \`code\`" in text
    assert r"# Facilitator guide: # Parents \<b\>night\</b\>" in text  # "#" mid-heading: text
    assert r"[Click\](http://evil.example)" in text
    assert "\n1\\. not a numbered list" in text


# Every line-start construct CommonMark knows, and inline markup, as the first line of a notes
# paragraph, a bullet, a title and an events cell would give them.
COMMONMARK_HOSTILE = [
    "~~~", "~~~ python", "```", "``` js", "    indented code", "\tTabbed code", "# heading",
    "###### small heading", "> a quote", "- a list", "+ a list", "* a list", "1. first",
    "2) second", "***", "- - -", "___", "===", "---", "=", "<div>html block</div>",
    "<!-- comment -->", "<?php echo 1; ?>", "| a | b |", "[ref]: http://evil.example",
    "<http://evil.example>", "![img](x.png)", "[link](http://evil.example)", "&amp; &#35;",
    "**bold** _em_ `code` ~~strike~~", "a\\", "line with trailing  ",
]


def _rendered(markdown: str) -> tuple[list[str], str]:
    """Return the kinds of block a CommonMark parser finds in `markdown`, and its text."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(markdown)
    kinds = [t.type if t.type != "heading_open" else t.tag for t in tokens]
    text = "\n".join(child.content for t in tokens if t.type == "inline"
                     for child in (t.children or []) if child.type in ("text", "code_inline"))
    kinds += [child.type for t in tokens if t.type == "inline" for child in (t.children or [])]
    return kinds, text


@pytest.mark.parametrize("kind", ["guide", "handout"])
def test_markdown_exports_render_hostile_text_as_text_through_a_commonmark_parser(
        kind: str, write_tree, tmp_path: Path) -> None:
    """Rendered by a real CommonMark parser, the export has the same chapters as a plain
    deck's, no code block, fence, HTML, rule, table or link, and every hostile line as its
    own text."""
    notes = "\n\n".join(COMMONMARK_HOSTILE) + "\n"
    bullets = ", ".join(f"'{line}'" for line in COMMONMARK_HOSTILE if "'" not in line)
    root = write_tree({
        "d.yaml": "title: Night\nsections:\n  - title: S\n    slides:\n"
                  f"      - {{title: '~~~', bullets: [{bullets}], notes: speaker_notes/n.md}}\n",
        "plain.yaml": "title: Night\nsections:\n  - title: S\n    slides:\n"
                      "      - {title: T, bullets: [b], notes: speaker_notes/p.md}\n",
        "speaker_notes/n.md": notes, "speaker_notes/p.md": "Plain.\n"})
    hostile = export(root / "d.yaml", kind, "md", tmp_path / "h.md",
                     overrides={"organization": "~~~ <b>x</b>"}).read_text("utf-8")
    plain = export(root / "plain.yaml", kind, "md", tmp_path / "p.md",
                   overrides={"organization": "Org"}).read_text("utf-8")
    kinds, text = _rendered(hostile)
    plain_kinds, _ = _rendered(plain)
    assert kinds.count("h2") == plain_kinds.count("h2") >= 2  # the same chapters
    forbidden = {"code_block", "fence", "html_block", "html_inline", "hr", "table_open",
                 "link_open", "image", "blockquote_open", "s_open"}  # our own bold stays
    assert forbidden.isdisjoint(kinds) or set(kinds) & forbidden <= set(plain_kinds)
    assert "~~~ <b>x</b>" in text
    if kind == "guide":
        for line in COMMONMARK_HOSTILE:
            assert line.strip() in text, line


def test_markdown_headings_keep_a_closing_hash_and_stay_on_one_line(write_tree,
                                                                  tmp_path: Path) -> None:
    """A title that ends in "#" (which CommonMark drops as a heading's closing sequence)
    or holds a line break renders as typed, in one heading."""
    from markdown_it import MarkdownIt

    root = write_tree({
        "d.yaml": "title: 'Call 988 now #'\nsections:\n  - title: 'Part ##'\n    slides:\n"
                  "      - {title: \"Is it my fault? No ##\\nreally\", bullets: [b]}\n",
        "speaker_notes/.keep": ""})
    text = export(root / "d.yaml", "guide", "md", tmp_path / "g.md").read_text("utf-8")
    tokens = MarkdownIt("commonmark").parse(text)
    headings = ["".join(child.content for child in tokens[n + 1].children or [])
                for n, t in enumerate(tokens) if t.type == "heading_open"]
    assert "Facilitator guide: Call 988 now #" in headings
    assert any(h.endswith("Is it my fault? No ## really") for h in headings), headings


@pytest.mark.parametrize("kit", [None, "example-county.yaml", "harbor-family-alliance.yaml"])
def test_documents_take_their_colours_from_the_decks_theme_by_role(kit: str | None,
                                                                   tmp_path: Path) -> None:
    """One colour mapping: the guide's and handout's primary, accent and text are the
    colours the deck's theme gives those roles, with a kit or without."""
    import zipfile

    from workshop.documents.common import style_for
    from workshop.ooxml.theme import read_schemes

    brand = REPO / "decks" / "brands" / kit if kit else None
    deck = build(DECK, tmp_path / "deck.pptx", brand_path=brand).output
    with zipfile.ZipFile(deck) as package:
        colors, _, _ = read_schemes(package.read("ppt/theme/theme1.xml"))
    style = style_for(prepare(DECK, brand=prepare_brand(brand) if brand else None), 11)
    assert (style.primary, style.accent, style.text) == (
        colors["dk2"].upper(), colors["accent1"].upper(), colors["dk1"].upper())


def test_the_handout_names_tonights_support_person(tmp_path: Path) -> None:
    """Parents take home who they can talk to, with the local numbers."""
    result = run("export", str(DECK), "--kind", "handout", "-o", str(tmp_path / "h.md"),
                 "--set", "support_person=Ms. Patel, school counselor",
                 "--resource", "Lincoln MS counseling office: 555-0134")
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "h.md").read_text(encoding="utf-8")
    numbers = text[text.index("Save these numbers"):]
    assert numbers.index("Tonight\u2019s support person:** Ms. Patel, school counselor") \
        < numbers.index("Lincoln MS counseling office:** 555-0134")


def test_every_slide_type_shows_in_the_documents() -> None:
    """The guide, the handout and the slides page say what every slide type shows; a type
    the registry does not hold is an error, never a slide that silently goes missing."""
    from workshop.documents.key_points import key_points
    from workshop.model import SLIDE_MODELS, Deck, SlideBase
    from workshop.plan import PlannedSlide
    from workshop.slide_types.kind import Showing
    from workshop.slide_types.registry import slide_type

    assert all(callable(slide_type(model.model_construct(title="T")).key_points)
               for model in SLIDE_MODELS.values())

    class Unknown(SlideBase):
        pass

    deck = Deck.model_validate({"title": "T", "sections": [
        {"title": "S", "slides": [{"title": "A", "bullets": ["x"]}]}]})
    with pytest.raises(TypeError, match="no slide type holds Unknown"):
        key_points(PlannedSlide(1, "content", "U", ("sections", 0, "slides", 0),
                                Unknown(title="U")),
                   Showing(deck, ("what", "number", "year", "source")))


def test_the_handouts_bullets_take_the_accent_colour(tmp_path: Path) -> None:
    """The list markers of the printed handout are in the kit's accent, as on the slides;
    the words stay in the text colour."""
    html = export(DECK, "handout", "html", tmp_path / "h.html", KIT).read_text("utf-8")
    accent = re.search(r"div\.box \{ border: 2px solid #(\w{6})", html).group(1)  # its rules'
    assert accent.upper() != "000000"
    assert f"li::marker {{ color: #{accent}; }}" in html
    docx = export(DECK, "handout", "docx", tmp_path / "h.docx", KIT)
    word = WordDocument(str(docx))
    num_id = word.styles["List Bullet"].element.xpath("./w:pPr/w:numPr/w:numId/@w:val")[0]
    numbering = word.part.numbering_part.element
    abstract = numbering.xpath(f"./w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val")[0]
    colors = numbering.xpath(f"./w:abstractNum[@w:abstractNumId='{abstract}']/w:lvl"
                             "[@w:ilvl='0']/w:rPr/w:color/@w:val")
    assert colors == [accent.upper()]


def test_the_guide_shows_every_slide_beside_its_points(guides, tmp_path: Path) -> None:
    """The Word, PDF and HTML guides show each slide as LibreOffice renders it, framed, with
    its alt text, beside its timing and points; each slide is rendered once per content."""
    require_tool("soffice")
    require_tool("pdftoppm")
    deck = build(DECK, tmp_path / "deck.pptx", brand_path=KIT)
    word = WordDocument(str(guides["docx"]))
    alts = [shape._inline.docPr.get("descr") for shape in word.inline_shapes]
    # the logo and the title slide on the cover, then every slide beside its points
    assert alts[:2] == ["Example County Schools logo", "Slide 1 as the room sees it"]
    assert alts[2:] == [f"Slide {n} as the room sees it" for n in range(1, deck.slides + 1)]
    framed = word.inline_shapes[3]._inline.xpath(".//pic:spPr/a:ln/a:solidFill/a:srgbClr/@val")
    assert framed == ["B8C0C6"]
    table = next(t for t in word.tables if len(t.columns) == 2
                 and "Tonight: sexual images" in t.rows[0].cells[1].text)
    assert table.rows[0].cells[0].paragraphs[-1]._p.xpath(".//pic:pic")  # the picture, left
    assert "On the slide" in table.rows[0].cells[1].text  # its points beside it
    html = guides["html"].read_text(encoding="utf-8")
    assert html.count('alt="Slide ') == deck.slides + 1 and "border:1px solid #B8C0C6" in html
    markdown = guides["md"].read_text(encoding="utf-8")
    assert "as the room sees it" not in markdown and "shows no pictures" not in markdown
    # kept in the user's cache by content: a second guide renders nothing again
    cache = Path(os.environ["XDG_CACHE_HOME"]) / "workshop" / "slides"
    kept = {p: p.stat().st_mtime_ns for p in cache.glob("*.png")}
    assert len(kept) >= deck.slides
    export(DECK, "guide", "docx", tmp_path / "again.docx", KIT)
    assert {p: p.stat().st_mtime_ns for p in cache.glob("*.png")} == kept


def test_a_guide_made_without_libreoffice_says_it_shows_no_slides(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no soffice, no pdftoppm
    word = WordDocument(str(export(DECK, "guide", "docx", tmp_path / "g.docx")))
    assert not word.inline_shapes
    text = " ".join(reading_order(word))
    assert ("This guide shows no pictures of the slides: LibreOffice and poppler-utils "
            "(pdftoppm) were not installed when it was made.") in text
    assert "Tonight: sexual images and blackmail" in text  # the points, as before


def test_the_guide_opens_with_the_night_on_one_page(tmp_path: Path) -> None:
    """The page a facilitator keeps at the lectern: each part's start, slides, the slides
    where the room is asked something and what to skip or shorten when running late; where
    the clock should be each quarter hour and the slides never cut; the short disclosure
    steps, and the numbers to give, the event's own first; on one printed page."""
    pdftotext = require_tool("pdftotext")
    require_tool("soffice")
    guide = export(DECK, "guide", "pdf", tmp_path / "guide.pdf", KIT)
    pages = subprocess.run([pdftotext, "-layout", str(guide), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    sheet = next(page for page in pages if "The night on one page" in page
                 and "Contents" not in page)
    lines = [" ".join(line.split()) for line in sheet.splitlines()]
    assert "Start Slides Part Questions If running late" in lines
    assert "2:15 3–5 Welcome 4, 5 Skip 5" in lines
    assert "10:45 10–14 How does it happen? 12, 13 Skip 12" in lines
    assert "18:30 15–20 Sextortion today 18 Skip 19" in lines
    assert "27:30 21–27 What parents can do 23, 26 Skip 27; shorten 26 to 4:00" in lines
    assert "39:45 28–36 If it happens to your child 31, 36 Shorten 31 to 5:30" in lines
    text = " ".join(lines)
    assert "Checkpoints: at 15:00, slide 13; at 30:00, slide 23; at 45:00, slide 31." in text
    assert ("Never cut, even when late: 3 (Before we begin), 4 (How we talk together "
            "tonight), 9 (The one thing to remember), 30 (Your first words), 32 (What to do, in "
            "this order), 35 (Where to report and get help), 36 (Thank you).") in text
    assert "Then the room’s own questions, from 60:00" in text
    assert "If someone discloses" in text and "Don’t promise secrecy" in text
    assert text.index("School counseling office: (555) 010-0123") < text.index(
        "NCMEC CyberTipline: CyberTipline.org or 1-800-843-5678")
    assert "call or text 988" in text and "Someone in immediate danger: 911" in text
    assert "Agenda and timings" not in sheet  # the agenda begins on the next page


def test_the_handout_gives_the_hosts_own_contact_first_among_the_numbers(handouts) -> None:
    """Parents take home the host's email and phone (the kit's contact line), not only its
    website: first under the numbers to save."""
    text = handouts["md"].read_text(encoding="utf-8")
    numbers = text[text.index("## Save these numbers"):].split("\n\n")
    assert numbers[1].startswith("- **911** · Immediate danger")  # the cards, large on paper
    first = numbers[2].splitlines()[0]
    assert first == "- **Example County Schools:** family@example.org · (555) 010-0199"


def test_a_tight_slot_names_the_activities_to_shorten_and_what_that_leaves(
        write_tree) -> None:
    """Skipping the optional slides leaves 4 of the 10 minutes the questions need: with
    `tight_minutes` on its activities the guide says which to shorten, to what, and what
    that leaves; without, where the time can come from in general."""
    from workshop.schedule import schedule, slot_note

    def outline(tight: str) -> str:
        return ("title: T\nduration: 20\nquestions_after: [10, 15]\nsections:\n"
                "  - title: S\n    slides:\n"
                "      - {title: Talk, bullets: [a], minutes: 10}\n"
                "      - {title: Extra, bullets: [b], minutes: 6, optional: true}\n"
                "      - {title: Pairs, bullets: [c], minutes: 6, discussion_minutes: 5"
                f"{tight}}}\n")

    for tight, expected in (
            (", tight_minutes: 2", "In a 20-minute slot: skip the optional slides and shorten "
             "the activities as their notes say (Pairs to 2:00 min): the deck then takes "
             "about 12 min and leaves 8 for questions."),
            ("", "In a 20-minute slot: skipping the optional slides (the deck then takes "
             "about 16 min) leaves 4 min for questions; for the 10 they need, shorten the "
             "activities as their notes say.")):
        deck = prepare(write_tree({"d.yaml": outline(tight)}) / "d.yaml").deck
        note = slot_note(schedule(deck, "Opening"), deck.duration, "en")
        assert note is not None and note.startswith(expected), note


def test_the_night_sheet_says_what_to_cut_when_late_and_what_never(write_tree, in_dir) -> None:
    """Each part's optional slides to skip and activities to shorten, a checkpoint each
    quarter hour (the slide that should be on the screen then), and the slides marked
    `essential`, by number and title; a part with nothing to cut says nothing."""
    in_dir(write_tree({"d.yaml": (
        "title: T\nduration: 40\ndividers: false\nagenda: false\nsections:\n"
        "  - title: First\n    slides:\n"
        "      - {title: Talk, bullets: [a], minutes: 14}\n"
        "      - {title: Extra, bullets: [b], minutes: 6, optional: true}\n"
        "  - title: Second\n    slides:\n"
        "      - {title: Pairs, bullets: [c], minutes: 12, discussion_minutes: 10,"
        " tight_minutes: 4}\n"
        "      - {title: Help, bullets: [d], minutes: 8, essential: true}\n")}))
    assert run("export", "d.yaml", "--kind", "guide", "--format", "md",
               "-o", "g.md").exit_code == 0
    text = Path("g.md").read_text(encoding="utf-8")
    sheet = text[text.index("## The night on one page"):text.index("#### If someone")]
    assert "| Start | Slides | Part | Questions | If running late |" in sheet
    assert "| 0:00 | 2–3 | First |  | Skip 3 |" in sheet
    assert "| 20:00 | 4–5 | Second |  | Shorten 4 to 4:00 |" in sheet
    # the title slide takes no minutes: Talk runs from 0 to 14, Extra to 20, Pairs to 32
    assert "**Checkpoints:** at 15:00, slide 3; at 30:00, slide 4." in sheet
    assert "**Never cut, even when late:** 5 (Help)." in sheet


def test_word_blocks_written_before_come_out_as_written_fresh() -> None:
    """Two documents sharing most of their blocks, written one after the other in one build
    session (as a season writes a handout a row), each come out byte for byte as written in
    a fresh session: a repeated block is copied, yet two numbered lists still count from 1
    each, on numbering instances of their own, and a repeated picture is related to each
    document. The second document copies what the first wrote."""
    from workshop.blocks import Box, Bullets, Columns, Document, Picture, Text
    from workshop.notes_text import Paragraph, Run
    from workshop.session import BuildSession
    from workshop.writers.doc_docx import write_docx

    def line(text: str) -> Paragraph:
        return Paragraph((Run(text),))

    steps = Bullets((line("Stay calm."), line("Save the messages.")), numbered=True)
    code = Picture(qr_png("https://example.org/help"), "png", "A code to the help page", 1.0)

    def document(event: str) -> Document:
        return Document("Handout", "en-US", [
            Heading(1, "What parents can do"), steps, steps,
            Columns(((Text(line("Shared in both.")), steps), (code,)), (4.0, 1.5)),
            Box((Text(line(event)),)), code])

    def xml(data: bytes) -> tuple[str, str]:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return (package.read("word/document.xml").decode(),
                    package.read("word/_rels/document.xml.rels").decode())

    season = BuildSession()
    with season:
        warm = [write_docx(document(event)) for event in ("Lincoln, May 2", "Adams, June 14")]
    kept = {memo.name: len(memo) for memo in season.memos()}
    cold = []
    for event in ("Lincoln, May 2", "Adams, June 14"):
        with BuildSession():
            cold.append(write_docx(document(event)))
    assert warm == cold
    assert kept["Word blocks by what they are written from"] >= 3  # the heading, text, list
    body, rels = xml(warm[1])
    assert "Adams" in body and "Lincoln" not in body
    numbers = re.findall(r'<w:numId w:val="(\d+)"/>', body)
    assert len(numbers) == 6 and len(set(numbers)) == 3  # three lists, two items each
    assert rels.count("relationships/image") == 1  # one picture part, shown twice
    assert body.count("r:embed=") == 2
