"""Every bad outline in tests/fixtures/bad gets its exact diagnostics, exit code 1, no output."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run
from conftest import FIXTURES

BAD = FIXTURES / "bad"
CASES = sorted(p.stem for p in BAD.glob("*.yaml"))


@pytest.mark.parametrize("case", CASES)
def test_check_reports_exactly_the_expected_problems(case: str, in_dir) -> None:
    in_dir(BAD)
    result = run("check", f"{case}.yaml")
    assert result.exit_code == 1
    assert result.stderr == (BAD / f"{case}.expected").read_text(encoding="utf-8")
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
