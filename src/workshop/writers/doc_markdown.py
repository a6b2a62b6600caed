"""Documents as Markdown: clean and readable as plain text."""

from __future__ import annotations

from workshop.documents import (
    Band,
    Box,
    Bullets,
    Columns,
    Contents,
    Cover,
    Details,
    Document,
    Heading,
    Picture,
    Table,
    Text,
)
from workshop.notes_text import Paragraph


def inline(paragraph: Paragraph) -> str:
    """Return a paragraph's runs with Markdown emphasis."""
    parts = []
    for run in paragraph.runs:
        text = run.text.replace("*", r"\*")
        core = text.strip()
        if core and (run.bold or run.italic):
            mark = "**" if run.bold else "*"
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            text = f"{lead}{mark}{core}{mark}{trail}"
        parts.append(text)
    return "".join(parts)


def write_markdown(document: Document) -> bytes:
    """Return the document as UTF-8 Markdown: the cover as its title and lines, the contents
    as a list of the chapters (plain text has no pages)."""
    out: list[str] = []
    chapters = [b.text for b in document.blocks if isinstance(b, Heading) and b.level == 2]
    for block in document.blocks:
        if isinstance(block, Cover):
            out.append(f"# {block.kicker}: {block.title}" if block.kicker
                       else f"# {block.title}")
            out.extend(block.lines)
        elif isinstance(block, Contents):
            out.append(f"## {block.title}")
            out.append("\n".join(f"- {chapter}" for chapter in chapters))
        elif isinstance(block, Band):
            out.append(f"# {block.title}")
            out.extend(block.lines)
        elif isinstance(block, Columns):  # plain text has one column: one after the other
            out.extend(_simple(inner) for column in block.columns for inner in column)
        elif isinstance(block, Box):
            out.extend(_simple(inner) for inner in block.blocks)
        elif isinstance(block, Details):
            out.append(f"**{block.summary}**")
            out.extend(_simple(inner) for inner in block.blocks)
        elif isinstance(block, Heading):
            out.append(f"{'#' * block.level} {block.text}")
        elif isinstance(block, Text | Bullets):
            out.append(_simple(block))
        elif isinstance(block, Table):
            lines = [" | ".join(block.header), " | ".join("---" for _ in block.header)]
            lines += [" | ".join(cell.replace("|", r"\|") for cell in row) for row in block.rows]
            out.append("\n".join(f"| {line} |" for line in lines))
        elif isinstance(block, Picture) and block.caption:
            out.append(_simple(block))
    return ("\n\n".join(out) + "\n").encode("utf-8")


def _simple(block: Heading | Text | Bullets | Picture) -> str:
    """Return a heading, paragraph, list or picture (as its caption: plain text has no
    pictures) as Markdown."""
    if isinstance(block, Picture):
        return block.caption
    if isinstance(block, Heading):
        return f"{'#' * block.level} {block.text}"
    if isinstance(block, Text):
        return f"> {inline(block.paragraph)}" if block.direction else inline(block.paragraph)
    return "\n".join(_item(block, n, item) for n, item in enumerate(block.items))


def _item(block: Bullets, index: int, item: Paragraph) -> str:
    """Return one list item: indented by its level, numbered, boxed or bulleted."""
    indent = "  " * block.level(index)
    if block.numbered:
        return f"{indent}{index + 1}. {inline(item)}"
    return f"{indent}- {'[ ] ' if block.checklist else ''}{inline(item)}"
