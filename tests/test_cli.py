"""The command line as a user types it: exit codes, output, help with examples."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run
from conftest import REPO
from pptx import Presentation

from workshop import __version__


def test_version() -> None:
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"workshop {__version__}\n")


@pytest.mark.parametrize("command", ["build", "check", "list", "export", "preview"])
def test_help_of_each_command_shows_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"Example: workshop {command}" in result.stdout


def test_build_writes_the_default_output_and_reports_it(in_dir, tmp_path: Path) -> None:
    in_dir(REPO)
    target = tmp_path / "deck.pptx"
    result = run("build", "decks/parent-night.yaml", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    slides = len(Presentation(str(target)).slides)
    assert slides > 30 and result.stdout == f"wrote {target} ({slides} slides)\n"


def test_build_without_output_writes_under_build(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"decks/tiny.yaml": """
        title: Tiny
        sections:
          - title: One
            slides:
              - {title: Only, bullets: [a]}
    """}))
    result = run("build", "decks/tiny.yaml")
    assert result.exit_code == 0, result.stderr
    assert (root / "build" / "tiny.pptx").is_file()


def test_set_must_be_key_value() -> None:
    result = run("build", str(REPO / "decks/parent-night.yaml"), "--set", "presenter")
    assert result.exit_code == 2
    assert "--set expects key=value" in result.stderr


def test_set_defines_a_missing_variable(write_tree, in_dir, tmp_path: Path) -> None:
    root = in_dir(write_tree({"d.yaml": """
        title: For {{ school }}
        sections:
          - title: One
            slides:
              - {title: Only, bullets: [a]}
    """}))
    assert run("check", "d.yaml").exit_code == 1
    result = run("build", "d.yaml", "-o", "out.pptx", "--set", "school=Lincoln Middle")
    assert result.exit_code == 0, result.stderr
    assert Presentation(str(root / "out.pptx")).slides[0].shapes.title.text == "For Lincoln Middle"


def test_check_passes_the_shipped_deck(in_dir) -> None:
    in_dir(REPO)
    result = run("check", "decks/parent-night.yaml")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "", "decks/parent-night.yaml: ok\n")


def test_check_warns_when_minutes_stray_from_the_duration(write_tree, in_dir) -> None:
    in_dir(write_tree({"d.yaml": """
        title: Short
        duration: 20
        sections:
          - title: One
            slides:
              - {title: Only, bullets: [a], minutes: 30, discussion_minutes: 30, prompts: [Why?]}
    """}))
    result = run("check", "d.yaml")
    assert result.exit_code == 0
    assert result.stdout == ("d.yaml:2:11: warning: T301: duration: the slides' minutes add up "
                             "to 30, more than 10% away from the duration of 20\n")
    assert result.stderr == "d.yaml: 0 error(s), 1 warning(s)\n"
    assert run("check", "d.yaml", "--strict").exit_code == 1


def test_list_shows_decks_and_layout_fields(in_dir) -> None:
    in_dir(REPO)
    result = run("list")
    assert result.exit_code == 0
    assert "decks/parent-night.yaml" in result.stdout
    assert "Sextortion: What Parents Should Know" in result.stdout
    for layout in ("bullets", "comparison", "statistic", "process", "scenario", "discussion",
                   "resources", "image", "closing"):
        assert layout in result.stdout
    assert "alt*: alt text read by screen readers" in result.stdout
    assert "presenter" in result.stdout and "the facilitator's name" in result.stdout
