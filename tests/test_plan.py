"""The slide plan is a stage of its own: made before any slide is written, it is what the deck
is written from and what the guide and the slides page are numbered by, and a guide made
alone writes no deck to learn it."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import REPO, office_modules_loaded_by
from pptx import Presentation

from workshop.brand import prepare_brand
from workshop.build import build, export
from workshop.events import resource_from_text
from workshop.plan.stage import plan_deck
from workshop.prepare import prepare

POINT = ("This bullet says a great deal, more than a slide should hold, about staying calm, "
         "listening first and getting help before anything else")


def _crowded(folder: Path) -> Path:
    """Return an outline with a list too long for one slide, and one that fits."""
    points = "".join(f"          - {POINT} {n}\n" for n in range(14))
    outline = folder / "crowded.yaml"
    outline.write_text(
        "title: Parent night\nsections:\n  - title: Part\n    slides:\n"
        f"      - title: Crowded\n        bullets:\n{points}"
        "        prompts: [What would you say first?]\n"
        "      - title: Short\n        bullets: [One point, Another point]\n",
        encoding="utf-8")
    return outline


def _guide_headings(markdown: str) -> list[str]:
    """Return the guide's slide headings ("3: Crowded (1/4)"), in order."""
    return re.findall(r"^### (?:Slide|Diapositiva) (\d+: .+)$", markdown, re.MULTILINE)


def test_a_guide_made_alone_is_numbered_as_the_deck_is_written(tmp_path: Path) -> None:
    """A list split over several slides: the Markdown guide exported on its own (no deck
    written) names every slide by the number and title the built deck shows."""
    outline = _crowded(tmp_path)
    build(outline, tmp_path / "deck.pptx")
    shown = [f"{n}: {slide.shapes.title.text}" for n, slide in
             enumerate(Presentation(str(tmp_path / "deck.pptx")).slides, start=1)]
    assert sum(bool(re.search(r"Crowded \(\d/\d\)$", title)) for title in shown) > 1
    export(outline, "guide", "md", tmp_path / "guide.md")
    assert _guide_headings((tmp_path / "guide.md").read_text(encoding="utf-8")) == shown


def test_the_plan_holds_every_slide_before_any_is_written() -> None:
    """Eight local contacts put the local help on a slide of its own before the national
    lines: the plan says so, numbered, titled and placed in the outline, from the outline and
    the kit alone."""
    local = tuple(resource_from_text(f"Contact {n}: (555) 010-{n:04d}, weekdays 9 to 5")
                  for n in range(1, 9))
    kit = prepare_brand(REPO / "decks" / "brands" / "example-county.yaml")
    prepared = prepare(REPO / "decks" / "parent-night.yaml", brand=kit, resources=local)
    plan = plan_deck(prepared).slides
    titles = [planned.title for planned in plan.slides]
    local_help = titles.index("Help in our community")
    assert titles[local_help + 1] == "Where to report and get help"
    assert [planned.number for planned in plan.slides] == list(range(1, len(titles) + 1))
    first, second = plan.slides[local_help], plan.slides[local_help + 1]
    assert first.origin == second.origin and (first.part, second.part) == ((1, 2), (2, 2))
    assert len(titles) == 37  # the 36 slides of the deck, and the local help's own


def test_the_plan_chooses_what_each_list_is_drawn_as(write_tree) -> None:
    """A list of points is drawn as the type its content suits (one sentence a statement,
    quotations cards), or as a list where its author chose the layout: the plan says which,
    once, and the writer and the rhythm check read it there."""
    root = write_tree({
        "d.yaml": "title: T\nagenda: false\ndividers: false\nsections:\n  - title: S\n"
                  "    slides:\n"
                  "      - {title: Remember, bullets: ['The child is never the one to blame.']}\n"
                  "      - {title: Say, bullets: ['\u201cThank you for telling me.\u201d',"
                  " '\u201cWe will sort this out together.\u201d']}\n"
                  "      - {title: Plain, layout: bullets, bullets: ['One point']}\n"
                  "      - {title: Figure, layout: statistic, figure: '1 in 5', caption: c,"
                  " source: 'G, 2020'}\n",
        "speaker_notes/.keep": ""})
    plan = plan_deck(prepare(root / "d.yaml")).slides
    assert [(planned.title, planned.list_type.name if planned.list_type else None)
            for planned in plan.slides] == [("T", None), ("Remember", "statement"),
                                            ("Say", "quotes"), ("Plain", None),
                                            ("Figure", None)]


