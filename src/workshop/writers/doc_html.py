"""Documents as one self-contained HTML file: styles and images inline, a print stylesheet."""

from __future__ import annotations

import base64
from html import escape

from workshop.documents import Bullets, Document, Heading, Picture, Table, Text
from workshop.notes_text import Paragraph

_MIME = {"png": "image/png", "jpg": "image/jpeg"}


def inline(paragraph: Paragraph) -> str:
    """Return a paragraph's runs as escaped HTML with emphasis."""
    parts = []
    for run in paragraph.runs:
        text = escape(run.text)
        if run.italic:
            text = f"<em>{text}</em>"
        if run.bold:
            text = f"<strong>{text}</strong>"
        parts.append(text)
    return "".join(parts)


def _css(document: Document) -> str:
    s = document.style
    return f"""
body {{ font-family: "{s.body_font}", "Carlito", "Liberation Sans", sans-serif;
       font-size: {s.body_pt}pt; line-height: 1.4; color: #{s.text}; margin: 2em auto;
       max-width: 46em; padding: 0 1em; }}
h1, h2, h3, h4 {{ font-family: "{s.heading_font}", "Caladea", Georgia, serif;
                  color: #{s.primary}; line-height: 1.2; }}
h1 {{ font-size: 1.9em; }} h2 {{ font-size: 1.45em; border-bottom: 2px solid #{s.accent}; }}
h3 {{ font-size: 1.2em; margin-top: 1.6em; }} h4 {{ font-size: 1em; margin-bottom: .2em; }}
p.direction {{ font-style: italic; color: #4a4a4a; border-left: 4px solid #{s.accent};
               padding-left: .8em; }}
ul.checklist {{ list-style: "\\2610  "; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #bbb; padding: .3em .7em; text-align: left; }}
th {{ background: #{s.primary}; color: #fff; }}
figure {{ margin: 1em 0; }} figcaption {{ font-size: .95em; }}
img.logo {{ float: right; margin: 0 0 1em 1em; }}
@media print {{
  @page {{ margin: 16mm; }}
  body {{ margin: 0; max-width: none; }}
  h2, h3, h4 {{ break-after: avoid; }}
  table, figure, li {{ break-inside: avoid; }}
}}
"""


def write_html(document: Document) -> bytes:
    """Return the document as a UTF-8 HTML page that needs no other file."""
    body: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            body.append(f"<h{block.level}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Text):
            css = ' class="direction"' if block.direction else ""
            body.append(f"<p{css}>{inline(block.paragraph)}</p>")
        elif isinstance(block, Bullets):
            css = ' class="checklist"' if block.checklist else ""
            items = "".join(f"<li>{inline(item)}</li>" for item in block.items)
            body.append(f"<ul{css}>{items}</ul>")
        elif isinstance(block, Table):
            head = "".join(f"<th>{escape(cell)}</th>" for cell in block.header)
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                           for row in block.rows)
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        elif isinstance(block, Picture):
            data = base64.b64encode(block.data).decode("ascii")
            img = (f'<img src="data:{_MIME[block.extension]};base64,{data}" '
                   f'alt="{escape(block.alt)}" style="width:{block.width_in}in"')
            if block.caption:
                body.append(f"<figure>{img}><figcaption>{escape(block.caption)}</figcaption>"
                            "</figure>")
            else:
                body.append(f'{img} class="logo">')
    lang = document.language.split("-")[0]
    page = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(document.title)}</title>\n<style>{_css(document)}</style>\n"
            f"</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n")
    return page.encode("utf-8")
