"""Real font metrics: how wide text is and how many lines it wraps to, in points.

Fonts are found with fontconfig (`fc-match`), which also answers with the font LibreOffice
would substitute for one that is not installed. Without fontconfig (Windows, macOS), in the
system's font folders by family name, or its metric-compatible twin (see system_fonts); a
font found in neither is measured with Pillow's bundled default font (Aileron): close enough
to keep the checks meaningful.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from workshop.session import Cache
from workshop.system_fonts import find_font

LINE_HEIGHT = 1.2  # single line spacing, as a multiple of the font size
# A font name as fontconfig and PowerPoint take it: letters, digits, spaces and a little
# punctuation, not starting with a dash (no option for fc-match, no fontconfig pattern syntax).
_FONT_NAME = re.compile(r"[^\W_][\w .'&+-]{0,63}")


def is_font_name(name: str) -> bool:
    """Return True when `name` can be a font's name (and safely asked of fontconfig)."""
    return bool(_FONT_NAME.fullmatch(name))


@dataclass(frozen=True)
class Span:
    """A run of text with its size and style."""

    text: str
    size_pt: float
    bold: bool = False
    italic: bool = False


def _ask_fontconfig(pattern: str, field: str) -> str | None:
    """Return what fontconfig answers for `pattern` (the `field` of its best match), or None
    when fontconfig is not installed."""
    if shutil.which("fc-match") is None:
        return None
    result = subprocess.run(["fc-match", "-f", f"%{{{field}}}", pattern], capture_output=True,
                            text=True, timeout=10, check=False)
    return result.stdout.strip() or None


# Each answer is a process start; a deck asks about the same few families.
_fc_match = Cache("fontconfig answers by pattern", 128).remembered(_ask_fontconfig)


def font_file(family: str, bold: bool = False, italic: bool = False) -> str | None:
    """Return the font file fontconfig picks for `family` (or its substitute), or None."""
    if not is_font_name(family):
        return None  # Pillow's own font measures it (see the module's docstring)
    if shutil.which("fc-match") is None:  # Windows, macOS: the system's font folders
        return find_font(family, bold, italic)
    style = ":".join(x for x in ("bold" if bold else "", "italic" if italic else "") if x)
    return _fc_match(f"{family}:{style}" if style else family, "file")


def font_family(family: str) -> str | None:
    """Return the family fontconfig (and so LibreOffice) uses for `family`, or None when
    fontconfig is not installed or `family` is no font name."""
    return _fc_match(family, "family[0]") if is_font_name(family) else None


# Pillow's text layout engine: None for Pillow's own choice (Raqm where libraqm and
# libfribidi are installed, else basic). The two differ on odd input; both must work.
_LAYOUT_ENGINE: int | None = None


def layout_engine() -> int | None:
    """Return the text layout engine in use (None: Pillow's best available)."""
    return _LAYOUT_ENGINE


def use_layout_engine(engine: int | None) -> None:
    """Measure with Pillow's layout `engine` (ImageFont.Layout.BASIC or RAQM) from now on, or
    with Pillow's own choice for None. Fonts and widths are kept per engine."""
    global _LAYOUT_ENGINE
    _LAYOUT_ENGINE = engine


def _load_font(family: str, bold: bool, italic: bool, size_tenths: int, engine: int | None):
    """Return the Pillow font for a family, style and size (in tenths of a point), laid out by
    `engine`."""
    from PIL import ImageFont  # only when measuring: `workshop list` and `--help` skip it

    path = font_file(family, bold, italic)
    size = size_tenths / 10
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size, layout_engine=engine)


_font = Cache("Pillow fonts by family, style, size and engine", 256).remembered(_load_font)


# Advance widths by font (family, bold, italic, tenths of a point, engine), then by text: a
# deck repeats its words a lot, and Pillow's measuring costs more than the look-up.
_WIDTHS = Cache("word widths by font and size", 2_000)


def _widths(family: str, bold: bool, italic: bool, size_pt: float) -> dict[str, float]:
    """Return the table of known widths for a font at a size (filled in as text is measured)."""
    key = (family, bold, italic, round(size_pt * 10), _LAYOUT_ENGINE)
    table = _WIDTHS.get(key)
    if table is None:
        table = _WIDTHS.keep(key, {})
    return table


def text_width(text: str, family: str, size_pt: float, bold: bool = False,
               italic: bool = False) -> float:
    """Return the advance width of `text` in points (of its longest line, if it has several).

    Never raises: text reaches here through the text boundary, but a measurement must not
    depend on that.
    """
    table = _widths(family, bold, italic, size_pt)
    width = table.get(text)
    if width is None:
        font = _font(family, bold, italic, round(size_pt * 10), _LAYOUT_ENGINE)
        # A word joiner (which keeps numbers whole) takes no room, whatever glyph the font
        # would draw for a character it lacks.
        width = table[text] = _advance(font, text.replace("\u2060", ""))
    return width


