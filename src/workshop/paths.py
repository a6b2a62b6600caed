"""Where an outline's relative paths point, and which paths are refused."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath

from workshop.session import Cache


def display_path(path: Path) -> str:
    """Return `path` relative to the working directory when it lies below it, else as given."""
    return _display_path(str(path), os.getcwd())


def _relative_path(path: str, cwd: str) -> str:
    """Return `path` relative to `cwd` when it lies below it, else as given. The file keeps
    its own name: a link is shown as the link, not as the file it points to."""
    try:
        named = Path(path).absolute()
        return str((Path(os.path.realpath(named.parent)) / named.name).relative_to(
            os.path.realpath(cwd)))
    except (ValueError, OSError):
        return path


# Resolving a path asks the file system; a deck's diagnostics name the same few files.
_display_path = Cache("display paths by path and folder", 1_024).remembered(_relative_path)

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")


def user_cache() -> Path:
    """Return this user's cache folder for workshop (XDG_CACHE_HOME, else ~/.cache): what is
    made once and kept between runs (slide pictures, people), never in a project."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "workshop"


def real(path: Path | str) -> Path:
    """Return `path` absolute, every link on the way followed, like Path.resolve(); a link
    that loops, or leads nowhere, is left as it is (opening it then says why), where
    Path.resolve() raises RuntimeError on a loop."""
    return Path(os.path.realpath(path))


def project_root(outline: Path) -> Path:
    """Return the project folder of an outline.

    That is the nearest folder at or above the outline's own that holds a `speaker_notes/`
    folder, or the outline's folder when none does.
    """
    folder = real(outline).parent
    for candidate in (folder, *folder.parents):
        if (candidate / "speaker_notes").is_dir():
            return candidate
    return folder


def resolve_in_project(root: Path, text: str) -> Path:
    """Return the file `text` names inside `root`; raise ValueError saying why it is refused."""
    return ProjectFiles(root).resolve(text)


def named_in_project(root: Path, text: str) -> Path:
    """Return the path `text` names inside `root` as named, no link on the way followed:
    reading it reads whatever a link there points at now (resolve_in_project's answer is
    where it pointed then)."""
    return Path(root, *PurePosixPath(text.replace("\\", "/")).parts)


class ProjectFiles:
    """Finds the files an outline names inside its project folder, for the length of one
    build: each folder on the way is resolved once, then each file with one system call.

    An outline names a file or two per slide, most of them in the same few folders, and
    resolving every folder of every path again cost more than reading the files.
    """

    def __init__(self, root: Path):
        self.root = root
        self._real_root = os.path.realpath(root)
        self._real_folders: dict[tuple[str, ...], str] = {(): self._real_root}
        # Each file found, as named (a link's own name): what a later run reads to see
        # whether the file, or where a link leads, changed.
        self.named: list[Path] = []

    def resolve(self, text: str) -> Path:
        """Return the file `text` names inside the root; raise ValueError saying why it is
        refused."""
        if _URL.match(text):
            raise ValueError(f"'{text}' is a URL; give a file in the project folder")
        pure = PurePosixPath(text.replace("\\", "/"))
        if pure.is_absolute() or re.match(r"^[a-zA-Z]:", text):
            raise ValueError(
                f"'{text}' is an absolute path; give one relative to the project folder")
        if ".." in pure.parts:
            raise ValueError(
                f"'{text}' contains '..'; paths must stay inside the project folder")
        *folders, name = pure.parts or ("",)
        folder = self._real_folders.get(tuple(folders))
        if folder is None:
            folder = self._real_folders[tuple(folders)] = os.path.realpath(
                os.path.join(self._real_root, *folders))
        resolved = os.path.join(folder, name)  # the folder is resolved: only the file may link
        try:
            mode = os.lstat(resolved).st_mode
            if stat.S_ISLNK(mode):
                resolved = os.path.realpath(resolved)
                mode = os.stat(resolved).st_mode
        except OSError:
            mode = None
        if os.path.commonpath((self._real_root, resolved)) != self._real_root:
            raise ValueError(f"'{text}' leads outside the project folder through a link")
        if mode is None:
            raise ValueError(f"file not found: {text} (looked in {display_path(self.root)}/)")
        if not stat.S_ISREG(mode):
            raise ValueError(f"'{text}' is not a regular file")
        self.named.append(Path(self.root, *pure.parts))
        return Path(resolved)
