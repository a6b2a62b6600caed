"""The caches of a build, owned by one object: a BuildSession.

A batch builds deck after deck from the same templates, kits, pictures and slide files, so
work done once (a template opened and branded, a picture re-encoded, a member compressed, a
word measured) is worth keeping. A module declares what it keeps as a `Cache` (a name and a
bound); the entries live in the session that is active while the module's code runs. A
single build makes a session of its own; a batch, a long-running service or a test keeps one
across its builds with `with session:`. Outside any session a cache keeps nothing, so a
library call gives the same result, only without reuse.

Every session holds at most one bounded `Memo` per declared cache, with one eviction rule: a
memo that a new entry would take past its bound is emptied whole and starts again (what a
batch repeats comes back at once), and an entry larger than a quarter of the bound (or the
cache's own `largest`) is not kept at all. `BuildSession.clear` empties them all.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterator
from contextvars import ContextVar, Token
from typing import Any, ParamSpec, TypeVar

_ACTIVE: ContextVar[BuildSession | None] = ContextVar("workshop_build_session", default=None)
_DECLARED: list[Cache] = []
_MISSING = object()
P = ParamSpec("P")
R = TypeVar("R")


class Memo(dict):
    """A bounded store: at most `limit` units held (entries, or what `size` counts)."""

    def __init__(self, name: str, limit: int,
                 size: Callable[[Hashable, Any], int] | None = None,
                 largest: int | None = None):
        super().__init__()
        self.name, self.limit, self.size, self.held = name, limit, size, 0
        self.largest = limit // 4 if largest is None else largest

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


class Cache:
    """What a module keeps between calls: a name and a bound, declared once at import. The
    entries live in the active session's memo for this cache; with no session active, a
    look-up always misses and `keep` keeps nothing."""

    def __init__(self, name: str, limit: int,
                 size: Callable[[Hashable, Any], int] | None = None,
                 largest: int | None = None):
        self.name, self.limit, self.size, self.largest = name, limit, size, largest
        _DECLARED.append(self)

    def _memo(self) -> Memo | None:
        session = _ACTIVE.get()
        return None if session is None else session.memo(self)

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value kept under `key` in the active session, else `default`."""
        memo = self._memo()
        return default if memo is None else memo.get(key, default)

    def keep(self, key: Hashable, value: Any) -> Any:
        """Keep `value` under `key` in the active session (if any); return `value`."""
        memo = self._memo()
        return value if memo is None else memo.keep(key, value)

    def __contains__(self, key: Hashable) -> bool:
        return self.get(key, _MISSING) is not _MISSING

    def __getitem__(self, key: Hashable) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def remembered(self, compute: Callable[..., Any]) -> Callable[..., Any]:
        """Return `compute` with its results kept in this cache by its (hashable) arguments."""
        def cached(*args: Hashable) -> Any:
            value = self.get(args, _MISSING)
            return self.keep(args, compute(*args)) if value is _MISSING else value

        cached.__doc__, cached.__name__ = compute.__doc__, compute.__name__
        return cached


def declared() -> list[Cache]:
    """Return every cache the imported modules declare, in the order they were declared."""
    return list(_DECLARED)


class BuildSession:
    """The caches of one build, or of every build of a batch: one memo per declared cache,
    made on first use. Activate it with `with session:` around the builds it serves."""

    def __init__(self) -> None:
        self._memos: dict[Cache, Memo] = {}
        self._tokens: list[Token] = []

    def memo(self, cache: Cache) -> Memo:
        """Return this session's memo for `cache`, made empty on first use."""
        memo = self._memos.get(cache)
        if memo is None:
            memo = self._memos[cache] = Memo(cache.name, cache.limit, cache.size, cache.largest)
        return memo

    def memos(self) -> list[Memo]:
        """Return this session's memos, one per cache used so far."""
        return list(self._memos.values())

    def clear(self) -> None:
        """Empty every memo of this session."""
        for memo in self._memos.values():
            memo.clear()

    def __enter__(self) -> BuildSession:
        self._tokens.append(_ACTIVE.set(self))
        return self

    def __exit__(self, *exc_info: object) -> None:
        _ACTIVE.reset(self._tokens.pop())


def active() -> BuildSession | None:
    """Return the session active here, or None."""
    return _ACTIVE.get()


@contextlib.contextmanager
def session_for_call() -> Iterator[BuildSession]:
    """Yield the active session, or a fresh one active for the call's duration: what a
    single build runs in when its caller keeps none."""
    session = _ACTIVE.get()
    if session is not None:
        yield session
        return
    with BuildSession() as fresh:
        yield fresh


def in_session(function: Callable[P, R]) -> Callable[P, R]:
    """Return `function` run in the active session, or in a fresh one of its own."""
    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with session_for_call():
            return function(*args, **kwargs)

    return run
