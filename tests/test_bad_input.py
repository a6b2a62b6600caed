"""Every bad outline in tests/fixtures/bad gets its exact diagnostics, exit code 1, no output."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run
from conftest import FIXTURES

from workshop.slide_types.registry import TYPES

BAD = FIXTURES / "bad"
CASES = sorted(p.stem for p in BAD.glob("*.yaml"))
# The expected messages name the outline's layouts as the registry lists them (a new type
# joins the list): "{outline_layouts}" in an .expected file stands for that list.
OUTLINE_LAYOUTS = ", ".join(f"'{kind.key}'" for kind in TYPES if kind.model is not None)


def expected(case: str) -> str:
    """Return what `check` says of the bad outline `case`, as its .expected file gives it."""
    text = (BAD / f"{case}.expected").read_text(encoding="utf-8")
    return text.replace("{outline_layouts}", OUTLINE_LAYOUTS)


@pytest.mark.parametrize("case", CASES)
def test_check_reports_exactly_the_expected_problems(case: str, in_dir) -> None:
    in_dir(BAD)
    result = run("check", f"{case}.yaml")
    assert result.exit_code == 1
    assert result.stderr == expected(case)
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("case", CASES)
def test_build_of_bad_input_leaves_an_existing_output_untouched(
    case: str, in_dir, tmp_path: Path
) -> None:
    in_dir(BAD)
    output = tmp_path / "deck.pptx"
    output.write_bytes(b"the previous good deck")
    result = run("build", f"{case}.yaml", "-o", str(output))
    assert result.exit_code == 1
    assert "nothing written" in result.stderr
    assert output.read_bytes() == b"the previous good deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_every_problem_of_a_file_is_reported_in_one_run() -> None:
    expected = (BAD / "undefined-variable.expected").read_text(encoding="utf-8").splitlines()
    assert len(expected) == 5  # four problems in two files, and the count
    assert expected[-1] == "4 problem(s) in undefined-variable.yaml"


def test_a_mistyped_key_is_matched_against_the_keys_of_its_own_place(write_tree,
                                                                     in_dir) -> None:
    """A slide's `bulets` is a `bullets`; a slide's `question` (a key of the reference's
    questions, not of a slide) gets no hint rather than itself; a kit's `colours` is its
    `colors`."""
    in_dir(write_tree({
        "d.yaml": "title: T\nsections:\n  - title: S\n    slides:\n"
                  "      - {title: A, bulets: [a]}\n      - {title: B, question: Why?}\n",
        "k.yaml": 'name: N\ncolours: {primary: "#000000"}\n',
        "speaker_notes/.keep": ""}))
    deck = run("check", "d.yaml").stderr
    assert "d.yaml:5:20: sections[0].slides[0]: unknown key 'bulets' (did you mean " \
           "'bullets'?)" in deck
    assert "d.yaml:6:20: sections[0].slides[1]: unknown key 'question'\n" in deck
    kit = run("check", "d.yaml", "--brand", "k.yaml").stderr
    assert "k.yaml:2:1: unknown key 'colours' (did you mean 'colors'?)" in kit
