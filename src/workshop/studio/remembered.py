"""The event last typed for each deck, kept in the project (`.workshop/events.json`), so that
opening a deck again, from any browser, brings back its kit, look, details and resources.

Only the form's own fields are kept, as the page's address carries them; the file is the
studio's, rewritten whole (atomically) on each update, and a file that cannot be read is
treated as empty, never as an error on the page.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from workshop.package import write_atomically

FILE = Path(".workshop", "events.json")
MAX_BYTES = 256 * 1024  # a few hundred decks' events: anything larger is not the studio's


def load(root: Path) -> dict[str, str]:
    """Return each deck's remembered event, as its page's query, by deck key."""
    path = root / FILE
    try:
        if path.is_symlink() or path.stat().st_size > MAX_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items()
            if isinstance(key, str) and isinstance(value, str)}


def remember(root: Path, deck_key: str, query: str) -> None:
    """Keep `query` as the deck's event (an empty one forgets it)."""
    events = load(root)
    if events.get(deck_key, "") == query:
        return
    if query:
        events[deck_key] = query
    else:
        events.pop(deck_key, None)
    (root / FILE).parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(events, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(root / FILE, text.encode("utf-8"))


def without_date(query: str) -> str:
    """Return a remembered event without its date: what another language's deck can take
    (a date is written in the room's language, "March 12" or "12 de marzo")."""
    return urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                      if k != "date"])


def summary(query: str) -> str:
    """Return a remembered event in a few words: its organization and date."""
    values = dict(parse_qsl(query))
    return ", ".join(v for v in (values.get("organization"), values.get("date")) if v)
