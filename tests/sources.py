"""What the content tests compare the decks against, all inside the project: the checked
facts (decks/sources/facts.md) and the runs of eight words of the NetSmartz guide, as digests
(decks/sources/guide-runs.txt; the guide's text is not part of the project)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "decks" / "sources"
FACTS = SOURCES / "facts.md"
GUIDE_RUNS = SOURCES / "guide-runs.txt"

# Contact details and names are quoted exactly, as they must be: a run of words never spans
# one.
_CONTACT = re.compile(r"\S+@\S+|\S+\.(?:org|gov|com)\S*|1-800-[\w-]+|\(\d{3}\)[\d -]+"
                      r"|988 Suicide (?:&|and) Crisis Lifeline|call or text 988"
                      r"|Centro Nacional para Niños Desaparecidos y Explotados")


def words(text: str) -> list[str]:
    """Return the words of `text`, lowercased, with curly apostrophes read as straight."""
    return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))


def runs_of_eight(text: str) -> set[str]:
    """Return every run of eight words in `text` that spans no contact detail."""
    runs = set()
    for part in _CONTACT.split(text):
        found = words(part)
        runs.update(" ".join(found[i:i + 8]) for i in range(len(found) - 7))
    return runs


def digest(run: str) -> str:
    """Return the digest a run of words is kept under in guide-runs.txt."""
    return hashlib.sha256(run.encode("utf-8")).hexdigest()[:16]


def guide_runs() -> set[str]:
    """Return the digests of the guide's runs of eight words."""
    return set(GUIDE_RUNS.read_text(encoding="utf-8").split())


def facts_text() -> str:
    """Return the checked facts, without their citations (a source's name may be quoted)."""
    return re.sub(r"Source:[^\n]*", "", FACTS.read_text(encoding="utf-8"))
