"""What a slide type read of the deck's inputs while drawing or planning a slide, noted as it
read them, so that what was made from them is reused only where each is the same (see
writers.pptx_replay and plan.measure): nothing for a type to declare, nothing to forget.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

from pydantic import BaseModel


class Noted:
    """The inputs a slide type reads: the deck's fields ("deck.title"; a method it calls,
    "deck.attribution()", stands for the whole deck) and any other the reader names, each
    valued by `value` (which knows the others). While `recording`, every input read is noted
    with its value."""

    def __init__(self, deck: BaseModel, other: Callable[[str], Any] | None = None):
        self.deck = deck
        self.other = other
        self.recording: set[str] | None = None
        self._whole: str | None = None  # the deck's JSON, once a method of it was called
        self._keyed: dict[str, Hashable] = {}  # each input's value as a key's part, once

    def start(self) -> None:
        """Note every input read from now on."""
        self.recording = set()

    def stop(self) -> frozenset[str]:
        """Stop noting; return the name of each input read since start."""
        found, self.recording = frozenset(self.recording or ()), None
        return found

    def values(self, names: frozenset[str]) -> tuple[tuple[str, Hashable], ...]:
        """Return each input of `names` with its value now, in order: what was read, as a
        key's part (see same)."""
        return tuple((name, self.keyed(name)) for name in sorted(names))

    def keyed(self, name: str) -> Hashable:
        """Return input `name`'s value as a key's part (worked out once: the inputs of one
        deck do not change while it is built)."""
        found = self._keyed.get(name)
        if found is None:
            found = self._keyed[name] = hashable(self.value(name))
        return found

    def read(self, name: str) -> Any:
        """Return input `name`, noting that it was read while recording."""
        if self.recording is not None:
            self.recording.add(name)
        return self.value(name)

    def value(self, name: str) -> Any:
        """Return input `name` as it is now, noting nothing."""
        if not name.startswith("deck."):
            if self.other is None:
                raise KeyError(name)
            return self.other(name)
        if name.endswith("()"):
            if self._whole is None:
                self._whole = self.deck.model_dump_json()
            return self._whole
        return getattr(self.deck, name.removeprefix("deck."))

    def same(self, reads: tuple[tuple[str, Hashable], ...]) -> bool:
        """Return True when every input in `reads` has the value noted there now too."""
        return all(self.keyed(name) == value for name, value in reads)

    def view(self) -> Any:
        """Return the deck as a reader sees it: while recording, one that notes each field
        read; else the deck itself."""
        return self.deck if self.recording is None else _NotingDeck(self)


def hashable(value: object) -> Hashable:
    """Return `value` as a key's part: an outline's model as its JSON, a list or a mapping
    as a tuple."""
    if isinstance(value, BaseModel):
        return value.model_dump_json()
    if isinstance(value, Mapping):
        return tuple((key, hashable(item)) for key, item in value.items())
    if isinstance(value, list | tuple):
        return tuple(hashable(item) for item in value)
    return value


class _NotingDeck:
    """A deck whose every field read is noted (a method stands for the whole deck)."""

    def __init__(self, noted: Noted):
        self._noted = noted

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._noted.deck, name)
        self._noted.read(f"deck.{name}()" if callable(value) else f"deck.{name}")
        return value
