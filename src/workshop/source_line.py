"""A slide's source line, kept to one line at the foot of the slide (design system, section 7).

A source never wraps and never breaks inside a name. When the whole list is too long for the
room the bottom row leaves it, it is shortened a step at a time, each step kept only if the
one before did not fit:

1. web addresses dropped from an item that names its publisher too ("NCMEC, missingkids.org"
   becomes "NCMEC");
2. items of one publisher merged ("NCMEC, 2023" and "NCMEC, 2025" become "NCMEC, 2023, 2025");
3. the first item kept, the rest counted ("NCMEC, 2023 + 2 more (see the guide)"): every
   source of every slide is listed in the facilitator guide.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ADDRESS = re.compile(r"^(?:https?://)?[\w.-]+\.(?:org|gov|com|net|edu|us|info)(?:/\S*)?$",
                      re.IGNORECASE)
_YEARS = re.compile(r"^(?P<publisher>.+?),\s*(?P<years>\d{4}(?:[–-]\d{4})?)$")


def source_line(items: list[str], fits: Callable[[str], bool],
                more: Callable[[int], str]) -> str | None:
    """Return the text of `items` (the slide's sources, in order) joined by "; " in the
    first form that `fits` one line: whole, then without addresses, then merged by
    publisher, then the first item and `more(n)` for the n left out. Return None when not
    even the first item fits."""
    tries = [items, without_addresses(items)]
    tries.append(merged_by_publisher(tries[-1]))
    for candidate in tries:
        text = "; ".join(candidate)
        if fits(text):
            return text
    shortest = tries[-1]
    first = f"{shortest[0]} {more(len(shortest) - 1)}" if len(shortest) > 1 else shortest[0]
    return first if fits(first) else None


def without_addresses(items: list[str]) -> list[str]:
    """Return `items` with each web address dropped from an item that names more than it."""
    shortened = []
    for item in items:
        parts = [part.strip() for part in item.split(",")]
        kept = [part for part in parts if not _ADDRESS.match(part)]
        shortened.append(", ".join(kept) if kept else item)
    return _unique(shortened)


def merged_by_publisher(items: list[str]) -> list[str]:
    """Return `items` with those of the form "Publisher, year" merged per publisher, in the
    place of the first: "NCMEC, 2023; NCMEC, 2025" becomes "NCMEC, 2023, 2025"."""
    merged: list[tuple[str, bool]] = []  # an item, and whether it is a publisher's place
    years: dict[str, list[str]] = {}
    for item in items:
        found = _YEARS.match(item)
        if found is None:
            merged.append((item, False))
            continue
        publisher = found["publisher"]
        if publisher not in years:
            years[publisher] = []
            merged.append((publisher, True))  # its years are filled in below
        if found["years"] not in years[publisher]:
            years[publisher].append(found["years"])
    return _unique([f"{item}, {', '.join(years[item])}" if dated else item
                    for item, dated in merged])


def _unique(items: list[str]) -> list[str]:
    """Return `items` without repeats, in order."""
    return list(dict.fromkeys(items))
