"""Documents as Markdown: clean and readable as plain text."""

from __future__ import annotations

import re

from workshop.blocks import (
    Band,
    Box,
    Bullets,
    Columns,
    Contents,
    Cover,
    Details,
    Document,
    Heading,
    NumberCards,
    PageBreak,
    Picture,
    Table,
    Text,
)
from workshop.notes_text import Paragraph, Run

# Text from outlines, notes and kits is data: any character CommonMark would read as markup
# (emphasis, code spans and backtick fences, tilde fences, raw HTML and autolinks, an entity,
# a table cell) is escaped, so that it shows as typed; so is a "]" that would close a link's
# text or start a link's definition. A script's "[Pause here.]" stays as written: brackets
# alone are no link.
_MARKUP = re.compile(r"[\\`*_<>|~]|\](?=[(\[:])|&(?=#?[A-Za-z0-9]+;)")
# At the start of a line, after any indent: a heading, quote or list marker, or a thematic
# break or setext heading underline.
_LINE_START = re.compile(r"^(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$)"
                         r"|[-=]+(?=\s*$))", re.MULTILINE)
# An indent: four spaces or a tab make indented code, and fewer put a marker out of reach of
# the line-start rule; prose needs none, so it goes.
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)


# A heading's closing sequence: the last run of "#", after a space, that CommonMark drops.
_CLOSING = re.compile(r"(^|\s)(#+)$")


def escape(text: str) -> str:
    """Return `text` with everything Markdown would take as markup backslash-escaped."""
    return _escape_line_starts(_escape_markup(text))


def _escape_markup(text: str) -> str:
    return _MARKUP.sub(lambda match: "\\" + match.group(0), text)


def _escape_line_starts(text: str) -> str:
    return _LINE_START.sub(lambda m: _escape_marker(m.group(1)), _INDENT.sub("", text))


def _escape_marker(marker: str) -> str:
    """Return a line-start marker escaped: a number's stop ("1\\."), else its first mark."""
    return marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker


def _heading(level: int, text: str) -> str:
    """Return an ATX heading of `text`, escaped: on one line (a heading ends with its line),
    and a closing run of "#" (which CommonMark drops: "Call now #") shown as typed."""
    shown = _CLOSING.sub(lambda m: m.group(1) + "\\" + m.group(2),
                         escape(" ".join(text.split())))
    return f"{'#' * level} {shown}"


def inline(paragraph: Paragraph) -> str:
    """Return a paragraph's runs, escaped, with Markdown emphasis."""
    parts = []
    for run in paragraph.runs:
        text = _escape_markup(run.text)
        core = text.strip()
        if core and (run.bold or run.italic):
            mark = "**" if run.bold else "*"
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            text = f"{lead}{mark}{core}{mark}{trail}"
        parts.append(text)
    return _escape_line_starts("".join(parts))


def write_markdown(document: Document) -> bytes:
    """Return the document as UTF-8 Markdown: the cover as its title and lines, the contents
    as a list of the chapters (plain text has no pages)."""
    out: list[str] = []
    chapters = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 2]
    for block in document.blocks:
        if isinstance(block, Cover):
            out.append(_heading(1, f"{block.kicker}: {block.title}" if block.kicker
                                else block.title))
            out.extend(escape(line) for line in block.lines)
            if block.form is not None:
                out.append(_table(block.form))
        elif isinstance(block, Contents):
            out.append(_heading(2, block.title))
            out.append("\n".join(f"- {escape(chapter)}" for chapter in chapters))
        elif isinstance(block, Band):
            out.append(_heading(1, block.title))
            out.extend(escape(line) for line in block.lines)
        elif isinstance(block, Columns):  # plain text has one column: one after the other
            out.extend(text for column in block.columns for inner in column
                       if (text := _simple(inner)))  # a picture without words prints nothing
        elif isinstance(block, Box):
            out.extend(_simple(inner) for inner in block.blocks)
        elif isinstance(block, NumberCards):  # as a list: the number first, in bold
            out.append("\n".join(
                "- " + inline(Paragraph((Run(card.number, bold=True),
                                         Run(f" \u00b7 {card.name}"
                                             + (f": {card.detail}" if card.detail else "")))))
                for card in block.cards))
        elif isinstance(block, Details):
            out.append(f"**{escape(block.summary)}**")
            out.extend(_simple(inner) for inner in block.blocks)
        elif isinstance(block, Heading):
            out.append(_heading(block.level, block.text))
        elif isinstance(block, Text | Bullets):
            out.append(_simple(block))
        elif isinstance(block, Table):
            out.append(_table(block))
        elif isinstance(block, Picture):
            if block.caption:  # a picture without words prints nothing
                out.append(_simple(block))
        elif not isinstance(block, PageBreak):  # plain text has no pages
            raise TypeError(f"the Markdown writer has no way to write a {type(block).__name__}")
    return ("\n\n".join(out) + "\n").encode("utf-8")


def _simple(block: Heading | Text | Bullets | Picture) -> str:
    """Return a heading, paragraph, list or picture (as its caption: plain text has no
    pictures) as Markdown."""
    if isinstance(block, Picture):
        return escape(block.caption)
    if isinstance(block, Heading):
        return _heading(block.level, block.text)
    if isinstance(block, Text):
        return f"> {inline(block.paragraph)}" if block.direction else inline(block.paragraph)
    return "\n".join(_item(block, n, item) for n, item in enumerate(block.items))


def _item(block: Bullets, index: int, item: Paragraph) -> str:
    """Return one list item: indented by its level, numbered, boxed or bulleted."""
    indent = "  " * block.level(index)
    if block.numbered:
        return f"{indent}{index + 1}. {inline(item)}"
    return f"{indent}- {'[ ] ' if block.checklist else ''}{inline(item)}"


def _table(block: Table) -> str:
    """Return a table block as a Markdown table: its header row, a rule, then its rows."""
    lines = [" | ".join(_escape_markup(cell) for cell in block.header),
             " | ".join("---:" if block.numeric(n) else "---"  # figures flush right
                        for n in range(len(block.header)))]
    lines += [" | ".join(_escape_markup(cell) for cell in row) for row in block.rows]
    return "\n".join(f"| {line} |" for line in lines)
