"""The manifest a season writes beside its outputs: for each output, the digests of the
files it was made from, of its events row and options, and of the output itself. A later
run rebuilds only what changed, and a user can verify a folder of decks against it.

The manifest and its stats file are read like any other input a user could have edited:
regular files only (a FIFO or a device is never opened for reading), of bounded size,
checked against their schema, every output path confined to the folder. One that fails any
of that is not trusted at all: a build rebuilds every row, `verify` says why and exits 1.

Inputs are recorded as they were named (an include, picture or logo reached through a link
by the link's own name) and read again through that name: a link pointed at another file
since reads as a change. Outputs are digested as they stream, never read whole.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path, PurePosixPath

from workshop import __version__
from workshop.files import file_digest, read_regular
from workshop.package import write_atomically
from workshop.paths import real
from workshop.session import Cache

MANIFEST = "workshop-manifest.json"
# Each output's size and modification time as written: machine-local bookkeeping, kept apart
# so the manifest itself is the same file for the same inputs. An output that still has both
# is not read again to be digested, and a no-change run of a big season stays quick.
STATS = ".workshop-stats.json"
# The most a manifest may hold: a season of 50,000 rows writes about 40 MB. Its stats file
# holds a size and a time per output (about 60 bytes): a million outputs fit.
MANIFEST_LIMIT = 64 * 1024 * 1024
STATS_LIMIT = 64 * 1024 * 1024
_DIGEST = re.compile(r"[0-9a-f]{64}")


def digest(data: bytes) -> str:
    """Return the SHA-256 of `data`, as hex."""
    return hashlib.sha256(data).hexdigest()


@dataclass
class FileDigests:
    """The digests of files, each read once in a run (many rows share one outline)."""

    seen: dict[Path, str | None] = field(default_factory=dict)

    def of(self, path: Path) -> str | None:
        """Return the digest of the regular file at `path`, or None when it cannot be read
        (or is no regular file). A path is looked up as given first: rows name their shared
        inputs the same way, and resolving each again would cost more than the look-up."""
        if path not in self.seen:
            self.seen[path] = file_digest(path)
        return self.seen[path]


class ManifestUnreadable(ValueError):
    """A manifest that is there but cannot be trusted: the message says why."""


@dataclass
class Manifest:
    """The entries of a folder's manifest, by output name: what each output was made from."""

    folder: Path
    entries: dict[str, dict] = field(default_factory=dict)
    stats: dict[str, list[int] | None] = field(default_factory=dict)
    problem: str | None = None  # why a manifest found in the folder was not trusted
    # Each path as the manifest names it: the rows of a season share most of their inputs,
    # and resolving each again for every row cost more than building some of them.
    _names: dict[Path, str] = field(default_factory=dict, repr=False)
    _real: Path | None = field(default=None, repr=False)  # the folder, resolved once

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        """Return the manifest in `folder`: empty when there is none, or when the one there
        is not one this build of workshop wrote and can trust (`problem` says why)."""
        path = folder / MANIFEST
        try:
            entries = _entries(_json(path))
        except FileNotFoundError:
            return cls(folder)
        except (OSError, ManifestUnreadable) as exc:
            return cls(folder, problem=str(exc))
        try:
            stats = _stats(_json(folder / STATS, STATS_LIMIT))
        except (OSError, ManifestUnreadable):
            stats = {}  # bookkeeping only: without it every output is digested again
        listed = {path for entry in entries.values() for path in entry["outputs"]}
        return cls(folder, entries, {path: stats[path] for path in listed if path in stats})

    def up_to_date(self, name: str, fingerprint: str, digests: FileDigests,
                   readable: Callable[[Path], bool] = lambda path: True) -> bool:
        """Return True when output `name` was made from these very inputs, options and
        events row (`fingerprint`), and every file it wrote is still as written. An input
        the manifest lists where no input of this build can be (`readable` says False) is
        never opened: the entry is simply not trusted (a tampered manifest cannot make the
        build read, or test the contents of, a file of its choosing)."""
        entry = self.entries.get(name)
        if entry is None or entry["fingerprint"] != fingerprint:
            return False
        inputs = [(self._input(path), known) for path, known in entry["inputs"].items()]
        if not all(readable(path) for path, _ in inputs):
            return False
        return all(digests.of(path) == known for path, known in inputs
                   ) and all(self._output_unchanged(path, known)
                             for path, known in entry["outputs"].items())

    def _output_unchanged(self, path: str, known: str) -> bool:
        """Return True when the folder's output `path` is still the file written, digest
        `known`: a regular file of the folder's own, with the size and time the stats file
        recorded as it was written, else (no stats, or other ones) with that digest."""
        file = self.folder / path
        if not self._inside(file):
            return False
        status = _stat(file)
        if status is None:  # gone: never "unchanged", whatever the stats say
            return False
        recorded = self.stats.get(path)
        if recorded is not None and status == recorded:
            return True
        return (recorded is None or recorded[0] == status[0]) and file_digest(file) == known

    def record(self, name: str, fingerprint: str, inputs: tuple[Path, ...],
               outputs: list[Path], digests: FileDigests) -> None:
        """Note that output `name` was made from `inputs` as `fingerprint` says, writing
        `outputs`."""
        self.entries[name] = {
            "fingerprint": fingerprint,
            "inputs": {self._named(p): digests.of(p) for p in sorted(inputs)},
            "outputs": {self._relative(p): file_digest(p) for p in outputs},
        }
        self.stats.update({self._relative(p): _stat(p) for p in outputs})

    def write(self) -> None:
        """Write the manifest into its folder, whole (sorted: the same inputs give the same
        file), and the stats of the outputs it lists beside it (no others: the stats file
        never grows past the manifest)."""
        data = {"tool": tool_identity(), "outputs": dict(sorted(self.entries.items()))}
        listed = {path for entry in self.entries.values() for path in entry["outputs"]}
        stats = {path: value for path, value in self.stats.items() if path in listed}
        write_atomically(self.folder / MANIFEST,
                         (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8"))
        write_atomically(self.folder / STATS, json.dumps(stats, sort_keys=True).encode())

    def verify(self) -> dict[str, list[str]]:
        """Return the outputs listed that are missing or changed since they were written, by
        kind ("missing", "changed"). An output that is no longer a regular file (a link, a
        FIFO) has changed; nothing outside the folder is read."""
        found: dict[str, list[str]] = {"missing": [], "changed": []}
        for entry in self.entries.values():
            for path, known in entry["outputs"].items():
                file = self.folder / path
                if not os.path.lexists(file):
                    found["missing"].append(path)
                elif not self._inside(file) or file_digest(file) != known:
                    found["changed"].append(path)
        return found

    def _inside(self, file: Path) -> bool:
        """Return True when `file` is the folder's own: not a link (an output never is), and
        no link on the way to it leads out of the folder (nor loops)."""
        if self._real is None:
            self._real = real(self.folder)
        return not os.path.islink(file) and self._real in real(file).parents

    def _relative(self, path: Path) -> str:
        """Return the output `path` as the manifest names it: relative to its folder, with
        slashes."""
        name = self._names.get(path)
        if name is None:
            folder = self._names.get(self.folder)
            if folder is None:
                folder = self._names[self.folder] = str(real(self.folder))
            name = self._names[path] = Path(os.path.relpath(real(path), folder)).as_posix()
        return name

    def _named(self, path: Path) -> str:
        """Return the input `path` as the manifest names it: as named (no link followed),
        relative to the folder as named, with slashes."""
        name = self._names.get(path)
        if name is None:
            name = self._names[path] = Path(os.path.relpath(
                os.path.abspath(path), os.path.abspath(self.folder))).as_posix()
        return name

    def _input(self, name: str) -> Path:
        """Return the input the manifest names `name`, joined to the folder by name (a
        "../" step leaves the folder as named, never the place a link to it points at)."""
        return Path(os.path.normpath(os.path.join(os.path.abspath(self.folder), name)))


def _json(path: Path, limit: int = MANIFEST_LIMIT) -> object:
    """Return the JSON value of the file at `path` (regular, within `limit` bytes); raise
    ManifestUnreadable saying why it is not JSON, FileNotFoundError when it is not there."""
    if not os.path.lexists(path):
        raise FileNotFoundError(path)
    if os.path.islink(path):  # the folder's own file, never one a link leads to elsewhere
        raise ManifestUnreadable("a link, not a file of the folder's own")
    try:
        return json.loads(read_regular(path, limit).decode("utf-8"))
    except OSError as exc:
        raise ManifestUnreadable(exc.strerror or str(exc)) from None
    except UnicodeDecodeError:
        raise ManifestUnreadable("not UTF-8 text") from None
    except RecursionError:
        raise ManifestUnreadable("nested too deeply to be a manifest") from None
    except ValueError as exc:
        raise ManifestUnreadable(f"not JSON ({exc})") from None


def _entries(data: object) -> dict[str, dict]:
    """Return the outputs of a manifest's JSON, every field of the expected type and every
    output inside the folder; raise ManifestUnreadable naming the first that is not."""
    def fail(where: str, why: str) -> ManifestUnreadable:
        return ManifestUnreadable(f"{where}: {why}")

    if not isinstance(data, dict) or not isinstance(data.get("outputs"), dict):
        raise fail("the file", "not a manifest (no 'outputs')")
    if data.get("tool") != tool_identity():
        raise fail("tool", "written by another version of workshop; every row is built again")
    entries = data["outputs"]
    for name, entry in entries.items():
        if not isinstance(entry, dict) or set(entry) != {"fingerprint", "inputs", "outputs"}:
            raise fail(f"outputs.{name}", "expected fingerprint, inputs and outputs")
        if not isinstance(entry["fingerprint"], str) or not _DIGEST.fullmatch(
                entry["fingerprint"]):
            raise fail(f"outputs.{name}.fingerprint", "not a digest")
        for kind in ("inputs", "outputs"):
            listed = entry[kind]
            if not isinstance(listed, dict) or (kind == "outputs" and not listed):
                raise fail(f"outputs.{name}.{kind}", "expected files and their digests")
            for path, known in listed.items():
                if not _usable_path(path, inside=kind == "outputs"):
                    raise fail(f"outputs.{name}.{kind}", f"{path!r} is not a file "
                               + ("inside the folder" if kind == "outputs" else "path"))
                if not (known is None and kind == "inputs") and not (
                        isinstance(known, str) and _DIGEST.fullmatch(known)):
                    raise fail(f"outputs.{name}.{kind}", f"{path!r} has no digest")
    return entries


def _usable_path(path: object, inside: bool) -> bool:
    """Return True for a relative path with slashes and no NUL (and, when `inside`, no
    step up out of the folder): what the manifest writes."""
    if not isinstance(path, str) or not path or "\x00" in path or "\\" in path:
        return False
    parts = PurePosixPath(path)
    if parts.is_absolute() or re.match(r"[A-Za-z]:", path):
        return False
    return not inside or ".." not in parts.parts


def _stats(data: object) -> dict[str, list[int] | None]:
    """Return the stats file's entries, each a size and a time in ns (or None); raise
    ManifestUnreadable when it is of another shape."""
    if not isinstance(data, dict) or not all(
            value is None or (isinstance(value, list) and len(value) == 2
                              and all(type(n) is int for n in value))
            for value in data.values()):
        raise ManifestUnreadable("not a stats file")
    return data


def _package_digest() -> str:
    """Return a digest of the installed package: every module, template and data file, by
    name and bytes. A new build of workshop (a new slide design, say) has a new one."""
    found = hashlib.sha256()
    pending = [(files("workshop"), "")]
    entries = []
    while pending:
        folder, prefix = pending.pop()
        for item in folder.iterdir():
            name = f"{prefix}{item.name}"
            if item.is_dir():
                if item.name != "__pycache__":
                    pending.append((item, f"{name}/"))
            elif not item.name.endswith((".pyc", ".pyo")):
                entries.append((name, item))
    for name, item in sorted(entries, key=lambda pair: pair[0]):
        found.update(name.encode("utf-8") + b"\0" + digest(item.read_bytes()).encode())
    return found.hexdigest()


_package = Cache("the package's digest", 1).remembered(_package_digest)


def tool_identity() -> str:
    """Return what a manifest records of the workshop that wrote it: its version and a
    digest of its code and templates, so that new code rebuilds every output."""
    return f"workshop {__version__} {_package()[:16]}"


def _stat(path: Path) -> list[int] | None:
    """Return a file's size and modification time (ns), or None when it is not there."""
    try:
        status = path.stat()
    except (OSError, ValueError):
        return None
    return [status.st_size, status.st_mtime_ns]


def fingerprint(*parts: object) -> str:
    """Return a digest of what decides an output besides its files: the outline, the events
    row, the kit named, the look and the documents asked for (`parts`, as JSON)."""
    return digest(json.dumps(parts, sort_keys=True, default=str).encode("utf-8"))
