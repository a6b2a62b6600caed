"""What an organization's .pptx must be before python-pptx opens it as a template.

A template arrives by e-mail like an outline, so its package is read as untrusted: a zip
within size limits, every XML part parsed without a document type (so no entity can be
declared, expanded or fetched, in any encoding), nothing that runs (macros, ActiveX, OLE
objects), and nothing reaching outside the file but a web or mail hyperlink.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from workshop.ooxml.namespaces import PACKAGE_RELATIONSHIPS, R_

MAX_TEMPLATE_BYTES = 200_000_000
MAX_TEMPLATE_ENTRIES = 5_000
# A slide between one inch and PowerPoint's largest, 56 inches, a side.
MIN_SLIDE_EMU, MAX_SLIDE_EMU = 914_400, 51_206_400

# The parser for any XML of a template: no DTD, no entities resolved, nothing fetched.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                              dtd_validation=False, huge_tree=False)
_WEB_OR_MAIL = re.compile(r"(?:https?://|mailto:)", re.IGNORECASE)
_REL = f"{{{PACKAGE_RELATIONSHIPS}}}Relationship"
# What runs code, or fetches it, when a presentation is opened: macros, ActiveX controls and
# embedded or linked OLE objects (by relationship type or content type).
_ACTIVE = re.compile(r"vbaProject|macroEnabled|activeX|oleObject|/control\b", re.IGNORECASE)


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
            parsed: dict[str, etree._Element] = {}
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels")):
                    root, problem = _parsed(path, entry.filename, package.read(entry))
                    if problem:
                        return problem
                    parsed[entry.filename] = root
                elif _ACTIVE.search(entry.filename):
                    return f"{path.name} holds macros ({entry.filename}); save it without them"
            return _active_problem(path, parsed) or _outside_problem(path, parsed)
    except Exception as exc:  # zipfile raises many kinds for a broken or odd archive
        return f"{path.name} is not a readable PowerPoint file: {exc}"


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


def _parsed(path: Path, name: str, data: bytes) -> tuple[etree._Element | None, str | None]:
    """Return a member's XML parsed safely (in whatever encoding it declares), or why not:
    not well-formed, or declaring a document type, which PowerPoint files never do."""
    try:
        root = etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        return None, f"{path.name}: {name} is not well-formed XML ({exc})"
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        return None, (f"{path.name}: {name} declares a document type or entities, which "
                      "PowerPoint files never do; save the template again from PowerPoint")
    return root, None


def _active_problem(path: Path, parsed: dict[str, etree._Element]) -> str | None:
    """Return why the package carries something that runs: a macro project, an ActiveX
    control or an OLE object, named by a content type or a relationship. Or None."""
    types = parsed.get("[Content_Types].xml")
    for element in types.iter() if types is not None else ():
        if _ACTIVE.search(element.get("ContentType") or ""):
            return (f"{path.name} carries macros or active content "
                    f"({element.get('ContentType')}); save it as a plain .pptx")
    for name, root in parsed.items():
        for relationship in root.iter(_REL) if name.endswith(".rels") else ():
            if _ACTIVE.search(relationship.get("Type") or ""):
                return (f"{path.name}: {name} relates macros or active content "
                        f"({relationship.get('Target')}); save it as a plain .pptx")
    return None


def _outside_problem(path: Path, parsed: dict[str, etree._Element]) -> str | None:
    """Return why a part reaches outside the file: a relationship to anything but a web or
    mail hyperlink, or an outside hyperlink used as a picture's or object's source (only
    `r:id`, the hyperlink's own attribute, may name one). Or None."""
    for name, root in parsed.items():
        if not name.endswith(".rels"):
            continue
        outside: set[str] = set()
        for relationship in root.iter(_REL):
            if relationship.get("TargetMode") != "External":
                continue
            target = relationship.get("Target") or ""
            hyperlink = (relationship.get("Type") or "").endswith("/hyperlink")
            if not (hyperlink and _WEB_OR_MAIL.match(target)):
                return (f"{path.name}: {name} links to '{target[:80]}' outside the file; a "
                        "template may link only to web and e-mail addresses (remove the link, "
                        "or embed the picture)")
            outside.add(relationship.get("Id") or "")
        source = _source_of(name)
        for element in parsed[source].iter() if outside and source in parsed else ():
            for attribute, value in element.attrib.items():
                if attribute.startswith(R_) and attribute != f"{R_}id" and value in outside:
                    return (f"{path.name}: {source} takes a picture or object from outside the "
                            "file; embed it instead")
    return None


def _source_of(rels_name: str) -> str:
    """Return the part a relationships member belongs to: a/_rels/b.xml.rels -> a/b.xml."""
    folder, _, file = rels_name.rpartition("_rels/")
    return f"{folder}{file.removesuffix('.rels')}"


def slide_size_problem(path: Path, width: int | None, height: int | None) -> str | None:
    """Return why a template's slide size cannot be laid out on, or None."""
    for side, value in (("width", width), ("height", height)):
        if value is None:
            return f"{path.name} sets no slide size"
        if not MIN_SLIDE_EMU <= value <= MAX_SLIDE_EMU:
            return (f"{path.name} has a slide {side} of {value / 914_400:.2f} in; it must be "
                    "between 1 and 56 in")
    return None
