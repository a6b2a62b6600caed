"""workshop: YAML deck outlines to parent-night PowerPoint decks."""

__version__ = "0.1.0"
