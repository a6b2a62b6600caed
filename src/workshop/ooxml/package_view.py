"""A built .pptx read once for all checks: its parts parsed on first use, relationships resolved.

The checks read the package as any consumer would, from the bytes written, but with lxml
alone: opening it again through python-pptx cost more than building it.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from workshop.ooxml.namespaces import PACKAGE_RELATIONSHIPS, A, P, R  # noqa: F401 (checks use A, P)
from workshop.session import Cache

# Members that differ from deck to deck; the rest (masters, layouts, theme, their pictures)
# come from the template and repeat across a batch.
_PER_DECK = ("ppt/slides/", "ppt/notesSlides/", "ppt/charts/", "ppt/embeddings/",
             "ppt/presentation.xml", "ppt/_rels/presentation.xml.rels", "docProps/",
             "[Content_Types].xml")


def from_template(name: str) -> bool:
    """Return True when the package member `name` comes from the template (and a kit), the
    same in every deck built on it, rather than from the deck itself."""
    return not name.startswith(_PER_DECK)


REL = PACKAGE_RELATIONSHIPS
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


_SHARED = Cache("parsed template members by bytes", 256)


def _shared_parse(data: bytes) -> etree._Element:
    """Return `data` parsed, reusing the element parsed from equal bytes earlier."""
    element = _SHARED.get(data)
    if element is None:
        element = _SHARED.keep(data, etree.fromstring(data, _PARSER))
    return element


class PackageView:
    """The parts of one package, each parsed at most once."""

    def __init__(self, data: bytes, entries: dict[str, bytes] | None = None):
        """Read the package `data`; `entries`, when given, are its members already unzipped
        (the writer has them at hand), in their order."""
        self.zip = zipfile.ZipFile(io.BytesIO(data)) if entries is None else None
        self.names = list(entries) if entries is not None else self.zip.namelist()
        self._members = set(self.names)
        self._bytes: dict[str, bytes] = dict(entries) if entries is not None else {}
        self._xml: dict[str, etree._Element] = {}
        self._targets: dict[tuple[str, str], str] = {}
        self._relationships: dict[str, list[tuple[str, str, str]]] = {}

    def read(self, name: str) -> bytes:
        """Return the bytes of the part `name` (no leading slash)."""
        if name not in self._bytes:
            self._bytes[name] = self.zip.read(name)
        return self._bytes[name]

    def xml(self, name: str) -> etree._Element:
        """Return the parsed root element of the part `name` (not to be changed: parts of the
        template are parsed once per build session and shared by every package that holds them)."""
        if name not in self._xml:
            data = self.read(name)
            if not from_template(name):
                self._xml[name] = etree.fromstring(data, _PARSER)
            else:
                self._xml[name] = _shared_parse(data)
        return self._xml[name]

    def has(self, name: str) -> bool:
        """Return True when the package holds a part called `name`."""
        return name in self._members

    def relationships(self, name: str) -> list[tuple[str, str, str | None]]:
        """Return the internal relationships of part `name`: (id, type, target part name), the
        target None when it is not in the package."""
        return [(rid, kind, target if self.has(target) else None)
                for rid, kind, target in self.targets(name)]

    def targets(self, name: str) -> list[tuple[str, str, str]]:
        """Return the internal relationships of part `name` ("" for the package itself) as
        (id, type, the part name its target resolves to, present or not)."""
        found = self._relationships.get(name)
        if found is None:  # every slide asks after its layout's master: read each part once
            found = self._relationships[name] = self._read_targets(name)
        return found

    def _read_targets(self, name: str) -> list[tuple[str, str, str]]:
        folder, base = posixpath.split(name)
        rels = posixpath.join(folder, "_rels", f"{base}.rels")
        if not self.has(rels):
            return []
        found = []
        for rel in self.xml(rels).iter(f"{{{REL}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            key = (folder, rel.get("Target", ""))
            target = self._targets.get(key)
            if target is None:  # most parts point at the same few: resolve each pair once
                target = self._targets[key] = posixpath.normpath(
                    posixpath.join(*key)).lstrip("/")
            found.append((rel.get("Id", ""), rel.get("Type", ""), target))
        return found

    def related(self, name: str, kind: str) -> str | None:
        """Return the first part `name` relates to with a type ending in "/`kind`", or None."""
        return next((target for _, reltype, target in self.relationships(name)
                     if reltype.endswith(f"/{kind}") and target), None)

    def slides(self) -> list[str]:
        """Return the slide part names in presentation order."""
        presentation = "ppt/presentation.xml"
        targets = {rid: target for rid, _, target in self.relationships(presentation)}
        ids = self.xml(presentation).iterfind(f"{{{P}}}sldIdLst/{{{P}}}sldId")
        return [t for t in (targets.get(s.get(f"{{{R}}}id")) for s in ids) if t]

    def layouts(self, master: str) -> list[str]:
        """Return the layout part names of `master` in its listed order."""
        targets = {rid: target for rid, _, target in self.relationships(master)}
        ids = self.xml(master).iterfind(f"{{{P}}}sldLayoutIdLst/{{{P}}}sldLayoutId")
        return [t for t in (targets.get(s.get(f"{{{R}}}id")) for s in ids) if t]

    def first_master(self) -> str | None:
        """Return the first slide master's part name, or None."""
        return self.related("ppt/presentation.xml", "slideMaster")


def view_of(data: bytes | PackageView) -> PackageView:
    """Return `data` as a PackageView (it may already be one)."""
    return data if isinstance(data, PackageView) else PackageView(data)
