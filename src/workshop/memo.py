"""The memos a process keeps between builds: every cache of the build, listed in one place,
with one eviction policy and one way to forget them all.

A batch builds deck after deck from the same templates, kits, pictures and slide files, so
work done once (a template opened and branded, a picture re-encoded, a member compressed) is
kept in a memo and reused. Each memo is bounded: a memo that a new entry would take past its
limit is emptied whole and starts again (what a batch repeats comes back at once), and an
entry larger than a quarter of the limit (or the memo's own `largest`) is not kept at all.
`forget_all` empties every memo, for a caller (or a test) that wants a fresh start.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

_MEMOS: list[Memo] = []
_OTHER_CLEARS: list[Callable[[], None]] = []  # functools.lru_cache's `cache_clear`s


class Memo(dict):
    """A bounded cache: at most `limit` units held (entries, or what `size` counts)."""

    def __init__(self, name: str, limit: int,
                 size: Callable[[Hashable, Any], int] | None = None,
                 largest: int | None = None):
        super().__init__()
        self.name, self.limit, self.size, self.held = name, limit, size, 0
        self.largest = limit // 4 if largest is None else largest
        _MEMOS.append(self)

    def keep(self, key: Hashable, value: Any) -> Any:
        """Remember `value` under `key` (emptying the memo first if it is full) and return it;
        a value too large to be worth keeping is returned without being kept."""
        cost = 1 if self.size is None else self.size(key, value)
        if self.size is not None and cost > self.largest:
            return value
        if key not in self and self.held + cost > self.limit:
            self.clear()
        if key not in self:
            self.held += cost
        self[key] = value
        return value

    def clear(self) -> None:
        """Forget every entry."""
        super().clear()
        self.held = 0


def remembered(clear: Callable[[], None]) -> Callable[[], None]:
    """Register the `cache_clear` of a functools cache so that `forget_all` empties it too;
    return it."""
    _OTHER_CLEARS.append(clear)
    return clear


def memos() -> list[Memo]:
    """Return every memo of the process, in the order they were made."""
    return list(_MEMOS)


def forget_all() -> None:
    """Empty every memo and registered functools cache of the process."""
    for memo in _MEMOS:
        memo.clear()
    for clear in _OTHER_CLEARS:
        clear()
