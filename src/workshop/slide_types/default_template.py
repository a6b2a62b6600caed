"""Generate the default template, `default.pptx`, reproducibly.

Run `python -m workshop.slide_types.default_template` after changing this file, a slide
type's layout, the palette or the geometry; a test checks that the committed template is what
this script makes. It sits with the slide types because it writes each one's layout.

python-pptx's own default is a 4:3 deck with generic layouts; we keep its package skeleton
(presentation, properties, theme) and write a new master, twelve layouts and the theme's
colour and font schemes as XML.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from pptx import Presentation
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml import parse_xml
from pptx.parts.slide import SlideLayoutPart

from workshop import compat
from workshop.ooxml.namespaces import A, P, R
from workshop.ooxml.theme import with_schemes
from workshop.package import normalize_zip
from workshop.theme import DEFAULT_TEMPLATE
from workshop.theme import geometry as g
from workshop.theme.layout_spec import Layout, Ph, footer_row
from workshop.theme.palette import BODY_FONT, COLORS, HEADING_FONT, SCHEME_NAME

NS = f'xmlns:a="{A}" xmlns:r="{R}" xmlns:p="{P}"'


def layouts() -> list[Layout]:
    """Return the default template's layouts, in the order they appear: each slide type's
    own (its module's `LAYOUT`), in the registry's order.

    Text on the dark title, section and closing slides is in the background colour (bg1), the
    pair a brand kit's contrast check covers; the accent colour is only decoration there (the
    accent rule above their text, which the writer draws where the text ends up).
    """
    # The one import of the slide types from the theme: this script writes their layouts.
    from workshop.slide_types.registry import TYPES

    return [kind.layout for kind in TYPES]


def _xfrm(box: g.Box) -> str:
    return (f'<a:xfrm><a:off x="{box.x}" y="{box.y}"/>'
            f'<a:ext cx="{box.cx}" cy="{box.cy}"/></a:xfrm>')


def _run_props(ph: Ph) -> str:
    attrs = ""
    if ph.size:
        attrs += f' sz="{ph.size}"'
    if ph.bold:
        attrs += ' b="1"'
    if ph.italic:
        attrs += ' i="1"'
    inner = f'<a:solidFill><a:schemeClr val="{ph.color}"/></a:solidFill>' if ph.color else ""
    if ph.font:
        inner += f'<a:latin typeface="{ph.font}"/>'
    return f"<a:defRPr{attrs}>{inner}</a:defRPr>" if attrs or inner else ""


def _placeholder(ph: Ph, shape_id: int, *, on_master: bool = False) -> str:
    """Return the XML of one placeholder shape."""
    kind = {"body": "body", "pic": "pic"}.get(ph.kind, ph.kind)
    type_attr = "" if kind == "obj" else f' type="{kind}"'
    size_attr = ' sz="quarter"' if ph.kind in ("ftr", "sldNum") else ""
    idx_attr = f' idx="{ph.idx}"' if ph.idx else ""
    fill = f'<a:solidFill><a:schemeClr val="{ph.fill}"/></a:solidFill>' if ph.fill else ""
    p_attrs = f' algn="{ph.align}"' if ph.align else ""
    bullet = "" if ph.bullets else '<a:buNone/>'
    indent = "" if ph.bullets else ' marL="0" indent="0"'
    lvl = f"<a:lvl1pPr{p_attrs}{indent}>{bullet}{_run_props(ph)}</a:lvl1pPr>"
    lst = "" if on_master and ph.kind in ("title", "body") else lvl
    if lst == '<a:lvl1pPr></a:lvl1pPr>':
        lst = ""
    inset = ' lIns="182880" rIns="182880"' if ph.fill else ""
    autofit = "<a:normAutofit/>" if ph.kind not in ("ftr", "sldNum", "pic") else ""
    if ph.kind == "sldNum":
        body = ('<a:p><a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum">'
                '<a:rPr lang="en-US"/><a:t>‹#›</a:t></a:fld></a:p>')
    elif ph.prompt:
        body = f'<a:p><a:r><a:rPr lang="en-US"/><a:t>{ph.prompt}</a:t></a:r></a:p>'
    else:
        body = '<a:p><a:endParaRPr lang="en-US"/></a:p>'
    text = (f'<p:txBody><a:bodyPr anchor="{ph.anchor}"{inset}>{autofit}</a:bodyPr>'
            f'<a:lstStyle>{lst}</a:lstStyle>{body}</p:txBody>')
    if ph.kind == "pic":
        text = (f'<p:txBody><a:bodyPr anchor="ctr"/><a:lstStyle>{lvl}</a:lstStyle>'
                f'{body}</p:txBody>')
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{ph.name} Placeholder"/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
        f'<p:nvPr><p:ph{type_attr}{size_attr}{idx_attr}/></p:nvPr></p:nvSpPr>'
        f'<p:spPr>{_xfrm(ph.box)}{fill}</p:spPr>{text}</p:sp>'
    )


def _decoration(box: g.Box, color: str, shape_id: int, name: str = "") -> str:
    name = name or f"Accent Rule {shape_id}"
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr/>'
        f'<p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{_xfrm(box)}'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:schemeClr val="{color}"/></a:solidFill><a:ln><a:noFill/></a:ln>'
        f'</p:spPr></p:sp>'
    )


_TREE_START = (
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
    '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)


def layout_xml(layout: Layout) -> str:
    """Return the slideLayout part XML for `layout`."""
    shapes = "".join(_decoration(*decoration[:2], 100 + n, *decoration[2:])
                     for n, decoration in enumerate(layout.decorations))
    shapes += "".join(_placeholder(ph, n + 2) for n, ph in enumerate(layout.placeholders))
    background = (
        f'<p:bg><p:bgPr><a:solidFill><a:schemeClr val="{layout.background}"/></a:solidFill>'
        f'<a:effectLst/></p:bgPr></p:bg>' if layout.background else ""
    )
    show = "" if layout.show_master_shapes else ' showMasterSp="0"'
    return (
        f'<p:sldLayout {NS} preserve="1"{show}><p:cSld name="{layout.name}">{background}'
        f'<p:spTree>{_TREE_START}{shapes}</p:spTree></p:cSld>'
        f'<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
    )


def _level(n: int, size: int, char: str | None) -> str:
    margin = 0 if char is None else 342900 + (n - 1) * 400050
    indent = 0 if char is None else -342900
    bullet = f'<a:buFont typeface="Arial"/><a:buChar char="{char}"/>' if char else "<a:buNone/>"
    return (
        f'<a:lvl{n}pPr marL="{margin}" indent="{indent}" algn="l">'
        f'<a:lnSpc><a:spcPct val="100000"/></a:lnSpc>'
        f'<a:spcBef><a:spcPts val="{900 if n == 1 else 400}"/></a:spcBef>'
        f'<a:buClr><a:schemeClr val="accent1"/></a:buClr>{bullet}'
        f'<a:defRPr sz="{size}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>'
        f'<a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/>'
        f'</a:defRPr></a:lvl{n}pPr>'
    )


def master_xml(layout_rids: list[str]) -> str:
    """Return the slideMaster part XML, listing the layouts related as `layout_rids`."""
    master_placeholders = [
        Ph("title", 0, g.TITLE, "Title", "Slide title", anchor="b"),
        Ph("body", 1, g.Box(g.MARGIN, g.CONTENT_TOP, g.WIDTH, g.CONTENT_BOTTOM - g.CONTENT_TOP),
           "Text", "Points"),
        *footer_row(),
    ]
    shapes = _decoration(g.TITLE_RULE, "accent1", 50)
    shapes += "".join(_placeholder(ph, n + 2, on_master=True)
                      for n, ph in enumerate(master_placeholders))
    ids = "".join(f'<p:sldLayoutId id="{2147483649 + n}" r:id="{rid}"/>'
                  for n, rid in enumerate(layout_rids))
    body_levels = "".join(
        _level(n, size, char)
        for n, size, char in [(1, 2400, "•"), (2, 2000, "–"), (3, 1800, "•"), (4, 1800, "–"),
                              (5, 1800, "•"), (6, 1800, "•"), (7, 1800, "•"), (8, 1800, "•"),
                              (9, 1800, "•")]
    )
    title_style = (
        '<a:lvl1pPr algn="l"><a:lnSpc><a:spcPct val="90000"/></a:lnSpc><a:buNone/>'
        '<a:defRPr sz="3600" b="0"><a:solidFill><a:schemeClr val="tx2"/></a:solidFill>'
        '<a:latin typeface="+mj-lt"/><a:ea typeface="+mj-ea"/><a:cs typeface="+mj-cs"/>'
        '</a:defRPr></a:lvl1pPr>'
    )
    other_style = (
        '<a:defPPr><a:defRPr lang="en-US"/></a:defPPr>'
        '<a:lvl1pPr marL="0" algn="l"><a:defRPr sz="1800"><a:solidFill>'
        '<a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/>'
        '<a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>'
    )
    return (
        f'<p:sldMaster {NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/>'
        f'</p:bgRef></p:bg><p:spTree>{_TREE_START}{shapes}</p:spTree></p:cSld>'
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" '
        'accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" '
        f'folHlink="folHlink"/><p:sldLayoutIdLst>{ids}</p:sldLayoutIdLst>'
        f'<p:txStyles><p:titleStyle>{title_style}</p:titleStyle>'
        f'<p:bodyStyle>{body_levels}</p:bodyStyle><p:otherStyle>{other_style}</p:otherStyle>'
        '</p:txStyles></p:sldMaster>'
    )


def make_template() -> bytes:
    """Return the bytes of the default template."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = g.SLIDE_WIDTH, g.SLIDE_HEIGHT
    master_part = prs.slide_masters[0].part
    theme_part = master_part.part_related_by(RT.THEME)
    compat.set_part_blob(theme_part, with_schemes(theme_part.blob, COLORS, HEADING_FONT,
                                                  BODY_FONT, SCHEME_NAME))
    for rid, rel in list(master_part.rels.items()):
        if rel.reltype == RT.SLIDE_LAYOUT:
            master_part.rels.pop(rid)
    rids = []
    for n, layout in enumerate(layouts(), start=1):
        part = SlideLayoutPart(PackURI(f"/ppt/slideLayouts/slideLayout{n}.xml"),
                               CT.PML_SLIDE_LAYOUT, prs.part.package,
                               parse_xml(layout_xml(layout).encode()))
        part.relate_to(master_part, RT.SLIDE_MASTER)
        rids.append(master_part.relate_to(part, RT.SLIDE_LAYOUT))
    compat.set_part_element(master_part, parse_xml(master_xml(rids).encode()))
    props = prs.core_properties
    props.title, props.author, props.last_modified_by = "workshop default template", "workshop", ""
    props.revision = 1
    out = io.BytesIO()
    prs.save(out)
    return normalize_zip(out.getvalue())


def main(argv: list[str] | None = None) -> int:
    """Write the template to the path given, or over the packaged default; return 0."""
    args = argv if argv is not None else sys.argv[1:]
    target = Path(args[0]) if args else DEFAULT_TEMPLATE
    target.write_bytes(make_template())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
