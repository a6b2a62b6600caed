"""The icons an outline may name (`icon: shield`), and the Lucide drawing each one shows.

The drawings are Lucide's (https://lucide.dev, ISC licence, kept in `theme/lucide/LICENSE`),
copied from the `lucide-static` npm package, version 1.62.0: one SVG file per icon in
`theme/lucide/`. They are drawn as native shapes (see `ooxml.icons`), never downloaded.
"""

from __future__ import annotations

from pathlib import Path

from workshop.session import Cache

LUCIDE = Path(__file__).parent / "lucide"

# Outline name -> Lucide file stem. Plain words a facilitator would guess come first; every
# Lucide name shipped is accepted as itself too.
ICONS: dict[str, str] = {
    "phone": "smartphone",
    "chat": "message-circle",
    "talk": "messages-square",
    "shield": "shield",
    "safe": "shield-check",
    "lock": "lock",
    "eye": "eye",
    "heart": "heart",
    "care": "hand-heart",
    "people": "users",
    "person": "user-round",
    "camera": "camera",
    "clock": "clock",
    "call": "phone",
    "question": "circle-help",
    "report": "flag",
    "help": "life-buoy",
    "warning": "triangle-alert",
    "speak": "megaphone",
    "search": "search",
    "home": "house",
    "stop": "ban",
    "delete": "trash-2",
    "share": "share-2",
    "ai": "sparkles",
    "image": "image",
    "takedown": "image-off",
    "guide": "book-open",
    "check": "circle-check",
    "alert": "bell",
    "law": "scale",
    "agree": "handshake",
    "mail": "mail",
    "web": "globe",
    "list": "list-checks",
    "qr": "qr-code",
    "money": "wallet",
}
PLAIN_NAMES = tuple(ICONS)
# A plain word keeps its meaning where it is also a Lucide name ("phone" is a smartphone; the
# handset is "call").
ICONS.update({stem: stem for stem in list(ICONS.values()) if stem not in ICONS})

ICON_NAMES = tuple(sorted(ICONS))


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
