"""Where an outline's relative paths point, and which paths are refused."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath

from workshop.errors import display_path

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def project_root(outline: Path) -> Path:
    """Return the project folder of an outline.

    That is the nearest folder at or above the outline's own that holds a `speaker_notes/`
    folder, or the outline's folder when none does.
    """
    folder = outline.resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / "speaker_notes").is_dir():
            return candidate
    return folder


def resolve_in_project(root: Path, text: str) -> Path:
    """Return the file `text` names inside `root`; raise ValueError saying why it is refused."""
    if _URL.match(text):
        raise ValueError(f"'{text}' is a URL; give a file in the project folder")
    pure = PurePosixPath(text.replace("\\", "/"))
    if pure.is_absolute() or re.match(r"^[a-zA-Z]:", text):
        raise ValueError(f"'{text}' is an absolute path; give one relative to the project folder")
    if ".." in pure.parts:
        raise ValueError(f"'{text}' contains '..'; paths must stay inside the project folder")
    # os.path on strings and one stat rather than Path.resolve, exists and is_file: an outline
    # names a file or two per slide, and pathlib's objects cost more than the look-ups.
    real_root = os.path.realpath(root)
    resolved = os.path.realpath(os.path.join(real_root, *pure.parts))
    if os.path.commonpath((real_root, resolved)) != real_root:
        raise ValueError(f"'{text}' leads outside the project folder through a link")
    try:
        mode = os.stat(resolved).st_mode
    except OSError:
        raise ValueError(f"file not found: {text} (looked in {display_path(root)}/)") from None
    if not stat.S_ISREG(mode):
        raise ValueError(f"'{text}' is not a regular file")
    return Path(resolved)
