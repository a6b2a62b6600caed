"""Every slide type an outline may name keeps one contract, tested from the sample slide its
module gives (`SlideType.sample`), so that a new type is held to it by adding its module: the
sample is a valid outline slide; built, it is a slide on the type's own layout with its
title; the facilitator guide and the slides page say what it shows (its key points); and a
build session that made it for one event makes it for the next as a fresh process does.
(LibreOffice lays every sample out as the fit model predicts: see test_rendered's "samples"
outline.)"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from workshop.blocks import Table
from workshop.build import DocumentOutput, build
from workshop.model import Resource
from workshop.notes_text import Paragraph, Run
from workshop.prepare import prepare
from workshop.session import BuildSession
from workshop.slide_types.choice import TYPES as LIST_TYPES
from workshop.slide_types.kind import Showing
from workshop.slide_types.registry import outline_types

TYPES = sorted(outline_types().items())
# The session test builds every type's sample, and each sample list a list type draws.
SAMPLED = TYPES + [(f"list as {kind.name}", kind) for kind in LIST_TYPES]
LOCAL = Resource(name="School counselor", detail="(555) 010-0100")


def sample_outline(sample: dict) -> str:
    """Return an outline of one section holding the `sample` slide, its school a variable."""
    return yaml.safe_dump({
        "title": "Night at {{ school }}", "agenda": False,
        "sections": [{"title": "One part", "slides": [sample]}]}, sort_keys=False)


def texts(blocks: object) -> list[str]:
    """Return every text of a document's blocks: each run of their paragraphs (a bold label
    and what follows it are written apart), and their tables' cells."""
    if isinstance(blocks, Paragraph):
        return [run.text.strip(" :") for run in blocks.runs if run.text.strip(" :")]
    if isinstance(blocks, Table):
        return [cell for row in blocks.rows for cell in row if cell]
    if isinstance(blocks, list | tuple):
        return [text for block in blocks for text in texts(block)]
    if dataclasses.is_dataclass(blocks):
        return [text for field in dataclasses.fields(blocks)
                for text in texts(getattr(blocks, field.name))]
    return []


def plain(text: str) -> str:
    """Return `text` with the no-break spaces and joiners the outputs keep words with as
    spaces and nothing, and HTML's entities read."""
    return html.unescape(text).replace("\u00a0", " ").replace("\u2060", "").replace("\u202f",
                                                                                     " ")


@pytest.mark.parametrize(("key", "kind"), TYPES, ids=[key for key, _ in TYPES])
def test_each_type_keeps_its_contract(key: str, kind, tmp_path: Path) -> None:
    assert kind.sample is not None, f"{key} gives no sample slide"
    slide = kind.model.model_validate(kind.sample)
    assert slide.layout == key
    source = tmp_path / "d.yaml"
    source.write_text(sample_outline(dict(kind.sample)), encoding="utf-8")
    guide, page = tmp_path / "guide.md", tmp_path / "slides.html"
    documents = (DocumentOutput("guide", "md", guide), DocumentOutput("slides", "html", page))
    with BuildSession():
        build(source, tmp_path / "deck.pptx", {"school": "Lincoln"}, resources=(LOCAL,),
              documents=documents)

    # the deck: a slide on the type's own layout, titled as the sample
    shown = {(s.slide_layout.name, s.shapes.title.text if s.shapes.title else "")
             for s in Presentation(str(tmp_path / "deck.pptx")).slides}
    assert (kind.layout_name, kind.sample["title"]) in shown

    # the guide and the slides page: the slide's title and what it shows
    deck = prepare(source, overrides={"school": "Lincoln"}).deck
    said = texts(kind.key_points(slide, Showing(deck, ("Label", "Value", "Year", "Source"))))
    assert said, f"{key}: the documents say nothing of it"
    for document in (guide, page):
        written = plain(document.read_text(encoding="utf-8"))
        missing = [text for text in [kind.sample["title"], *said] if plain(text) not in written]
        assert missing == [], f"{document.name} leaves out {missing}"


# Two evenings of a season: every field of the event differs, and the deck's title with it.
EVENINGS = (({"school": "Lincoln", "organization": "Lincoln PTA", "date": "May 4",
              "place": "Library", "presenter": "Ana Ruiz"}, (LOCAL,)),
            ({"school": "Adams", "organization": "Adams PTSA", "date": "June 9",
              "place": "Gym", "presenter": "Sam Lee"},
             (Resource(name="Front office", detail="(555) 010-0199"),)))


def warm_and_cold(source: Path, folder: Path, kit: Path | None = None,
                  looks: tuple[str | None, ...] = (None, None)) -> list[tuple[bytes, bytes]]:
    """Return, for each evening in turn (in its look of `looks`, with `kit`), the deck one
    session builds across the season and the deck a fresh session builds."""
    season, made = BuildSession(), []
    for (values, resources), look in zip(EVENINGS, looks, strict=True):
        for name, session in (("warm", season), ("cold", BuildSession())):
            with session:
                build(source, folder / f"{name}.pptx", values, kit, look, resources)
        made.append(tuple((folder / f"{name}.pptx").read_bytes() for name in ("warm", "cold")))
    return made


