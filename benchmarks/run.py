"""Benchmarks: workshop against pandoc, scale, batch, start-up and memory. Prints one table.

    .venv/bin/python benchmarks/run.py            # everything (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer sizes and runs

Whole-process timings run the installed `workshop` command; in-process timings call
workshop.build.build directly. Medians of several runs; pandoc is timed only when installed.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from outlines import write_library_outline, write_markdown, write_outline  # noqa: E402

WORKSHOP = str(Path(sys.executable).with_name("workshop"))


def median_seconds(command: list[str], runs: int, cwd: Path = REPO) -> float:
    """Return the median wall time of running `command` `runs` times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def in_process(outline: Path, output: Path, runs: int) -> float:
    """Return the median in-process build time of `outline`, after one build to warm the
    process (fonts found, word widths known), as in a batch or a long-running service, which
    keep one build session; each build a job of the command (the collector paused while it
    runs, as `workshop` does)."""
    from workshop.build import build
    from workshop.collector import collector_paused
    from workshop.session import BuildSession

    with BuildSession():
        with collector_paused():
            build(outline, output)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            with collector_paused():
                build(outline, output)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


_PEAK = """
import resource, sys
from pathlib import Path
from workshop.build import build
from workshop.collector import collector_paused
with collector_paused():
    build(Path(sys.argv[1]), Path(sys.argv[2]))
try:  # Linux: the process's own high-water mark
    with open("/proc/self/status") as status:
        print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
except OSError:  # elsewhere; on Linux ru_maxrss would include the parent's size at fork
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


# What any `workshop` command costs before it does anything, with the stack the design card
# fixes: the libraries a build imports, and a Typer app with one option that does nothing.
_IMPORTS = "import gc; gc.disable(); import typer, pydantic, pptx, jinja2, yaml, rich"
_BARE_TYPER = """
import typer
app = typer.Typer()
@app.command()
def hello(name: str = "x") -> None:
    pass
app()
"""


def peak_memory_mb(outline: Path, output: Path) -> float:
    """Return the peak resident memory of a whole-process build, in MB."""
    out = subprocess.run([sys.executable, "-c", _PEAK, str(outline), str(output)], check=True,
                         capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024


def batch_cost(folder: Path, deck: Path) -> float:
    """Return the in-process cost per deck of building 100 pairs of `deck` with each shipped
    kit (fifty times over), after the first."""
    from workshop.build import build_batch
    from workshop.collector import collector_paused

    decks = [deck] * 50
    kits = sorted((REPO / "decks" / "brands").glob("*.yaml"))
    first = None
    items = build_batch(decks, kits, folder)
    for n in range(100):
        with collector_paused():  # each deck a job, as `workshop build` runs a batch
            next(items)
        if n == 0:
            first = time.perf_counter()
    assert first is not None
    return (time.perf_counter() - first) / 99


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer sizes and runs")
    args = parser.parse_args()
    runs = 3 if args.quick else 5
    sizes = [20, 100, 200] if args.quick else [20, 100, 500, 1000, 2000]
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        deck = REPO / "decks" / "parent-night.yaml"
        cold = median_seconds([WORKSHOP, "build", str(deck), "-o", str(folder / "d.pptx")], runs)
        rows.append(("cold build of decks/parent-night.yaml (whole process)", f"{cold:.2f} s"))
        pandoc = shutil.which("pandoc")
        if pandoc:
            markdown = write_markdown(folder, 31)
            timed = median_seconds([pandoc, str(markdown), "-o", str(folder / "p.pptx")], runs)
            rows.append(("pandoc, the same 31 slides from Markdown (whole process)",
                         f"{timed:.2f} s (workshop/pandoc {cold / timed:.2f})"))
        for size in sizes:
            outline = write_outline(folder, size)
            seconds = in_process(outline, folder / f"s{size}.pptx", runs)
            rows.append((f"{size} slides, in process", f"{seconds:.2f} s "
                         f"({seconds / size * 1000:.1f} ms a slide)"))
            if pandoc and size in (100, 1000):
                markdown = write_markdown(folder, size)
                timed = median_seconds([pandoc, str(markdown), "-o", str(folder / "p.pptx")], 1)
                rows.append((f"pandoc, {size} slides (whole process)", f"{timed:.2f} s"))
        for size in [105] if args.quick else [105, 1050]:
            outline = write_library_outline(REPO, size)
            seconds = in_process(outline, folder / f"l{size}.pptx", runs)
            rows.append((f"{size} slides of every layout (the slide library), in process",
                         f"{seconds:.2f} s ({seconds / size * 1000:.1f} ms a slide)"))
        biggest = write_outline(folder, sizes[-1] if sizes[-1] <= 1000 else 1000)
        rows.append((f"peak memory, {biggest.stem} (whole process)",
                     f"{peak_memory_mb(biggest, folder / 'm.pptx'):.0f} MB"))
        for name in ("parent-night-short", "parent-night"):
            cost = statistics.median(batch_cost(folder, REPO / "decks" / f"{name}.yaml")
                                     for _ in range(1 if args.quick else 3))
            rows.append((f"batch of {name}: per deck after the first, 100 pairs (in process, "
                         f"median of {1 if args.quick else 3} batches)",
                         f"{cost * 1000:.0f} ms"))
        for label, command in (("workshop --help", [WORKSHOP, "--help"]),
                               ("workshop list", [WORKSHOP, "list"]),
                               ("floor: importing typer, pydantic, python-pptx, jinja2, "
                                "pyyaml, rich", [sys.executable, "-c", _IMPORTS]),
                               ("floor: a bare Typer app with one option",
                                [sys.executable, "-c", _BARE_TYPER])):
            rows.append((f"start-up: {label} (whole process)",
                         f"{median_seconds(command, runs * 2) * 1000:.0f} ms"))
    machine = (f"{platform.machine()}, {os.cpu_count()} cores, Python "
               f"{platform.python_version()}, {platform.system()}")
    if shutil.which("pandoc"):
        version = subprocess.run(["pandoc", "--version"], capture_output=True, text=True)
        machine += f"; {version.stdout.splitlines()[0]}"
    width = max(len(label) for label, _ in rows)
    print(f"machine: {machine}")
    print(f"| {'measure'.ljust(width)} | result |")
    print(f"| {'-' * width} | --- |")
    for label, value in rows:
        print(f"| {label.ljust(width)} | {value} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
