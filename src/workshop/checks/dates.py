"""The event's date in the deck's language: a date copied from an English deck's event into a
Spanish one ("Thursday, March 12") would greet the room in the wrong language on the title
slide, the handout and the guide."""

from __future__ import annotations

import re

from workshop.errors import Diagnostic, Severity
from workshop.loader import LoadedYaml
from workshop.model import Deck

MONTHS_AND_DAYS = {
    "en": ("january february march april may june july august september october november "
           "december monday tuesday wednesday thursday friday saturday sunday"),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
           "noviembre diciembre lunes martes miércoles jueves viernes sábado domingo"),
}
EXAMPLE = {"en": "Thursday, March 12", "es": "jueves 12 de marzo"}
NAMES = {"en": "English", "es": "Spanish"}


def _language_of(words: list[str]) -> str | None:
    """Return the language whose month or weekday names `words` use, if one."""
    for language, names in MONTHS_AND_DAYS.items():
        if set(names.split()) & set(words):
            return language
    return None


def date_findings(deck: Deck, loaded: LoadedYaml) -> list[Diagnostic]:
    """Return a warning when the event's date names its month or weekday in another language
    than the deck's, located at the outline's `event: date:` when it is written there."""
    date = deck.event.date
    if not date or deck.language not in MONTHS_AND_DAYS:
        return []
    written_in = _language_of(re.findall(r"[^\W\d_]+", date.lower()))
    if written_in is None or written_in == deck.language:
        return []
    pos = loaded.position(("event", "date"))
    message = (f"the event's date '{date}' is written in {NAMES[written_in]}, but the deck is "
               f"in {NAMES[deck.language]}: write it as the room reads it, e.g. "
               f"'{EXAMPLE[deck.language]}'")
    return [Diagnostic(pos.file, pos.line, pos.col, "", message, Severity.WARNING, "C407")]
