"""What there is to build with, for `workshop list`: the outlines, the slide layouts and the
template variables. Kept apart from the builder so that listing imports no writer."""

from __future__ import annotations

from pathlib import Path

from workshop.errors import WorkshopError
from workshop.loader import load_yaml
from workshop.model import SLIDE_MODELS

# The names a template in an outline or notes file can use, and what each holds.
VARIABLES = {
    "organization": "the hosting organization (event.organization)",
    "presenter": "the facilitator's name (event.presenter)",
    "date": "the event date (event.date)",
    "place": "the venue (event.place)",
    "support_person": "who parents can talk to privately (event.support_person, a kit's "
                      "support_person); else 'me or tonight's support person, at any time'",
    "resources": "local resources: a list of {name, detail} (event.resources)",
    "deck": "the deck's title and subtitle: deck.title, deck.subtitle",
    "brand": "with --brand: brand.name, brand.footer, brand.contact, brand.website, "
             "brand.resources",
}


def list_decks(folder: Path) -> list[tuple[Path, str]]:
    """Return each outline under `folder` with its title, or the problem reading it."""
    found = []
    for path in sorted(folder.rglob("*.yaml")):
        try:
            data = load_yaml(path).data
        except WorkshopError as exc:
            found.append((path, f"(unreadable: {exc.diagnostics[0].message})"))
            continue
        if isinstance(data, dict) and "sections" in data:
            found.append((path, str(data.get("title", ""))))
    return found


def layout_fields() -> dict[str, list[tuple[str, bool, str]]]:
    """Return each slide layout's fields: name, whether required, and description; the
    required ones first, each group in the order the schema declares them."""
    result = {}
    for name, model in SLIDE_MODELS.items():
        fields = [(field, info.is_required(), info.description or "")
                  for field, info in model.model_fields.items() if field != "layout"]
        result[name] = sorted(fields, key=lambda field: not field[1])  # a stable sort
    return result