_CHUNK = 500  # characters Pillow lays out at once: its layout engines fail on huge strings


def _advance(font, text: str) -> float:
    """Return the advance width of `text` in `font`, in points, under either of Pillow's
    layout engines.

    Raqm (with libfribidi) refuses a line break (`raqm_layout() failed`) and both engines
    fail on enormous strings, so the text is measured a line at a time, in chunks, and a
    piece Pillow still cannot lay out is measured a character at a time (a character it
    cannot measure at all counts as a space-wide gap).
    """
    if "\n" in text:
        return max(_advance(font, line) for line in text.split("\n"))
    if len(text) > _CHUNK:
        return sum(_advance(font, text[i:i + _CHUNK]) for i in range(0, len(text), _CHUNK))
    try:
        return font.getlength(text)
    except (OSError, RuntimeError, ValueError, MemoryError):
        if len(text) == 1:
            return font.getlength(" ")
        return sum(_advance(font, character) for character in text)


# A span that is a forced line break within a paragraph (an `a:br`, "\v" in python-pptx's text).
LINE_BREAK = "\v"


def wrapped_lines(spans: Sequence[Span], family: str, width_pt: float) -> int:
    """Return how many lines the spans of one paragraph fill when wrapped at `width_pt`."""
    return wrap(spans, family, width_pt)[0]


def ends_with_a_lone_word(spans: Sequence[Span], family: str, width_pt: float) -> bool:
    """Return True when the paragraph wraps and its last line holds a single word: a line
    a designer would not leave (a widow). A line after a LINE_BREAK starts afresh: a word
    alone there was put there on purpose."""
    width_pt = max(width_pt, 1.0)
    lines, words, used = 1, 0, 0.0
    for span in spans:
        if span.text == LINE_BREAK:
            lines, words, used = 1, 0, 0.0
            continue
        size, bold, italic = span.size_pt, span.bold, span.italic
        for index, word in enumerate(span.text.split(" ")):
            piece = word if index == 0 else f" {word}"
            width = text_width(piece, family, size, bold, italic)
            if used and used + width > width_pt:
                lines, words, used = lines + 1, 0, 0.0
                width = text_width(word, family, size, bold, italic)
            used += width
            words += bool(word)
    return lines > 1 and words == 1


# A line may also break after a hyphen between letters ("screen-|time"), as LibreOffice and
# PowerPoint break it; a hyphen joined to what follows (U+2060, in "60-minute") holds.
_AFTER_HYPHEN = re.compile(r"(?<=\w-)(?=\w)")


def _break_points(text: str) -> list[tuple[str, str]]:
    """Return the pieces of `text` a line may break between, in order: each as it follows
    the piece before it (with its space, if any) and as it starts a line (without)."""
    found = []
    for index, word in enumerate(text.split(" ")):
        for part_index, part in enumerate(_AFTER_HYPHEN.split(word)):
            leading = index > 0 and part_index == 0
            found.append((f" {part}" if leading else part, part))
    return found


def wrap(spans: Sequence[Span], family: str, width_pt: float, margin_pt: float = 0.0
         ) -> tuple[int, int]:
    """Return how many lines the spans of one paragraph fill when wrapped at `width_pt`, and
    how many of those breaks came within `margin_pt` of the edge: breaks a renderer may not
    make, since its advances differ from these by a fraction of a point. A LINE_BREAK span
    starts a new line."""
    width_pt = max(width_pt, 1.0)  # a box of no width (a broken template) still ends
    lines, near, used = 1, 0, 0.0
    for span in spans:
        if span.text == LINE_BREAK:
            lines, used = lines + 1, 0.0
            continue
        size, bold, italic = span.size_pt, span.bold, span.italic
        table = _widths(family, bold, italic, size)
        for piece, word in _break_points(span.text):
            width = table.get(piece)
            if width is None:
                width = text_width(piece, family, size, bold, italic)
            if used and used + width > width_pt:
                lines += 1
                near += used + width <= width_pt + margin_pt
                width = text_width(word, family, size, bold, italic)
                used = 0.0
            if width > width_pt:  # a word longer than the line breaks across lines
                extra = math.ceil(width / width_pt) - 1
                lines += extra
                width -= extra * width_pt
            used += width
    return lines, near


def paragraph_height(spans: Sequence[Span], family: str, width_pt: float,
                     space_before_pt: float, line_spacing: float = 1.0) -> float:
    """Return the height a wrapped paragraph takes, space before included, in points."""
    size = max((s.size_pt for s in spans), default=18.0)
    lines = wrapped_lines(spans, family, width_pt)
    return space_before_pt + lines * size * LINE_HEIGHT * line_spacing
