"""Our layout keys, and the roles (title, body, prompt, left, right, figure, ...) each
layout's parts play: the default template's placeholder for each role, the roles another
template's layout must offer, and the layout names PowerPoint's own templates use. Plain
tables, read without opening a template (see `theme.layouts` for that).
"""

from __future__ import annotations

# Our layout keys and the default template's layout names.
LAYOUT_NAMES = {
    "title": "Title", "agenda": "Agenda", "section": "Section", "bullets": "Bullets",
    "comparison": "Comparison", "statistic": "Statistic", "process": "Process",
    "scenario": "Scenario", "discussion": "Discussion", "resources": "Resources",
    "image": "Image", "closing": "Closing",
}

# Where each role sits on the default template's layouts (placeholder idx).
DEFAULT_ROLES: dict[str, dict[str, int]] = {
    "title": {"title": 0, "subtitle": 1, "event": 10},
    "agenda": {"title": 0, "body": 1},
    "section": {"title": 0, "body": 1},
    "bullets": {"title": 0, "body": 1, "prompt": 13},
    "comparison": {"title": 0, "left_heading": 1, "left": 2, "right_heading": 3, "right": 4,
                   "prompt": 13},
    "statistic": {"title": 0, "figure": 1, "caption": 2, "prompt": 13},
    "process": {"title": 0, "prompt": 13},
    "scenario": {"title": 0, "setup": 1, "prompt": 13},
    "discussion": {"title": 0, "body": 1},
    "resources": {"title": 0, "body": 1, "prompt": 13},
    "image": {"title": 0, "picture": 1, "caption": 2, "prompt": 13},
    "closing": {"title": 0, "body": 1},
}

# Roles a layout of another template must offer; the rest have fallbacks in the writer.
REQUIRED_ROLES: dict[str, tuple[str, ...]] = {
    "title": ("title", "subtitle"), "agenda": ("title", "body"), "section": ("title",),
    "bullets": ("title", "body"), "comparison": ("title", "left", "right"),
    "statistic": ("title", "figure"), "process": ("title",), "scenario": ("title",),
    "discussion": ("title", "body"), "resources": ("title", "body"),
    "image": ("title", "picture"), "closing": ("title",),
}

# Layout names PowerPoint's own templates use, tried when a kit maps nothing.
COMMON_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("Title Slide",), "agenda": ("Title and Content",),
    "section": ("Section Header",), "bullets": ("Title and Content",),
    "comparison": ("Comparison", "Two Content"), "statistic": ("Two Content", "Comparison"),
    "process": ("Title Only",), "scenario": ("Title Only",),
    "discussion": ("Title and Content",), "resources": ("Title and Content",),
    "image": ("Picture with Caption",), "closing": ("Title Slide", "Title and Content"),
}

# Our layouts that show prompts in a band at the bottom of the slide.
BANDED = {"bullets", "comparison", "statistic", "process", "scenario", "resources", "image"}
