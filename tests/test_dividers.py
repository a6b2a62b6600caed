"""Section header slides: one where a section has a summary and at least three slides (or
where the outline asks), none before a closing slide; a section without one speaks its
script on its first slide, and the agenda and guide still know every section."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation

from workshop.build import build, export


def outline(sections: str, head: str = "") -> str:
    return f"title: Dividers\n{head}sections:\n{sections}"


def section(title: str, slides: int, *, summary: str | None = "A summary", extra: str = "",
            closing_first: bool = False) -> str:
    lines = [f"  - title: {title}"]
    if summary:
        lines.append(f"    summary: {summary}")
    lines.append(f"    notes: Now we turn to {title.lower()}.")
    lines.append("    minutes: 0.5")
    lines += [f"    {line}" for line in extra.splitlines()]
    lines.append("    slides:")
    if closing_first:
        lines.append("      - {layout: closing, title: Thank you}")
    for n in range(slides - closing_first):
        lines.append(f"      - {{title: {title} point {n + 1}, bullets: [One point],"
                     f" notes: 'Slide {n + 1} of {title.lower()}.', minutes: 1}}")
    return "\n".join(lines) + "\n"


def titles(path: Path) -> list[str]:
    return [slide.shapes.title.text for slide in Presentation(str(path)).slides]


def built(write_tree, text: str) -> Path:
    root = write_tree({"d.yaml": text})
    build(root / "d.yaml", root / "d.pptx")
    return root / "d.pptx"


def test_a_section_earns_a_divider_with_a_summary_and_three_slides(write_tree) -> None:
    deck = built(write_tree, outline(
        section("Long", 3) + section("Short", 2) + section("Plain", 3, summary=None)
        + section("Also", 3) + section("Goodbye", 3, closing_first=True), "agenda: false\n"))
    assert titles(deck) == [
        "Dividers", "Long", "Long point 1", "Long point 2", "Long point 3",
        "Short point 1", "Short point 2", "Plain point 1", "Plain point 2", "Plain point 3",
        "Also", "Also point 1", "Also point 2", "Also point 3",
        "Thank you", "Goodbye point 1", "Goodbye point 2"]
    # one section alone earning a divider gets none: a lone divider marks no structure
    lone = built(write_tree, outline(section("Long", 3) + section("Short", 2),
                                     "agenda: false\n"))
    assert "Long" not in titles(lone)


def test_the_outline_forces_dividers_per_section_and_per_deck(write_tree) -> None:
    sections = section("Long", 3, extra="divider: false") + section("Short", 1,
                                                                    extra="divider: true")
    assert titles(built(write_tree, outline(sections, "agenda: false\n"))) == [
        "Dividers", "Long point 1", "Long point 2", "Long point 3", "Short", "Short point 1"]
    every = outline(section("Long", 3, extra="divider: false") + section("Short", 1),
                    "agenda: false\ndividers: true\n")
    assert titles(built(write_tree, every)) == [
        "Dividers", "Long point 1", "Long point 2", "Long point 3", "Short", "Short point 1"]


def test_without_a_divider_the_first_slide_speaks_the_sections_script(write_tree) -> None:
    deck = built(write_tree, outline(section("Long", 3) + section("Short", 2)
                                     + section("Other", 3)))
    prs = Presentation(str(deck))
    agenda = prs.slides[1].placeholders[1].text_frame.text
    assert "Long" in agenda and "Short" in agenda  # the agenda lists every section
    first_short = next(s for s in prs.slides if s.shapes.title.text == "Short point 1")
    notes = first_short.notes_slide.notes_text_frame.text
    assert notes.index("Now we turn to short.") < notes.index("Slide 1 of short.")
    assert "Timing: about 1:30 min" in notes  # its own minute and the section's half
    guide = export(deck.parent / "d.yaml", "guide", "md", deck.parent / "guide.md")
    text = guide.read_text(encoding="utf-8")
    shown = titles(deck)
    heading = text.index(f"Slide {shown.index('Short point 1') + 1}: Short point 1")
    assert heading < text.index("Now we turn to short.", heading)  # numbered as the deck is
    assert f"Slide {shown.index('Long') + 1}: Long (section header)" in text
