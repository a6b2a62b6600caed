"""The Lucide drawing each icon an outline may name (see `icon_names`) shows.

The drawings are Lucide's (https://lucide.dev, ISC licence, kept in `theme/lucide/LICENSE`),
copied from the `lucide-static` npm package, version 1.62.0: one SVG file per icon in
`theme/lucide/`. They are drawn as native shapes (see `ooxml.icons`), never downloaded.
"""

from __future__ import annotations

from pathlib import Path

from workshop.icon_names import ICONS
from workshop.session import Cache

LUCIDE = Path(__file__).parent / "lucide"


def icon_file(name: str) -> Path:
    """Return the SVG file of the icon an outline calls `name`."""
    return LUCIDE / f"{ICONS[name]}.svg"


def icon_svg(name: str) -> bytes:
    """Return the SVG drawing of the icon an outline calls `name` (the package's own file,
    read once a session)."""
    return _svg(name)


def _read_svg(name: str) -> bytes:
    return icon_file(name).read_bytes()


_svg = Cache("icon files by name", 64).remembered(_read_svg)
