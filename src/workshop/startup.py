"""The `workshop` command's entry point: the collector paused while the command and the
libraries it uses are imported (see workshop.collector)."""

from __future__ import annotations

from workshop.collector import imports_done, pause_collector_for_imports


def main() -> None:
    """Run the `workshop` command (see workshop.cli), with the collector paused for its
    imports. Returns nothing; exits with the command's exit code (130 after a Ctrl-C that
    came before the command could handle it: while it starts, say, quietly)."""
    pause_collector_for_imports()
    try:
        from workshop.cli import main as run_command

        run_command()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    finally:
        imports_done()
