"""Care in what a deck says to parents: no blaming words, no promise of secrecy without its
limit, 988 on any slide (or in its notes) that mentions suicide or self-harm (in Spanish,
with its Spanish option), and a dated source for every figure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workshop.checks.texts import Prose, item_of
from workshop.errors import Diagnostic, Severity
from workshop.figures import figure_shown
from workshop.loader import LoadedYaml, PathKey, format_path
from workshop.model import Deck
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
           "se queda aquí", "aquí se queda", "aquí se quede", "queda entre nosotros",
           "prometo no decir", "no se lo diré a nadie", "no le diré a nadie",
           "estrictamente confidencial"],
}
# A privacy agreement that names its limit in the same breath ("...; if a child may be at
# risk, I must act") promises nothing a facilitator cannot keep.
_LIMIT = re.compile(r"at risk|in danger|safety|must act|have to act|riesgo|peligro|seguridad"
                    r"|debo actuar|tengo que actuar", re.IGNORECASE)
# Suicide and self-harm, however a text names them: any of these needs 988 on its slide.
_SUICIDE = re.compile(r"suicid\w*|self-harm|self harm|(?:hurt|harm|kill)(?:ing)? themselves"
                      r"|autolesi\w*|hacerse daño|se hagan daño|quitarse la vida", re.IGNORECASE)
# 988's Spanish option, as a Spanish deck gives it: call and press 2, or text AYUDA.
_SPANISH_988 = re.compile(r"marqu\w* el 2|AYUDA")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "not your fault", "it wasn't their own fault", "no es su culpa": the phrase denied.
_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bno|\bnunca)\s+(?:\w+\s+)?$")


def _said(text: str, phrases: tuple[str, ...]) -> list[str]:
    """Return the `phrases` (longest first) `text` uses other than to deny them, each once, in
    order."""
    found: list[str] = []
    for match in _matches(text, phrases):
        if match.group() not in found and not _DENIED.search(text[max(0, match.start() - 24):
                                                                  match.start()]):
            found.append(match.group())
    return found


def _longest_first(phrases: list[str]) -> tuple[str, ...]:
    """Return `phrases`, each once, longest first (so that none hides another in a match)."""
    return tuple(sorted(set(phrases), key=len, reverse=True))


def _matches(text: str, phrases: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """Yield each place `text` says one of `phrases` (longest first), left to right. Only
    the phrases the text holds make the pattern: a pattern of them all, tried at every
    character of a long script, cost about a millisecond a text."""
    present = [phrase for phrase in phrases if phrase in text]
    if present:
        yield from re.finditer("|".join(map(re.escape, present)), text)


def _cares(text: str, blaming: tuple[str, ...], secrecy: tuple[str, ...]
           ) -> tuple[tuple[tuple[Severity, str, str], ...], str | None]:
    """Return what `text` says that a parent should not hear wherever it is said, as
    (severity, code, message), and the words it names suicide or self-harm with (None when
    it does not: see _crisis_line)."""
    found = []
    lowered = text.lower().replace("\u2019", "'")
    for phrase in _said(lowered, blaming):
        found.append((Severity.WARNING, "C401",
                      f"'{phrase}' can read as blaming; the blackmailer is to blame"))
    promises = [] if _LIMIT.search(text) else _matches(lowered, secrecy)
    for phrase in dict.fromkeys(m.group() for m in promises):
        found.append((Severity.WARNING, "C404",
                      f"'{phrase}' promises secrecy a facilitator cannot keep: say that what is "
                      "shared stays private unless a child's safety is at risk"))
    mention = _SUICIDE.search(text)
    return tuple(found), (mention.group() if mention else None)


def _crisis_line(prose: Prose, mention: str, scope: str,
                 language: str) -> list[tuple[Severity, str, str]]:
    """Return what a text that names suicide or self-harm (`mention`) lacks of 988, in
    `scope` (every text of its slide, or item, and of the slide's notes)."""
    if "988" not in scope:
        return [(Severity.ERROR, "C402",
                 f"mentions '{mention}' without 988 (the Suicide & Crisis Lifeline) on the "
                 "slide or in its notes")]
    if (language == "es" and prose.path[:1] != ("sources",)
            and not _SPANISH_988.search(scope)):  # a source's name is no mention
        # a Spanish-speaking parent in crisis needs the way to reach Spanish
        return [(Severity.WARNING, "C408",
                 f"mentions '{mention}' with 988 but not its Spanish option ('marquen el 2', "
                 "or the text AYUDA) on the slide or in its notes")]
    return []


# What each text says wherever it is, by the text and the phrasings looked for: a season
# checks one outline's words for every row.
_SAID = Cache("care findings by text", 20_000)


def care_findings(deck: Deck, loaded: LoadedYaml, texts: list[Prose]) -> list[Diagnostic]:
    """Return blaming phrasings, promises of secrecy, suicide without 988, and statistics
    without a source, in `texts` (the outline's prose: see checks.texts)."""
    findings: list[Diagnostic] = []
    blaming = _longest_first([p.lower() for p in BLAMING.get(deck.language, [])
                              + list(deck.avoid)])
    secrecy = _longest_first(SECRECY.get(deck.language, []))
    scopes: dict[PathKey, list[str]] = {}
    for prose in texts:
        scopes.setdefault(_slide_of(prose), []).append(prose.text)
    for prose in texts:
        key = (prose.text, blaming, secrecy)
        said = _SAID.get(key)
        if said is None:
            said = _SAID.keep(key, _cares(prose.text, blaming, secrecy))
        anywhere, mention = said
        if mention is not None:  # 988 is looked for beside it: on its slide, in its notes
            scope = "\n".join(scopes[_slide_of(prose)])
            anywhere += tuple(_crisis_line(prose, mention, scope, deck.language))
        findings += [prose.finding(loaded, severity, code, message)
                     for severity, code, message in anywhere]
    for i, section in enumerate(deck.sections):
        for j, slide in enumerate(section.slides):
            path = ("sections", i, "slides", j)
            figure = figure_shown(slide)
            source = deck.attribution(slide)
            if figure is None:
                continue
            pos = loaded.position(path)
            if not source:
                findings.append(Diagnostic(
                    pos.file, pos.line, pos.col, format_path(path),
                    f"the figure '{figure}' has no source", Severity.WARNING, "C403"))
            elif not _YEAR.search(source):
                pos = loaded.position((*path, "source"))
                findings.append(Diagnostic(
                    pos.file, pos.line, pos.col, format_path((*path, "source")),
                    f"the figure '{figure}' cites '{source}', which gives no year: statistics "
                    "carry their year (e.g. 'FBI, 2024')", Severity.WARNING, "C406"))
    return findings


def _slide_of(prose: Prose) -> PathKey:
    """Return the path of the slide (or list item) a text belongs to: a notes paragraph's
    script, or a field's item."""
    return prose.path[:-1] if prose.line_in_file else item_of(prose.path)  # (..., "notes")
