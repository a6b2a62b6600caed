"""What an organization's .pptx must be before python-pptx opens it as a template.

A template arrives by e-mail like an outline, so its package is read as untrusted: a zip
within size limits, XML without a document type (so no entity can be declared, expanded or
fetched), no macros, and no relationship reaching outside the file but a web or mail link.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

MAX_TEMPLATE_BYTES = 200_000_000
MAX_TEMPLATE_ENTRIES = 5_000
# A slide between one inch and PowerPoint's largest, 56 inches, a side.
MIN_SLIDE_EMU, MAX_SLIDE_EMU = 914_400, 51_206_400

# The parser for any XML of a template: no DTD, no entities resolved, nothing fetched.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                              dtd_validation=False, huge_tree=False)
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_WEB_OR_MAIL = re.compile(r"(?:https?://|mailto:)", re.IGNORECASE)
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def package_problem(path: Path) -> str | None:
    """Return why the file at `path` cannot be used as a template package, or None."""
    try:
        if not zipfile.is_zipfile(path):
            return f"{path.name} is not a PowerPoint file"
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
            problem = _size_problem(path, entries)
            if problem:
                return problem
            for entry in entries:
                problem = _entry_problem(path, entry, package)
                if problem:
                    return problem
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        return f"{path.name} is not a readable PowerPoint file: {exc}"
    return None


def _size_problem(path: Path, entries: list[zipfile.ZipInfo]) -> str | None:
    """Return why the package is too big to unpack (a zip bomb, or just too much), or None."""
    unpacked = sum(entry.file_size for entry in entries)
    packed = max(sum(entry.compress_size for entry in entries), 1)
    if len(entries) > MAX_TEMPLATE_ENTRIES or unpacked > MAX_TEMPLATE_BYTES or (
            unpacked > 10_000_000 and unpacked / packed > 100):
        return (f"{path.name} unpacks to {unpacked:,} bytes in {len(entries):,} files; a "
                f"template may hold at most {MAX_TEMPLATE_BYTES:,} bytes in "
                f"{MAX_TEMPLATE_ENTRIES:,} files (is it a zip bomb?)")
    return None


def _entry_problem(path: Path, entry: zipfile.ZipInfo, package: zipfile.ZipFile) -> str | None:
    """Return why one member of the package is refused, or None."""
    name = entry.filename
    if name.lower().endswith(".bin") and "vba" in name.lower():  # vbaProject.bin
        return f"{path.name} holds macros ({name}); save it as a .pptx without macros"
    if not name.endswith((".xml", ".rels")):
        return None
    data = package.read(entry)
    if _DOCTYPE.search(data[:4096]) or _DOCTYPE.search(data):
        return (f"{path.name}: {name} declares a document type or entities, which PowerPoint "
                "files never do; save the template again from PowerPoint")
    if name == "[Content_Types].xml" and b"macroEnabled" in data:
        return f"{path.name} is a macro-enabled presentation; save it as a .pptx without macros"
    if name.endswith(".rels"):
        return _relationships_problem(path, name, data)
    return None


def _relationships_problem(path: Path, name: str, data: bytes) -> str | None:
    """Return why a part's relationships are refused: one leading outside the file that is
    not a web or mail hyperlink (a linked picture, a file:// path, an OLE link). Or None."""
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        return f"{path.name}: {name} is not well-formed XML ({exc})"
    for relationship in root.iter(_REL):
        if relationship.get("TargetMode") != "External":
            continue
        target = relationship.get("Target") or ""
        hyperlink = (relationship.get("Type") or "").endswith("/hyperlink")
        if not (hyperlink and _WEB_OR_MAIL.match(target)):
            return (f"{path.name}: {name} links to '{target[:80]}' outside the file; a template "
                    "may link only to web and e-mail addresses (remove the link, or embed the "
                    "picture)")
    return None


def slide_size_problem(path: Path, width: int | None, height: int | None) -> str | None:
    """Return why a template's slide size cannot be laid out on, or None."""
    for side, value in (("width", width), ("height", height)):
        if value is None:
            return f"{path.name} sets no slide size"
        if not MIN_SLIDE_EMU <= value <= MAX_SLIDE_EMU:
            return (f"{path.name} has a slide {side} of {value / 914_400:.2f} in; it must be "
                    "between 1 and 56 in")
    return None
