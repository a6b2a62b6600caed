"""Documents as PDF, through LibreOffice converting the Word file."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from workshop import libreoffice
from workshop.documents import Document
from workshop.writers.doc_docx import write_docx

INSTALL_HINT = ("PDF export needs LibreOffice, which is not installed. Install it, e.g. "
                "'sudo apt-get install libreoffice-writer' on Debian or Ubuntu, or from "
                "libreoffice.org, then run the export again.")


def soffice() -> str:
    """Return the path of LibreOffice's `soffice`; raise LibreOfficeMissing when absent."""
    return libreoffice.soffice(INSTALL_HINT)


def write_pdf(document: Document) -> bytes:
    """Return the document as PDF bytes, with the dates and id LibreOffice writes fixed."""
    with tempfile.TemporaryDirectory(prefix="workshop-pdf-") as folder:
        source = Path(folder) / "document.docx"
        source.write_bytes(write_docx(document))
        return normalize_pdf(libreoffice.convert_to_pdf(source, INSTALL_HINT).read_bytes())


def normalize_pdf(data: bytes) -> bytes:
    """Return `data` with creation dates and document id replaced by fixed, same-length text.

    Same length keeps the cross-reference offsets valid.
    """
    def same_length(match: re.Match[bytes]) -> bytes:
        return match.group(1) + re.sub(rb"[0-9A-Za-z+\-']", b"0", match.group(2)) + match.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", same_length, data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)()", same_length, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)", same_length,
                  data)
    return re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3),
                  re.sub(rb"(>\s*<)([0-9A-Fa-f]+)(>\s*\])",
                         lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3), data))
