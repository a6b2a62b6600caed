"""Where an outline's relative paths point, and which paths are refused."""

from __future__ import annotations

import re
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
    path = root.joinpath(*pure.parts)
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise ValueError(f"'{text}' leads outside the project folder through a link")
    if not resolved.exists():
        raise ValueError(f"file not found: {text} (looked in {display_path(root)}/)")
    if not resolved.is_file():
        raise ValueError(f"'{text}' is not a regular file")
    return resolved
