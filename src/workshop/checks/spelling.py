"""US spelling in English decks: the British forms that slip into en-US text most often."""

from __future__ import annotations

import re

from workshop.checks.texts import Prose
from workshop.errors import Diagnostic, Severity
from workshop.loader import LoadedYaml
from workshop.model import Deck

# British form -> US form, whole words; inflections are listed where they differ.
US_SPELLING = {
    "counsellor": "counselor", "counsellors": "counselors", "counselling": "counseling",
    "counselled": "counseled", "modelling": "modeling", "modelled": "modeled",
    "judgement": "judgment", "judgements": "judgments", "behaviour": "behavior",
    "behaviours": "behaviors", "colour": "color", "colours": "colors",
    "favourite": "favorite", "favourites": "favorites", "honour": "honor",
    "neighbour": "neighbor", "neighbours": "neighbors", "neighbourhood": "neighborhood",
    "organisation": "organization", "organisations": "organizations",
    "organise": "organize", "organised": "organized", "organising": "organizing",
    "recognise": "recognize", "recognised": "recognized", "realise": "realize",
    "realised": "realized", "apologise": "apologize", "criticise": "criticize",
    "emphasise": "emphasize", "prioritise": "prioritize", "minimise": "minimize",
    "centre": "center", "centres": "centers", "programme": "program",
    "programmes": "programs", "licence": "license", "defence": "defense",
    "offence": "offense", "offences": "offenses", "labelled": "labeled",
    "travelled": "traveled", "cancelled": "canceled", "enrolment": "enrollment",
    "practise": "practice", "practised": "practiced", "practising": "practicing",
    "analyse": "analyze", "catalogue": "catalog", "paediatric": "pediatric",
    "paediatrician": "pediatrician", "mum": "mom", "mums": "moms", "whilst": "while",
    "learnt": "learned", "grey": "gray", "cheque": "check", "tyre": "tire",
    "maths": "math", "jewellery": "jewelry", "sceptical": "skeptical",
}
_BRITISH = re.compile(r"\b(?:" + "|".join(US_SPELLING) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def spelling_findings(deck: Deck, loaded: LoadedYaml, texts: list[Prose]) -> list[Diagnostic]:
    """Return a warning for each British spelling in an English deck's `texts` (its prose:
    see checks.texts), naming the US form."""
    if deck.language != "en":
        return []
    findings = []
    for prose in texts:
        # Most prose has none: a set of its words tells that faster than the long pattern.
        if US_SPELLING.keys().isdisjoint(_WORD.findall(prose.text.lower())):
            continue
        for match in _BRITISH.finditer(prose.text):
            word = match.group()
            findings.append(prose.finding(
                loaded, Severity.WARNING, "C405",
                f"'{word}' is British spelling; en-US decks write '{US_SPELLING[word.lower()]}'"))
    return findings
