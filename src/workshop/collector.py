"""The command's garbage-collector tuning: the one place that touches Python's cyclic
collector, used only by the command's entry point (startup) and its commands (cli).

Importing typer, pydantic and python-pptx makes hundreds of thousands of objects that live as
long as the process, and the collector would scan them again and again while they are made:
a fifth of a cold build's imports. A build, too, makes a great many objects that live until it
ends (XML elements, parts, models), and the collector scanning them made each slide cost more
than the last. So the collector is paused while the command imports, and while each job (a
build, a check, an export, one deck of a batch) runs; once a command has what it needs, the
imported objects are set aside for good (`gc.freeze`) so that later scans skip them, and what
a job leaves behind is collected when the collector runs again. Library calls
(workshop.build) never touch the collector.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

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


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector while one job runs, the command's imports set aside first; a
    collector a caller turned off on purpose stays off."""
    imports_done()
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
