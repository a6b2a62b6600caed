"""Accessibility of the built slides, as a screen reader or a parent at the back sees them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from workshop.contrast import BODY_TEXT_MINIMUM, LARGE_TEXT_MINIMUM, contrast_ratio
from workshop.ooxml.elements import SHAPE_TAGS, is_small_print, placeholder_idx
from workshop.ooxml.fit import FLOOR_PT, Inheritance, Lineage, smallest_size
from workshop.ooxml.namespaces import Element, new_element
from workshop.ooxml.package_view import A, P, PackageView, view_of
from workshop.ooxml.text import body_text, has_text
from workshop.ooxml.theme import read_schemes
from workshop.session import Cache
from workshop.text_clean import is_blank

# Scheme colours our layouts put on one another: (text, behind it, minimum, where).
COLOUR_PAIRS = [
    ("dk1", "lt1", BODY_TEXT_MINIMUM, "body text"),
    ("dk2", "lt1", LARGE_TEXT_MINIMUM, "slide titles"),
    ("dk2", "lt2", LARGE_TEXT_MINIMUM, "questions in the prompt band"),
    ("dk1", "lt2", LARGE_TEXT_MINIMUM, "text in step panels and speech bubbles"),
    ("lt1", "dk2", LARGE_TEXT_MINIMUM, "text on the title and closing slides"),
    ("lt1", "accent1", LARGE_TEXT_MINIMUM, "text on section slides and step headings"),
]
# Every kind of shape a shape tree can hold, as python-pptx lists a slide's shapes.
_SHAPES = {f"{{{P}}}{tag}" for tag in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic",
                                        "contentPart")}
_SP, _PIC = f"{{{P}}}sp", f"{{{P}}}pic"
_RUN, _FIELD, _RUN_PROPS = f"{{{A}}}r", f"{{{A}}}fld", f"{{{A}}}rPr"
_NO_PROPS = new_element(_RUN_PROPS)

# The placeholders of each layout and master, indexed once a session: a season's decks share
# their template's parts.
_inheritance = Cache("placeholder inheritance of templates", 1).remembered(Inheritance)
# A slide's title and its shapes' findings, by the slide's bytes, its layout's and master's and
# the language: a season's decks repeat most of their slides.
_SLIDES_SEEN = Cache("accessibility of slides by their bytes", 4_000)

Finding = tuple[int | None, str, str, bool]  # slide number, code, message, is an error


def accessibility_findings(data: bytes | PackageView, lang: str,
                           organization_template: bool) -> list[Finding]:
    """Return what a screen reader or a reader of the projected slide would stumble on."""
    package = view_of(data)
    found: list[Finding] = []
    master = package.first_master()
    theme = package.related(master, "theme") if master else None
    if theme is not None:
        colors = read_schemes(package.read(theme))[0]
        pairs = COLOUR_PAIRS[:1] if organization_template else COLOUR_PAIRS
        for text, under, minimum, where in pairs:
            ratio = contrast_ratio(colors[text], colors[under])
            if ratio < minimum:
                found.append((None, "A104", f"{where}: #{colors[text]} on #{colors[under]} has "
                              f"a contrast of {int(ratio * 100) / 100:.2f}:1, below "
                              f"{minimum:g}:1", True))
    inheritance = _inheritance()  # the template's parts are shared across packages: see xml()
    titles: Counter[str] = Counter()
    for number, name in enumerate(package.slides(), start=1):
        layout = package.related(name, "slideLayout")
        layout_master = package.related(layout, "slideMaster") if layout else None
        key = (lang, package.read(name), *(package.read(part) if part else b""
                                           for part in (layout, layout_master)))
        seen = _SLIDES_SEEN.get(key)
        if seen is None:
            tree = package.xml(name).find(f"{{{P}}}cSld/{{{P}}}spTree")
            heading_shape = _title(tree)
            lineage = Lineage(package.xml(layout) if layout else None,
                              package.xml(layout_master) if layout_master else None)
            seen = _SLIDES_SEEN.keep(key, (
                _text(heading_shape) if heading_shape is not None else "",
                tuple(_shapes(tree, heading_shape, lang, inheritance, lineage))))
        title, shape_findings = seen
        if is_blank(title):
            found.append((number, "A101", "the slide has no title", True))
        else:
            titles[title.strip()] += 1
            if titles[title.strip()] == 2:
                found.append((number, "A102", f"the title '{title}' is used by more than one "
                              "slide; number or rename them", False))
        found += [(number, *finding) for finding in shape_findings]
    holders = [master, *package.layouts(master)] if master else []
    for holder in holders:
        root = package.xml(holder)
        label = root.find(f"{{{P}}}cSld").get("name") or "the master"
        for shape in _children(root.find(f"{{{P}}}cSld/{{{P}}}spTree")):
            if shape.tag == _PIC and not _alt(shape):
                found.append((None, "A103", f"the picture '{_name(shape)}' on {label} has no "
                              "alt text", True))
    return found


_FILE_NAME = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|svg|webp|emf|wmf)$", re.IGNORECASE)


def _children(tree: Element | None) -> list[Element]:
    """Return the shapes directly in a shape tree."""
    return [] if tree is None else [child for child in tree if child.tag in _SHAPES]


def _title(tree: Element | None) -> Element | None:
    """Return the slide's title: its first placeholder with idx 0, as python-pptx finds it."""
    return next((shape for shape in _children(tree) if shape.tag in SHAPE_TAGS
                 and placeholder_idx(shape) == 0), None)


