"""Typographer's quotes: the straight quotes typed in YAML become curly ones on the slides.

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
