"""Building decks: what a user would check in the .pptx they get."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO, png
from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu
from summary import summarize

from workshop.build import build, export
from workshop.errors import WorkshopError

DECK = REPO / "decks" / "parent-night.yaml"
NS = {"a": "http://schemas.openxmlformats.org/drawingml/2006/main",
      "p": "http://schemas.openxmlformats.org/presentationml/2006/main"}


def slide_titled(path: Path, title: str):
    """Return the first slide of the deck at `path` whose title is `title`."""
    return next(s for s in Presentation(str(path)).slides if s.shapes.title.text == title)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the shipped parent-night deck, built once for this module."""
    output = tmp_path_factory.mktemp("built") / "parent-night.pptx"
    build(DECK, output)
    return output


@pytest.mark.parametrize("deck", ["parent-night.yaml", "parent-night-short.yaml",
                                  "es/noche-de-padres.yaml"])
def test_shipped_decks_match_their_golden_summaries(deck: str, tmp_path: Path, golden) -> None:
    output = tmp_path / "deck.pptx"
    build(REPO / "decks" / deck, output)
    golden(f"{Path(deck).stem}.txt", summarize(output))


SHIPPED = [(deck, kit) for deck in ("parent-night.yaml", "parent-night-short.yaml",
                                     "es/noche-de-padres.yaml")
           for kit in (None, "example-county.yaml", "harbor-family-alliance.yaml")]


@pytest.mark.parametrize(("deck", "kit"), SHIPPED)
def test_every_shipped_deck_and_kit_builds_to_the_same_bytes_in_another_process(
        deck: str, kit: str | None, tmp_path: Path) -> None:
    """Determinism: the same inputs give the same file, in one process (where every cache is
    warm) and in a fresh one, in another time zone and locale."""
    brand = REPO / "decks" / "brands" / kit if kit else None
    first, second, fresh = (tmp_path / f"{name}.pptx" for name in ("first", "second", "fresh"))
    build(REPO / "decks" / deck, first, brand_path=brand)
    build(REPO / "decks" / deck, second, brand_path=brand)
    command = [sys.executable, "-c", "from workshop.startup import main; main()", "build",
               str(REPO / "decks" / deck), "-o", str(fresh)]
    if brand:
        command += ["--brand", str(brand)]
    environment = {**os.environ, "TZ": "Pacific/Auckland", "LC_ALL": "C.UTF-8"}
    subprocess.run(command, check=True, capture_output=True, env=environment, timeout=120)
    assert first.read_bytes() == second.read_bytes() == fresh.read_bytes()


def test_deck_is_16_by_9_with_one_slide_per_outline_slide(built: Path) -> None:
    prs = Presentation(str(built))
    assert (prs.slide_width, prs.slide_height) == (Emu(12192000), Emu(6858000))
    # title + agenda + 5 section headers (the welcome, after the agenda, goes without; the
    # two-slide section asks for one) + 29 content slides
    assert len(prs.slides) == 36
    layouts = [s.slide_layout.name for s in prs.slides]
    assert layouts[:4] == ["Title", "Agenda", "Bullets", "Bullets"]
    assert layouts.count("Section") == 5


