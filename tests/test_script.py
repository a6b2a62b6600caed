"""The speaker script: notes on every slide, the timing check, the support person, care in the
wording, US spelling and typographer's quotes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_runner import run
from conftest import REPO
from pptx import Presentation

from workshop.build import build, check, export
from workshop.typography import curly_quotes

FULL = REPO / "decks" / "parent-night.yaml"
SHORT = REPO / "decks" / "parent-night-short.yaml"
SPANISH = REPO / "decks" / "es" / "noche-de-padres.yaml"

# An author's deck: every slide has a script, one slide plans far more time than it scripts.
UNDER_SCRIPTED = """
    title: An author's deck
    duration: 12
    title_slide:
      notes: Welcome, everyone. {words}
      minutes: 1
    agenda: false
    sections:
      - title: Part one
        notes: Here is where we start. {words}
        minutes: 1
        slides:
          - title: Talking at home
            bullets: [Ask often, Listen first]
            notes: Talk often and listen before you speak.
            prompts: [What works in your home?]
            minutes: 6
          - title: Reporting
            bullets: [The platform, The CyberTipline]
            notes: "{words} {words} {words}"
            minutes: 4
"""
WORDS = " ".join(["word"] * 100)  # under a minute read aloud


def under_scripted(write_tree) -> Path:
    return write_tree({"d.yaml": UNDER_SCRIPTED.replace("{words}", WORDS)}) / "d.yaml"


def notes_of(path: Path) -> list[str]:
    return [s.notes_slide.notes_text_frame.text if s.has_notes_slide else ""
            for s in Presentation(str(path)).slides]


def texts_of(path: Path, number: int) -> str:
    """Return a slide's text as a reader sees it: no-break spaces as spaces."""
    slide = Presentation(str(path)).slides[number - 1]
    return "\n".join(s.text_frame.text for s in slide.shapes
                     if s.has_text_frame).replace("\u00a0", " ")


# -- notes on every slide ------------------------------------------------------------------------

def test_title_section_and_closing_slides_carry_their_scripts(tmp_path: Path) -> None:
    output = tmp_path / "full.pptx"
    build(FULL, output)
    notes = notes_of(output)
    assert all(notes), [n for n, text in enumerate(notes, start=1) if not text]
    assert "the content" in notes[0] and "988" in notes[0]  # the title slide's advisory
    assert notes[1].startswith("Here\u2019s tonight\u2019s plan.")  # the agenda
    # the welcome opens without a header: its transition leads the first slide's notes
    assert notes[2].startswith("Let’s begin with how we’ll spend this time together.")
    sections = [n for n, s in enumerate(Presentation(str(output)).slides)
                if s.slide_layout.name == "Section"]
    # each header's own: half a minute, or three quarters after the hard numbers
    assert all(re.search(r"Timing: about 0:(30|45) min", notes[n]) for n in sections)
    assert "Thank you for spending your evening" in notes[-1]


def test_spanish_notes_give_a_slides_time_in_minutes_and_seconds(tmp_path: Path) -> None:
    output = tmp_path / "es.pptx"
    build(SPANISH, output)
    notes = notes_of(output)
    assert "Tiempo: aprox. 1 min 15 s" in notes[0]  # the title slide plans 1.25 minutes
    assert not any(re.search(r"aprox\. \d+\.\d", text) for text in notes)  # no "1.5 min"
    sections = [n for n, s in enumerate(Presentation(str(output)).slides)
                if s.slide_layout.name == "Section"]
    assert all(re.search(r"Tiempo: aprox\. (30|45) s", notes[n]) for n in sections)


def test_the_timing_check_names_the_slide_its_minutes_and_the_estimate(write_tree,
                                                                        in_dir) -> None:
    in_dir(under_scripted(write_tree).parent)
    result = run("check", "d.yaml")
    assert result.exit_code == 0  # warnings only
    assert result.stdout.splitlines() == [
        "d.yaml:2:11: warning: T303: duration: the script read at 120 words a minute and the "
        "planned discussion add up to about 4 min, more than 15% away from the duration of 12",
        "d.yaml:16:18: warning: T302: sections[0].slides[0].minutes: slide 2: 'Talking at "
        "home' plans 6 min, but its script reads in about 0.1 min (7 words at 120 a minute) "
        "plus 0 min of discussion: write more script, plan discussion time, or plan fewer "
        "minutes",
        "d.yaml:20:18: warning: T304: sections[0].slides[1].minutes: slide 3: 'Reporting' plans "
        "4 min with no prompt or activity: give the room a question (prompts) or something to "
        "do (discussion_minutes)",
        "d.yaml:20:18: warning: T302: sections[0].slides[1].minutes: slide 3: 'Reporting' plans "
        "4 min, but its script reads in about 2.5 min (300 words at 120 a minute) plus 0 min of "
        "discussion: write more script, plan discussion time, or plan fewer minutes",
    ]


