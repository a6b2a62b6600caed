"""Property-based tests: any outline either builds a clean package or gets diagnostics."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import ImageFont
from pptx import Presentation

from workshop import metrics
from workshop.build import build
from workshop.checks.package_lint import package_findings
from workshop.errors import WorkshopError
from workshop.loader import load_yaml
from workshop.package import _write_zip_with_zipfile, write_zip
from workshop.session import BuildSession
from workshop.slide_types.choice import TYPES as LIST_TYPES
from workshop.slide_types.registry import outline_types

# Text as hostile files hold it: line breaks, tabs, control and special characters, template
# and XML syntax, and the occasional huge value, in any field.
_ODD = list('ab Z\n\t\r\x1b\x0c\x00\u2028\u2029\ufffe\u00a0{}%"\'<>&#:-[]é')
text = st.one_of(st.text(min_size=0, max_size=40),
                 st.text(alphabet=st.sampled_from(_ODD), max_size=60),
                 st.builds(lambda c, n: c * n, st.sampled_from(["x", "word ", "\n"]),
                           st.sampled_from([300, 2_500])))
bullet_slide = st.fixed_dictionaries(
    {"title": text, "bullets": st.lists(st.one_of(text, st.lists(text, max_size=3)),
                                        max_size=6)},
    optional={"prompts": st.lists(text, max_size=2), "minutes": st.integers(-5, 200),
              "notes": text, "source": text},
)
other_slide = st.fixed_dictionaries({"title": text, "layout": st.sampled_from(
    [*sorted(outline_types()), "no-such-layout"])},
    optional={"prompts": st.lists(text, max_size=3), "figure": text})
outline = st.fixed_dictionaries(
    {"title": text, "sections": st.lists(st.fixed_dictionaries(
        {"title": text, "slides": st.lists(st.one_of(bullet_slide, other_slide), max_size=3)}),
        max_size=3)},
    optional={"language": st.sampled_from(["en", "es", "fr"]), "duration": st.integers(-1, 700),
              "subtitle": text},
)
SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


kit = st.fixed_dictionaries(
    {"name": text, "colors": st.just({"primary": "#1F4E79", "accent": "#F2A900",
                                      "background": "#FFFFFF", "text": "#1A1A1A"})},
    optional={"footer": text, "contact": text, "website": text, "support_person": text,
              "fonts": st.fixed_dictionaries({"heading": text, "body": text}),
              "resources": st.lists(st.fixed_dictionaries({"name": text, "detail": text}),
                                    max_size=2)},
)


def _written(folder: Path, outline: dict, kit: dict | None) -> tuple[Path, Path | None]:
    """Return the outline, and the kit when there is one, written as YAML files in `folder`."""
    deck = folder / "d.yaml"
    deck.write_text(yaml.safe_dump(outline, allow_unicode=True), encoding="utf-8")
    if kit is None:
        return deck, None
    kit_path = folder / "kit.yaml"
    kit_path.write_text(yaml.safe_dump(kit, allow_unicode=True), encoding="utf-8")
    return deck, kit_path


@SETTINGS
@given(data=outline, brand=st.one_of(st.none(), kit),
       engine=st.sampled_from([ImageFont.Layout.BASIC, ImageFont.Layout.RAQM]))
def test_a_hostile_outline_is_never_a_crash_but_a_clean_deck_or_located_problems(
        data, brand, engine, tmp_path: Path) -> None:
    """Anything in any field, of any type (most of these outlines are refused: building is
    what the tests below ask of outlines an author writes): the deck builds clean, or every
    problem is named at a line and column of the outline or the kit, never a traceback."""
    deck, kit_path = _written(tmp_path, data, brand)
    output = tmp_path / "out.pptx"
    output.unlink(missing_ok=True)  # the examples share the folder: the last one's deck
    metrics.use_layout_engine(engine)
    try:
        with BuildSession():  # each example alone: none leans on what another left behind
            build(deck, output, brand_path=kit_path)
    except WorkshopError as exc:
        assert exc.diagnostics
        assert all(d.line >= 1 and d.col >= 1 and d.message for d in exc.diagnostics)
        assert {Path(d.file).name for d in exc.diagnostics} <= {"d.yaml", "kit.yaml"}
        assert not output.exists()  # nothing written
        return
    finally:
        metrics.use_layout_engine(None)
    assert package_findings(output.read_bytes()) == []


@SETTINGS
@given(source=st.text(max_size=200))
def test_the_loader_never_raises_anything_but_diagnostics(source: str, tmp_path: Path) -> None:
    path = tmp_path / "any.yaml"
    path.write_text(source, encoding="utf-8", errors="surrogatepass")
    try:
        load_yaml(path)
    except WorkshopError as exc:
        assert exc.diagnostics


entry_names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz/._[]0123456789", min_size=1,
                      max_size=30)


@given(entries=st.lists(st.tuples(entry_names, st.binary(max_size=3000)), max_size=6,
                        unique_by=lambda entry: entry[0]),
       epoch=st.sampled_from(["", "0", "1700000000", "1700000001"]))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_zip_writer_writes_what_zipfile_writes(entries, epoch, monkeypatch) -> None:
    """The package writer's own zip headers are byte for byte those of Python's zipfile,
    whatever the entries (none, empty, binary) and the build time, and whether or not the
    compressed members are remembered (twice, so that the second zip reuses them)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    expected = _write_zip_with_zipfile(entries)
    assert write_zip(entries) == expected
    with BuildSession():  # remembered: the second zip reuses the first's compressed members
        for _ in range(2):
            assert write_zip(entries) == expected
    with zipfile.ZipFile(io.BytesIO(write_zip(entries))) as package:
        assert package.testzip() is None
        assert [(i.filename, package.read(i)) for i in package.infolist()] == entries