def test_a_markdown_guide_loads_no_python_pptx_and_writes_no_deck(tmp_path: Path) -> None:
    """In a process of its own: exporting the guide as Markdown from an outline with a split
    list and a kit plans the deck without python-pptx (nor python-docx) and writes nothing
    but the guide."""
    outline = _crowded(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    kit = REPO / "decks" / "brands" / "example-county.yaml"
    script = (
        "from pathlib import Path\nfrom workshop.build import export\n"
        f"export(Path({str(outline)!r}), 'guide', 'md', Path({str(out / 'guide.md')!r}), "
        f"brand_path=Path({str(kit)!r}))\n")
    assert office_modules_loaded_by(script, tmp_path) == []
    assert [path.name for path in out.iterdir()] == ["guide.md"]
    assert re.search(r"^### Slide \d+: Crowded \(2/\d\)$",
                     (out / "guide.md").read_text(encoding="utf-8"), re.MULTILINE)


def test_the_band_room_is_measured_in_the_templates_own_coordinates() -> None:
    """On an organization's template of another height, a body that ends where the band's
    room begins reaches the content's foot when the slide asks nothing, and one that reaches
    into a band drawn for it stops above it: both in that template's coordinates (the plan
    and the writer ask the same function)."""
    from workshop.slide_types import band
    from workshop.theme import geometry as g

    scale = 0.75  # a template three quarters of our height
    ends_at_band = g.Box(0, int(g.CONTENT_TOP * scale), 100,
                         int((g.CONTENT_ABOVE_BAND - g.CONTENT_TOP) * scale))
    assert band.room(ends_at_band, False, True, scale).bottom == int(g.CONTENT_BOTTOM * scale)
    assert band.room(ends_at_band, False, True, 1.0) is None  # ours would end elsewhere
    reaching = g.Box(0, int(g.CONTENT_TOP * scale), 100, int(g.CONTENT_BOTTOM * scale))
    assert band.room(reaching, True, False, scale).bottom == (int(g.PROMPT_BAND.y * scale)
                                                                - band.GAP)
    assert band.room(reaching, True, True, scale) is None  # the layout's own band: kept


def test_a_session_plans_the_local_help_by_each_events_own_contacts(tmp_path: Path) -> None:
    """One session plans the same resources slide for two events in turn: with many local
    contacts they take a slide of their own, with one they share it; the plan kept for the
    first event is not taken for the second (it read the event's contacts planning it)."""
    from workshop.session import BuildSession

    deck = tmp_path / "d.yaml"
    deck.write_text(
        "title: Night\nagenda: false\nsections:\n  - title: Help\n    slides:\n"
        "      - title: Where to get help\n        layout: resources\n        items:\n"
        + "".join(f"          - {{name: National line {n}, detail: 'call or text "
                  f"1-800-555-01{n:02d}, any time'}}\n" for n in range(6)), encoding="utf-8")
    many = tuple(resource_from_text(f"Contact {n}: (555) 010-01{n:02d}, weekdays 9 to 5")
                 for n in range(8))
    one = many[:1]

    def titles(resources) -> list[str]:
        return [slide.title for slide in plan_deck(prepare(deck, resources=resources)).slides
                .slides]

    with BuildSession():
        crowded, alone = titles(many), titles(one)
    assert len(crowded) == len(alone) + 1
    with BuildSession():
        assert titles(one) == alone