def _text(shape: Element) -> str:
    body = shape.find(f"{{{P}}}txBody")
    return "" if body is None else body_text(body)


def _shows_text(shape: Element) -> bool:
    body = shape.find(f"{{{P}}}txBody")
    return body is not None and has_text(body)


# The small print (source, footer, page number, QR link) is set at 12 pt by design: read from
# the back of a room only as a reference, never as content.
SMALL_PRINT_LEAST_PT = 12.0


def _name(shape: Element) -> str:
    props = shape.find(f"./*[1]/{{{P}}}cNvPr")
    return "" if props is None else props.get("name", "")


def _alt(shape: Element) -> str:
    """Return the picture's alt text; a bare file name, as PowerPoint fills in, counts as none."""
    props = shape.find(f"./*[1]/{{{P}}}cNvPr")
    alt = ((props.get("descr") if props is not None else None) or "").strip()
    return "" if _FILE_NAME.search(alt) else alt


def _shapes(tree: Element | None, title: Element | None, lang: str,
            inheritance: Inheritance, lineage: Lineage) -> list[tuple[str, str, bool]]:
    """Return what the shapes of a slide (its shape `tree`, titled by `title`) have that a
    reader stumbles on: (code, message, is an error)."""
    found: list[tuple[str, str, bool]] = []
    shapes = _children(tree)
    texts = [s for s in shapes if s.tag == _SP and _shows_text(s)]
    if texts and title is not None and texts[0] is not title:
        found.append(("A107", f"'{_name(texts[0])}' is read before the title", True))
    for shape in shapes:
        if shape.tag == _PIC and not _alt(shape):
            found.append(("A103", f"the picture '{_name(shape)}' has no alt text", True))
    for shape in texts:
        smallest = smallest_size(shape, inheritance.chain(shape, lineage))
        if 0 < smallest < FLOOR_PT - 0.05 and not (
                is_small_print(shape) and smallest >= SMALL_PRINT_LEAST_PT - 0.05):
            found.append(("A105", f"'{_name(shape)}' has text at {smallest:g} pt; the "
                          f"least is {FLOOR_PT:g} pt", True))
        if any(run.get("lang") != lang for run in _run_properties(shape)):
            found.append(("A106", f"'{_name(shape)}' has text not tagged as {lang}",
                          True))
    return found


def _run_properties(shape: Element) -> Iterator[Element]:
    """Yield the properties of each run and field of a shape (an empty element for one
    without any, so that it counts as untagged)."""
    for run in shape.iter(_RUN, _FIELD):
        props = run.find(_RUN_PROPS)
        yield props if props is not None else _NO_PROPS
