"""Accessibility of the built slides, as a screen reader or a parent at the back sees them."""

from __future__ import annotations

import re
from collections import Counter

from workshop.contrast import BODY_TEXT_MINIMUM, LARGE_TEXT_MINIMUM, contrast_ratio
from workshop.ooxml.elements import is_small_print, placeholder_idx
from workshop.ooxml.fit import FLOOR_PT, Inheritance, Lineage, smallest_size
from workshop.ooxml.namespaces import Element
from workshop.ooxml.package_view import PackageView, view_of
from workshop.ooxml.shapes import (
    alt_text,
    can_be_placeholder,
    is_picture,
    is_text_shape,
    own_text_body,
    part_name,
    run_languages,
    shape_name,
    shape_tree,
    shapes_in,
)
from workshop.ooxml.text import body_text, has_text
from workshop.ooxml.theme import read_schemes
from workshop.session import Cache
from workshop.slide_types import band, choice
from workshop.slide_types.registry import TYPES
from workshop.text_clean import is_blank

# Scheme colours every slide of ours puts on one another: (text, behind it, minimum, where).
SLIDE_PAIRS = (("dk1", "lt1", BODY_TEXT_MINIMUM, "body text"),
               ("dk2", "lt1", LARGE_TEXT_MINIMUM, "slide titles"))


def colour_pairs() -> list[tuple[str, str, float, str]]:
    """Return the scheme colours our slides set text in on one another: every slide's, the
    prompt band's and each slide type's and list type's (their `colour_pairs`), a pair that
    several use once, saying where each does ("text in step panels, speech bubbles, step
    cards and point cards")."""
    uses: dict[tuple[str, str, float], list[str]] = {}
    kinds = (*TYPES, *choice.TYPES)
    for text, under, minimum, where in (*SLIDE_PAIRS, band.COLOUR_PAIR,
                                        *(pair for kind in kinds for pair in kind.colour_pairs)):
        uses.setdefault((text, under, minimum), []).append(where)
    return [(*pair, _listed(where)) for pair, where in uses.items()]


def _listed(words: list[str]) -> str:
    """Return `words` as a list in a sentence: "a", "a and b", "a, b and c"."""
    return " and ".join(filter(None, (", ".join(words[:-1]), words[-1])))

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
        pairs = SLIDE_PAIRS[:1] if organization_template else colour_pairs()
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
            tree = shape_tree(package.xml(name))
            heading_shape = _title(tree)
            lineage = Lineage(package.xml(layout) if layout else None,
                              package.xml(layout_master) if layout_master else None, key[2:])
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
        label = part_name(root) or "the master"
        for shape in shapes_in(shape_tree(root)):
            if is_picture(shape) and not _alt(shape):
                found.append((None, "A103", f"the picture '{shape_name(shape)}' on {label} "
                              "has no alt text", True))
    return found


_FILE_NAME = re.compile(r"\.(png|jpe?g|gif|bmp|tiff?|svg|webp|emf|wmf)$", re.IGNORECASE)


def _title(tree: Element | None) -> Element | None:
    """Return the slide's title: its first placeholder with idx 0, as python-pptx finds it."""
    return next((shape for shape in shapes_in(tree) if can_be_placeholder(shape)
                 and placeholder_idx(shape) == 0), None)


def _text(shape: Element) -> str:
    body = own_text_body(shape)
    return "" if body is None else body_text(body)


def _shows_text(shape: Element) -> bool:
    body = own_text_body(shape)
    return body is not None and has_text(body)


# The small print (source, footer, page number, QR link) is set at 12 pt by design: read from
# the back of a room only as a reference, never as content.
SMALL_PRINT_LEAST_PT = 12.0


def _alt(shape: Element) -> str:
    """Return the picture's alt text; a bare file name, as PowerPoint fills in, counts as none."""
    alt = alt_text(shape)
    return "" if _FILE_NAME.search(alt) else alt


def _shapes(tree: Element | None, title: Element | None, lang: str,
            inheritance: Inheritance, lineage: Lineage) -> list[tuple[str, str, bool]]:
    """Return what the shapes of a slide (its shape `tree`, titled by `title`) have that a
    reader stumbles on: (code, message, is an error)."""
    found: list[tuple[str, str, bool]] = []
    shapes = shapes_in(tree)
    texts = [s for s in shapes if is_text_shape(s) and _shows_text(s)]
    if texts and title is not None and texts[0] is not title:
        found.append(("A107", f"'{shape_name(texts[0])}' is read before the title", True))
    for shape in shapes:
        if is_picture(shape) and not _alt(shape):
            found.append(("A103", f"the picture '{shape_name(shape)}' has no alt text", True))
    for shape in texts:
        smallest = smallest_size(shape, inheritance.chain(shape, lineage))
        if 0 < smallest < FLOOR_PT - 0.05 and not (
                is_small_print(shape) and smallest >= SMALL_PRINT_LEAST_PT - 0.05):
            found.append(("A105", f"'{shape_name(shape)}' has text at {smallest:g} pt; the "
                          f"least is {FLOOR_PT:g} pt", True))
        # a run without properties is untagged
        if any(tagged != lang for tagged in run_languages(shape)):
            found.append(("A106", f"'{shape_name(shape)}' has text not tagged as {lang}",
                          True))
    return found