# What a required field must hold: odd characters often, template syntax and huge values
# rarely (each is an error of its own, and one of them in fifty fields would stop every deck
# before the writer sees it).
_CALMER = [c for c in _ODD if c not in "{}%"]
words = st.one_of(st.text(min_size=1, max_size=30),
                  st.text(alphabet=st.sampled_from(_CALMER), min_size=1, max_size=50),
                  st.text(alphabet=st.sampled_from(_CALMER), min_size=1, max_size=50),
                  ).filter(lambda t: t.strip() != "")


def like_sample(sample: object, leaf, key: str | None = None):
    """Return a strategy for slides shaped as a type's `sample` (SlideType.sample): each of
    its texts drawn from `leaf`, its layout, its illustration and chart kind, its number
    format and its source kept, its lists as long and its numbers as they are. So every
    type the registry holds, a new one too, is generated."""
    if key in ("layout", "illustration", "kind", "number_format", "source"):
        return st.just(sample)
    if isinstance(sample, str):
        return leaf
    if isinstance(sample, dict):
        return st.fixed_dictionaries({k: like_sample(v, leaf, k) for k, v in sample.items()})
    if isinstance(sample, list):
        return st.tuples(*(like_sample(item, leaf, key) for item in sample)).map(list)
    return st.just(sample)


def some(strategy, low: int = 1, high: int = 2):
    return st.lists(strategy, min_size=low, max_size=high)


def fields(**values):
    return st.fixed_dictionaries(values)


column = fields(heading=words, bullets=some(words))
slides = st.tuples(
    fields(title=words, bullets=some(words, 1, 4), prompts=some(words, 0), notes=words),
    fields(title=words, layout=st.just("statistic"), figure=words, caption=words,
           source=st.just("G, 2020")),
    fields(title=words, layout=st.just("process"),
           steps=some(fields(title=words, detail=words), 2, 3)),
    fields(title=words, layout=st.just("scenario"), setup=words,
           lines=some(fields(speaker=words, text=words))),
    fields(title=words, layout=st.just("comparison"), left=column, right=column),
    fields(title=words, layout=st.just("resources"),
           items=some(fields(name=words, detail=words), 0)),
    fields(title=words, layout=st.just("closing"), message=words, bullets=some(words, 0)),
    *(like_sample(dict(kind.sample), words) for kind in outline_types().values()),
    *(like_sample(dict(kind.sample), words) for kind in LIST_TYPES),
).map(list)
every_layout = fields(
    title=words, subtitle=words, event=fields(organization=words, place=words),
    sections=st.tuples(fields(title=words, summary=words, notes=words, slides=slides)).map(list),
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=every_layout, engine=st.sampled_from([ImageFont.Layout.BASIC,
                                                  ImageFont.Layout.RAQM]))
