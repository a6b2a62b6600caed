"""User-facing problems: diagnostics with a place in a file, and the error that carries them.

A `WorkshopError` is the only exception the command line catches and prints; anything else
reaching the user is a bug.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

# Characters a terminal acts on rather than shows: C0 and C1 controls (ESC starts the
# sequences that retitle a window or rewrite the screen), DEL, and the marks that reorder text.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """Return `text` with every control character written out as an escape (ESC as \\x1b,
    U+202E as \\u202e): how a message quoting what a user gave shows it on a terminal."""
    return CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                         else f"\\u{ord(m.group()):04x}", text)


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem found in an input file, located by line and column (both 1-based)."""

    file: str
    line: int
    col: int
    where: str
    message: str
    severity: Severity = Severity.ERROR
    code: str = ""
    slide: int | None = None  # the built slide a check finding is about

    def __str__(self) -> str:
        """Return the problem as `path:line:col: where: message` (warnings say so)."""
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        code = f"{self.code}: " if self.code else ""
        where = f"{self.where}: " if self.where else ""
        return escape_controls(
            f"{self.file}:{self.line}:{self.col}: {prefix}{code}{where}{self.message}")


def finding_line(diagnostic: Diagnostic) -> str:
    """Return a check finding as `path:line:col: severity: code: message`."""
    where = f"{diagnostic.where}: " if diagnostic.where else ""
    return escape_controls(f"{diagnostic.file}:{diagnostic.line}:{diagnostic.col}: "
                           f"{diagnostic.severity.value}: {diagnostic.code}: {where}"
                           f"{diagnostic.message}")


class LibreOfficeMissing(RuntimeError):
    """A PDF export or preview needs LibreOffice (or pdftoppm), and it is not installed."""


class WorkshopError(Exception):
    """A failure the user can fix: carries every diagnostic found, in file order."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = sorted(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))
