"""The agenda: the deck's parts, numbered (made by the compiler)."""

from __future__ import annotations

from workshop.slide_types.kind import SlideType

TYPE = SlideType("agenda", None, "Agenda", {"title": 0, "body": 1},
                 required=("title", "body"), common_names=("Title and Content",))