def test_a_deck_whose_script_and_discussion_fill_its_minutes_passes(write_tree,
                                                                     in_dir) -> None:
    deck = under_scripted(write_tree)
    deck.write_text(deck.read_text()
                    .replace("minutes: 6", "minutes: 6\n        discussion_minutes: 6")
                    .replace("minutes: 4", "minutes: 3\n        discussion_minutes: 0.5"))
    in_dir(deck.parent)
    assert [str(f) for f in check(Path("d.yaml"))] == []


def test_directions_to_the_facilitator_are_not_counted_as_script(write_tree, in_dir) -> None:
    deck = under_scripted(write_tree)
    text = deck.read_text().replace(f'"{WORDS} {WORDS} {WORDS}"', f'"[{WORDS}]"')
    deck.write_text(text.replace("minutes: 6", "minutes: 6\n        discussion_minutes: 6"))
    in_dir(deck.parent)
    findings = [f for f in check(Path("d.yaml")) if f.code == "T302"]
    assert [f.message.split(":")[1].strip() for f in findings] == [
        "'Reporting' plans 4 min, but its script reads in about 0.0 min (0 words at 120 a "
        "minute) plus 0 min of discussion"]


@pytest.mark.parametrize("deck", [FULL, SHORT, SPANISH], ids=lambda d: d.stem)
def test_the_shipped_decks_have_no_timing_warning(deck: Path) -> None:
    assert [f for f in check(deck) if f.code.startswith("T")] == []


# -- the support person --------------------------------------------------------------------------

@pytest.mark.parametrize(("deck", "given", "fallback"), [
    (FULL, "To talk privately: Ms. Lee, school counselor",
     "To talk privately: me or tonight’s support person, at any time"),
    (SPANISH, "Para hablar en privado: Ms. Lee, school counselor",
     "Para hablar en privado: conmigo o con la persona de apoyo, en cualquier momento"),
])
def test_the_support_person_is_a_variable_with_a_fallback(deck: Path, given: str,
                                                          fallback: str, tmp_path: Path) -> None:
    named, unnamed = tmp_path / "named.pptx", tmp_path / "unnamed.pptx"
    build(deck, named, {"support_person": "Ms. Lee, school counselor"})
    build(deck, unnamed)
    assert given in texts_of(named, 3)
    assert fallback in texts_of(unnamed, 3)
    assert "Ms. Lee, school counselor" in notes_of(named)[2]
    assert "Ms. Lee" not in notes_of(unnamed)[2]


def test_a_kit_can_name_the_support_person(write_tree, tmp_path: Path) -> None:
    kit = (REPO / "decks" / "brands" / "example-county.yaml").read_text(encoding="utf-8")
    folder = write_tree({"kit.yaml": kit + "support_person: Mr. Diaz, family liaison\n",
                         "example-county-logo.png":
                             (REPO / "decks" / "brands" / "example-county-logo.png").read_bytes()})
    output = tmp_path / "kit.pptx"
    build(SHORT, output, brand_path=folder / "kit.yaml")
    assert "To talk privately: Mr. Diaz, family liaison" in texts_of(output, 2)
    guide = export(SHORT, "guide", "md", tmp_path / "guide.md", folder / "kit.yaml")
    assert "Support person present tonight: Mr. Diaz, family liaison" in guide.read_text()


# -- care and spelling ----------------------------------------------------------------------------

DECK_HEAD = "title: T\nsections:\n  - title: S\n    slides:\n"


