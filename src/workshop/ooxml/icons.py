"""Icons as native DrawingML shapes: an SVG drawing of lines, curves, arcs, circles and
rectangles becomes one custom-geometry shape (`a:custGeom`) of stroked paths.

The shape stays crisp at any size, can be edited in PowerPoint, and takes its colour from the
theme (a kit recolours it). Lucide's drawings are strokes on a 24-unit grid, two units wide,
with round caps and joins; the shape keeps those proportions.
"""

from __future__ import annotations

import math
import re

from lxml import etree

from workshop.ooxml.namespaces import A_, P_, Element
from workshop.session import Cache

# A drawing: subpaths of absolute commands ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2,
# x, y) and ("Z",), in the SVG's own units.
Command = tuple
Drawing = list[list[Command]]

_GRID = 24.0  # Lucide's view box
_SCALE = 1000  # path units per SVG unit: integers in the XML, fine enough for any size
_KAPPA = 0.5522847498  # a quarter circle as one cubic curve
_TOKEN = re.compile(r"[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def parse_path(data: str) -> Drawing:
    """Return the subpaths of an SVG path's `d`, in absolute moves, lines and cubic curves."""
    tokens = _TOKEN.findall(data)
    drawing: Drawing = []
    current: list[Command] = []
    x = y = start_x = start_y = 0.0
    last_control: tuple[float, float] | None = None  # for S and T: the previous control
    command = ""
    i = 0

    def numbers(count: int) -> list[float]:
        nonlocal i
        found = [float(tokens[i + n]) for n in range(count)]
        i += count
        return found

    def arc_numbers() -> list[float]:
        # The two flags may run together with what follows ("0 011 1"): read them digit by digit.
        nonlocal i
        rx, ry, rotation = numbers(3)
        flags = []
        while len(flags) < 2:
            token = tokens[i]
            flags.append(float(token[0]))
            if len(token) > 1:
                tokens[i] = token[1:]
            else:
                i += 1
        return [rx, ry, rotation, *flags, *numbers(2)]

    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                if current:
                    current.append(("Z",))
                    drawing.append(current)
                current, x, y, last_control = [], start_x, start_y, None
                continue
        relative = command.islower()
        kind = command.upper()
        base_x, base_y = (x, y) if relative else (0.0, 0.0)
        if kind == "M":
            dx, dy = numbers(2)
            if current:
                drawing.append(current)
            x, y = base_x + dx, base_y + dy
            start_x, start_y = x, y
            current = [("M", x, y)]
            command = "l" if relative else "L"  # further pairs are lines
            last_control = None
        elif kind in "LHV":
            if kind == "L":
                dx, dy = numbers(2)
                x, y = base_x + dx, base_y + dy
            elif kind == "H":
                x = (x if relative else 0.0) + numbers(1)[0]
            else:
                y = (y if relative else 0.0) + numbers(1)[0]
            current.append(("L", x, y))
            last_control = None
        elif kind in "CS":
            if kind == "C":
                x1, y1, x2, y2, ex, ey = numbers(6)
                c1 = (base_x + x1, base_y + y1)
            else:
                x2, y2, ex, ey = numbers(4)
                c1 = (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
            c2 = (base_x + x2, base_y + y2)
            x, y = base_x + ex, base_y + ey
            current.append(("C", *c1, *c2, x, y))
            last_control = c2
        elif kind in "QT":
            if kind == "Q":
                qx, qy, ex, ey = numbers(4)
                control = (base_x + qx, base_y + qy)
            else:
                ex, ey = numbers(2)
                control = ((2 * x - last_control[0], 2 * y - last_control[1]) if last_control
                           else (x, y))
            end = (base_x + ex, base_y + ey)
            current.append(("C", x + 2 / 3 * (control[0] - x), y + 2 / 3 * (control[1] - y),
                            end[0] + 2 / 3 * (control[0] - end[0]),
                            end[1] + 2 / 3 * (control[1] - end[1]), *end))
            x, y = end
            last_control = control
        elif kind == "A":
            rx, ry, rotation, large, sweep, ex, ey = arc_numbers()
            end = (base_x + ex, base_y + ey)
            current.extend(_arc(x, y, rx, ry, rotation, bool(large), bool(sweep), *end))
            x, y = end
            last_control = None
        else:
            raise ValueError(f"unsupported path command {command!r}")
    if current:
        drawing.append(current)
    return drawing


def _arc(x1: float, y1: float, rx: float, ry: float, rotation: float, large: bool,
         sweep: bool, x2: float, y2: float) -> list[Command]:
    """Return an SVG elliptical arc as cubic curves (the SVG specification's conversion from
    endpoints to centre, then at most a quarter turn per curve)."""
    if (x1, y1) == (x2, y2):
        return []
    if rx == 0 or ry == 0:
        return [("L", x2, y2)]
    rx, ry = abs(rx), abs(ry)
    phi = math.radians(rotation)
    cos_phi, sin_phi = math.cos(phi), math.sin(phi)
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = cos_phi * dx + sin_phi * dy, -sin_phi * dx + cos_phi * dy
    scale = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if scale > 1:  # radii too small to reach: grown as the specification says
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    root = math.sqrt(max(0.0, numerator / denominator)) if denominator else 0.0
    if large == sweep:
        root = -root
    cxp, cyp = root * rx * y1p / ry, -root * ry * x1p / rx
    cx = cos_phi * cxp - sin_phi * cyp + (x1 + x2) / 2
    cy = sin_phi * cxp + cos_phi * cyp + (y1 + y2) / 2

    def angle(ux: float, uy: float, vx: float, vy: float) -> float:
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    start = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / pieces
    handle = 4 / 3 * math.tan(step / 4)

    def point(theta: float) -> tuple[float, float]:
        px, py = rx * math.cos(theta), ry * math.sin(theta)
        return cx + cos_phi * px - sin_phi * py, cy + sin_phi * px + cos_phi * py

    def slope(theta: float) -> tuple[float, float]:
        px, py = -rx * math.sin(theta), ry * math.cos(theta)
        return cos_phi * px - sin_phi * py, sin_phi * px + cos_phi * py

    curves: list[Command] = []
    theta = start
    for _ in range(pieces):
        (ax, ay), (bx, by) = point(theta), point(theta + step)
        (tax, tay), (tbx, tby) = slope(theta), slope(theta + step)
        curves.append(("C", ax + handle * tax, ay + handle * tay, bx - handle * tbx,
                       by - handle * tby, bx, by))
        theta += step
    last = curves[-1]
    curves[-1] = (*last[:5], x2, y2)  # end exactly where the path says
    return curves


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> list[Command]:
    k_x, k_y = rx * _KAPPA, ry * _KAPPA
    return [("M", cx + rx, cy),
            ("C", cx + rx, cy + k_y, cx + k_x, cy + ry, cx, cy + ry),
            ("C", cx - k_x, cy + ry, cx - rx, cy + k_y, cx - rx, cy),
            ("C", cx - rx, cy - k_y, cx - k_x, cy - ry, cx, cy - ry),
            ("C", cx + k_x, cy - ry, cx + rx, cy - k_y, cx + rx, cy), ("Z",)]


def _rect(x: float, y: float, width: float, height: float, rx: float, ry: float
          ) -> list[Command]:
    rx, ry = min(rx, width / 2), min(ry, height / 2)
    if not rx or not ry:
        return [("M", x, y), ("L", x + width, y), ("L", x + width, y + height),
                ("L", x, y + height), ("Z",)]
    k_x, k_y = rx * _KAPPA, ry * _KAPPA
    right, bottom = x + width, y + height
    return [("M", x + rx, y), ("L", right - rx, y),
            ("C", right - rx + k_x, y, right, y + ry - k_y, right, y + ry),
            ("L", right, bottom - ry),
            ("C", right, bottom - ry + k_y, right - rx + k_x, bottom, right - rx, bottom),
            ("L", x + rx, bottom),
            ("C", x + rx - k_x, bottom, x, bottom - ry + k_y, x, bottom - ry),
            ("L", x, y + ry),
            ("C", x, y + ry - k_y, x + rx - k_x, y, x + rx, y), ("Z",)]


def _number(element: Element, name: str) -> float:
    return float(element.get(name) or 0)


def parse_svg(data: bytes) -> Drawing:
    """Return every stroke of an SVG drawing (path, circle, ellipse, rect, line, polyline,
    polygon) as subpaths of absolute commands."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    drawing: Drawing = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = etree.QName(element).localname
        if tag == "path":
            drawing.extend(parse_path(element.get("d", "")))
        elif tag in ("circle", "ellipse"):
            rx = _number(element, "r") if tag == "circle" else _number(element, "rx")
            ry = _number(element, "r") if tag == "circle" else _number(element, "ry")
            drawing.append(_ellipse(_number(element, "cx"), _number(element, "cy"), rx, ry))
        elif tag == "rect":
            rx = element.get("rx") or element.get("ry") or "0"
            ry = element.get("ry") or rx
            drawing.append(_rect(_number(element, "x"), _number(element, "y"),
                                 _number(element, "width"), _number(element, "height"),
                                 float(rx), float(ry)))
        elif tag == "line":
            drawing.append([("M", _number(element, "x1"), _number(element, "y1")),
                            ("L", _number(element, "x2"), _number(element, "y2"))])
        elif tag in ("polyline", "polygon"):
            values = [float(v) for v in _TOKEN.findall(element.get("points", ""))]
            pairs = list(zip(values[::2], values[1::2], strict=False))
            if pairs:
                subpath = [("M", *pairs[0])] + [("L", *pair) for pair in pairs[1:]]
                drawing.append(subpath + ([("Z",)] if tag == "polygon" else []))
    return drawing


# Each drawing by the bytes of its SVG: the same file parsed once a session.
_drawing = Cache("icon drawings by their SVG", 64).remembered(parse_svg)


def custom_geometry(paths: list[Drawing], size: float, scale: float,
                    **attributes: str) -> Element:
    """Return an `a:custGeom` with one `a:path` per drawing of `paths` (each drawing's
    subpaths in that one path), on a square canvas of `size` units at `scale` path units a
    unit, every path with `attributes` (fill="none" for strokes, stroke="0" for fills)."""
    geometry = etree.Element(f"{A_}custGeom")
    for tag in ("avLst", "gdLst", "ahLst", "cxnLst"):
        etree.SubElement(geometry, f"{A_}{tag}")
    etree.SubElement(geometry, f"{A_}rect", l="l", t="t", r="r", b="b")
    listed = etree.SubElement(geometry, f"{A_}pathLst")
    extent = str(round(size * scale))

    def point(parent: Element, x: float, y: float) -> None:
        etree.SubElement(parent, f"{A_}pt", x=str(round(x * scale)), y=str(round(y * scale)))

    for drawing in paths:
        path = etree.SubElement(listed, f"{A_}path", w=extent, h=extent, **attributes)
        for command in (command for subpath in drawing for command in subpath):
            if command[0] == "M":
                point(etree.SubElement(path, f"{A_}moveTo"), *command[1:])
            elif command[0] == "L":
                point(etree.SubElement(path, f"{A_}lnTo"), *command[1:])
            elif command[0] == "C":
                curve = etree.SubElement(path, f"{A_}cubicBezTo")
                for n in range(1, 7, 2):
                    point(curve, command[n], command[n + 1])
            else:
                etree.SubElement(path, f"{A_}close")
    return geometry


def icon_geometry(svg: bytes) -> Element:
    """Return the `a:custGeom` of the icon drawn by `svg`: one unfilled path per stroke."""
    return custom_geometry([[subpath] for subpath in _drawing(svg)], _GRID, _SCALE,
                           fill="none")


def _shape(shape_id: int, label: str, box: tuple[int, int, int, int]
           ) -> tuple[Element, Element]:
    """Return a new decorative `p:sp` named `label` at `box` (x, y, cx, cy, EMU), with an empty
    description (screen readers skip it: the text beside it says what it means), and its
    shape properties, to which the caller adds geometry, fill and line."""
    x, y, cx, cy = box
    shape = etree.Element(f"{P_}sp")
    properties = etree.SubElement(shape, f"{P_}nvSpPr")
    etree.SubElement(properties, f"{P_}cNvPr", id=str(shape_id), name=label, descr="")
    etree.SubElement(properties, f"{P_}cNvSpPr")
    etree.SubElement(properties, f"{P_}nvPr")
    drawing = etree.SubElement(shape, f"{P_}spPr")
    transform = etree.SubElement(drawing, f"{A_}xfrm")
    etree.SubElement(transform, f"{A_}off", x=str(x), y=str(y))
    etree.SubElement(transform, f"{A_}ext", cx=str(cx), cy=str(cy))
    return shape, drawing


def icon_shape(shape_id: int, svg: bytes, box: tuple[int, int, int, int], color: str,
               label: str) -> Element:
    """Return a `p:sp` drawing the icon `svg` (a Lucide SVG file's bytes) in `box` (x, y,
    cx, cy, EMU), stroked in the scheme colour `color` two grid units wide, as Lucide draws
    it; `label` names the shape."""
    shape, drawing = _shape(shape_id, label, box)
    drawing.append(icon_geometry(svg))
    etree.SubElement(drawing, f"{A_}noFill")
    line = etree.SubElement(drawing, f"{A_}ln", w=str(round(min(box[2], box[3]) * 2 / _GRID)),
                            cap="rnd")
    etree.SubElement(etree.SubElement(line, f"{A_}solidFill"), f"{A_}schemeClr", val=color)
    etree.SubElement(line, f"{A_}round")
    return shape


def disc_shape(shape_id: int, box: tuple[int, int, int, int], color: str, label: str
               ) -> Element:
    """Return a `p:sp` circle filling `box` in the scheme colour `color`, without outline or
    shadow: the plate behind an icon."""
    shape, drawing = _shape(shape_id, label, box)
    etree.SubElement(etree.SubElement(drawing, f"{A_}prstGeom", prst="ellipse"), f"{A_}avLst")
    etree.SubElement(etree.SubElement(drawing, f"{A_}solidFill"), f"{A_}schemeClr", val=color)
    etree.SubElement(etree.SubElement(drawing, f"{A_}ln"), f"{A_}noFill")
    return shape