def test_agenda_lists_sections_and_its_notes_carry_the_guides_timings(built: Path,
                                                                      tmp_path: Path) -> None:
    """The room sees the sections; the facilitator's notes give each part's minutes as the
    guide's table does (a range where a part has optional slides), and the optional slides."""
    agenda = Presentation(str(built)).slides[1]
    lines = [p.text for p in agenda.placeholders[1].text_frame.paragraphs]
    assert lines == ["01\u2003Welcome", "02\u2003Sexting and sextortion",
                     "03\u2003How does it happen?", "04\u2003Sextortion today",
                     "05\u2003What parents can do", "06\u2003If it happens to your child",
                     "07\u2003Your questions"]  # the deck plans questions after the slides
    notes = agenda.notes_slide.notes_text_frame.text
    guide = export(DECK, "guide", "md", tmp_path / "guide.md").read_text(encoding="utf-8")
    table = guide[guide.index("| # | Part"):]
    table = table[:table.index("\n\n")]  # the agenda's table, its header and rule dropped
    rows = [row.split(" | ") for row in table.splitlines()][2:]
    parts = [row[1] for row in rows].index("Total")
    for _, part, minutes, _ in (row[:4] for row in rows[:parts]):
        assert f"{part} {minutes}" in notes
    total, questions, evening = (row[2] for row in rows[parts:parts + 3])
    assert "\u2013" in total and f"In all: {total}." in notes
    assert (questions, evening) == ("10:00\u201315:00", "64:30\u201375:00")
    assert "Then questions, 10\u201315 min: the evening takes 65\u201375 min." in notes
    assert "Tactics to watch for (2:15 min)" in notes
    assert "Tactics to watch for (2:15 min)" in guide


def test_no_empty_placeholder_remains(built: Path) -> None:
    for number, slide in enumerate(Presentation(str(built)).slides, start=1):
        for shape in slide.placeholders:
            if shape.placeholder_format.type == PP_PLACEHOLDER.PICTURE:
                continue
            assert shape.text_frame.text.strip(), f"slide {number}: empty {shape.name}"


def test_every_slide_has_notes_and_prompts_are_on_slide_and_in_notes(built: Path) -> None:
    prs = Presentation(str(built))
    slide = slide_titled(built, "What you will leave with")
    on_slide = [s.text_frame.text for s in slide.placeholders if s.placeholder_format.idx == 13]
    question = "To start: which apps or games are popular in your home right now?"
    assert on_slide == [f"Ask the room: {question}"]
    notes = slide.notes_slide.notes_text_frame.text
    assert f"• {question}" in notes
    assert "Timing: about 1:45 min" in notes
    assert all(len(s.notes_slide.notes_text_frame.text.split()) >= 20 for s in prs.slides)
    title, agenda, first = list(prs.slides)[:3]
    assert "Good evening, and welcome." in title.notes_slide.notes_text_frame.text
    assert "Timing: about 1:00 min" in agenda.notes_slide.notes_text_frame.text
    # the welcome section has no header slide: its transition and half minute open the first
    welcome = first.notes_slide.notes_text_frame.text
    assert welcome.startswith("Let’s begin with how we’ll spend this time together.")
    assert "Timing: about 1:45 min" in welcome


def test_notes_master_is_listed_in_the_presentation_part(built: Path) -> None:
    with zipfile.ZipFile(built) as package:
        presentation = etree.fromstring(package.read("ppt/presentation.xml"))
        rels = package.read("ppt/_rels/presentation.xml.rels").decode()
    ids = presentation.xpath("p:notesMasterIdLst/p:notesMasterId", namespaces=NS)
    assert len(ids) == 1
    rid = ids[0].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert f'Id="{rid}"' in rels and "notesMaster" in rels


def test_every_run_is_tagged_with_the_deck_language(built: Path) -> None:
    with zipfile.ZipFile(built) as package:
        for name in package.namelist():
            if name.startswith(("ppt/slides/slide", "ppt/notesSlides/")) and name.endswith(".xml"):
                root = etree.fromstring(package.read(name))
                runs = root.xpath("//a:r | //a:fld", namespaces=NS)
                langs = {r.find("a:rPr", NS).get("lang") for r in runs}
                assert langs == {"en-US"}, name


