"""A section's divider: its number, title and summary (made by the compiler)."""

from __future__ import annotations

from workshop.slide_types.kind import SlideType

TYPE = SlideType("section", None, "Section", {"title": 0, "body": 1},
                 required=("title",), common_names=("Section Header",))
