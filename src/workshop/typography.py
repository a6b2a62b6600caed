"""Typography: the straight quotes typed in YAML become curly ones on the slides, and no-break
spaces keep a short heading's last words and a list of short items from breaking badly.

English and US Spanish both take curly double and single quotes, U+201C/U+201D and
U+2018/U+2019 (US Spanish print uses them rather than the angle quotes of
Spain), so one rule serves every deck language.
"""

from __future__ import annotations

import re

# A quote opens at the start of the text or after a space, an opening bracket or a dash.
_OPENS_AFTER = r"(?:^|(?<=[\s(\[{\u2014\u2013/-]))"
_DOUBLE_OPENING = re.compile(_OPENS_AFTER + '"')
# An apostrophe before a digit ('90s) is an elision, not an opening quote.
_SINGLE_OPENING = re.compile(_OPENS_AFTER + r"'(?!\d)")


def curly_quotes(text: str) -> str:
    """Return `text` with straight quotes made curly: opening after a space, else closing.

    A straight apostrophe inside or after a word (don't, parents') becomes U+2019.
    """
    if '"' not in text and "'" not in text:
        return text
    text = _DOUBLE_OPENING.sub("\u201c", text).replace('"', "\u201d")
    return _SINGLE_OPENING.sub("\u2018", text).replace("'", "\u2019")


NO_BREAK_SPACE = "\u00a0"


def items_whole(line: str, separator: str = " \u00b7 ", longest: int = 4) -> str:
    """Return a line of items joined by `separator` ("Sexting · Sextortion today · ...") with
    the words of each item of at most `longest` words bound by no-break spaces, so that the
    line breaks between items, never inside a short one, and the first two words of a longer
    one bound, so that none leaves its first word alone at the end of a line."""
    items = line.split(separator)
    if len(items) < 2:
        return line
    return separator.join(item.replace(" ", NO_BREAK_SPACE) if len(item.split(" ")) <= longest
                          else item.replace(" ", NO_BREAK_SPACE, 1) for item in items)


def no_widow(title: str) -> str:
    """Return `title` with its last two words bound by a no-break space when it has four words
    or more, so that a heading never leaves one word alone on its last line."""
    head, space, last = title.rpartition(" ")
    if not space or len(title.split(" ")) < 4:
        return title
    return f"{head}{NO_BREAK_SPACE}{last}"
