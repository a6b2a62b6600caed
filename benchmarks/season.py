"""Benchmark a season: N events (default 1,000) over the shipped kits, each a branded deck
with its handout, built by the whole `workshop` command with -j 1 and with every core, then
run again with nothing changed. Prints one table.

    .venv/bin/python benchmarks/season.py            # 1,000 events
    .venv/bin/python benchmarks/season.py --events 100
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORKSHOP = str(Path(sys.executable).with_name("workshop"))
KITS = ["example-county", "harbor-family-alliance"]


def write_events(folder: Path, count: int) -> Path:
    """Write `count` events cycling the shipped kits (copied beside the file, with their
    logos), each with its own school, date, place, presenter and two local resources."""
    for kit in KITS:
        shutil.copy(REPO / "decks" / "brands" / f"{kit}.yaml", folder)
    for logo in ("example-county-logo.png", "harbor-logo.jpg"):
        shutil.copy(REPO / "decks" / "brands" / logo, folder)
    path = folder / "season.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["school", "organization", "date", "place", "presenter", "kit",
                         "resource", "resource"])
        for n in range(1, count + 1):
            writer.writerow([f"school-{n:04d}", f"School {n}", f"May {n % 28 + 1}",
                             "Library", f"Presenter {n}", f"{KITS[n % len(KITS)]}.yaml",
                             f"Front office: (555) 010-{n % 10000:04d}",
                             "Counselor: room 12"])
    return path


def timed(command: list[str]) -> float:
    """Return the wall time of `command`, run from the repository."""
    start = time.perf_counter()
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    count = parser.parse_args().events
    cores = os.cpu_count() or 1
    rows = []
    with tempfile.TemporaryDirectory(prefix="workshop-season-") as folder:
        events = write_events(Path(folder), count)
        size = 0
        for jobs in sorted({1, cores}):
            out = Path(folder) / f"out-{jobs}"
            command = [WORKSHOP, "build", "decks/parent-night.yaml", "--events", str(events),
                       "--name", "{school}", "--with", "handout:docx", "-j", str(jobs),
                       "-o", f"{out}/"]
            seconds = timed(command)
            rows.append((f"{count} branded decks with handouts, -j {jobs}", seconds,
                         f"{count / seconds:.1f} decks/s"))
            if jobs == cores:
                size = sum(p.stat().st_size for p in out.glob("*.pptx")) // count
                again = timed(command)
                rows.append(("the same season again, nothing changed", again, ""))
    print(f"{count} events, {cores} cores, Python {sys.version.split()[0]}")
    print("| measure | seconds | rate |\n|---|---|---|")
    for name, seconds, rate in rows:
        print(f"| {name} | {seconds:.1f} | {rate} |")
    print(f"| bytes a deck | {size:,} | |")


if __name__ == "__main__":
    main()