def test_statistic_has_a_native_chart_and_image_has_alt_text(built: Path) -> None:
    prs = Presentation(str(built))
    statistic = slide_titled(built, "Financial sextortion reports to NCMEC")
    chart = next(sh for sh in statistic.shapes if sh.has_chart).chart
    assert list(chart.plots[0].categories) == ["Jan–Jun 2024", "Jan–Jun 2025"]
    assert list(chart.plots[0].series[0].values) == [11625.0, 18898.0]
    # 18,898 stands large beside the chart: its bar carries no label to repeat it
    hidden = chart._chartSpace.xpath(".//c:ser/c:dLbls/c:dLbl[c:delete/@val='1']/c:idx/@val")
    assert hidden == ["1"]
    # The image slide's people are drawn, not a file: the scene's panel carries the alt text,
    # the people in it are decorative, and they stand on the slide's bottom edge.
    image = next(s for s in prs.slides if s.slide_layout.name == "Image")
    panel = next(sh for sh in image.shapes if sh.name == "Scene")
    assert panel._element.xpath("./p:nvSpPr/p:cNvPr/@descr") == [
        "A parent and a teen talking, each with a speech bubble."]
    people = [sh for sh in image.shapes if sh.name.startswith("Illustrated person")]
    assert len(people) == 2 and all(p.top + p.height == prs.slide_height for p in people)
    decorative = "{http://schemas.microsoft.com/office/drawing/2017/decorative}decorative"
    assert all(next(p._element.iter(decorative)).get("val") == "1" for p in people)
    bubbles = [sh for sh in image.shapes if sh.name.startswith("Speech bubble")]
    assert len(bubbles) == 2 and bubbles[0].top < bubbles[1].top  # the parent speaks first


def test_slides_carry_source_and_number(built: Path) -> None:
    slide = slide_titled(built, "What sexting is")
    texts = {shape.name: shape.text_frame.text for shape in slide.shapes if shape.has_text_frame}
    assert texts["Source"] == "Source: NetSmartz / NCMEC, 2020"
    number = [s for s in slide.placeholders
              if s.placeholder_format.type == PP_PLACEHOLDER.SLIDE_NUMBER]
    assert number[0]._element.xpath(".//a:fld/@type") == ["slidenum"]
    assert number[0].text_frame.text == "7"


def test_two_builds_are_byte_identical(tmp_path: Path, built: Path) -> None:
    again = tmp_path / "again.pptx"
    build(DECK, again)
    assert again.read_bytes() == built.read_bytes()


