"""The XML namespaces of a PowerPoint package (and of the Word documents the guide and
handout are), spelled once, and the element type."""

from __future__ import annotations

from lxml import etree

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"  # a Word document's
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
XML = "http://www.w3.org/XML/1998/namespace"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"

# Clark-notation prefixes: f"{A_}t" is the tag a:t.
A_, P_, R_ = f"{{{A}}}", f"{{{P}}}", f"{{{R}}}"

Element = etree._Element  # the type of every element the writers and checks handle

_PREFIXES = {"a": A, "p": P, "r": R, "c": C}


def qn(name: str) -> str:
    """Return the Clark-notation tag of a prefixed `name`: qn("a:t") is "{...main}t"."""
    prefix, _, local = name.partition(":")
    return f"{{{_PREFIXES[prefix]}}}{local}"


def new_element(tag: str) -> Element:
    """Return a new, empty element with the Clark-notation `tag`."""
    return etree.Element(tag)
