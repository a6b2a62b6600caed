"""What the speed layer under python-pptx earns: a build with our zip writer (each member
compressed once a build session) against the same build zipped by our writer compressing
every member anew, and by `zipfile`; cold (a fresh session per build) and warm (one session
across builds, as a season's worker or the studio keeps). The headers alone save little;
what earns the writer its place is the memo of compressed members, which `zipfile` cannot
take (it compresses what it is given). A part of the layer stays only where it saves at
least a tenth of a build.

    .venv/bin/python benchmarks/speed_layer.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from workshop import package
from workshop.build import compile_deck
from workshop.session import BuildSession
from workshop.writers import pptx_deck

REPO = Path(__file__).resolve().parent.parent
DECK = REPO / "decks" / "parent-night.yaml"
KIT = REPO / "decks" / "brands" / "example-county.yaml"
RUNS = 15


def median_ms(build, runs: int = RUNS) -> float:
    """Return the median time of `build()`, in ms."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def cold() -> None:
    with BuildSession():
        compile_deck(DECK, brand_path=KIT)


def _ours_without_memo(entries) -> bytes:
    """Zip `entries` with our writer, compressing every member anew."""
    remembered = package._deflated_once
    package._deflated_once = package._deflated
    try:
        return package.write_zip(entries)
    finally:
        package._deflated_once = remembered


WRITERS = {"ours": package.write_zip, "ours, no memo": _ours_without_memo,
           "zipfile": package._write_zip_with_zipfile}


def measure() -> dict[str, float]:
    """Return the median build times, cold and warm, with each zip writer."""
    found = {}
    ours = pptx_deck.write_zip
    for name, writer in WRITERS.items():
        pptx_deck.write_zip = writer  # the name the deck writer zips with
        try:
            found[f"cold, {name}"] = median_ms(cold, 5)
            with BuildSession():
                compile_deck(DECK, brand_path=KIT)  # warm the session
                found[f"warm, {name}"] = median_ms(lambda: compile_deck(DECK, brand_path=KIT))
        finally:
            pptx_deck.write_zip = ours
    return found


def main() -> None:
    found = measure()
    print("| build of the full deck with a kit | our zip writer | ours, no memo | zipfile "
          "| saved against zipfile |")
    print("|---|---|---|---|---|")
    for kind in ("cold", "warm"):
        ours, bare, theirs = (found[f"{kind}, {name}"] for name in WRITERS)
        print(f"| {kind} | {ours:.1f} ms | {bare:.1f} ms | {theirs:.1f} ms "
              f"| {(theirs - ours) / theirs:.1%} |")


if __name__ == "__main__":
    main()
