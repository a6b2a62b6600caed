"""Lint of the built .pptx package: what a consumer trips over before it shows a slide."""

from __future__ import annotations

import posixpath
import re

from workshop.ooxml.package_view import PackageView, view_of
from workshop.ooxml.shapes import (
    lists_notes_master,
    placed_boxes,
    shape_ids,
    slide_size,
    text_nodes,
)
from workshop.session import Cache

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPE = re.compile(r"_x[0-9A-Fa-f]{4}_")


def _slide_number(name: str) -> int | None:
    match = re.fullmatch(r"ppt/slides/slide(\d+)\.xml", name)
    return int(match.group(1)) if match else None


def _member_findings(package: PackageView, name: str) -> list[tuple[int | None, str, str]]:
    """Return the problems of the XML member `name` on its own: characters XML forbids, and
    on a slide, escaped control characters and repeated shape ids."""
    number = _slide_number(name)
    if _ILLEGAL.search(package.read(name).decode("utf-8")):
        return [(number, "P503", f"{name}: contains a character XML does not allow")]
    if number is None:
        return []
    found: list[tuple[int | None, str, str]] = []
    root = package.xml(name)
    for node in text_nodes(root):
        if node.text and _ESCAPE.search(node.text):
            found.append((number, "P503", f"text shows an escaped control character: "
                          f"{node.text!r}"))
    ids = shape_ids(root)
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        found.append((number, "P502", f"shape ids repeated on the slide: "
                      f"{', '.join(duplicates)}"))
    return found


# Each member's own problems by its name and bytes: a batch's decks share their template's
# members and most of their slides.
_MEMBERS = Cache("package lint by member", 8_000)


def package_findings(data: bytes | PackageView) -> list[tuple[int | None, str, str]]:
    """Return (slide part number or None, code, message) for every package problem."""
    package = view_of(data)
    found: list[tuple[int | None, str, str]] = []
    names = set(package.names)
    for name in sorted(names):
        if not name.endswith(".rels"):
            continue
        source = posixpath.join(posixpath.dirname(posixpath.dirname(name)),
                                posixpath.basename(name).removesuffix(".rels"))
        for rid, _, target in package.targets(source):
            if target not in names:
                found.append((None, "P501", f"{name}: relationship {rid} points at {target}, "
                              "which is not in the package"))
    for name in sorted(names):
        if name.endswith(".xml"):
            key = (name, package.read(name))
            member = _MEMBERS.get(key)
            if member is None:
                member = _MEMBERS.keep(key, tuple(_member_findings(package, name)))
            found += member
    presentation = package.xml("ppt/presentation.xml")
    if not lists_notes_master(presentation) and any(
            n.startswith("ppt/notesMasters/") for n in names):
        found.append((None, "P504", "the notes master is not listed in presentation.xml"))
    width, height = slide_size(presentation)
    for name in sorted(n for n in names if re.fullmatch(r"ppt/slideLayouts/[^/]+\.xml", n)):
        root = package.xml(name)
        for left, top, cx, cy in placed_boxes(root):
            right, bottom = left + cx, top + cy
            if right > width * 1.01 or bottom > height * 1.01:
                found.append((None, "P505", f"{name}: a shape reaches past the "
                              f"{width}x{height} slide; the layout was made for another size"))
                break
    return found
