"""What the speed layer under python-pptx earns: a build with our zip writer (each member
compressed once a build session) against the same build zipped by `zipfile`, cold (a fresh
session per build) and warm (one session across builds, as a season's worker or the studio
keeps). A part of the layer stays only where it saves at least a tenth of a build.

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


def measure() -> dict[str, float]:
    """Return the median build times, cold and warm, with each zip writer."""
    found = {}
    ours = pptx_deck.write_zip
    for name, writer in (("ours", ours), ("zipfile", package._write_zip_with_zipfile)):
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
    print("| build of the full deck with a kit | our zip writer | zipfile | saved |")
    print("|---|---|---|---|")
    for kind in ("cold", "warm"):
        ours, theirs = found[f"{kind}, ours"], found[f"{kind}, zipfile"]
        print(f"| {kind} | {ours:.1f} ms | {theirs:.1f} ms | {(theirs - ours) / theirs:.1%} |")


if __name__ == "__main__":
    main()
