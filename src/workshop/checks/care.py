"""Care in what a deck says to parents: no blaming words, 988 beside any mention of suicide,
and a source for every statistic."""

from __future__ import annotations

import re

from workshop.errors import Diagnostic, Severity
from workshop.loader import LoadedYaml, PathKey, format_path
from workshop.model import Deck, StatisticSlide

# Phrasings that put blame on a child or a parent. A deck adds its own under `avoid:`.
BLAMING = {
    "en": ["should have known", "should've known", "careless", "stupid", "your fault",
           "their own fault", "asking for it", "naive", "irresponsible"],
    "es": ["debió saber", "debería haberlo sabido", "descuidad", "estúpid", "su propia culpa",
           "se lo buscó", "irresponsable"],
}
_SUICIDE = re.compile(r"suicid", re.IGNORECASE)


def _strings(value: object, path: PathKey):
    """Yield every string of the outline's data with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
    elif isinstance(value, str):
        yield path, value


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Return the blank-line separated paragraphs of `text` with their first line's offset."""
    found: list[tuple[int, str]] = []
    start, lines = 0, []
    for number, line in enumerate([*text.splitlines(), ""]):
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            found.append((start, " ".join(lines)))
            lines = []
    return found


def care_findings(deck: Deck, loaded: LoadedYaml,
                  notes: dict[PathKey, tuple[str, int, str]]) -> list[Diagnostic]:
    """Return blaming phrasings, suicide without 988, and statistics without a source.

    `notes` maps a slide's notes path to (file shown, first line, rendered text).
    """
    findings: list[Diagnostic] = []
    phrases = [p.lower() for p in BLAMING.get(deck.language, []) + list(deck.avoid)]

    def report(path: PathKey, severity: Severity, code: str, message: str,
               line_in_file: tuple[str, int] | None = None) -> None:
        if line_in_file:
            findings.append(Diagnostic(line_in_file[0], line_in_file[1], 1, format_path(path),
                                       message, severity, code))
        else:
            pos = loaded.position(path)
            findings.append(Diagnostic(pos.file, pos.line, pos.col, format_path(path), message,
                                       severity, code))

    # Each text with what counts as "nearby" for 988: a field is its own neighbourhood, a
    # notes paragraph has the paragraphs just before and after it.
    texts = [(path, text, text, None) for path, text in _strings(loaded.data, ())
             if path[-1:] != ("notes",) and path[:1] != ("avoid",)]
    for path, (shown, first, text) in notes.items():
        paragraphs = _paragraphs(text)
        for k, (offset, paragraph) in enumerate(paragraphs):
            nearby = " ".join(p for _, p in paragraphs[max(k - 1, 0):k + 2])
            texts.append((path, paragraph, nearby, (shown, first + offset)))
    for path, text, nearby, place in texts:
        lowered = text.lower()
        for phrase in phrases:
            if phrase in lowered:
                report(path, Severity.WARNING, "C401",
                       f"'{phrase}' can read as blaming; the blackmailer is to blame", place)
        if _SUICIDE.search(text) and "988" not in nearby:
            report(path, Severity.ERROR, "C402",
                   "mentions suicide without 988 (the Suicide & Crisis Lifeline) beside it", place)
    for i, section in enumerate(deck.sections):
        for j, slide in enumerate(section.slides):
            if isinstance(slide, StatisticSlide) and not slide.source:
                report(("sections", i, "slides", j), Severity.WARNING, "C403",
                       f"the statistic '{slide.figure}' has no source")
    return findings
