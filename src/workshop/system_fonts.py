"""Fonts found without fontconfig: on Windows and macOS, which have none, a font is found by
its family name in the system's and the user's font folders.

Each font file there is opened once (its names read by Pillow) and the index kept for the
build session. The metric-compatible twins LibreOffice substitutes (Carlito for Calibri, Caladea for
Cambria, Liberation for Arial, Times New Roman and Courier New) are asked for in turn when a
family itself is missing, as fontconfig would.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from workshop.session import Cache

# Free fonts with the same metrics as common Office fonts, which LibreOffice puts in place of
# a missing one: text lays out identically.
METRIC_COMPATIBLE = {
    "arial": "liberation sans", "helvetica": "liberation sans",
    "times new roman": "liberation serif", "courier new": "liberation mono",
    "calibri": "carlito", "cambria": "caladea",
}
_SUFFIXES = (".ttf", ".otf", ".ttc")
# Sans-serif families a kit is likely to name (and their free twins); any family with "sans"
# in its name counts too. A face not known here is taken for a serif.
SANS_SERIF = frozenset({
    "arial", "helvetica", "liberation sans", "calibri", "carlito", "verdana", "tahoma",
    "segoe ui", "trebuchet ms", "century gothic", "franklin gothic", "gill sans", "futura",
    "montserrat", "roboto", "lato", "open sans", "source sans pro", "noto sans", "inter",
    "poppins", "raleway", "nunito", "avenir", "aptos", "dejavu sans", "arial narrow"})


def is_sans_serif(family: str) -> bool:
    """Return True when `family` is a sans-serif face, as far as its name tells."""
    name = family.strip().lower()
    return name in SANS_SERIF or "sans" in name.split()


def font_folders(platform: str | None = None,
                 environment: Mapping[str, str] | None = None) -> list[Path]:
    """Return where fonts are installed on `platform` (this system's, by default): the
    system's folders, then the user's."""
    platform = platform or sys.platform
    environment = os.environ if environment is None else environment
    home = Path.home()
    if platform == "win32":
        windows = environment.get("WINDIR") or environment.get("SystemRoot") or r"C:\Windows"
        folders = [Path(windows, "Fonts")]
        local = environment.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local, "Microsoft", "Windows", "Fonts"))
        return folders
    if platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
            home / ".local/share/fonts", home / ".fonts"]


def find_font(family: str, bold: bool = False, italic: bool = False,
              folders: tuple[Path, ...] | None = None) -> str | None:
    """Return the file of `family` in the style asked for (else its regular face), or of its
    metric-compatible twin; None when neither is installed."""
    index = _index(folders if folders is not None else tuple(font_folders()))
    style = ("bold " if bold else "") + ("italic" if italic else "")
    for name in (family.lower(), METRIC_COMPATIBLE.get(family.lower())):
        faces = index.get(name or "")
        if faces:
            return faces.get(style.strip() or "regular") or faces.get("regular") or next(
                iter(faces.values()))
    return None


def _read_index(folders: tuple[Path, ...]) -> dict[str, dict[str, str]]:
    """Return every font file under `folders` by lower-case family, then by style ("regular",
    "bold", "italic", "bold italic"), the first file found winning (folders in order, files
    in name order)."""
    from PIL import ImageFont

    index: dict[str, dict[str, str]] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in _SUFFIXES):
            try:
                family, style = ImageFont.truetype(str(path), 10).getname()
            except (OSError, ValueError):
                continue  # not a font Pillow reads: skipped, as fontconfig would
            if family is None:
                continue
            faces = index.setdefault(family.lower(), {})
            faces.setdefault(_style(style or ""), str(path))
    return index


def _style(name: str) -> str:
    """Return a face's style name as one of the four the index keeps."""
    words = name.lower()
    bold = any(word in words for word in ("bold", "black", "heavy"))
    italic = "italic" in words or "oblique" in words
    return " ".join(x for x in ("bold" if bold else "", "italic" if italic else "") if x) or (
        "regular")


# Opening every font file of a system takes a second or more: once per build session.
_index = Cache("system fonts by folder", 4).remembered(_read_index)
