"""The text boundary: every string an outline, a kit or `--set` gives is made fit to show here,
once, after rendering and before any writer or measurement sees it.

- CRLF and CR become LF; C0 controls other than tab and newline, DEL, C1 controls,
  U+FFFE/U+FFFF and lone surrogates are removed (python-pptx would write them as
  `_x001B_`-style escapes that PowerPoint shows literally, and lxml refuses some outright);
- a one-line field (a title, a bullet, a caption, a kit's footer) has its line breaks and tabs
  folded into single spaces; only speaker notes keep their line breaks;
- straight quotes become typographer's quotes;
- a field longer than its limit is reported by the caller (`too_long`) and cut to the limit.
"""

from __future__ import annotations

import re
import unicodedata

from workshop.typography import curly_quotes

LINE_LIMIT = 2_000  # characters in a one-line field: far more than any slide can show
NOTES_LIMIT = 200_000  # characters in one slide's notes

_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_SEPARATORS = re.compile("[\u2028\u2029]")  # Unicode's line and paragraph separators
_FOLDED = re.compile(" *[\n\t]+[ \n\t]*")


def clean_text(text: str, *, multiline: bool = True) -> str:
    """Return `text` with one kind of newline and every unshowable character removed; with
    `multiline=False`, its line breaks and tabs folded into single spaces as well."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _UNSHOWABLE.sub("", _SEPARATORS.sub("\n", text))
    if not multiline:
        text = _FOLDED.sub(" ", text).strip(" ")
    return text


def shown_text(text: str, *, multiline: bool = False) -> str:
    """Return `text` as slides and documents show it: cleaned, quotes made curly, and cut to
    its limit (see `too_long` for the message that goes with the cut); empty when it would
    show nothing (see `is_blank`), so that a required field says so."""
    text = clean_text(text, multiline=multiline)
    if is_blank(text):
        return ""
    return curly_quotes(text[:NOTES_LIMIT if multiline else LINE_LIMIT])


# Characters that show nothing of their own: spaces, zero-width spaces and joiners, marks of
# direction (format characters), and combining marks with nothing to combine with.
_INVISIBLE = {"Zs", "Zl", "Zp", "Cf", "Mn", "Me"}


def is_blank(text: str) -> bool:
    """Return True when `text` would show nothing at all on a slide."""
    return all(ch.isspace() or unicodedata.category(ch) in _INVISIBLE for ch in text)


def too_long(text: str, *, multiline: bool = False) -> str | None:
    """Return why `text` (cleaned) is too long to show, or None when it is not."""
    limit = NOTES_LIMIT if multiline else LINE_LIMIT
    length = len(clean_text(text, multiline=multiline))
    if length <= limit:
        return None
    what = "notes" if multiline else "text"
    return f"{what} of {length:,} characters; the limit is {limit:,}"
