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
from workshop.notes_text import Paragraph
from workshop.prepare import prepare
from workshop.session import BuildSession
from workshop.slide_types.registry import outline_types

TYPES = sorted(outline_types().items())
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
    said = texts(kind.key_points(slide, deck, ("Label", "Value", "Year", "Source")))
    assert said, f"{key}: the documents say nothing of it"
    for document in (guide, page):
        written = plain(document.read_text(encoding="utf-8"))
        missing = [text for text in [kind.sample["title"], *said] if plain(text) not in written]
        assert missing == [], f"{document.name} leaves out {missing}"


@pytest.mark.parametrize(("key", "kind"), TYPES, ids=[key for key, _ in TYPES])
def test_a_session_makes_each_type_for_the_next_event_as_a_fresh_build(key: str, kind,
                                                                        tmp_path: Path) -> None:
    """One session builds the sample for two events in turn (copying what its type lets it
    copy); each deck is the one a fresh session builds."""
    source = tmp_path / "d.yaml"
    source.write_text(sample_outline(dict(kind.sample)), encoding="utf-8")
    season = BuildSession()
    for school in ("Lincoln", "Adams"):
        made = {}
        for name, session in (("warm", season), ("cold", BuildSession())):
            with session:
                build(source, tmp_path / f"{name}.pptx", {"school": school},
                      resources=(LOCAL,))
            made[name] = (tmp_path / f"{name}.pptx").read_bytes()
        assert made["warm"] == made["cold"], f"{key} for {school}"
