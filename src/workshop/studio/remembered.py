"""The events typed for each deck, kept in the project (`.workshop/events.json`), so that
opening a deck again, from any browser, brings back an event's kit, look, details and
resources; and the kit the studio last saved (`.workshop/kit.json`), the one being worked on.

A deck keeps several events (a season's evenings), the one used last first. Only the form's
own fields are kept, as the page's address carries them; the files are the studio's,
rewritten whole (atomically) on each update, and a file that cannot be read is treated as
empty, never as an error on the page.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from workshop.package import write_atomically

FILE = Path(".workshop", "events.json")
KIT_FILE = Path(".workshop", "kit.json")
MAX_BYTES = 256 * 1024  # a few hundred decks' events: anything larger is not the studio's
MAX_EVENTS = 12  # per deck: a season's evenings, with room to spare


def load(root: Path) -> dict[str, list[str]]:
    """Return each deck's remembered events, as its page's queries (the last used first), by
    deck key. A file of the studio's earlier form (one event per deck) reads as a list of one."""
    data = _read(root / FILE)
    if not isinstance(data, dict):
        return {}
    events = {}
    for key, value in data.items():
        queries = [value] if isinstance(value, str) else value
        if isinstance(key, str) and isinstance(queries, list):
            kept = [query for query in queries if isinstance(query, str) and query]
            if kept:
                events[key] = kept[:MAX_EVENTS]
    return events


def remember(root: Path, deck_key: str, query: str, replacing: str = "") -> None:
    """Keep `query` as the deck's event used last, in place of the event `replacing` (the
    one the page showed before its form was changed): a changed date or name is the same
    evening, not another. An empty query forgets the replaced event."""
    events = load(root)
    queries = [kept for kept in events.get(deck_key, []) if kept not in (query, replacing)]
    if query:
        queries.insert(0, query)
    if queries == events.get(deck_key, []):
        return
    if queries:
        events[deck_key] = queries[:MAX_EVENTS]
    else:
        events.pop(deck_key, None)
    _write(root / FILE, events)


def last_kit(root: Path) -> str:
    """Return the key of the kit the studio saved or made last, or ""."""
    data = _read(root / KIT_FILE)
    key = data.get("kit") if isinstance(data, dict) else None
    return key if isinstance(key, str) else ""


def remember_kit(root: Path, key: str) -> None:
    """Keep `key` as the kit being worked on: a deck opened afresh starts with it."""
    if last_kit(root) != key:
        _write(root / KIT_FILE, {"kit": key})


def without_date(query: str) -> str:
    """Return a remembered event without its date: what another language's deck can take
    (a date is written in the room's language, "March 12" or "12 de marzo")."""
    return urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True)
                      if k != "date"])


def summary(query: str) -> str:
    """Return a remembered event in a few words: its organization and date (or place), or
    what else it holds."""
    values = dict(parse_qsl(query))
    words = [v for v in (values.get("organization"), values.get("date") or values.get("place"))
             if v]
    return ", ".join(words) or values.get("presenter", "") or "an event without a name"


def _read(path: Path) -> object:
    """Return the JSON in `path`, or None for a file that is missing, linked, too large or
    not JSON."""
    try:
        if path.is_symlink() or path.stat().st_size > MAX_BYTES:
            return None
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(path, text.encode("utf-8"))
