"""Care in what a deck says to parents: no blaming words, no promise of secrecy, 988 beside
any mention of suicide, and a source for every statistic."""

from __future__ import annotations

import re

from workshop.checks.texts import Prose
from workshop.errors import Diagnostic, Severity
from workshop.loader import LoadedYaml, format_path
from workshop.model import Deck, StatisticSlide
from workshop.session import Cache

# Phrasings that put blame on a child or a parent, or cast sharing an image as the wrong that
# invites blackmail. A deck adds its own under `avoid:`.
BLAMING = {
    "en": ["should have known", "should've known", "careless", "stupid", "your fault",
           "their own fault", "asking for it", "naive", "irresponsible", "shared willingly",
           "sent willingly", "willingly shared", "willingly sent", "brought it on",
           "deserved it", "shouldn't have sent", "should not have sent",
           "justifies blackmail", "justify blackmail", "justifies the blackmail",
           "being pressured is not ok", "being pressured is wrong"],
    "es": ["debió saber", "debería haberlo sabido", "descuidad", "estúpid", "su propia culpa",
           "se lo buscó", "irresponsable", "por voluntad propia", "voluntariamente",
           "se lo merec", "no debió enviar", "no debería haber enviado",
           "justifica el chantaje", "ser presionado tampoco", "ser presionada tampoco"],
}
# Promises of confidentiality a facilitator cannot keep: a child's safety comes first, and
# many facilitators have a duty to report.
SECRECY = {
    "en": ["stays in this room", "stays in the room", "stay in this room", "stay in the room",
           "stays here", "stays between us", "stay between us", "promise not to tell",
           "won't tell anyone", "will not tell anyone", "strictly confidential"],
    "es": ["se queda en esta sala", "se queda en la sala", "queda en esta sala",
           "se queda aquí", "queda entre nosotros", "prometo no decir", "no se lo diré a nadie",
           "no le diré a nadie", "estrictamente confidencial"],
}
_SUICIDE = re.compile(r"suicid", re.IGNORECASE)
# "not your fault", "it wasn't their own fault", "no es su culpa": the phrase denied.
_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bno|\bnunca)\s+(?:\w+\s+)?$")


def _said(text: str, phrases: re.Pattern[str]) -> list[str]:
    """Return the phrases `text` uses other than to deny them, each once, in order."""
    found: list[str] = []
    for match in phrases.finditer(text):
        if match.group() not in found and not _DENIED.search(text[max(0, match.start() - 24):
                                                                  match.start()]):
            found.append(match.group())
    return found


def _any_of(phrases: list[str]) -> re.Pattern[str]:
    """Return one pattern matching any of `phrases` (longest first, so none hides another)."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)) or "(?!)")


def _cares(prose: Prose, blaming: re.Pattern[str],
           secrecy: re.Pattern[str]) -> list[tuple[Severity, str, str]]:
    """Return what a text says that a parent should not hear: (severity, code, message)."""
    found = []
    lowered = prose.text.lower().replace("\u2019", "'")
    for phrase in _said(lowered, blaming):
        found.append((Severity.WARNING, "C401",
                      f"'{phrase}' can read as blaming; the blackmailer is to blame"))
    for phrase in dict.fromkeys(m.group() for m in secrecy.finditer(lowered)):
        found.append((Severity.WARNING, "C404",
                      f"'{phrase}' promises secrecy a facilitator cannot keep: say that what is "
                      "shared stays private unless a child's safety is at risk"))
    if _SUICIDE.search(prose.text) and "988" not in prose.nearby:
        found.append((Severity.ERROR, "C402",
                      "mentions suicide without 988 (the Suicide & Crisis Lifeline) beside it"))
    return found


# What each text says, by the text, the text beside it and the phrasings looked for: a season
# checks one outline's words for every row.
_SAID = Cache("care findings by text", 20_000)


def care_findings(deck: Deck, loaded: LoadedYaml, texts: list[Prose]) -> list[Diagnostic]:
    """Return blaming phrasings, promises of secrecy, suicide without 988, and statistics
    without a source, in `texts` (the outline's prose: see checks.texts)."""
    findings: list[Diagnostic] = []
    blaming = _any_of([p.lower() for p in BLAMING.get(deck.language, []) + list(deck.avoid)])
    secrecy = _any_of(SECRECY.get(deck.language, []))
    for prose in texts:
        key = (prose.text, prose.nearby, blaming.pattern, secrecy.pattern)
        said = _SAID.get(key)
        if said is None:
            said = _SAID.keep(key, tuple(_cares(prose, blaming, secrecy)))
        findings += [prose.finding(loaded, severity, code, message)
                     for severity, code, message in said]
    for i, section in enumerate(deck.sections):
        for j, slide in enumerate(section.slides):
            if isinstance(slide, StatisticSlide) and not slide.source:
                pos = loaded.position(("sections", i, "slides", j))
                findings.append(Diagnostic(
                    pos.file, pos.line, pos.col, format_path(("sections", i, "slides", j)),
                    f"the statistic '{slide.figure}' has no source", Severity.WARNING, "C403"))
    return findings
