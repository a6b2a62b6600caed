"""The icons an outline may name (`icon: shield`): each name and the Lucide drawing it
stands for, by file stem. A part of the outline's vocabulary, which the model checks names
against; the drawings themselves are the theme's (`theme.icons`).
"""

from __future__ import annotations

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
