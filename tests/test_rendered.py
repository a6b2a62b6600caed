"""What LibreOffice lays out is what the writer planned: for every shipped deck with every
shipped kit (and none) in every look, for generated outlines of other lengths and for a slide
of every type (each type's sample, with and without each kit), each text frame shows the
lines the fit model predicts, no text falls outside its frame, no content slide leaves more
than a third of its body empty below its content, and no two things overlap."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest
import yaml
from conftest import REPO, require_tool
from pptx import Presentation
from rendered import Frame, Word, frames, owner, render, rendered_lines

from workshop.build import build
from workshop.slide_types.registry import TYPES
from workshop.theme import geometry as g

DECKS = ["parent-night.yaml", "parent-night-short.yaml", "es/noche-de-padres.yaml",
         "es/noche-de-padres-corta.yaml"]
KITS = [None, "example-county.yaml", "harbor-family-alliance.yaml"]
LOOKS = ["calm", "warm", "contrast"]
PT = g.PT
# Slides that are not content: the title, dividers, the agenda and the closing.
NOT_CONTENT = {"Title", "Section", "Agenda", "Closing"}
# Frames of the slide's furniture, not its content.
FURNITURE_PLACEHOLDERS = {0, 12, 13}  # title, slide number, prompt band
FURNITURE_NAMES = {"Footer", "Source", "Prompt"}
# Filled shapes that other shapes are drawn on, as each slide type names its own: the closing's
# help card, the title slide's soft field (its disc), an image slide's drawn scene.
CARDS = {name for kind in TYPES for name in kind.backdrops}


@dataclass(frozen=True)
class Rendered:
    """A built deck, its shapes slide by slide, its layouts and what LibreOffice drew."""

    name: str
    shapes: list[list[Frame]]
    layouts: list[str]
    words: list[list[Word]]
    # slide number, name, categories, and how many values it labels: each but the one the
    # slide's figure states beside it
    charts: list[tuple[int, str, list[str], int]]


def generated_outline(seed: int) -> str:
    """Return an outline of every layout but the picture's, with lengths drawn from `seed`:
    short and long lists, points with icons of their own, one to four questions, two to five
    steps, one to four lines of dialogue, long Spanish-like words, local resources and a
    feedback link."""
    rng = random.Random(seed)
    words = ["family", "phone", "message", "picture", "calm", "teenager", "conversation",
             "platform", "report", "comunicación", "confianza", "plataforma", "denunciar",
             "tranquilidad", "fotografía", "ayuda", "support", "trusted", "adult", "school",
             "counselor"]

    def sentence(low: int, high: int) -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(low, high))).capitalize()

    slides = [
        {"title": sentence(2, 5), "bullets": [sentence(3, 12) for _ in range(rng.randint(1, 6))],
         "prompts": [sentence(5, 10) + "?"] if rng.random() < 0.5 else [],
         "icon": rng.choice(["shield", "talk", "phone", None])},
        {"title": sentence(2, 5), "bullets": [
            {"text": sentence(3, 10), "icon": rng.choice(["report", "call", "lock", "eye"])}
            for _ in range(rng.randint(2, 5))]},
        {"title": sentence(2, 4), "layout": "discussion",
         "prompts": [sentence(5, 14) + "?" for _ in range(rng.randint(1, 4))]},
        {"title": sentence(2, 4), "layout": "process",
         "steps": [{"title": sentence(1, 2), "detail": sentence(4, 10)}
                   for _ in range(rng.randint(2, 5))]},
        {"title": sentence(2, 4), "layout": "scenario", "setup": sentence(6, 10),
         "lines": [{"speaker": rng.choice(["Parent", "Teen"]), "text": sentence(3, 14)}
                   for _ in range(rng.randint(1, 4))]},
        {"title": sentence(2, 4), "layout": "comparison",
         "left": {"heading": sentence(1, 3), "bullets": [sentence(2, 8) for _ in range(3)]},
         "right": {"heading": sentence(1, 3), "bullets": [sentence(2, 8) for _ in range(4)]}},
        {"title": sentence(2, 4), "layout": "statistic", "figure": "7 in 10",
         "caption": sentence(8, 20), "icon": "people"},
        {"title": sentence(2, 4), "layout": "resources",
         "items": [{"name": sentence(1, 3), "detail": sentence(3, 8)} for _ in range(4)]},
        {"title": "Thank you", "layout": "closing", "message": sentence(5, 10),
         "prompts": [sentence(5, 12) + "?"]},
    ]
    deck = {"title": sentence(3, 6), "event": {
        "organization": "Lincoln Middle School", "feedback": "forms.example/lincoln-night",
        "resources": [{"name": "School counselor", "detail": "(555) 010-0100"}]},
        "sections": [{"title": "One", "slides": [
            {k: v for k, v in s.items() if v not in (None, [])} for s in slides]}]}
    return yaml.safe_dump(deck, sort_keys=False, allow_unicode=True)


def samples_outline() -> str:
    """Return an outline of one slide of every type an outline may name and of every type a
    list may be drawn as: each type's own sample (slide_types, `SlideType.sample`,
    `ListType.sample`), so a new type is laid out here too."""
    from workshop.slide_types.choice import TYPES as LIST_TYPES
    from workshop.slide_types.registry import outline_types

    deck = {"title": "Every slide type", "event": {
        "organization": "Lincoln Middle School", "feedback": "forms.example/lincoln-night",
        "resources": [{"name": "School counselor", "detail": "(555) 010-0100"}]},
        "sections": [{"title": "One", "slides": [
            *(dict(kind.sample) for kind in outline_types().values()),
            *(dict(kind.sample) for kind in LIST_TYPES)]}]}
    return yaml.safe_dump(deck, sort_keys=False, allow_unicode=True)


Case = tuple[str, "str | None", str]  # deck, kit (or None), look
SHIPPED: list[Case] = [(deck, kit, look) for deck in DECKS for kit in KITS for look in LOOKS]
GENERATED: list[Case] = [*((f"generated-{n}", None, look) for n, look in enumerate(LOOKS)),
                         *(("samples", kit, "calm") for kit in KITS)]
_RENDERED: dict[Case, Rendered] = {}  # each case built and drawn once


def _rendered(case: Case, folder: Path) -> Rendered:
    """Return the case built and drawn by LibreOffice (once for this module)."""
    if case in _RENDERED:
        return _RENDERED[case]
    soffice, pdftotext = require_tool("soffice"), require_tool("pdftotext")
    deck_name, kit, look = case
    if deck_name.startswith("generated-"):
        source = folder / "generated.yaml"
        (folder / "speaker_notes").mkdir()
        source.write_text(generated_outline(int(deck_name.rsplit("-", 1)[1])), encoding="utf-8")
    elif deck_name == "samples":
        source = folder / "samples.yaml"
        source.write_text(samples_outline(), encoding="utf-8")
    else:
        source = REPO / "decks" / deck_name
    output = folder / "deck.pptx"
    build(source, output, brand_path=REPO / "decks" / "brands" / kit if kit else None,
          look=look)
    slides = Presentation(str(output)).slides
    layouts = [s.slide_layout.name for s in slides]
    charts = [(number, shape.name, list(shape.chart.plots[0].categories),
               len([v for v in shape.chart.plots[0].series[0].values
                    if f"{v:,.0f}" not in _texts(slide)]))
              for number, slide in enumerate(slides, start=1)
              for shape in slide.shapes if shape.has_chart]
    _RENDERED[case] = Rendered(_name(case), frames(output), layouts,
                               render(output, folder, soffice, pdftotext), charts)
    return _RENDERED[case]


def _texts(slide) -> set[str]:
    """Return the texts of a slide's shapes, each whole."""
    return {shape.text_frame.text for shape in slide.shapes if shape.has_text_frame}


