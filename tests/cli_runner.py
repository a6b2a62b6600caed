"""Running the `workshop` command in-process, the way a user types it."""

from __future__ import annotations

from dataclasses import dataclass

from typer.testing import CliRunner

from workshop.cli import app, expand_repeated_options


@dataclass(frozen=True)
class Result:
    exit_code: int
    stdout: str
    stderr: str


def run(*args: str) -> Result:
    """Return the exit code, standard output and standard error of `workshop ARGS`.

    Arguments go through the same rewriting as `workshop` itself (see cli.main).
    """
    result = CliRunner().invoke(app, expand_repeated_options(list(args)),
                               catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)
