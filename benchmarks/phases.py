"""Where a build's time goes: the phases of one in-process build, then cProfile's busiest
functions. The before-and-after profile in docs/performance.md comes from this script.

    .venv/bin/python benchmarks/phases.py            # a 1,000-slide outline
    .venv/bin/python benchmarks/phases.py 200 --top 25
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from outlines import write_outline  # noqa: E402


def phase_times(outline: Path, runs: int) -> dict[str, float]:
    """Return the median seconds of each phase of building `outline` (garbage collector paused,
    as the command pauses it for each job)."""
    from workshop import package
    from workshop.checks.run import run_checks
    from workshop.plan.stage import plan_deck
    from workshop.prepare import prepare
    from workshop.session import BuildSession
    from workshop.writers import pptx_deck

    times: dict[str, list[float]] = {}
    for _ in range(runs):
        gc.disable()
        # A session of its own, as `workshop build` opens for each deck: outside one, nothing
        # is kept, not even the fonts found (each measurement would ask fontconfig again).
        try:
            with BuildSession():
                start = time.perf_counter()
                prepared = prepare(outline)
                prepared_at = time.perf_counter()
                planned = plan_deck(prepared)
                planned_at = time.perf_counter()
                written = pptx_deck.write_pptx(prepared, planned)
                written_at = time.perf_counter()
                package.write_zip(written.entries.items())
                zipped_at = time.perf_counter()
                run_checks(prepared, planned.slides, written)
                checked_at = time.perf_counter()
        finally:
            gc.enable()
        zip_time = zipped_at - written_at  # the writer zips once too: count it apart
        for name, seconds in (("read, validate and render the outline", prepared_at - start),
                              ("plan the slides", planned_at - prepared_at),
                              ("write the slides", written_at - planned_at - zip_time),
                              ("zip the package", zip_time),
                              ("check the package", checked_at - zipped_at)):
            times.setdefault(name, []).append(seconds)
    return {name: statistics.median(values) for name, values in times.items()}


def busiest(outline: Path, top: int) -> str:
    """Return cProfile's `top` functions by their own time in one build of `outline`."""
    from workshop.build import build

    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "deck.pptx"
        build(outline, output)  # warm: fonts found, templates compiled
        profile = cProfile.Profile()
        profile.enable()
        build(outline, output)
        profile.disable()
    report = io.StringIO()
    pstats.Stats(profile, stream=report).sort_stats("tottime").print_stats(top)
    return report.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slides", nargs="?", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        outline = write_outline(Path(scratch), args.slides)
        phases = phase_times(outline, args.runs)
        total = sum(phases.values())
        print(f"{args.slides} slides, median of {args.runs} in-process builds:")
        print("| phase | time | share |")
        print("| --- | --- | --- |")
        for name, seconds in phases.items():
            print(f"| {name} | {seconds:.2f} s | {seconds / total:.0%} |")
        print(f"| all | {total:.2f} s | |")
        print()
        print(busiest(outline, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