def _name(case: Case) -> str:
    return f"{Path(case[0]).stem}+{case[1] and Path(case[1]).stem}+{case[2]}"


@pytest.fixture(scope="module", params=SHIPPED + GENERATED, ids=_name)
def rendered(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Every shipped deck with every kit, and generated outlines, drawn by LibreOffice."""
    return _rendered(request.param, tmp_path_factory.mktemp("rendered"))


@pytest.fixture(scope="module", params=SHIPPED, ids=_name)
def shipped(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Every shipped deck with every kit, drawn by LibreOffice."""
    return _rendered(request.param, tmp_path_factory.mktemp("rendered"))


def test_each_frame_shows_the_lines_the_fit_model_predicts(rendered: Rendered) -> None:
    wrong = []
    for number, (shapes, words) in enumerate(zip(rendered.shapes, rendered.words,
                                                 strict=True), start=1):
        by_frame: dict[str, list[Word]] = {}
        for word in words:
            frame = owner(word, shapes)
            if frame is not None:
                by_frame.setdefault(frame.name, []).append(word)
        for frame in shapes:
            if not frame.has_text or frame.placeholder == 12:  # a slide number is a field
                continue
            shown = rendered_lines(by_frame.get(frame.name, []))
            if not frame.lines - frame.near_edge <= shown <= frame.lines:
                wrong.append(f"slide {number}, {frame.name}: predicted {frame.lines} lines, "
                             f"LibreOffice drew {shown}")
    assert wrong == []


def test_no_text_falls_outside_its_frame(rendered: Rendered) -> None:
    outside = []
    for number, (shapes, words) in enumerate(zip(rendered.shapes, rendered.words,
                                                 strict=True), start=1):
        drawn = [f for f in shapes if not f.has_text]  # charts draw their own labels
        for word in words:
            frame = owner(word, shapes)
            if frame is None:
                if not any(f.box.holds((word.box.left + word.box.right) / 2,
                                       (word.box.top + word.box.bottom) / 2) for f in drawn):
                    outside.append(f"slide {number}: {word.text!r} is in no frame")
                continue
            box = frame.box
            # pdftotext boxes a word by its font's whole ascent and descent, which reach past
            # the line LibreOffice sets by up to a tenth of the word's height
            slack = max(2.0, 0.12 * (word.box.bottom - word.box.top))
            if not (box.top - slack <= word.box.top and word.box.bottom <= box.bottom + slack
                    and box.left - 2 <= word.box.left and word.box.right <= box.right + 2):
                outside.append(f"slide {number}: {word.text!r} spills out of {frame.name}")
    assert outside == []


def test_the_bottom_row_is_one_line_each_on_one_baseline_apart(rendered: Rendered) -> None:
    """The design system's rule 8, as LibreOffice draws it: the source, the kit's footer and
    the page number are one line each, on one baseline at 7.05 in (within 0.02 in; the
    baseline is a word's box bottom less Carlito's descent, a quarter of 12 pt), and what
    each shows starts at least 0.3 in after the one before it ends."""
    problems = []
    for number, (shapes, words) in enumerate(zip(rendered.shapes, rendered.words,
                                                 strict=True), start=1):
        row = [f for f in shapes if f.name in ("Source", "Footer") or f.placeholder == 12]
        extents = []
        for frame in row:
            mine = [w for w in words if owner(w, shapes) is frame]
            if not mine:
                continue
            if rendered_lines(mine) != 1:
                problems.append(f"slide {number}: {frame.name} takes {rendered_lines(mine)} "
                                "lines")
            baseline = max(w.box.bottom for w in mine) - 0.25 * g.ROW_PT
            if abs(baseline - 7.05 * 72) > 0.02 * 72 + 0.5:
                problems.append(f"slide {number}: {frame.name}'s baseline is at "
                                f"{baseline / 72:.3f} in")
            extents.append((min(w.box.left for w in mine), max(w.box.right for w in mine),
                            frame.name))
        extents.sort()
        for (_, end, before), (start, _, after) in pairwise(extents):
            if start - end < 0.3 * 72 - 1:
                problems.append(f"slide {number}: {after} starts {(start - end) / 72:.2f} in "
                                f"after {before}")
    assert problems == []


def test_no_number_breaks_across_lines(rendered: Rendered) -> None:
    """A phone number (1-800-843-5678, 1-800-CALL-FBI) stays on one line: no line ends in
    the middle of a word with a digit in it, after one of its hyphens."""
    broken = [f"slide {number}: {word.text!r}"
              for number, words in enumerate(rendered.words, start=1) for word in words
              if word.text.endswith("-") and any(c.isdigit() for c in word.text)]
    assert broken == []


def test_a_two_line_question_runs_its_first_line_across_the_band(rendered: Rendered) -> None:
    """A question too long for one line of the prompt band (placeholder 13) runs its first
    line, as LibreOffice lays it out, across at least three quarters of the band: evened
    lines that stopped at 60% of it read as a band too wide for its text."""
    short = []
    for number, (shapes, words) in enumerate(zip(rendered.shapes, rendered.words,
                                                 strict=True), start=1):
        for band in (frame for frame in shapes if frame.placeholder == 13):
            shown = [word for word in words if owner(word, shapes) is band]
            if rendered_lines(shown) != 2:
                continue
            first_top = min(word.box.top for word in shown)
            first = [w for w in shown if w.box.top - first_top < (w.box.bottom - w.box.top) / 2]
            run = max(w.box.right for w in first) - band.box.left
            if run < 0.75 * (band.box.right - band.box.left):
                short.append(f"slide {number}: the first line ends at "
                             f"{run / (band.box.right - band.box.left):.0%} of the band")
    assert short == []


def test_bullet_lists_start_at_the_content_line(shipped: Rendered) -> None:
    """Design system, section 2 (which retired "fill the slide"): a list is top-anchored, so
    on every bullets slide the first line's words, as LibreOffice lays them out, start just
    under the content line (1.90 in), however short the list; points drawn as cards start with
    their panels there, an icon or a rule above their words. A statement, the one type the
    design centres, is not a list."""
    jumped = []
    for number, (layout, shapes, words) in enumerate(zip(
            shipped.layouts, shipped.shapes, shipped.words, strict=True), start=1):
        if layout != "Bullets" or any(shape.name == "Statement" for shape in shapes):
            continue
        tops = [word.box.top for word in words
                if (frame := owner(word, shapes)) is not None and not _furniture(frame)
                and frame.box.top >= g.CONTENT_TOP / PT - 1]
        panels = [shape.box.top for shape in shapes if re.fullmatch(r"Card \d+", shape.name)]
        first = min(tops + panels, default=None)
        if first is None or not 0 <= first - g.CONTENT_TOP / PT <= 24:
            jumped.append(f"slide {number}: first line at {first} pt, content line "
                          f"{g.CONTENT_TOP / PT:.0f} pt")
    assert jumped == []


def test_charts_label_their_categories_and_values_and_nothing_else(shipped: Rendered) -> None:
    """Every bar or slice carries its value and every category its name, as LibreOffice draws
    them, but for the bar whose value the slide's figure states beside the chart ("18,898"
    twice, large and small, read as a slip); no value axis repeats the values as a scale."""
    wrong = []
    for number, name, categories, values in shipped.charts:
        frame = next(f for f in shipped.shapes[number - 1] if f.name == name)
        words = [w.text for w in shipped.words[number - 1]
                 if frame.box.holds((w.box.left + w.box.right) / 2,
                                    (w.box.top + w.box.bottom) / 2)]
        shown = " ".join(words)
        missing = [c for c in categories if " ".join(c.split()) not in shown]
        numbers = [w for w in words if re.fullmatch(r"[\d,.]+%?", w)
                   and not any(w in c.split() for c in categories)]
        if missing or len(numbers) != values:
            wrong.append(f"slide {number}: categories missing {missing}, "
                         f"{len(numbers)} numbers for {values} values: {numbers}")
    assert wrong == []


def test_nothing_overlaps(rendered: Rendered) -> None:
    """No two shapes of a slide overlap, but an icon on its disc, a QR code on its plate, and
    a point's icon in the margin of its list, clear of every word (text on a shape is the
    shape's own)."""
    inside = {"Icon plate": "Icon: ", "QR plate": "QR code"}
    overlapping = []
    for number, (shapes, words) in enumerate(zip(rendered.shapes, rendered.words,
                                                 strict=True), start=1):
        for n, first in enumerate(shapes):
            for second in shapes[n + 1:]:
                pair = {first.name, second.name}
                if any(plate in pair and any(s.startswith(part) for s in pair)
                       for plate, part in inside.items()):
                    continue
                if not first.box.overlaps(second.box):
                    continue
                if any(card.name in CARDS and _within(inner, card)
                       for card, inner in ((first, second), (second, first))):
                    continue  # drawn on a card, as on a plate
                if any(re.fullmatch(r".+ \d+", card.name)  # a numbered card (cards.panel)
                       and _within(inner, card)
                       and inner.name.startswith(f"{card.name} ")
                       for card, inner in ((first, second), (second, first))):
                    continue  # a card's own number, mark or bar, clear of its words (as
                    # test_slide_types checks)
                icon, frame = sorted((first, second), key=lambda f: not f.name.startswith(
                    "Icon: "))
                if (icon.name.startswith("Icon: ") and frame.has_text
                        and _within(icon, frame) and not any(
                            icon.box.overlaps(word.box) for word in words)):
                    continue  # a point's own icon, in its list's margin
                overlapping.append(f"slide {number}: {first.name} and {second.name}")
    assert overlapping == []


def _within(inner: Frame, outer: Frame) -> bool:
    return (outer.box.left - 1 <= inner.box.left and inner.box.right <= outer.box.right + 1
            and outer.box.top - 1 <= inner.box.top and inner.box.bottom <= outer.box.bottom + 1)


def _furniture(frame: Frame) -> bool:
    return frame.placeholder in FURNITURE_PLACEHOLDERS or frame.name in FURNITURE_NAMES