def test_hostile_text_in_every_field_of_every_layout_builds_or_is_located(
        data, engine, tmp_path: Path) -> None:
    """Line breaks, control characters, template and XML syntax and huge values in every
    field reach the writer: the deck builds clean, or every problem is located."""
    deck = tmp_path / "d.yaml"
    deck.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    metrics.use_layout_engine(engine)
    try:
        with BuildSession():
            build(deck, tmp_path / "out.pptx")
    except WorkshopError as exc:
        assert all(d.line >= 1 and d.col >= 1 and d.message for d in exc.diagnostics)
        return
    finally:
        metrics.use_layout_engine(None)
    assert package_findings((tmp_path / "out.pptx").read_bytes()) == []


# Outlines an author could write: plain words in every field (no template syntax, no control
# characters), every layout, one to three sections. Each must build; nothing is excused.
plain_words = st.text(alphabet=st.sampled_from(list("abcdefghij klmnopqrstuvwxyzé,.?ñ-")),
                      min_size=1, max_size=40).filter(lambda t: t.strip(" ,.-") != "")
# A script: starts with a letter (a leading "-" or "1." is Markdown for a list).
sentence = plain_words.filter(lambda t: t.lstrip()[:1].isalpha())
plain_kit = fields(name=sentence, colors=st.sampled_from([
    {"primary": "#1F4E79", "accent": "#F2A900", "background": "#FFFFFF", "text": "#222222"},
    {"primary": "#0B6E4F", "accent": "#E4572E", "background": "#FFFFFF", "text": "#1A1A1A"}]),
    footer=sentence, contact=sentence)
plain_column = fields(heading=plain_words, bullets=some(plain_words, 1, 3))
plain_slide = st.one_of(
    fields(title=plain_words, bullets=some(plain_words, 1, 5), prompts=some(plain_words, 0, 1),
           notes=sentence),
    fields(title=plain_words, layout=st.just("statistic"), figure=st.sampled_from(
        ["60%", "1 in 8", "13,000"]), caption=plain_words, source=st.just("G, 2020")),
    fields(title=plain_words, layout=st.just("process"),
           steps=some(fields(title=plain_words, detail=plain_words), 2, 4)),
    fields(title=plain_words, layout=st.just("scenario"), setup=plain_words,
           lines=some(fields(speaker=plain_words, text=plain_words), 1, 3)),
    fields(title=plain_words, layout=st.just("comparison"), left=plain_column,
           right=plain_column),
    fields(title=plain_words, layout=st.just("resources"),
           items=some(fields(name=plain_words, detail=plain_words), 1, 4)),
    fields(title=plain_words, layout=st.just("discussion"), prompts=some(plain_words, 1, 2)),
    fields(title=plain_words, layout=st.just("image"), illustration=st.just("people"),
           alt=plain_words, caption=plain_words),
    fields(title=plain_words, layout=st.just("closing"), message=plain_words,
           bullets=some(plain_words, 0, 2)),
    *(like_sample(dict(kind.sample), plain_words) for kind in outline_types().values()),
    *(like_sample(dict(kind.sample), plain_words) for kind in LIST_TYPES),
)
authored = fields(
    title=plain_words, language=st.sampled_from(["en", "es"]),
    sections=some(fields(title=plain_words, notes=sentence,
                         slides=some(plain_slide, 1, 4)), 1, 3))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=authored, brand=st.one_of(st.none(), plain_kit))
def test_any_outline_an_author_could_write_builds_with_its_titles_and_scripts(
        data, brand, tmp_path: Path) -> None:
    """Every generated outline builds (none is excused), its package is clean, and the deck
    shows each slide's title, in order, with each section's script in its notes."""
    deck, kit_path = _written(tmp_path, data, brand)
    output = tmp_path / "out.pptx"
    with BuildSession():
        build(deck, output, brand_path=kit_path)
    assert package_findings(output.read_bytes()) == []
    shown = Presentation(str(output))
    titles = [slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
              for slide in shown.slides]
    notes = "\n".join(slide.notes_slide.notes_text_frame.text for slide in shown.slides
                      if slide.has_notes_slide)
    position = 0
    for section in data["sections"]:
        assert " ".join(section["notes"].split()) in " ".join(notes.split())
        for slide in section["slides"]:
            wanted = " ".join(slide["title"].split())
            found = next((n for n in range(position, len(titles))
                          if " ".join(titles[n].split()).startswith(wanted)), None)
            assert found is not None, (wanted, titles[position:])
            position = found + 1
