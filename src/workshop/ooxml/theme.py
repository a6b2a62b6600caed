"""The theme part's colour and font schemes: where PowerPoint's design tools read the brand."""

from __future__ import annotations

from lxml import etree

from workshop.metrics import is_font_name
from workshop.ooxml.namespaces import A

# Themes may come from an organization's template: no DTD, no entity, nothing fetched.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=False)
_SLOTS = ("dk1", "lt1", "dk2", "lt2", "accent1", "accent2", "accent3", "accent4", "accent5",
          "accent6", "hlink", "folHlink")


def with_schemes(base: bytes, colors: dict[str, str], heading: str, body: str,
                 name: str) -> bytes:
    """Return the theme XML `base` with its colour scheme, font scheme and name replaced.

    `colors` maps scheme slots (dk1, lt1, dk2, lt2, accent1..6, hlink, folHlink) to RRGGBB.
    """
    root = etree.fromstring(base, _PARSER)
    root.set("name", name)
    scheme = root.find(f"{{{A}}}themeElements/{{{A}}}clrScheme")
    scheme.set("name", name)
    for child in scheme:
        slot = etree.QName(child).localname
        for old in list(child):
            child.remove(old)
        etree.SubElement(child, f"{{{A}}}srgbClr", val=colors[slot].lstrip("#").upper())
    fonts = root.find(f"{{{A}}}themeElements/{{{A}}}fontScheme")
    fonts.set("name", name)
    for tag, face in (("majorFont", heading), ("minorFont", body)):
        group = fonts.find(f"{{{A}}}{tag}")
        group.find(f"{{{A}}}latin").set("typeface", face)
        for extra in group.findall(f"{{{A}}}font"):
            group.remove(extra)  # script-specific faces not installed on most machines
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def read_schemes(theme: bytes) -> tuple[dict[str, str], str, str]:
    """Return a theme's colours by slot, and its heading and body fonts."""
    root = etree.fromstring(theme, _PARSER)
    scheme = root.find(f"{{{A}}}themeElements/{{{A}}}clrScheme")
    colors = {}
    for child in scheme:
        value = child[0].get("val") or child[0].get("lastClr") or ""
        colors[etree.QName(child).localname] = value
    fonts = root.find(f"{{{A}}}themeElements/{{{A}}}fontScheme")
    heading = fonts.find(f"{{{A}}}majorFont/{{{A}}}latin").get("typeface")
    body = fonts.find(f"{{{A}}}minorFont/{{{A}}}latin").get("typeface")
    return colors, heading, body


def theme_problem(theme: bytes) -> str | None:
    """Return why a theme part cannot carry a brand (not XML, no colour scheme with the twelve
    slots, no heading or body font), or None."""
    try:
        root = etree.fromstring(theme, _PARSER)
    except etree.XMLSyntaxError as exc:
        return f"its theme is not well-formed XML ({exc})"
    scheme = root.find(f"{{{A}}}themeElements/{{{A}}}clrScheme")
    if scheme is None:
        return "its theme has no color scheme"
    slots = {etree.QName(child).localname for child in scheme if len(child)}
    missing = [slot for slot in _SLOTS if slot not in slots]
    if missing:
        return f"its theme's color scheme lacks {', '.join(missing)}"
    fonts = root.find(f"{{{A}}}themeElements/{{{A}}}fontScheme")
    for tag in ("majorFont", "minorFont"):
        role = "heading" if tag == "majorFont" else "body"
        latin = None if fonts is None else fonts.find(f"{{{A}}}{tag}/{{{A}}}latin")
        if latin is None or not latin.get("typeface"):
            return f"its theme names no {role} font"
        if not is_font_name(latin.get("typeface")):
            return f"its theme's {role} font '{latin.get('typeface')[:64]}' is not a font name"
    return None