def test_source_date_epoch_sets_the_dates_written(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    output = tmp_path / "dated.pptx"
    build(DECK, output)
    props = Presentation(str(output)).core_properties
    assert props.modified.isoformat() == "2023-11-14T22:13:20"
    with zipfile.ZipFile(output) as package:
        assert {info.date_time for info in package.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_set_overrides_event_values(tmp_path: Path) -> None:
    output = tmp_path / "set.pptx"
    build(DECK, output, {"organization": "Lincoln PTA", "presenter": "Ms. Rivera",
                         "place": "School library"})
    slides = Presentation(str(output)).slides
    texts = [p.text for p in slides[0].placeholders[10].text_frame.paragraphs]
    # the title is the guide's: the slide says where it comes from
    assert texts == ["Presented by Ms. Rivera", "Lincoln PTA · School library",
                     "Adapted from NetSmartz / NCMEC, 2020, not endorsed by its authors"]
    assert "it helps Lincoln PTA plan the next evening" in \
        slides[-1].notes_slide.notes_text_frame.text


def test_the_shipped_deck_carries_no_sample_event(tmp_path: Path) -> None:
    """Built as it ships, the deck names no organization, place or local number of its own:
    those come from a kit or --set, never from an example left in."""
    output = tmp_path / "plain.pptx"
    build(DECK, output)
    slides = Presentation(str(output)).slides
    texts = " ".join(shape.text_frame.text for slide in slides for shape in slide.shapes
                     if shape.has_text_frame)
    assert "Example County" not in texts and "555" not in texts
    assert "it helps the organizers plan the next evening" in \
        slides[-1].notes_slide.notes_text_frame.text


def test_spanish_deck_uses_spanish_words_and_language_tags(write_tree, tmp_path: Path) -> None:
    root = write_tree({"decks/es.yaml": """
        title: Noche de padres
        language: es
        event: {organization: Escuela Central}
        dividers: true
        sections:
          - title: Bienvenida
            slides:
              - title: Antes de empezar
                bullets: ["Hola desde {{ organization }}"]
                prompts: ["¿Qué esperan de esta noche?"]
                minutes: 2
                source: Guía
    """})
    output = tmp_path / "es.pptx"
    build(root / "decks/es.yaml", output)
    prs = Presentation(str(output))
    assert prs.slides[1].shapes.title.text == "Programa de hoy"
    divider = {s.name: s.text_frame.text for s in prs.slides[2].shapes if s.has_text_frame}
    assert divider["Part number"] == "01" and "Parte" not in " ".join(divider.values())
    slide = prs.slides[3]
    texts = {s.name: s.text_frame.text for s in slide.shapes if s.has_text_frame}
    assert texts["Source"] == "Fuente: Guía"
    assert "Pregunta para el grupo: ¿Qué esperan de esta noche?" in texts.values()
    assert "Hola desde Escuela Central" in texts.values()
    assert "Tiempo: aprox. 2 min" in slide.notes_slide.notes_text_frame.text
    assert 'lang="es-US"' in slide._element.xml and 'lang="en-US"' not in slide._element.xml


def test_bad_input_writes_nothing(write_tree, tmp_path: Path) -> None:
    root = write_tree({"d.yaml": "title: x\nsections: []\n"})
    with pytest.raises(WorkshopError) as caught:
        build(root / "d.yaml", tmp_path / "out" / "d.pptx")
    assert [d.message for d in caught.value.diagnostics] == ["expected at least 1 item(s)"]
    assert not (tmp_path / "out").exists()


def test_the_core_outline_format_is_accepted_as_written(write_tree, tmp_path: Path) -> None:
    root = write_tree({
        "decks/example.yaml": """
            title: Sextortion — What Parents Should Know
            subtitle: A parent-night workshop          # optional
            language: en                               # optional, default en
            duration: 60                               # optional, minutes
            sections:
              - title: How does it happen?
                slides:
                  - title: Moving to another platform
                    bullets: [First contact on one app, Then a push to a second or third]
                    notes: speaker_notes/parent-night/move-platforms.md   # or inline text
                    prompts: [Which apps does your child use to message people they met online?]
                    minutes: 3
        """,
        "speaker_notes/parent-night/move-platforms.md": "Offenders *often* ask to switch apps.\n",
    })
    output = tmp_path / "example.pptx"
    build(root / "decks/example.yaml", output)
    slide = Presentation(str(output)).slides[2]
    assert slide.shapes.title.text == "Moving to another platform"
    assert [p.text.replace("\u00a0", " ") for p in slide.placeholders[1].text_frame.paragraphs
            ] == ["First contact on one app", "Then a push to a second or third"]
    notes = slide.notes_slide.notes_text_frame
    assert notes.paragraphs[0].text == "Offenders often ask to switch apps."
    assert notes.paragraphs[0].runs[1].font.italic is True
    assert "• Which apps does your child use to message people they met online?" in notes.text


def picture_size(path: Path, title: str) -> tuple[int, int]:
    """Return the pixel size of the picture on the slide titled `title` of the deck at `path`."""
    slide = slide_titled(path, title)
    return next(s for s in slide.shapes if s.name.startswith("Pic")).image.size


def test_a_picture_changed_between_builds_of_one_process_is_the_new_one(write_tree) -> None:
    root = write_tree({"d.yaml": """
        title: Pictures
        sections:
          - title: One
            slides:
              - layout: image
                title: Talk early and often
                image: talk.png
                alt: Two people talking
        """, "talk.png": png(400, 300, "teal")})

    build(root / "d.yaml", root / "d.pptx")
    assert picture_size(root / "d.pptx", "Talk early and often") == (400, 300)
    (root / "talk.png").write_bytes(png(300, 400, "navy"))
    build(root / "d.yaml", root / "d.pptx")
    assert picture_size(root / "d.pptx", "Talk early and often") == (300, 400)


def test_a_picture_on_two_slides_is_stored_once(write_tree) -> None:
    root = write_tree({"d.yaml": """
        title: Pictures
        sections:
          - title: One
            slides:
              - {layout: image, title: First, image: talk.png, alt: Two people talking}
              - {layout: image, title: Second, image: talk.png, alt: Two people talking}
              - {layout: image, title: Third, image: other.png, alt: A phone}
        """, "talk.png": png(400, 300, "teal"), "other.png": png(300, 400, "navy")})
    build(root / "d.yaml", root / "d.pptx")
    with zipfile.ZipFile(root / "d.pptx") as package:
        media = sorted(n for n in package.namelist() if n.startswith("ppt/media/"))
    assert media == ["ppt/media/image1.png", "ppt/media/image2.png"]
    sizes = [picture_size(root / "d.pptx", title) for title in ("First", "Second", "Third")]
    assert sizes == [(400, 300), (400, 300), (300, 400)]


def chart_values(path: Path, title: str) -> list[float]:
    """Return the values of the chart on the slide titled `title`, read from the chart and
    from its embedded workbook (which must agree)."""
    chart = next(s for s in slide_titled(path, title).shapes if s.has_chart).chart
    with zipfile.ZipFile(io.BytesIO(chart.part.chart_workbook.xlsx_part.blob)) as workbook:
        sheet = etree.fromstring(workbook.read("xl/worksheets/sheet1.xml"))
    cells = sheet.iterfind(".//{*}c")  # the values are column B, below the header row
    in_workbook = [float(c.findtext("{*}v")) for c in cells if c.get("r")[0] == "B"
                   and c.get("r") != "B1"]
    assert in_workbook == list(chart.plots[0].series[0].values)
    return in_workbook


def test_charts_repeated_in_one_process_keep_their_own_data_and_parts(write_tree) -> None:
    slide = ("- {layout: statistic, title: %s, figure: '1', caption: A figure, "
             "chart: {kind: column, categories: ['2022', '2023'], values: [%s]}}")
    # the Fourth copies the First again after python-pptx has named the Third's parts itself
    slides = [slide % ("First", "1, 2"), slide % ("Second", "1, 2"), slide % ("Third", "5, 7"),
              slide % ("Fourth", "1, 2")]
    root = write_tree({"d.yaml": "title: Charts\nsections:\n  - title: One\n    slides:\n"
                       + "".join(f"      {line}\n" for line in slides)})
    for _ in range(2):  # the second chart, and all of the second build, copy what was made
        build(root / "d.yaml", root / "d.pptx")
        assert [chart_values(root / "d.pptx", title)
                for title in ("First", "Second", "Third", "Fourth")] == [[1, 2], [1, 2], [5, 7],
                                                                         [1, 2]]
        with zipfile.ZipFile(root / "d.pptx") as package:
            names = package.namelist()
        charts = sorted(n for n in names if n.startswith(("ppt/charts/chart", "ppt/embeddings/")))
        assert charts == [
            *(f"ppt/charts/chart{n}.xml" for n in (1, 2, 3, 4)),
            *(f"ppt/embeddings/Microsoft_Excel_Sheet{n}.xlsx" for n in (1, 2, 3, 4))]


def test_a_deck_zips_the_members_python_pptx_would_save(built: Path) -> None:
    """Our zip writer writes each member python-pptx's own `save` writes, byte for byte, in
    its order; only the zip's dates and attributes are fixed."""
    import io
    import zipfile

    prs = Presentation(str(built))
    saved = io.BytesIO()
    prs.save(saved)
    theirs = zipfile.ZipFile(saved)
    ours = zipfile.ZipFile(built)
    assert ours.namelist() == theirs.namelist()
    assert all(ours.read(name) == theirs.read(name) for name in ours.namelist())
