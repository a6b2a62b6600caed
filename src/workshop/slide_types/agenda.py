"""The agenda: the deck's parts, numbered (made by the compiler)."""

from __future__ import annotations

from workshop.slide_types.kind import SlideType
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row, title_placeholder

LAYOUT = Layout("Agenda", [
    title_placeholder(),
    Ph("body", 1, g.AGENDA_BODY, "Agenda", "Agenda items", 2400),
    *footer_row(),
])


TYPE = SlideType("agenda", None, LAYOUT, {"title": 0, "body": 1},
                 required=("title", "body"), common_names=("Title and Content",))
