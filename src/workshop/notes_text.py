"""Speaker notes as paragraphs of styled runs, from the small Markdown subset notes use.

Supported: blank-line separated paragraphs, `- ` list items, `# ` headings, `**bold**`, and
facilitator directions set apart as `*italics*`, `_italics_` or `[in brackets]`. A backslash
before any of `\\ * _ [ ] # - +` shows that character as it is (escape_notes writes them into
what a template prints from an events cell, a kit or --set: data, never markup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop.session import Cache

_INLINE = re.compile(r"\*\*(?P<bold>.+?)\*\*|\*(?P<em>[^*]+?)\*|(?<!\w)_(?P<em2>[^_]+?)_(?!\w)"
                     r"|(?P<bracket>\[[^\]]+\])(?!\()")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Run, ...]
    bullet: bool = False
    heading: bool = False

    @property
    def text(self) -> str:
        """Return the paragraph's plain text."""
        return "".join(run.text for run in self.runs)


# Characters a backslash shows as they are, and the private-use stand-ins they take while the
# markup is read (U+E000 onward: never in text a deck shows, which refuses private use).
_ESCAPABLE = "\\*_[]#-+"
_STAND_IN = {char: chr(0xE000 + n) for n, char in enumerate(_ESCAPABLE)}
_ESCAPED = re.compile(r"\\([" + re.escape(_ESCAPABLE) + r"])")
_RESTORE = str.maketrans({stand_in: char for char, stand_in in _STAND_IN.items()})


def escape_notes(text: str) -> str:
    """Return `text` with every character the notes' markup reads set off by a backslash:
    shown as it is, never as bold, italics, a direction, a list item or a heading (`-`, `+`
    and `#` only where a line of it starts: elsewhere they are text already, as in a phone
    number)."""
    escaped = re.sub(r"([\\*_\[\]])", r"\\\1", text)
    return re.sub(r"(?m)^(\s*)([-+#])", r"\1\\\2", escaped)


def unescape_notes(text: str) -> str:
    """Return notes text as written, its markup kept and its escapes shown as the characters
    they stand for (for a page that shows the script as text)."""
    return _ESCAPED.sub(r"\1", text)


def parse_notes(text: str) -> list[Paragraph]:
    """Return the paragraphs of a notes text, in order (a new list, the caller's to extend)."""
    return list(_parsed(text))


def _parse(text: str) -> tuple[Paragraph, ...]:
    """Return the paragraphs of a notes text, in order."""
    paragraphs: list[Paragraph] = []
    text = _ESCAPED.sub(lambda match: _STAND_IN[match.group(1)], text)
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip()):
        pending: list[str] = []
        for raw in block.splitlines():
            line = raw.strip()
            item = re.match(r"^[-*+]\s+(.*)$", line)
            heading = re.match(r"^#{1,6}\s+(.*)$", line)
            if item or heading:
                if pending:
                    paragraphs.append(Paragraph(inline_runs(" ".join(pending))))
                    pending = []
                if item:
                    paragraphs.append(Paragraph(inline_runs(item.group(1)), bullet=True))
                else:
                    paragraphs.append(Paragraph((Run(heading.group(1).translate(_RESTORE),
                                                     bold=True),), heading=True))
            elif line:
                pending.append(line)
        if pending:
            paragraphs.append(Paragraph(inline_runs(" ".join(pending))))
    return tuple(paragraphs)


# The deck's notes, its checks and its guide each read every script; a season, many times.
_parsed = Cache("parsed notes by text", 20_000, size=lambda text, _: len(text[0]) // 64 + 1
                ).remembered(_parse)


def inline_runs(text: str) -> tuple[Run, ...]:
    """Return `text` split into plain, bold and italic runs."""
    runs: list[Run] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position:match.start()]))
        if match.group("bold"):
            runs.append(Run(match.group("bold"), bold=True))
        else:
            runs.append(Run(match.group("em") or match.group("em2") or match.group("bracket"),
                            italic=True))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:]))
    return tuple(Run(run.text.translate(_RESTORE), run.bold, run.italic) for run in runs)
