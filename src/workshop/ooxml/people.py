"""People as native DrawingML shapes: an illustration drawn in flat fills (an SVG of paths,
groups, `use` references and affine transforms) becomes a group of custom-geometry shapes, one
per filled path, in the drawing's order.

Each fill keeps its colour unless `recolour` maps it: an illustration's clothing and ink then
take theme colours, so a look or a kit recolours the people with the rest of the deck. The
group is decorative (a screen reader skips it): what a slide says is in its text.
"""

from __future__ import annotations

import copy
import re

from lxml import etree

from workshop.ooxml.icons import Drawing, custom_geometry, parse_path
from workshop.ooxml.namespaces import A_, P_, Element
from workshop.session import Cache

_SCALE = 10  # path units per SVG unit: integers in the XML, fine enough at slide sizes
_TRANSFORM = re.compile(r"(matrix|translate|scale)\(([^)]*)\)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_SKIPPED = {"defs", "clipPath", "metadata", "title", "desc", "mask"}
# Office's own mark for a decorative shape, which screen readers and the accessibility
# checker then pass over (an empty description alone reads as "missing").
_DECORATIVE_URI = "{C183D7F6-B498-43B3-948B-1728B52AA6E4}"
_DECORATIVE_NS = "http://schemas.microsoft.com/office/drawing/2017/decorative"

Matrix = tuple[float, float, float, float, float, float]  # SVG's a b c d e f
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(outer: Matrix, inner: Matrix) -> Matrix:
    """Return the transform applying `inner` first, then `outer`."""
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def parse_transform(text: str) -> Matrix:
    """Return the matrix of an SVG `transform` list (matrix, translate and scale)."""
    matrix = IDENTITY
    for name, arguments in _TRANSFORM.findall(text):
        values = [float(v) for v in _NUMBER.findall(arguments)]
        if name == "matrix" and len(values) == 6:
            step: Matrix = tuple(values)  # type: ignore[assignment]
        elif name == "translate":
            step = (1.0, 0.0, 0.0, 1.0, values[0], values[1] if len(values) > 1 else 0.0)
        elif name == "scale":
            sx = values[0]
            step = (sx, 0.0, 0.0, values[1] if len(values) > 1 else sx, 0.0, 0.0)
        else:
            raise ValueError(f"unsupported transform {name}({arguments})")
        matrix = _multiply(matrix, step)
    return matrix


def _moved(drawing: Drawing, matrix: Matrix) -> Drawing:
    """Return `drawing` with every point (and control point) transformed by `matrix`."""
    a, b, c, d, e, f = matrix
    moved = []
    for subpath in drawing:
        commands = []
        for command in subpath:
            values = command[1:]
            points = [(a * x + c * y + e, b * x + d * y + f)
                      for x, y in zip(values[::2], values[1::2], strict=True)]
            commands.append((command[0], *(v for point in points for v in point)))
        moved.append(commands)
    return moved


def filled_paths(svg: bytes) -> list[tuple[str, Drawing]]:
    """Return each filled path of an SVG illustration, in drawing order, as its fill (as
    written: "#1a2b3c", "black", ...) and its subpaths in the SVG's absolute units, with the
    transforms of its groups and `use` references applied. Paths filled "none" are left out;
    a clip path is not applied (the slide's own edge clips a person standing on it)."""
    root = etree.fromstring(svg, etree.XMLParser(resolve_entities=False, no_network=True))
    named = {element.get("id"): element for element in root.iter()
             if isinstance(element.tag, str) and element.get("id")}
    found: list[tuple[str, Drawing]] = []

    def walk(element: Element, matrix: Matrix, fill: str, depth: int) -> None:
        if not isinstance(element.tag, str) or depth > 16:  # a reference loop ends here
            return
        tag = etree.QName(element).localname
        if tag in _SKIPPED:
            return
        fill = element.get("fill", fill)
        if element.get("transform"):
            matrix = _multiply(matrix, parse_transform(element.get("transform")))
        if tag == "path":
            if fill not in ("none", "transparent"):
                found.append((fill, _moved(parse_path(element.get("d", "")), matrix)))
        elif tag == "use":
            target = (element.get("href") or element.get("{http://www.w3.org/1999/xlink}href")
                      or "").lstrip("#")
            if target in named:
                walk(named[target], matrix, fill, depth + 1)
        else:
            for child in element:
                walk(child, matrix, fill, depth + 1)

    walk(root, IDENTITY, "black", 0)
    return found


def _fill(parent: Element, colour: str) -> None:
    """Add a solid fill of `colour`: a scheme colour's name (accent1, tx1...) or RRGGBB."""
    solid = etree.SubElement(parent, f"{A_}solidFill")
    if re.fullmatch(r"[0-9A-Fa-f]{6}", colour):
        etree.SubElement(solid, f"{A_}srgbClr", val=colour.upper())
    else:
        etree.SubElement(solid, f"{A_}schemeClr", val=colour)


_NAMED = {"black": "000000", "white": "FFFFFF"}


def plain_colour(fill: str) -> str:
    """Return an SVG fill ("#abc", "#a1b2c3", "black", "white") as RRGGBB."""
    fill = _NAMED.get(fill.lower(), fill).lstrip("#")
    if len(fill) == 3:
        fill = "".join(ch * 2 for ch in fill)
    return fill.upper()


def _non_visual(parent: Element, tag: str, shape_id: int, name: str) -> None:
    """Add the non-visual properties of a decorative shape or group to `parent`."""
    properties = etree.SubElement(parent, f"{P_}{tag}")
    cnv = etree.SubElement(properties, f"{P_}cNvPr", id=str(shape_id), name=name, descr="")
    extensions = etree.SubElement(cnv, f"{A_}extLst")
    extension = etree.SubElement(extensions, f"{A_}ext", uri=_DECORATIVE_URI)
    etree.SubElement(extension, f"{{{_DECORATIVE_NS}}}decorative", val="1",
                     nsmap={"adec": _DECORATIVE_NS})
    etree.SubElement(properties, f"{P_}cNvGrpSpPr" if tag == "nvGrpSpPr" else f"{P_}cNvSpPr")
    etree.SubElement(properties, f"{P_}nvPr")


# The form `converted` returns: a cache of converted shapes kept from an older form is drawn
# again, not read.
CONVERTED_FORM = 1


def converted(svg: bytes, size: float) -> tuple[tuple[str, bytes], ...]:
    """Return each filled path of `svg` (a square canvas of `size` units) as its fill and its
    `a:custGeom`, serialized: the shapes `person_group` draws."""
    return tuple((fill, etree.tostring(custom_geometry([drawing], size, _SCALE, stroke="0")))
                 for fill, drawing in filled_paths(svg))


# People drawn, by everything each is drawn from: a season's decks draw the same people on
# their title slides and dividers, and a copy is a third of the drawing's time.
_DRAWN = Cache("people drawn, by what they are drawn from", 256)


def person_group(first_id: int, parts: tuple[tuple[str, bytes], ...],
                 box: tuple[int, int, int, int], recolour: dict[str, str],
                 name: str) -> Element:
    """Return a decorative `p:grpSp` named `name` drawing an illustration's `parts` (see
    `converted`) in `box` (x, y, cx, cy, EMU): one shape per filled path, with ids from
    `first_id`. A fill found in `recolour` (RRGGBB to a scheme colour or RRGGBB) takes that
    colour; the others keep theirs. (A copy of the group drawn before from the same.)"""
    key = (first_id, parts, box, tuple(sorted(recolour.items())), name)
    drawn = _DRAWN.get(key)
    if drawn is None:
        drawn = _DRAWN.keep(key, _group(first_id, parts, box, recolour, name))
    return copy.deepcopy(drawn)


def _group(first_id: int, parts: tuple[tuple[str, bytes], ...],
           box: tuple[int, int, int, int], recolour: dict[str, str], name: str) -> Element:
    """Return the group person_group returns, drawn."""
    x, y, cx, cy = (str(v) for v in box)
    group = etree.Element(f"{P_}grpSp")
    _non_visual(group, "nvGrpSpPr", first_id, name)
    transform = etree.SubElement(etree.SubElement(group, f"{P_}grpSpPr"), f"{A_}xfrm")
    for tag, a, b in (("off", x, y), ("ext", cx, cy), ("chOff", x, y), ("chExt", cx, cy)):
        etree.SubElement(transform, f"{A_}{tag}", {"x" if tag.endswith("ff") else "cx": a,
                                                  "y" if tag.endswith("ff") else "cy": b})
    for n, (fill, geometry) in enumerate(parts, start=1):
        shape = etree.SubElement(group, f"{P_}sp")
        _non_visual(shape, "nvSpPr", first_id + n, f"{name}, part {n}")
        properties = etree.SubElement(shape, f"{P_}spPr")
        place = etree.SubElement(properties, f"{A_}xfrm")
        etree.SubElement(place, f"{A_}off", x=x, y=y)
        etree.SubElement(place, f"{A_}ext", cx=cx, cy=cy)
        properties.append(etree.fromstring(geometry))
        colour = plain_colour(fill)
        _fill(properties, recolour.get(colour, colour))
        etree.SubElement(etree.SubElement(properties, f"{A_}ln"), f"{A_}noFill")
    return group
