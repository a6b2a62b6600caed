"""The title slide: the deck's title, its subtitle and the event (made by the compiler)."""

from __future__ import annotations

from workshop.slide_types.kind import SlideType

TYPE = SlideType("title", None, "Title", {"title": 0, "subtitle": 1, "event": 10},
                 required=("title", "subtitle"), common_names=("Title Slide",))
