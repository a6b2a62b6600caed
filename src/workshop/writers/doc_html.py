"""Documents as one self-contained HTML file: styles and images inline, a print stylesheet."""

from __future__ import annotations

import base64
from html import escape

from workshop.blocks import (
    FINE_PRINT,
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
from workshop.notes_text import Paragraph
from workshop.typography import heading_line, keep_together, no_widow

_MIME = {"png": "image/png", "jpg": "image/jpeg"}


def inline(paragraph: Paragraph) -> str:
    """Return a paragraph's runs as escaped HTML with emphasis."""
    parts = []
    for run in paragraph.runs:
        text = escape(keep_together(run.text, words=False))  # a phone number never breaks
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
p.fine-print {{ font-size: {FINE_PRINT}em; }}
ul.checklist {{ list-style: "\\2610  "; }}
table {{ border-collapse: collapse; margin: 1em 0; }}
th, td {{ border: 1px solid #bbb; padding: .3em .7em; text-align: left; }}
th {{ background: #{s.primary}; color: #fff; }}
th.figures, td.figures {{ text-align: right; font-variant-numeric: tabular-nums; }}
figure {{ margin: 1em 0; }} figcaption {{ font-size: .95em; }}
img.logo {{ float: right; margin: 0 0 1em 1em; }}
header.cover {{ border-bottom: 3px solid #{s.accent}; margin-bottom: 2em; }}
nav.contents ol {{ columns: 2; }}
hr.page {{ border: 0; border-top: 1px solid #ddd; margin: 2em 0; }}
header.band {{ display: flex; justify-content: space-between; align-items: center;
               background: #{s.primary}; color: #fff; padding: .8em 1.2em; }}
header.band h1 {{ color: #fff; margin: 0 0 .2em; }} header.band p {{ margin: 0; }}
img.band-logo {{ background: #fff; padding: .4em; border-radius: .3em; }}
div.columns {{ display: grid; gap: 0 2em; }}
div.box {{ border: 2px solid #{s.accent}; padding: 0 1em; margin: 1em 0; }}
div.numbers {{ display: flex; flex-wrap: wrap; gap: .8em; margin: .5em 0 1em; }}
div.numbers > div {{ flex: 1 1 12em; border-top: 4px solid #{s.accent};
                     background: #{s.accent}1a; padding: .4em .8em; }}
div.numbers p {{ margin: 0 0 .15em; }}
p.number {{ font-family: "{s.heading_font}", "Caladea", Georgia, serif; font-weight: bold;
            font-size: 2em; color: #{s.primary}; white-space: nowrap; }}
li::marker {{ color: #{s.accent}; }}
div.columns, div.box {{ break-inside: avoid; }}
details {{ margin: .5em 0 1.5em; }} summary {{ cursor: pointer; color: #{s.primary}; }}
figure img {{ max-width: 100%; height: auto; }}
@media print {{
  @page {{ margin: 16mm; }}
  body {{ margin: 0; max-width: none; }}
  h2, h3, h4 {{ break-after: avoid; }}
  header.cover {{ break-after: page; border: 0; }}
  hr.page {{ break-after: page; border: 0; margin: 0; }}
  table, figure, li {{ break-inside: avoid; }}
}}
"""


def write_html(document: Document) -> bytes:
    """Return the document as a UTF-8 HTML page that needs no other file: the cover as a
    header, the contents as links to the chapters, nested lists, and page breaks for print."""
    body: list[str] = []
    ids = _heading_ids(document)
    chapters = [(ids[n], b.text) for n, b in enumerate(document.blocks)
                if isinstance(b, Heading) and b.level == 2]
    for n, block in enumerate(document.blocks):
        if isinstance(block, Cover):
            logo = _image(block.logo, ' class="cover-logo"') if block.logo else ""
            lines = "".join(f"<p>{escape(heading_line(line, words=False))}</p>"
                            for line in block.lines)
            kicker = f'<p class="kicker">{escape(block.kicker)}</p>' if block.kicker else ""
            title = escape(no_widow(block.title))
            picture = (f"<figure>{_image(block.picture)}</figure>" if block.picture is not None
                       else "")
            form = _table(block.form) if block.form is not None else ""
            body.append(f'<header class="cover">{logo}{kicker}<h1>{title}</h1>{lines}'
                        f"{picture}</header>{form}")
        elif isinstance(block, Contents):
            links = "".join(f'<li><a href="#{anchor}">{escape(text)}</a></li>'
                            for anchor, text in chapters)
            body.append(f'<nav class="contents"><h2>{escape(block.title)}</h2><ol>{links}'
                        "</ol></nav>")
        elif isinstance(block, PageBreak):
            body.append('<hr class="page">')
        elif isinstance(block, Band):
            logo = _image(block.logo, ' class="band-logo"') if block.logo else ""
            lines = "".join(f"<p>{escape(heading_line(line, words=False))}</p>"
                            for line in block.lines)
            body.append(f'<header class="band"><div><h1>{escape(no_widow(block.title))}</h1>'
                        f'{lines}</div>'
                        f"{logo}</header>")
        elif isinstance(block, Columns):
            template = " ".join(f"{w:g}fr" for w in block.widths)
            columns = "".join("<div>" + "".join(_simple(b) for b in column) + "</div>"
                              for column in block.columns)
            body.append(f'<div class="columns" style="grid-template-columns:{template}">'
                        f"{columns}</div>")
        elif isinstance(block, Box):
            body.append('<div class="box">' + "".join(_simple(b) for b in block.blocks)
                        + "</div>")
        elif isinstance(block, NumberCards):
            cards = "".join(
                f'<div><p class="number">{escape(card.number)}</p>'
                f"<p><strong>{escape(card.name)}</strong></p>"
                + (f'<p class="fine-print">{escape(card.detail)}</p>' if card.detail else "")
                + "</div>" for card in block.cards)
            body.append(f'<div class="numbers">{cards}</div>')
        elif isinstance(block, Details):
            inner = "".join(_simple(b) for b in block.blocks)
            body.append(f"<details><summary>{escape(block.summary)}</summary>{inner}</details>")
        elif isinstance(block, Heading):
            anchor = f' id="{ids[n]}"' if n in ids else ""
            body.append(f"<h{block.level}{anchor}>{escape(block.text)}</h{block.level}>")
        elif isinstance(block, Text | Bullets):
            body.append(_simple(block))
        elif isinstance(block, Table):
            body.append(_table(block))
        elif isinstance(block, Picture):
            if block.caption:
                body.append(f"<figure>{_image(block)}<figcaption>{escape(block.caption)}"
                            "</figcaption></figure>")
            else:
                body.append(_image(block, ' class="logo"'))
        else:
            raise TypeError(f"the HTML writer has no way to write a {type(block).__name__}")
    lang = document.language.split("-")[0]
    page = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(document.title)}</title>\n<style>{_css(document)}</style>\n"
            f"</head>\n<body>\n<main>\n" + "\n".join(body) + "\n</main>\n</body>\n</html>\n")
    return page.encode("utf-8")


def _simple(block: Heading | Text | Bullets | Picture) -> str:
    """Return a heading, paragraph, list or picture as HTML (what a column, box or details
    block holds)."""
    if isinstance(block, Picture):
        caption = f"<figcaption>{escape(block.caption)}</figcaption>" if block.caption else ""
        return f"<figure>{_image(block)}{caption}</figure>"
    if isinstance(block, Heading):
        return f"<h{block.level}>{escape(block.text)}</h{block.level}>"
    if isinstance(block, Text):
        css = (' class="direction"' if block.direction
               else ' class="fine-print"' if block.fine_print else "")
        return f"<p{css}>{inline(block.paragraph)}</p>"
    return _list(block)


def _heading_ids(document: Document) -> dict[int, str]:
    """Return an anchor for each chapter heading (level 2), by its block's index."""
    return {n: f"part-{count}" for count, n in enumerate(
        (n for n, b in enumerate(document.blocks) if isinstance(b, Heading) and b.level == 2),
        start=1)}


def _image(block: Picture, css: str = "") -> str:
    data = base64.b64encode(block.data).decode("ascii")
    frame = "; border:1px solid #B8C0C6" if block.framed else ""
    return (f'<img src="data:{_MIME[block.extension]};base64,{data}" '
            f'alt="{escape(block.alt)}" style="width:{block.width_in}in; height:auto{frame}"'
            f"{css}>")


def _list(block: Bullets) -> str:
    """Return a list as nested <ul> (or <ol> for steps), one level deeper per sub-point."""
    tag = "ol" if block.numbered else "ul"
    css = ' class="checklist"' if block.checklist else ""
    out, depth = [f"<{tag}{css}>"], 0
    for index, item in enumerate(block.items):
        level = block.level(index)
        while depth < level:
            out.append(f"<{tag}>")
            depth += 1
        while depth > level:
            out.append(f"</li></{tag}>")
            depth -= 1
        if index and not out[-1].startswith(f"<{tag}"):
            out.append("</li>")
        out.append(f"<li>{inline(item)}")
    while depth:
        out.append(f"</li></{tag}>")
        depth -= 1
    out.append(f"</li></{tag}>")
    return "".join(out)


def _table(block: Table) -> str:
    """Return a table block as HTML: its header row, then its rows."""
    columns = "".join(f'<col style="width:{w}in">' for w in block.widths)
    # figures flush right, so that their digits line up
    align = [' class="figures"' if block.numeric(n) else "" for n in range(len(block.header))]
    head = "".join(f"<th{a}>{escape(cell)}</th>" for cell, a in zip(block.header, align,
                                                                    strict=True))
    rows = "".join("<tr>" + "".join(f"<td{a}>{escape(c)}</td>" for c, a in zip(row, align,
                                                                                strict=True))
                   + "</tr>" for row in block.rows)
    colgroup = f"<colgroup>{columns}</colgroup>" if columns else ""
    return f"<table>{colgroup}<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
