"""The `workshop` command's entry point: Python's cyclic garbage collector is paused while the
command and the libraries it uses are imported.

Importing typer, pydantic and python-pptx makes hundreds of thousands of objects that live as
long as the process, and the collector would scan them again and again while they are made:
a fifth of a cold build's imports. Once a command has what it needs, the collector comes back,
with the imported objects set aside for good (`gc.freeze`) so that later scans skip them.
"""

from __future__ import annotations

import gc

_paused_for_imports = False


def pause_collector_for_imports() -> None:
    """Pause the collector until `imports_done` (or the process ends). Returns nothing."""
    global _paused_for_imports
    if gc.isenabled():
        gc.disable()
        _paused_for_imports = True


def imports_done() -> None:
    """Resume the collector if `pause_collector_for_imports` paused it; otherwise (a caller
    that paused it on purpose, or no pause at all) leave it as it is. Returns nothing."""
    global _paused_for_imports
    if _paused_for_imports:
        _paused_for_imports = False
        gc.freeze()
        gc.enable()


def main() -> None:
    """Run the `workshop` command (see workshop.cli), with the collector paused for its
    imports. Returns nothing; exits with the command's exit code."""
    pause_collector_for_imports()
    try:
        from workshop.cli import main as run_command

        run_command()
    finally:
        imports_done()
