"""Running the `workshop` command in-process, the way a user types it."""

from __future__ import annotations

from dataclasses import dataclass

from typer.testing import CliRunner

from workshop.cli import app


@dataclass(frozen=True)
class Result:
    exit_code: int
    stdout: str
    stderr: str


def run(*args: str) -> Result:
    """Return the exit code, standard output and standard error of `workshop ARGS`."""
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)
