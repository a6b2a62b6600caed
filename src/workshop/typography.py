"""Typography: the straight quotes typed in YAML become curly ones on the slides, and word
joiners and no-break spaces keep a phone number, a short number and its word, a share, a
heading's last words and a list's short items from breaking badly.

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
    one bound, so that none leaves its first word alone at the end of a line. The separator
    goes with the item after it: a line ends on an item, never on a dangling "·"."""
    items = line.split(separator)
    if len(items) < 2:
        return line
    joined = separator.rstrip(" ") + NO_BREAK_SPACE if separator.endswith(" ") else separator
    return joined.join(item.replace(" ", NO_BREAK_SPACE) if len(item.split(" ")) <= longest
                       else item.replace(" ", NO_BREAK_SPACE, 1) for item in items)


def no_widow(title: str) -> str:
    """Return `title` with its last two words bound by a no-break space when it has four words
    or more, so that a heading never leaves one word alone on its last line."""
    head, space, last = title.rpartition(" ")
    if not space or len(title.split(" ")) < 4:
        return title
    return f"{head}{NO_BREAK_SPACE}{last}"


# LibreOffice may end a line after any hyphen: inside a phone number ("1-800-843-" then
# "5678") or, on a slide, a word ("check-" then "ins", "ex-" then "partner"), which reads as a
# word cut in two. A word joiner (U+2060, invisible, read by no screen reader) after each
# inner hyphen keeps it on one line; the fit model breaks where LibreOffice does, at a space
# or after a hyphen that no joiner holds (see metrics.wrap). A word of a link or an address
# (a "/", "." or "@" in it) is left free: bound whole, a long one could not break at all.
# The documents join only numbers: their words are read and copied ("poppler-utils" pasted
# into a terminal must be what it says), and a column of a page breaking after a hyphen is
# ordinary typesetting.
WORD_JOINER = "\u2060"
_NUMBERED_WORD = re.compile(r"\S*\d\S*")
_HYPHENATED_WORD = re.compile(r"(?<![\w/.@-])[^\W_]+(?:-[^\W_]+)+(?![\w/@-]|\.\w)")
_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# A short number belongs with its word: a line that ends "las 24" or "press" and goes on
# "horas" or "2" reads as two broken thoughts. A no-break space (U+00A0) binds a number of one
# to three digits to the word after it ("24 horas", "18 years") and, where it ends a phrase,
# to the word before it ("marquen 2,", "under 18."). Like the word joiner, the fit model
# measures it as part of one word, as LibreOffice lays it out.
_SHORT_NUMBER_THEN_WORD = re.compile(r"(?<![\w,.\-\u2060/\u00a0])(\d{1,3}) (?=[\w(])")
_WORD_THEN_ENDING_NUMBER = re.compile(r"(?<=[^\W\d]) (\d{1,3})(?=[,.;:)](?!\d)|$)")
# A share, "1 in 8", "6 de cada 10", reads as one figure: never "1 in" on one line, "8" on the next.
_SHARE = re.compile(r"\b(\d{1,3}) (in|of|out of|de cada|de) (\d{1,3})\b")
# A two-word aside in brackets, "(gift cards)", reads as one word: broken, it is two halves.
_TWO_WORD_ASIDE = re.compile(r"\((\w+) (\w+)\)")
# No line ends in a word of one letter (design system, line breaks): "I" and "a" in English,
# "y", "o", "a", "e", "u" in Spanish go with the word after them.
_ONE_LETTER_WORD = re.compile(r"(?<![\w\u00a0\u2060'’-])([aAeEIoOuUyY]) (?=\w)")


def keep_together(text: str, *, words: bool = True) -> str:
    """Return `text` with a word joiner after each inner hyphen of a word (with `words`;
    else only of a word with a digit in it, a phone number), a
    short number bound by a no-break space to the word it goes with, a two-word aside in
    brackets bound into one, and a word of one letter bound to the word after it."""
    if "-" in text:
        text = (_HYPHENATED_WORD if words else _NUMBERED_WORD).sub(
            lambda word: _INNER_HYPHEN.sub("-" + WORD_JOINER, word.group()), text)
    if any(c.isdigit() for c in text):
        text = _SHARE.sub(lambda m: NO_BREAK_SPACE.join(
            (m.group(1), m.group(2).replace(" ", NO_BREAK_SPACE), m.group(3))), text)
        text = _SHORT_NUMBER_THEN_WORD.sub(lambda m: m.group(1) + NO_BREAK_SPACE, text)
        text = _WORD_THEN_ENDING_NUMBER.sub(lambda m: NO_BREAK_SPACE + m.group(1), text)
    if "(" in text:
        text = _TWO_WORD_ASIDE.sub(lambda m: f"({m.group(1)}{NO_BREAK_SPACE}{m.group(2)})",
                                   text)
    return _ONE_LETTER_WORD.sub(lambda m: m.group(1) + NO_BREAK_SPACE, text)


def heading_line(line: str, *, words: bool = True) -> str:
    """Return a cover's or band's line as it should break: its numbers (with `words`, its
    hyphenated words too) whole (keep_together), each item of a "·" list on one line
    (items_whole), no word alone on its last line (no_widow)."""
    return no_widow(items_whole(keep_together(line, words=words)))
