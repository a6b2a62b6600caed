"""Documents as Markdown: clean and readable as plain text."""

from __future__ import annotations

from workshop.documents import Bullets, Document, Heading, Picture, Table, Text
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
    """Return the document as UTF-8 Markdown."""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            out.append(f"{'#' * block.level} {block.text}")
        elif isinstance(block, Text):
            out.append(f"> {inline(block.paragraph)}" if block.direction
                       else inline(block.paragraph))
        elif isinstance(block, Bullets):
            box = "[ ] " if block.checklist else ""
            out.append("\n".join(f"- {box}{inline(item)}" for item in block.items))
        elif isinstance(block, Table):
            lines = [" | ".join(block.header), " | ".join("---" for _ in block.header)]
            lines += [" | ".join(cell.replace("|", r"\|") for cell in row) for row in block.rows]
            out.append("\n".join(f"| {line} |" for line in lines))
        elif isinstance(block, Picture) and block.caption:
            out.append(block.caption)  # plain text has no pictures; keep what it says
    return ("\n\n".join(out) + "\n").encode("utf-8")