ORGANIZATION_KIT = ('name: Org\ncolors: {primary: "#1F4E79", accent: "#B8860B", '
                    'background: "#FFFFFF", text: "#000000"}\ntemplate: org.pptx\n')
# Our template; an organization's own (python-pptx's, 4:3: each type's second path), its
# evenings in two looks (which change nothing of its theme, and the data's grey).
TEMPLATES = {"ours": False, "an organization's, in two looks": True}


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize(("key", "kind"), SAMPLED, ids=[key for key, _ in SAMPLED])
def test_a_session_makes_each_type_for_the_next_event_as_a_fresh_build(
        key: str, kind, template: str, tmp_path: Path, write_tree) -> None:
    """One session builds the sample for two events in turn (copying what its type lets it
    copy), on our template and on an organization's; each deck is the one a fresh session
    builds, and shows the sample's title."""
    source = tmp_path / "d.yaml"
    source.write_text(sample_outline(dict(kind.sample)), encoding="utf-8")
    kit, looks = None, (None, None)
    if TEMPLATES[template]:
        kit = write_tree({"kit.yaml": ORGANIZATION_KIT}) / "kit.yaml"
        Presentation().save(str(tmp_path / "org.pptx"))
        looks = ("calm", "contrast")
    for n, (warm, cold) in enumerate(warm_and_cold(source, tmp_path, kit, looks), start=1):
        assert warm == cold, f"{key}, evening {n}"
    titles = [s.shapes.title.text for s in Presentation(str(tmp_path / "warm.pptx")).slides
              if s.shapes.title is not None]
    assert kind.sample["title"] in titles


def test_a_copied_type_that_reads_the_event_is_made_anew_for_the_next(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A type that opts in to replay and, drawing, reads the event's date (declaring
    nothing) is copied into the next deck only when the date is the same: the writer notes
    what a type reads as it reads it."""
    from workshop.model import DiscussionSlide
    from workshop.ooxml.text import fill, text_body
    from workshop.slide_types import discussion, registry

    def dated(writer, slide, content) -> None:
        discussion.write(writer, slide, content)
        fill(text_body(writer.slot(slide, "body")),
             [Paragraph((Run(f"Asked on {writer.deck.event.date}"),))])

    kind = dataclasses.replace(discussion.TYPE, write=dated)
    assert kind.replay
    monkeypatch.setitem(registry._BY_MODEL, DiscussionSlide, kind)
    source = tmp_path / "d.yaml"
    source.write_text(sample_outline(dict(kind.sample)), encoding="utf-8")
    season = BuildSession()
    for values, resources in EVENINGS:
        with season:
            build(source, tmp_path / "deck.pptx", values, resources=resources)
        shown = [plain(shape.text_frame.text)
                 for slide in Presentation(str(tmp_path / "deck.pptx")).slides
                 for shape in slide.shapes if shape.has_text_frame]
        assert f"Asked on {values['date']}" in shown


def test_a_type_whose_prompts_are_its_content_draws_down_to_the_foot(tmp_path: Path) -> None:
    """A discussion shows no band: four long questions take the room a band would have had
    (their cards reach below the band's line) and build, where stopping at the band's line
    left them overflowing even at 18 pt."""
    from workshop.theme import geometry as g

    question = ("If a stranger online asked your child for a photo and then threatened to "
                "share it with friends, who would your child turn to first, and what would "
                "you want them to do next?")
    source = tmp_path / "d.yaml"
    source.write_text(sample_outline({"title": "Questions", "layout": "discussion",
                                      "prompts": [question] * 4}), encoding="utf-8")
    build(source, tmp_path / "deck.pptx", {"school": "Lincoln"})
    cards = [shape for slide in Presentation(str(tmp_path / "deck.pptx")).slides
             for shape in slide.shapes if shape.name in {f"Question {n}" for n in range(1, 5)}]
    assert len(cards) == 4
    assert max(card.top + card.height for card in cards) > g.CONTENT_ABOVE_BAND


def test_a_drawing_in_the_looks_grey_is_made_anew_in_another_look(tmp_path: Path,
                                                                   write_tree) -> None:
    """On an organization's template a look changes nothing of the theme, but a pictogram's
    other people take the look's grey: one session building it in two looks makes each as a
    fresh session does."""
    pictogram = {"title": "Six in ten", "layout": "statistic", "figure": "6 in 10",
                 "caption": "of the reports in a year", "source": "G, 2020"}
    source = tmp_path / "d.yaml"
    source.write_text(sample_outline(pictogram), encoding="utf-8")
    kit = write_tree({"kit.yaml": ORGANIZATION_KIT}) / "kit.yaml"
    Presentation().save(str(tmp_path / "org.pptx"))
    first, second = warm_and_cold(source, tmp_path, kit, ("calm", "contrast"))
    assert first[0] == first[1]
    assert second[0] == second[1]
    assert first[1] != second[1]  # the looks' greys differ, and so do the decks
