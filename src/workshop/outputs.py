"""Where a command may write: one policy, applied before any work and again before writing.

An output is a regular file (or a name not yet taken) of the kind the command makes, in a
folder; never a device, a FIFO or a folder, and never one of the files the build read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from workshop.errors import Diagnostic, WorkshopError
from workshop.paths import display_path


def check_output(path: Path, suffixes: tuple[str, ...]) -> None:
    """Raise WorkshopError when `path` cannot be an output ending in one of `suffixes`."""
    problem = _output_problem(path, suffixes)
    if problem:
        raise WorkshopError([Diagnostic(display_path(path), 1, 1, "", problem)])


def _output_problem(path: Path, suffixes: tuple[str, ...]) -> str | None:
    """Return why `path` cannot be written as an output, or None."""
    if path.suffix.lower() not in suffixes:
        return (f"the output must be a {' or '.join(suffixes)} file (it would write "
                f"'{path.name}')")
    kind = _file_kind(path)
    if kind not in (None, "file"):
        what = "a folder" if kind == "folder" else kind
        return f"the output is {what}, not a file; name a file to write"
    return _folder_problem(path.parent)


def check_folder(folder: Path) -> None:
    """Raise WorkshopError when `folder` cannot be (or become) a folder for outputs."""
    problem = _folder_problem(folder)
    if problem:
        raise WorkshopError([Diagnostic(display_path(folder), 1, 1, "", problem)])


def _folder_problem(folder: Path) -> str | None:
    """Return why `folder` cannot hold outputs (it, or a folder above it, is a file), or None."""
    for place in (folder, *folder.parents):
        kind = _file_kind(place)
        if kind is None:
            continue  # made when the output is written
        if kind != "folder":
            what = "a file" if kind == "file" else kind
            return f"{display_path(place)} is {what}, not a folder"
        return None
    return None


def _file_kind(path: Path) -> str | None:
    """Return what `path` is ('file', 'folder', 'a device', ...), or None if nothing is there."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):  # nothing there (a file above it is
        return None  # found when its own place is looked at)
    except OSError as exc:
        return f"unreadable ({exc.strerror})"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    return "a socket or other special file"


def refuse_overwriting(path: Path, inputs: Iterable[Path]) -> None:
    """Raise WorkshopError when `path` is one of the files the build read (by any name: a
    link to it, or a hard link, is the same file)."""
    try:
        target = os.stat(path)
    except OSError:
        return  # nothing there yet, so none of the files read
    for source in inputs:
        try:
            found = os.stat(source)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            raise WorkshopError([Diagnostic(display_path(path), 1, 1, "", "the output would "
                                            f"overwrite an input ({display_path(source)}); "
                                            "choose another name")])


def ensure_folder(folder: Path) -> None:
    """Create `folder` (and its parents) for outputs; raise WorkshopError if it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkshopError([Diagnostic(display_path(folder), 1, 1, "", "cannot create the "
                                        f"folder: {exc.strerror or exc}")]) from None


def regular_file_problem(path: Path) -> str | None:
    """Return why an input at `path` cannot be read as a file (a FIFO, a device), or None."""
    kind = _file_kind(path)
    if kind is None:
        return "file not found"
    if kind != "file":
        return f"it is {kind}, not a file" if kind != "folder" else "it is a folder, not a file"
    return None
