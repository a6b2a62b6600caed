"""The documents a deck can be exported as, and the formats they are written in: one registry
the command line, the jobs (build, export, a season's `--with`) and the studio all read, so
that a format or kind is added in one place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from workshop.errors import LibreOfficeMissing
from workshop.libreoffice import soffice


@dataclass(frozen=True)
class DocumentFormat:
    """A file format a document is written in: its extension, its name for people, the
    media type a download is served with, the function that writes it, and whether it shows
    pictures (the guide then shows each slide as LibreOffice renders it)."""

    name: str
    label: str
    media_type: str
    writer: str  # "module:function", imported when first used
    needs_libreoffice: bool = False
    shows_pictures: bool = True

    def write(self) -> Callable:
        """Return the function that turns a document into bytes of this format."""
        module, _, function = self.writer.partition(":")
        return getattr(importlib.import_module(module), function)


@dataclass(frozen=True)
class DocumentKind:
    """A document made from a deck: the facilitator guide, the participant handout, or the
    slides as one page; the formats it comes in; whether it is made beside a deck in a season
    (`--with`) and offered as a download in the studio."""

    name: str
    label: str
    formats: tuple[str, ...]
    beside_a_deck: bool = True


FORMATS: dict[str, DocumentFormat] = {format_.name: format_ for format_ in (
    DocumentFormat("md", "Markdown", "text/markdown; charset=utf-8",
                   "workshop.writers.doc_markdown:write_markdown", shows_pictures=False),
    DocumentFormat("html", "HTML", "text/html; charset=utf-8",
                   "workshop.writers.doc_html:write_html"),
    DocumentFormat("docx", "Word", "application/vnd.openxmlformats-officedocument."
                   "wordprocessingml.document", "workshop.writers.doc_docx:write_docx"),
    DocumentFormat("pdf", "PDF", "application/pdf", "workshop.writers.doc_pdf:write_pdf",
                   needs_libreoffice=True),
)}
KINDS: dict[str, DocumentKind] = {kind.name: kind for kind in (
    DocumentKind("guide", "Facilitator guide", ("md", "html", "docx", "pdf")),
    DocumentKind("handout", "Handout", ("md", "html", "docx", "pdf")),
    DocumentKind("slides", "Slides as a web page", ("html",), beside_a_deck=False),
)}
DECK_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DEFAULT_FORMAT = "pdf"  # a document beside a deck, when `--with` names no format
OFFERED = ("pdf", "docx", "html", "md")  # the order a person is offered them: print first


def beside_a_deck() -> tuple[str, ...]:
    """Return the kinds a season writes beside each deck (`--with`)."""
    return tuple(name for name, kind in KINDS.items() if kind.beside_a_deck)


def offers(kind: str, fmt: str) -> bool:
    """Return True when document `kind` comes in format `fmt`."""
    return kind in KINDS and fmt in KINDS[kind].formats


def made_here(fmt: str) -> str:
    """Return `fmt`, or "docx" in its place when `fmt` is made through LibreOffice (a PDF)
    and this machine has none: a document still comes, in Word, rather than an error."""
    if not FORMATS[fmt].needs_libreoffice:
        return fmt
    try:
        soffice("")
    except LibreOfficeMissing:
        return "docx"
    return fmt