@pytest.mark.parametrize(("bullet", "code"), [
    ("What is said here stays in this room", "C404"),
    ("She shared willingly, so", "C401"),
    ("Being pressured is not OK either", "C401"),
    ("It is not a crime that justifies blackmail", "C401"),
    ("Ask the school counsellor", "C405"),
])
def test_wording_that_promises_secrecy_blames_or_is_british_is_flagged(
        bullet: str, code: str, write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": DECK_HEAD + f"      - {{title: A, bullets: [{bullet}]}}\n"}))
    assert [f.code for f in check(Path("d.yaml"))] == [code]


@pytest.mark.parametrize("bullet", ["This is not your fault", "It was never their own fault",
                                    "What is shared stays private unless a child is at risk"])
def test_denying_blame_and_promising_privacy_with_its_limit_are_fine(bullet: str, write_tree,
                                                                     in_dir) -> None:
    in_dir(write_tree({"d.yaml": DECK_HEAD + f"      - {{title: A, bullets: [{bullet}]}}\n"}))
    assert check(Path("d.yaml")) == []


def test_a_date_in_another_language_than_the_decks_is_flagged_where_it_is_written(
        write_tree, in_dir) -> None:
    """A date copied from an English deck's event into a Spanish one is said at its line;
    a date in the deck's own language, or with no names in it, is fine."""
    head = "title: T\nlanguage: es\nevent:\n  organization: Escuela\n  date: {}\n"
    for date, found in (("Thursday, March 12", True), ("jueves 12 de marzo", False),
                        ("12/03/2027", False)):
        in_dir(write_tree({"d.yaml": head.format(date) + DECK_HEAD[len("title: T\n"):]
                           + "      - {title: A, bullets: [b]}\n"}))
        findings = [f for f in check(Path("d.yaml")) if f.code == "C407"]
        assert [(f.line, f.message) for f in findings] == ([(5, (
            "the event's date 'Thursday, March 12' is written in English, but the deck is "
            "in Spanish: write it as the room reads it, e.g. 'jueves 12 de marzo'"))]
            if found else []), date
    in_dir(write_tree({"d.yaml": "title: T\nevent: {date: 4 de mayo}\n" + DECK_HEAD[9:]
                       + "      - {title: A, bullets: [b]}\n"}))
    assert [f.code for f in check(Path("d.yaml"))] == ["C407"]  # and the other way round


def test_988_beside_suicide_counts_within_the_same_question_and_answer(write_tree,
                                                                        in_dir) -> None:
    reference = ("reference:\n  questions:\n    - question: What if my child talks about "
                 "suicide?\n      answer: Stay with them and call or text 988.\n")
    in_dir(write_tree({"d.yaml": DECK_HEAD + "      - {title: A, bullets: [b]}\n" + reference}))
    assert check(Path("d.yaml")) == []


# -- typographer's quotes -------------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "printed"), [
    ('Say "someone I know" instead', "Say \u201csomeone I know\u201d instead"),
    ("Don't forward it; it's the parents' call", "Don\u2019t forward it; it\u2019s the "
                                                 "parents\u2019 call"),
    ("A 'what-if' question ('90s style)", "A \u2018what-if\u2019 question (\u201990s style)"),
    ('("Thank you.")', "(\u201cThank you.\u201d)"),
    ("No quotes at all", "No quotes at all"),
])
def test_straight_quotes_become_curly(typed: str, printed: str) -> None:
    assert curly_quotes(typed) == printed


def test_slides_notes_and_guide_print_curly_quotes(tmp_path: Path) -> None:
    output = tmp_path / "full.pptx"
    build(FULL, output)
    rules = texts_of(output, 4)
    assert "No names: say \u201csomeone I know\u201d instead" in rules
    shown = [texts_of(output, n) for n in range(1, len(notes_of(output)) + 1)]
    first_words = next(text for text in shown if text.startswith("Your first words"))
    # quote cards: the words under a typographer's opening mark
    assert "Let\u2019s get help before we do anything else." in first_words
    assert first_words.count("\u201c") == 4
    every = "\n".join(notes_of(output)) + "\n".join(
        texts_of(output, n) for n in range(1, len(notes_of(output)) + 1))
    assert "'" not in every and '"' not in every
    guide = export(SPANISH, "guide", "md", tmp_path / "guia.md").read_text(encoding="utf-8")
    assert "\u201calguien que conozco\u201d" in guide
    for deck in (FULL, SPANISH):  # the shipped handout text too, in every export
        for kind, fmt in (("handout", "html"), ("guide", "html")):
            page = export(deck, kind, fmt, tmp_path / f"{kind}.{fmt}").read_text("utf-8")
            shown = re.sub(r"<[^>]*>", "", page.split("<body", 1)[1])
            assert "\u201c" in shown and '"' not in shown and "'" not in shown, (deck, kind)
