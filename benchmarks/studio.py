"""Benchmark the studio's edit-to-preview loop: a slide's title saved on disk, until the page
has the new slide image. The whole server (`workshop serve`) runs over a copy of the shipped
decks; the loop is timed as a page sees it: the server-sent event, the page's slides fetched
again, and the changed slide's image (one slide rendered through LibreOffice).

    .venv/bin/python benchmarks/studio.py
"""

from __future__ import annotations

import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORKSHOP = str(Path(sys.executable).with_name("workshop"))
SLIDE = Path("decks/slides/en/before-we-begin.yaml")  # one slide of the full deck
EDITS = 5


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def images(page: str) -> list[str]:
    """Return the slide images a page shows, each once (a slide's picture is both in the
    grid and in its large view)."""
    return list(dict.fromkeys(re.findall(r"/slides/[0-9a-f]{32}\.png", page)))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="workshop-studio-") as folder:
        project = Path(folder)
        shutil.copytree(REPO / "decks", project / "decks")
        shutil.copytree(REPO / "speaker_notes", project / "speaker_notes")
        port = free_port()
        server = subprocess.Popen([WORKSHOP, "serve", str(project), "--port", str(port)],
                                  stdout=subprocess.PIPE, text=True)
        try:
            assert server.stdout is not None
            # Every address the studio answers carries the key it prints.
            key = re.search(r"/([^/\s]+)/ \(", server.stdout.readline()).group(1)
            base = f"http://127.0.0.1:{port}/{key}"
            time.sleep(1)
            page = f"{base}/deck/decks/parent-night?part=slides"
            start = time.perf_counter()
            first = urllib.request.urlopen(page).read().decode()
            for image in images(first):
                urllib.request.urlopen(f"{base}{image}").read()
            cold = time.perf_counter() - start
            events = urllib.request.urlopen(f"{base}/events")
            events.readline()  # the stream's first line: connected
            slide = project / SLIDE
            text = slide.read_text(encoding="utf-8")
            seconds = []
            for n in range(EDITS):
                before = set(images(urllib.request.urlopen(page).read().decode()))
                start = time.perf_counter()
                slide.write_text(text.replace("title: ", f"title: ({n + 1}) ", 1),
                                 encoding="utf-8")
                while not events.readline().startswith(b"event: change"):
                    pass
                new = [i for i in images(urllib.request.urlopen(page).read().decode())
                       if i not in before]
                assert len(new) == 1, new
                urllib.request.urlopen(f"{base}{new[0]}").read()
                seconds.append(time.perf_counter() - start)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"studio, full deck (35 slides), {EDITS} edits of one slide's title")
    print("| measure | seconds |\n|---|---|")
    print(f"| first page with every slide's image (all rendered) | {cold:.1f} |")
    print(f"| edit saved to the new slide image on the page (median) | "
          f"{statistics.median(seconds):.2f} |")
    print(f"| slowest edit | {max(seconds):.2f} |")


if __name__ == "__main__":
    main()
