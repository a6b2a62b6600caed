"""Generate scaled deck outlines, and the equivalent Markdown for pandoc, for benchmarks."""

from __future__ import annotations

from pathlib import Path

import yaml

WORDS = ["calm", "listening", "trust", "phone", "app", "friend", "report", "help", "block",
         "evidence", "parent", "child", "school", "message", "image", "safety", "talk", "share",
         "delete"]


def _words(n: int, start: int) -> str:
    return " ".join(WORDS[(start + i) % len(WORDS)] for i in range(n))


def slides(count: int) -> list[tuple[str, list[str], str]]:
    """Return `count` slides: title, five bullets and thirty words of notes each."""
    return [(f"Slide {n}: {_words(3, n)}", [_words(6, n + b) for b in range(5)], _words(30, n))
            for n in range(1, count + 1)]


def write_outline(folder: Path, count: int) -> Path:
    """Write a YAML outline of `count` slides in sections of ten; return its path."""
    lines = [f"title: Benchmark of {count} slides", "agenda: false", "sections:"]
    for n, (title, bullets, notes) in enumerate(slides(count)):
        if n % 10 == 0:
            lines += [f"  - title: Part {n // 10 + 1}", "    slides:"]
        lines += [f"      - title: \"{title}\"", "        bullets:"]
        lines += [f"          - {b}" for b in bullets]
        lines.append(f"        notes: {notes}")
    path = folder / f"bench-{count}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_library_outline(repo: Path, count: int) -> Path:
    """Write an outline of `count` slides that cycles through every slide of the English slide
    library (all the layouts: steps, charts, a picture, speech bubbles...) with the full
    deck's sources and event, in sections of ten; return its path.

    It is written to `repo`/build/benchmarks, inside the project, so that the library's
    includes, notes and pictures resolve.
    """
    library = sorted(p.relative_to(repo).as_posix()
                     for p in (repo / "decks" / "slides" / "en").glob("*.yaml")
                     if p.stem != "closing")  # the deck's last slide, added once
    head = yaml.safe_load((repo / "decks" / "parent-night.yaml").read_text(encoding="utf-8"))
    del head["sections"]
    head.update({"agenda": False, "duration": None})  # its slides' minutes add up to no plan
    lines = [yaml.safe_dump(head, sort_keys=False, allow_unicode=True).rstrip(), "sections:"]
    for n in range(count):
        if n % 10 == 0:
            lines += [f"  - title: Part {n // 10 + 1}", "    slides:"]
        lines.append(f"      - include: {library[n % len(library)]}")
    folder = repo / "build" / "benchmarks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"library-{count}.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_markdown(folder: Path, count: int) -> Path:
    """Write the same slides as pandoc Markdown (one slide per level-2 heading, notes in a
    `::: notes` block); return its path."""
    lines = [f"% Benchmark of {count} slides", ""]
    for title, bullets, notes in slides(count):
        lines += [f"## {title}", ""] + [f"- {b}" for b in bullets]
        lines += ["", "::: notes", notes, ":::", ""]
    path = folder / f"bench-{count}.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
